// The word lists of the frames of a dismissal (dismissal_frames.cpp): grammar of English, French
// and Arabic, kept with the other lists in lexicon_data.cpp.
#pragma once

#include "core/cpp_only.hpp"

#include <string_view>

namespace utopiahire::core {

bool is_noise_noun(std::string_view surface);     // noise, junk, detail, bruit, détail, ضجيج: "budget alerts are (just) noise"
bool is_minor_word(std::string_view surface);     // minor, small, mineur, secondaire: "bots are a minor issue"
bool is_verdict_filler(std::string_view surface);  // a, just, mostly, du, juste, que: between a copula and its verdict
bool is_overstated_word(std::string_view surface);  // مبالغ: overstated before فيه / فيها, amounts elsewhere
bool is_in_pronoun(std::string_view surface);     // فيه, فيها, فيهم: "مبالغ فيها" (overdone)
bool is_mere_word(std::string_view surface);      // مجرد: "التنبيهات مجرد ضجيج" (Arabic says no copula)
bool is_opinion_verb(std::string_view surface);   // say, think, believe, disent, pensent, يقول, يرى
bool is_others_word(std::string_view surface);    // people, some, others, certains, البعض: whose opinion is reported
bool is_hypothesis_word(std::string_view surface);  // if, whether, si, إذا, لو: what follows is supposed, not said
bool is_negative_copula(std::string_view surface);  // isnt, isn (isn't), ليس, ليست: "be" and its negation in one word
bool is_distance_word(std::string_view surface);  // far, loin, بعيد: "far from overkill" denies the verdict
bool is_relative_word(std::string_view surface);  // that, which, qui, que, الذي: "a detail that matters" qualifies the noun
bool is_worth_word(std::string_view surface);     // matters, important, compte, مهم: "un détail important" is no verdict
bool is_discard_verb(std::string_view surface);   // removed, deleted, filtered, supprimé, حذفنا: "noise, so we removed them"
bool is_object_clitic(std::string_view surface);  // les, en, y, se, leur: "ça ne sert à rien de les sauter"
// A word, with the word before it ("" at a clause's start), that tells a beginning: "at first", "au
// début", "au départ", البداية: "a small problem at first" is a warning of what it grows into.
bool tells_a_start(std::string_view previous, std::string_view surface);
// The words of the claims the speaker names but does not make (claim_frames.cpp).
bool is_belief_word(std::string_view surface);    // think, believe, say, croire, (se) dire, الاعتقاد, الظن: "the mistake is to think"
bool is_false_word(std::string_view surface);     // wrong, false, faux, خاطئ: "it is wrong to believe" (with a belief after it only)
bool is_that_word(std::string_view surface);      // that, que, أن, بأن: "it's a myth that X" (what follows is the myth)
bool is_report_verb(std::string_view surface);    // an opinion verb, or told, insisted, pensait, قال: a claim reported
bool is_contrast_word(std::string_view surface);  // but, however, mais, pourtant, لكن: the speaker answers what was said
bool returns_to_speaker(std::string_view surface);  // a contrast word or "actually": the speaker's own words again
bool is_agreement_word(std::string_view surface);  // right, agree, true, raison, accord, vrai, على حق: an answer that agrees
bool is_proof_verb(std::string_view surface);     // showed, proved, montré, prouvé, أثبت: "I showed him it catches bugs"

}  // namespace utopiahire::core
