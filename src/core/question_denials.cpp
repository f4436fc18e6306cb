#include "core/cpp_only.hpp"

// Denials said with a question (see question_denials.hpp).

#include "core/question_denials.hpp"

#include "core/dismissal_words.hpp"
#include "core/lexicon_data.hpp"
#include "core/question_words.hpp"
#include "core/string_index.hpp"
#include "core/text_internal.hpp"

#include <string_view>

namespace utopiahire::core {

using namespace std::string_view_literals;

namespace {

// A word that turns a denial around or leaves the thing in part: "never skip them", "not without
// them", "not just unit tests", "not always", "never forget them" do it; "avoid" denies by itself.
bool turns_a_denial(const Token& t) {
    const int role = t.info.role;
    return role == role_omission || role == role_absence || role == role_removal || role == role_restriction ||
           role == role_totality || t.info.avoidance || t.info.implicit_negative || t.info.conditional;
}

// Whether a negation cue stands in token k's clause between `from` and k.
bool negation_before(const Document& doc, size_t from, size_t k) {
    for (size_t j = k; j-- > from && doc.tokens[j].clause == doc.tokens[k].clause;)
        if (doc.tokens[j].negation_cue) return true;
    return false;
}

// Whether the reply [from, to) denies doing or having the topic itself, not a way of handling it
// (review26 F2): the topic's pronoun the object of a verb of use, doing, having or needing ("I never
// use them", "nobody does it here"; French "on n'en fait pas", "je ne les écris jamais"; Arabic "لا
// نكتبها", the verb carrying the topic as its suffix), and nothing after the verb in its clause that
// names how: "we never store them in plain text", "never commit them to the repo", "on ne leur fait
// jamais confiance", "لا نضعها في المستودع" deny an act done on the topic, which the speaker handles
// well. `any_pronoun`: a pronoun counts outside the negation's scope too ("Nobody runs them").
bool denies_the_doing(const Document& doc, size_t from, size_t to, bool any_pronoun) {
    const auto& tokens = doc.tokens;
    size_t verb = to, object_end = to;
    for (size_t k = from; k < to && verb == to; ++k) {
        const Token& t = tokens[k];
        if ((is_topic_pronoun(t.surface) || t.info.role == role_anaphor) && (any_pronoun || t.negated || t.dismissed)) {
            // English: the verb before the pronoun, over words that are no content ("bother with them").
            for (size_t j = k; j-- > from && tokens[j].clause == t.clause;) {
                if (is_topic_doing_verb(tokens[j].surface)) {
                    verb = j, object_end = k;
                    break;
                }
                if (tokens[j].negation_cue || tokens[j].content()) break;
            }
        } else if ((t.surface == "ne"sv || t.surface == "n"sv) && t.negation_cue) {
            // French: the verb after the object clitics ("n'en fait", "ne les écris", "n'en a ... besoin").
            size_t j = k + 1;
            while (j < to && is_object_clitic(tokens[j].surface) && tokens[j].surface != "se"sv && tokens[j].surface != "s"sv) ++j;
            if (j > k + 1 && j < to && is_topic_doing_verb(tokens[j].surface)) verb = j, object_end = j;
        } else if (carries_object_suffix(t.surface) && is_topic_doing_verb(t.surface)) {
            verb = k, object_end = k;   // Arabic: "نكتبها", "نستخدمها", "يكتبها"
        }
    }
    if (verb == to) return false;
    // Nothing after it that names how: negations ("pas", "jamais", "أبدا"), the speaker, the need word
    // of "avoir besoin" and a few adverbs of place or time are no complement.
    for (size_t j = object_end + 1; j < to && tokens[j].clause == tokens[verb].clause; ++j) {
        const Token& t = tokens[j];
        if (!t.content() || t.negation_cue || t.info.first_person || is_topic_pronoun(t.surface) ||
            is_topic_doing_verb(t.surface) || is_need_verb(t.surface) || names_no_manner(t.surface))
            continue;
        return false;
    }
    return true;
}

// How the sentence [from, to) after a question answers it.
enum class Reply { none, denial, dismissal, other };

// A denial of what the question asked: a pronoun in the scope of the negation or of a dismissal
// ("I never use them", "they are a waste of time"), French "ne" before an object pronoun ("on n'en
// fait pas", "je ne les écris jamais"), Arabic negation before a verb with an object suffix ("لا
// نستخدمها"), or a denial of nothing else ("Never.", "Not for us.", "Jamais.", "لا."). Not an answer
// that gives a reason or a purpose ("Because they catch regressions", "To see failures", "لأنها"),
// nor one with a word that turns the denial around ("I never skip them", "not without them") or a
// second negation ("there's no excuse not to write them").
Reply reply_to(const Document& doc, size_t from, size_t to) {
    const auto& tokens = doc.tokens;
    if (from >= to) return Reply::none;
    if (opens_an_answer(tokens[from].surface)) return Reply::other;
    int cues = 0;
    bool dismissed = false, pronoun = false, bare = true, spared = false;
    for (size_t k = from; k < to; ++k) {
        const Token& t = tokens[k];
        if (turns_a_denial(t)) return Reply::other;
        // The speaker's own knowledge denied ("I don't remember it", "je ne les connais pas"): no verdict on the topic.
        if (t.info.ignorance || is_knowledge_verb(t.surface)) return Reply::other;
        spared = spared || t.spared;
        // Negations of two clauses: a denial of a denial ("there's no excuse not to"). Two cues of one
        // clause make one negation ("ne ... pas", "لا ... أبدا", "no, never").
        if (t.negation_cue && (k == from || !negation_before(doc, from, k))) ++cues;
        dismissed = dismissed || t.dismissed;
        pronoun = pronoun || ((is_topic_pronoun(t.surface) || t.info.role == role_anaphor) && (t.negated || t.dismissed));
        // French: "ne" / "n'" right before an object pronoun.
        pronoun = pronoun || ((t.surface == "ne"sv || t.surface == "n"sv) && t.negation_cue && k + 1 < to &&
                              is_object_clitic(tokens[k + 1].surface) && tokens[k + 1].surface != "se"sv &&
                              tokens[k + 1].surface != "s"sv);
        // ("Not for us", "Pas pour moi": the speaker named is no other thing denied.)
        bare = bare && (t.negation_cue || !t.content() || t.info.first_person);
    }
    if (cues > 1) return Reply::other;
    // "Nobody does it here", "Personne ne les écrit", "لا أحد يكتبها": no one does the topic.
    const bool nobody = is_nobody_word(tokens[from].surface) ||
                        (from + 1 < to && tokens[from].negation_cue && is_nobody_word(tokens[from + 1].surface));
    bool named = false;   // the topic taken up by a pronoun in the sentence (or an Arabic object suffix)
    for (size_t k = from; k < to && nobody && !named; ++k)
        named = is_topic_pronoun(tokens[k].surface) || tokens[k].info.role == role_anaphor || is_object_clitic(tokens[k].surface) ||
                carries_object_suffix(tokens[k].surface);
    if (nobody && named && cues == 1 && denies_the_doing(doc, from, to, true)) return Reply::denial;
    // Arabic: the answer opens with its negation, on a verb that carries the topic as its object.
    // (Not a verb that leaves its object out: "لا ننساها", we never forget them.)
    const bool arabic = tokens[from].negation_cue && from + 1 < to && carries_object_suffix(tokens[from + 1].surface) &&
                        !omits_its_object(tokens[from + 1].surface);
    if (dismissed && (pronoun || to - from <= 4)) return Reply::dismissal;
    // (A negation the speaker spares, of their own knowledge or experience: "I'm no expert in them".)
    if (spared) return Reply::other;
    if (cues == 0) return Reply::other;
    // "Nothing beats them", "Rien ne les remplace": praise by a negative quantifier, no denial.
    if (tokens[from].info.role == role_negative_quantifier && !is_nobody_word(tokens[from].surface)) return Reply::other;
    if ((pronoun || arabic) && denies_the_doing(doc, from, to, false)) return Reply::denial;
    if (bare && tokens[from].negation_cue && to - from <= 4) return Reply::denial;
    return Reply::other;
}

// The first token of the doing a rhetorical question at the head of the sentence [from, to)
// denies, or `to` when the sentence opens no such question: "why would I (write unit tests)", "why
// bother (writing tests)", "who needs (code review)", "what's the point of (monitoring)",
// "pourquoi (écrire des tests)", "pourquoi devrais-je (écrire)", "à quoi bon (relire le code)",
// "qui a besoin de (revues)", "لماذا (أكتب اختبارات)", "ما فائدة (المراجعة)", "من يحتاج (المراجعة)".
size_t rhetorical_doing(const Document& doc, size_t from, size_t to) {
    const auto& tokens = doc.tokens;
    auto word = [&](size_t k) { return k < to ? tokens[k].surface : std::string_view{}; };
    const std::string_view w = word(from);
    size_t k = from + 1;
    if (is_why_word(w)) {
        if (word(k) == "bother"sv) return k + 1 < to && (word(k + 1) == "with"sv || word(k + 1) == "to"sv) ? k + 2 : k + 1;
        if (is_asker_subject(word(k)) && is_rhetorical_modal(word(k + 1))) ++k;   // "pourquoi je devrais écrire"
        if (is_rhetorical_modal(word(k))) {
            ++k;
            for (int skipped = 0; skipped < 2 && is_asker_subject(word(k)); ++skipped) ++k;
            return k < to ? k : to;
        }
        // French: an infinitive right after "pourquoi" ("pourquoi écrire des tests", "pourquoi s'embêter").
        if (w == "pourquoi"sv) {
            if (word(k) == "s"sv || word(k) == "se"sv) ++k;
            const std::string_view v = word(k);
            const bool infinitive = v.size() > 3 && tokens[k].content() &&
                                    (v.substr(v.size() - 2) == "er"sv || v.substr(v.size() - 2) == "ir"sv ||
                                     v.substr(v.size() - 2) == "re"sv);
            return infinitive ? k : to;
        }
        // Arabic: a verb in the first person of the present ("لماذا أكتب", "لماذا نكتب").
        if (w != "why"sv && arabic_first_person_present(word(k))) return k;
        return to;
    }
    if (is_who_word(w)) {
        if (word(k) == "a"sv) ++k;   // "qui a besoin de"
        if (!is_need_verb(word(k))) return to;
        ++k;
        if (is_need_link(word(k))) ++k;
        return k < to ? k : to;
    }
    // "what's the point of", "what is the use of"
    if (w == "what"sv && (word(k) == "s"sv || word(k) == "is"sv)) {
        ++k;
        if (word(k) == "the"sv) ++k;
        if (!is_use_noun(word(k))) return to;
        ++k;
        if (word(k) == "of"sv || word(k) == "in"sv) ++k;
        return k < to ? k : to;
    }
    // "à quoi bon", "à quoi sert", "à quoi ça sert de"
    if ((w == "\u00e0"sv || w == "a"sv) && word(k) == "quoi"sv) {
        ++k;
        if (word(k) == "bon"sv) return k + 1 < to ? k + 1 : to;
        if (word(k) == "\u00e7a"sv) ++k;
        if (!one_of(word(k), serve_forms)) return to;
        ++k;
        if (word(k) == "de"sv || word(k) == "d"sv) ++k;
        return k < to ? k : to;
    }
    // "ما فائدة", "ما الفائدة من"
    if (w == "\u0645\u0627"sv && is_use_noun(word(k))) {   // ما
        ++k;
        if (word(k) == "\u0645\u0646"sv) ++k;   // من
        return k < to ? k : to;
    }
    return to;
}

}  // namespace

void read_question_denials(Document& doc) {
    auto& tokens = doc.tokens;
    if (tokens.empty() || (doc.text.find('?') == std::string_view::npos && doc.text.find("\u061f") == std::string_view::npos))
        return;
    for (size_t from = 0; from < tokens.size();) {
        size_t to = from;
        while (to < tokens.size() && tokens[to].sentence == tokens[from].sentence) ++to;
        const size_t sentence_end = to;
        if (!question_mark_after(doc, to - 1)) {
            from = sentence_end;
            continue;
        }
        size_t next_end = to;
        while (next_end < tokens.size() && tokens[next_end].sentence == tokens[to].sentence) ++next_end;
        // Shape 1, a bare topic: a noun phrase asked alone ("Unit tests?", "Les tests ?", "اختبارات
        // الوحدة؟"), no question word, subject or negation in it, then a denial of it.
        bool bare_topic = to - from <= 5 && !is_question_word(tokens[from].surface);
        for (size_t k = from; k < to && bare_topic; ++k)
            bare_topic = !tokens[k].negation_cue && !tokens[k].info.subject && !tokens[k].dismissed && !turns_a_denial(tokens[k]) &&
                         !tokens[k].hedge;   // a guess asked ("vault probably?", "maybe delete it?") is no topic set
        size_t first = from;
        if (!bare_topic) {
            // Shape 2, a rhetorical question: its doing must be said plainly ("why would I skip the
            // tests?" or "why wouldn't I?" asks for the opposite), and the question must be left
            // unanswered or followed by a denial ("Why would I write unit tests? They are a waste
            // of time."): answered ("Because they catch regressions"), it was an explanation.
            first = rhetorical_doing(doc, from, to);
            for (size_t k = first; k < to; ++k)
                if (tokens[k].negation_cue || turns_a_denial(tokens[k])) first = to;
        }
        const Reply reply = reply_to(doc, to, next_end);
        const bool denied = bare_topic ? reply == Reply::denial || reply == Reply::dismissal
                                       : first < to && (reply == Reply::none || reply == Reply::denial || reply == Reply::dismissal);
        if (denied)
            for (size_t k = first; k < to; ++k) {
                tokens[k].negated = true;
                tokens[k].dismissed = tokens[k].dismissed || reply == Reply::dismissal;
            }
        from = sentence_end;
    }
}

}  // namespace utopiahire::core
