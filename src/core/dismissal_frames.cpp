#include "core/cpp_only.hpp"

// The frames of a dismissal: nouns of no worth said of a subject by a copula, and the readings
// that keep a dismissal from being the speaker's own verdict (see text_internal.hpp).

#include "core/claim_frames.hpp"
#include "core/dismissal_words.hpp"
#include "core/lexicon_data.hpp"
#include "core/text.hpp"
#include "core/text_internal.hpp"

namespace utopiahire::core {

namespace {

bool copula(std::string_view w) { return is_copula(w) || is_be_form(w) || is_negative_copula(w); }

// Whether a copula opens the verdict whose first word is token `from` (the noun, or the minor word
// before it), past indefinite articles and words of degree only, in its clause: "alerts are noise",
// "bots are a minor issue", "it's mostly junk", "c'est du bruit", "c'est un petit souci". A
// definite article or any other word between ("the problem is the noise", "the data is full of
// noise") is no verdict of no worth.
bool copula_before(const Document& doc, size_t from) {
    const auto& tokens = doc.tokens;
    for (size_t k = from; k-- > 0 && k + 5 > from && tokens[k].clause == tokens[from].clause;) {
        if (copula(tokens[k].surface)) return true;
        if (!is_verdict_filler(tokens[k].surface)) return false;
    }
    return false;
}

// Whether token i's sentence ends with a question mark ("is alerting overrated?", "؟").
bool in_question(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    size_t last = i;
    while (last + 1 < tokens.size() && tokens[last + 1].sentence == tokens[i].sentence) ++last;
    return question_mark_after(doc, last);
}

// Whether the dismissal word at token i is itself denied as a predicate: a negation of the copula
// before it ("is never a waste of time", "isn't overkill", "n'est pas inutile", "wouldn't be
// overkill", "ليست مضيعة للوقت") or "far from" ("far from overkill", "loin d'être inutile"). A
// negation of another verb keeps the dismissal: "I wouldn't waste time on it", "didn't bother".
bool verdict_denied(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    const int clause = tokens[i].clause;
    for (size_t k = i; k-- > 0 && k + 4 > i && tokens[k].clause == clause;)
        if (is_distance_word(tokens[k].surface)) return true;
    for (size_t k = i; k-- > 0 && k + 5 > i && tokens[k].clause == clause;) {
        if (!tokens[k].negation_cue) continue;
        if (is_negative_copula(tokens[k].surface)) return true;
        if (k > 0 && tokens[k - 1].clause == clause && copula(tokens[k - 1].surface)) return true;
        for (size_t j = k + 1; j < i; ++j)
            if (copula(tokens[j].surface)) return true;
        return false;
    }
    return false;
}

// Whether the sentence of token i reports, before it, what others think or say: "people say X is
// overrated", "some think alerts are noise", "certains pensent que", "يرى البعض أن" (an opinion verb
// with a word of others a few words before it, or just after it in Arabic).
bool opinion_of_others(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    const size_t start = sentence_start(doc, i);
    for (size_t v = start; v < i; ++v) {
        if (!is_opinion_verb(tokens[v].surface)) continue;
        for (size_t k = v > start + 3 ? v - 3 : start; k < v; ++k)
            if (is_others_word(tokens[k].surface)) return true;
        for (size_t k = v + 1; k < i && k <= v + 2; ++k)
            if (is_others_word(tokens[k].surface)) return true;
    }
    return false;
}

// Whether a word of supposition governs the dismissal at token i: it opens the dismissal's clause,
// past small words only ("if alerts were just noise", "and if it is overkill", "si c'est inutile",
// "إذا كان ذلك مضيعة للوقت"), or stands before it in the clause with no negation between ("open a
// ticket if the alert turned out to be noise"). A negation after it is the verdict of a clause that
// embeds it as a question: "chercher dans les journaux si elle avait été exploitée ne servait à
// rien" dismisses the search.
bool supposed(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    size_t start = i;
    while (start > 0 && tokens[start - 1].clause == tokens[i].clause) --start;
    bool opening = true;
    for (size_t k = start; k < i; ++k) {
        if (tokens[k].info.conditional || is_hypothesis_word(tokens[k].surface)) {
            if (opening) return true;
            bool denial = false;
            for (size_t j = k + 1; j < i && !denial; ++j) denial = tokens[j].negation_cue;
            if (!denial) return true;
        }
        opening = opening && !tokens[k].content();
    }
    return false;
}

// Whether the word before a noun of no worth is an English verb in -ing: "is fitting noise", "is
// memorizing noise" say what the subject does to the noise, not that it is noise ("security noise"
// is a noun qualifying it).
bool ing_verb(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

// Whether punctuation stands between tokens a and a + 1.
bool punctuated_after(const Document& doc, size_t a) {
    if (a + 1 >= doc.tokens.size()) return true;
    return gap_after(doc, a).find_first_of(",;:.!?()") != std::string_view::npos;
}

// Whether a relative opened at token r says the thing is neglected: a negation or a word of omission
// before the next punctuation ("noise that nobody reads", "un détail qu'on ignore"). That relative
// confirms the verdict instead of qualifying it.
bool relative_of_neglect(const Document& doc, size_t r) {
    const auto& tokens = doc.tokens;
    for (size_t j = r + 1; j < tokens.size() && j <= r + 6 && tokens[j].sentence == tokens[r].sentence; ++j) {
        if (tokens[j].negation_cue || tokens[j].info.role == role_omission) return true;
        if (punctuated_after(doc, j)) break;
    }
    return false;
}

// Whether the noun at token k is qualified after it, in its sentence and with no punctuation between:
// a relative ("a detail that matters", "un détail qui compte") or a word of worth ("un détail
// important", "a detail essential to ..."), right after it or after one word ("un détail très
// important"). Then the noun is no verdict of no worth on the subject.
bool qualified_after(const Document& doc, size_t k) {
    const auto& tokens = doc.tokens;
    for (size_t j = k + 1; j < tokens.size() && j <= k + 2 && tokens[j].sentence == tokens[k].sentence; ++j) {
        if (punctuated_after(doc, j - 1)) return false;
        if (is_worth_word(tokens[j].surface)) return true;
        if (is_relative_word(tokens[j].surface)) return !relative_of_neglect(doc, j);
    }
    return false;
}

// Whether the clause of the worry at token k limits it in time: "a small problem at first", "un
// petit souci au début", "initially a minor issue", "في البداية": a warning of what it grows into.
bool limited_in_time(const Document& doc, size_t k) {
    const auto& tokens = doc.tokens;
    size_t from = k;
    while (from > 0 && tokens[from - 1].clause == tokens[k].clause) --from;
    for (size_t j = from; j < tokens.size() && tokens[j].clause == tokens[k].clause; ++j) {
        if (tokens[j].info.role == role_former) return true;
        if (tells_a_start(j == from ? std::string_view() : std::string_view(tokens[j - 1].surface), tokens[j].surface))
            return true;
    }
    return false;
}

// Whether the sentence of the verdict at token k goes on with a consequence and a doing that discards
// ("the alerts were noise, so we removed them", "c'est du bruit, donc on les a supprimés", "ضجيج
// لذلك حذفناها"): the verdict is the reason for the discarding, which is what the speaker did.
bool reason_for_discarding(const Document& doc, size_t k) {
    const auto& tokens = doc.tokens;
    for (size_t c = k + 1; c < tokens.size() && tokens[c].sentence == tokens[k].sentence; ++c) {
        if (tokens[c].info.role != role_consequence) continue;
        for (size_t j = c + 1; j < tokens.size() && j <= c + 4 && tokens[j].sentence == tokens[k].sentence; ++j)
            if (is_discard_verb(tokens[j].surface)) return true;
    }
    return false;
}

// Whether the dismissal at token i is said of a doing of its own after it: "ça ne sert à rien de les
// sauter", "c'est inutile d'en mettre partout" (de / d' + an infinitive, past object clitics), "it's
// pointless to ...", "أن". The doing, not a topic at the head of the sentence, is dismissed.
bool dismisses_own_doing(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    for (size_t j = i + 1; j < tokens.size() && j <= i + 4 && tokens[j].clause == tokens[i].clause; ++j) {
        if (tokens[j].info.role != role_infinitive) continue;
        if (tokens[j].surface != "de" && tokens[j].surface != "d") return true;
        size_t v = j + 1;
        while (v < tokens.size() && v <= j + 3 && is_object_clitic(tokens[v].surface)) ++v;
        if (v >= tokens.size()) return false;
        const std::string_view w = tokens[v].surface;
        const bool infinitive = w.size() > 3 && (w.substr(w.size() - 2) == "er" || w.substr(w.size() - 2) == "ir" ||
                                                 w.substr(w.size() - 2) == "re");
        return infinitive;
    }
    return false;
}

}  // namespace

void read_verdict_nouns(Document& doc, const std::vector<uint32_t>& marks, const std::vector<size_t>& marked_tokens) {
    auto& tokens = doc.tokens;
    for (const size_t k : marked_tokens) {
        if (k == 0) continue;
        const Token& noun = tokens[k];
        size_t from = k;
        if ((marks[k] & mark_noise) && is_overstated_word(noun.surface)) {
            // "مبالغ فيها" (overdone); مبالغ alone is "amounts" ("نخزن مبالغ الدفع").
            if (k + 1 >= tokens.size() || tokens[k + 1].clause != noun.clause || !is_in_pronoun(tokens[k + 1].surface))
                continue;
        } else if (marks[k] & mark_noise) {
            // (Arabic says the verdict with "mere" and no copula: "التنبيهات مجرد ضجيج". The noun may
            // qualify one other noun, before it or after it in French: "security noise", "des
            // appels parasites".)
            const bool qualifies = tokens[k - 1].content() && tokens[k - 1].clause == noun.clause && !ing_verb(tokens[k - 1].surface);
            if (!is_mere_word(tokens[k - 1].surface) && !copula_before(doc, k) && !(qualifies && copula_before(doc, k - 1)))
                continue;
            if (qualified_after(doc, k)) continue;
        } else if (marks[k] & mark_worry) {
            // A small worry: "a minor issue", "a smaller problem than", "un problème mineur".
            const bool before = tokens[k - 1].clause == noun.clause && is_minor_word(tokens[k - 1].surface);
            const bool after = k + 1 < tokens.size() && tokens[k + 1].clause == noun.clause &&
                               is_minor_word(tokens[k + 1].surface);
            if (!before && !after) continue;
            from = before ? k - 1 : k;
            if (!copula_before(doc, from) || limited_in_time(doc, k)) continue;
            if (qualified_after(doc, after ? k + 1 : k)) continue;
        } else {
            continue;
        }
        if (reason_for_discarding(doc, k)) continue;
        tokens[k].info.dismissal_word = true;
    }
}

size_t dislocated_topic(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    size_t start = i;
    while (start > 0 && tokens[start - 1].clause == tokens[i].clause) --start;
    // (French: English "it" after a clause mostly stands for a word of it, "we tried it, it's useless".)
    if (start == 0 || tokens[start].info.role != role_anaphor || tokens[start].surface == "it") return no_topic;
    if (tokens[start - 1].sentence != tokens[i].sentence) return no_topic;
    size_t topic = start - 1;
    while (topic > 0 && tokens[topic - 1].clause == tokens[start - 1].clause) --topic;
    if (topic > 0 && tokens[topic - 1].sentence == tokens[i].sentence) return no_topic;   // not the sentence's head
    for (size_t k = topic; k < start; ++k)
        if (tokens[k].info.subject || tokens[k].negation_cue) return no_topic;   // a clause of its own
    if (dismisses_own_doing(doc, i)) return no_topic;
    return topic;
}

bool dismissal_withheld(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    const Token& t = tokens[i];
    if (supposed(doc, i)) return true;
    if (t.info.dismissal_word && !t.info.dismissal && verdict_denied(doc, i)) return true;
    // (A belief named as wrong or a claim reported and answered, read as for a negation: "the mistake
    // is to think tests are overkill"; claim_frames.cpp.)
    return opinion_of_others(doc, i) || in_question(doc, i) || claim_not_speakers(doc, i);
}

}  // namespace utopiahire::core
