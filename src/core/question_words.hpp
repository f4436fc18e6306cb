// The word lists of the denials said with a question (question_denials.cpp): a topic asked as a
// bare question and then denied ("Unit tests? I never use them."), and a rhetorical question that
// denies its doing ("Why would I write unit tests?", "À quoi bon relire le code ?", "ما فائدة
// المراجعة؟"). Grammar of English, French and Arabic, kept with the other lists in lexicon_data.cpp.
#pragma once

#include "core/cpp_only.hpp"

#include <string_view>

namespace utopiahire::core {

bool is_question_word(std::string_view surface);    // what, why, how, is, do, pourquoi, est, هل, ماذا: a question, no bare topic
bool is_why_word(std::string_view surface);         // why, pourquoi, لماذا
bool is_rhetorical_modal(std::string_view surface);  // would, should, devrais, devrait: "why would I write tests?"
bool is_asker_subject(std::string_view surface);    // i, we, anyone, one, je, on, nous: the subject of "why would I ..."
bool is_who_word(std::string_view surface);         // who, qui, من
bool is_need_verb(std::string_view surface);        // needs, cares, besoin, يحتاج: "who needs code review?"
bool is_need_link(std::string_view surface);        // about, de, d, إلى: after the need verb ("qui a besoin de tests")
bool is_use_noun(std::string_view surface);         // point, use, bon, فائدة, جدوى: "what's the point of", "à quoi bon", "ما فائدة"
bool opens_an_answer(std::string_view surface);     // because, to, parce, pour, لأن, لكي: a question answered, not denied
bool is_topic_pronoun(std::string_view surface);
bool is_nobody_word(std::string_view surface);      // nobody, personne, أحد (after لا): "Nobody does it here."    // them, it, those, that, one: what stands for a topic asked before
// An Arabic verb carrying an attached object pronoun (ها, هم, ه): "لا نستخدمها" (we do not use it).
bool carries_object_suffix(std::string_view surface);
// Whether such a verb, its suffix taken off, leaves out what it governs (role_omission): "ننساها" is
// "ننسى" (forget) with "ها" (the final ى written ا before a suffix).
bool omits_its_object(std::string_view surface);
// A verb of knowing or remembering ("I don't know them", "je ne les connais pas", "لا أعرفها", the
// suffix taken off): the speaker's knowledge denied, no verdict on the topic.
bool is_knowledge_verb(std::string_view surface);
// An Arabic verb in the first person of the present (prefix أ or ن): "لماذا أكتب اختبارات؟".
bool arabic_first_person_present(std::string_view surface);
// A verb of using, doing, having or needing, whose object is the topic itself: denied, it denies the
// topic ("I never use them", "on n'en fait pas", "لا نكتبها", an Arabic verb read through its person
// prefix and object suffix). Not a verb that says how the topic is handled ("we never store them",
// "never trust it", "لا نخزنها"): that denies a way of handling it, not the topic.
bool is_topic_doing_verb(std::string_view surface);
// A word after such a verb that names no way of doing it: "here", "anymore", "ici", "هنا", Arabic
// "أبدا" (never) ("nobody does it here" still denies the doing; "in plain text", "to the repo" do not).
bool names_no_manner(std::string_view surface);

}  // namespace utopiahire::core
