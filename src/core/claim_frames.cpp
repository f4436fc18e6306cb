#include "core/cpp_only.hpp"

// Claims the speaker names but does not make (see claim_frames.hpp): the frames are read from the
// words that open them (a name of a wrong claim, a verb of saying or thinking with a subject other
// than the speaker, a word of contrast or proof that answers it), never from an answer's shape.

#include "core/claim_frames.hpp"

#include "core/dismissal_words.hpp"
#include "core/lexicon_data.hpp"
#include "core/text_internal.hpp"

#include <initializer_list>
#include <string_view>

namespace utopiahire::core {

namespace {

// Whether a belief follows the name of a wrong claim at token k, before token i, past a copula and
// the small words of a doing only: "the mistake is to think", "a myth to believe", "wrong to
// assume", "l'erreur est de croire", "من الخطأ الاعتقاد". Then what follows is the belief.
bool belief_follows(const Document& doc, size_t k, size_t i) {
    const auto& tokens = doc.tokens;
    for (size_t j = k + 1; j < i && j <= k + 4 && tokens[j].clause == tokens[k].clause; ++j) {
        if (is_belief_word(tokens[j].surface)) return true;
        if (!is_copula(tokens[j].surface) && !is_be_form(tokens[j].surface) && tokens[j].info.role != role_infinitive &&
            tokens[j].surface != "in")
            return false;
    }
    return false;
}

// Whether the name of a wrong claim at token k is itself denied: a negation cue a few words before
// it in its clause ("it's no myth that", "ce n'est pas une erreur de croire"), or "avoid".
bool name_denied(const Document& doc, size_t k) {
    const auto& tokens = doc.tokens;
    if (tokens[k].avoided) return true;
    for (size_t j = k; j-- > 0 && j + 4 > k && tokens[j].clause == tokens[k].clause;)
        if (tokens[j].negation_cue) return true;
    return false;
}

// Whether one of the marks stands between tokens k and k + 1.
bool gap_has(const Document& doc, size_t k, std::initializer_list<std::string_view> marks) {
    if (k + 1 >= doc.tokens.size()) return false;
    const std::string_view gap = gap_after(doc, k);
    for (const std::string_view mark : marks)
        if (gap.find(mark) != std::string_view::npos) return true;
    return false;
}

// Whether the name of a wrong claim at token k is the predicate of its clause, a copula a few words
// before it: "waiting is a trap", "c'est une erreur". What follows it is not the claim it names.
bool predicate(const Document& doc, size_t k) {
    const auto& tokens = doc.tokens;
    for (size_t j = k; j-- > 0 && j + 4 > k && tokens[j].clause == tokens[k].clause;)
        if (is_copula(tokens[j].surface) || is_be_form(tokens[j].surface)) return true;
    return false;
}

// Whether the verb of saying at token v has a subject other than the speaker: no first-person
// subject before it in its clause ("I think", "je pense" are the speaker's claims), and someone
// named: a word or a pronoun before it ("my manager said", "people think", "you might think",
// "certains disent") or, after a verb that opens its clause, a word of others or a noun ("يقول
// البعض", "قال مديري").
bool said_by_others(const Document& doc, size_t v) {
    const auto& tokens = doc.tokens;
    size_t from = v;
    while (from > 0 && tokens[from - 1].clause == tokens[v].clause) --from;
    bool someone = false;
    for (size_t k = from; k < v; ++k) {
        const Token& t = tokens[k];
        if ((t.info.subject && t.info.first_person) || t.info.conditional || t.negation_cue) return false;
        someone = someone || t.content() || t.info.subject || is_others_word(t.surface);
    }
    if (someone) return true;
    if (from != v || v + 1 >= tokens.size() || tokens[v + 1].clause != tokens[v].clause) return false;
    return is_others_word(tokens[v + 1].surface) || tokens[v + 1].content() ||
           (v + 2 < tokens.size() && tokens[v + 2].clause == tokens[v].clause && is_others_word(tokens[v + 2].surface));
}

// Whether token i is inside what the verb of saying at token v reports: in the verb's clause, with
// no word of consequence between ("my manager said we were late, so we didn't write unit tests",
// "donc", "لذلك") and no "and" opening a clause of the speaker's ("the client said the app was slow
// and we don't monitor the logs"). (A comma or a word that breaks a clause, "alors", "mais", "لكن",
// ends it too: what follows is the speaker's.)
bool inside_report(const Document& doc, size_t v, size_t i) {
    const auto& tokens = doc.tokens;
    for (size_t j = v + 1; j <= i; ++j) {
        const Token& t = tokens[j];
        if (t.clause != tokens[v].clause || t.info.role == role_consequence) return false;
        if (t.info.coordinator && j + 1 <= i && tokens[j + 1].info.subject && tokens[j + 1].info.first_person) return false;
    }
    return true;
}

// Whether the answer at token j agrees with the report rather than turning against it: a word of
// agreement in the rest of its sentence, in a clause with no negation ("..., but honestly I agree with
// them", "however you look at it, they are right", "mais il a raison", "لكنهم على حق"; not "but I
// don't agree"), or a proof of it: "it" or a last "that" after the proof verb ("... and I proved it").
bool answer_agrees(const Document& doc, size_t j) {
    const auto& tokens = doc.tokens;
    bool agrees = false, denied = false;
    for (size_t k = j; k < tokens.size() && tokens[k].sentence == tokens[j].sentence; ++k) {
        if (tokens[k].clause != tokens[k - 1].clause) {
            if (agrees && !denied) return true;
            agrees = denied = false;
        }
        denied = denied || tokens[k].negation_cue;
        agrees = agrees || is_agreement_word(tokens[k].surface);
    }
    if (agrees && !denied) return true;
    if (!is_proof_verb(tokens[j].surface) || j + 1 >= tokens.size() || tokens[j + 1].clause != tokens[j].clause) return false;
    // ("I proved it on the last release", "... and I proved that"; not "I proved it wrong", nor "I
    // showed that it catches bugs", where "that" opens what was shown.)
    const bool last = j + 2 >= tokens.size() || tokens[j + 2].clause != tokens[j].clause;
    if (tokens[j + 1].info.role == role_anaphor) return last || !is_false_word(tokens[j + 2].surface);
    return is_that_word(tokens[j + 1].surface) && last;
}

// Whether the proof verb at token j has the speaker as its subject, a first-person subject before it
// in its clause ("I showed him", "j'ai montré"): others proving it ("the numbers
// showed they were right", "the last release proved it") answer nothing of the speaker's.
bool speaker_proves(const Document& doc, size_t j) {
    const auto& tokens = doc.tokens;
    for (size_t k = j; k-- > 0 && tokens[k].clause == tokens[j].clause;)
        if (tokens[k].info.first_person && tokens[k].info.subject) return true;
    return false;
}

}  // namespace

size_t sentence_start(const Document& doc, size_t i) {
    while (i > 0 && doc.tokens[i - 1].sentence == doc.tokens[i].sentence) --i;
    return i;
}

bool said_as_mistake(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    const int sentence = tokens[i].sentence;
    for (size_t k = i; k-- > 0 && tokens[k].sentence == sentence;) {
        const Token& t = tokens[k];
        // (After a word of contrast the speaker speaks again: "the mistake is to think reviews slow
        // us down, but I merge it myself anyway".)
        if (returns_to_speaker(t.surface)) return false;
        // (Nor past a dash or a colon, which open the speaker's own words: "one misconception is that
        // tuples are faster — they are not faster at all", "the mistake is waiting for reviews: I just
        // merge it myself", "waiting is a trap: I merge it". Unless they open the belief itself: "the
        // mistake is to think: I'll merge it myself", "l'erreur est de se dire : je fusionne", "my
        // mistake: I merged it myself".)
        const bool apart = gap_has(doc, k, {":", "\u2014", "\u2013", " - "});
        const bool belief = is_belief_word(t.surface) || (k > 0 && is_belief_word(tokens[k - 1].surface));
        const bool name = t.info.role == role_wrong_claim && !name_denied(doc, k);
        if (apart && !belief && !(name && !predicate(doc, k))) return false;
        if (is_false_word(t.surface) && !name_denied(doc, k) && belief_follows(doc, k, i)) return true;
        if (!name) continue;
        const Token& next = tokens[k + 1];
        // (A name apart from what follows, by a comma or a colon, frames it unless it is a predicate:
        // "my mistake: I merged it myself", "l'erreur, c'est de penser ..."; not "I was sure it was a
        // mistake, so I didn't need data", which names a claim and goes on.)
        if (next.clause != t.clause) {
            if (!predicate(doc, k)) return true;
            continue;
        }
        if (is_copula(next.surface) || next.info.role == role_counterfactual) return true;
        // ("it's a myth that X", "c'est un mythe que X", "من الخطأ الاعتقاد أن X".)
        if (is_that_word(next.surface) || belief_follows(doc, k, i)) return true;
        // (Or one word on, after the name's noun, a doing named: "the worst thing would be to think:
        // ...", "the mistake here is to ...". Not a thing named: "the worst thing is slow reviews, so I
        // merge it myself".)
        if (k + 2 >= i) continue;
        const Token& then = tokens[k + 2];
        if (then.clause != t.clause || !(is_copula(then.surface) || then.info.role == role_counterfactual)) continue;
        for (size_t j = k + 3; j < i && tokens[j].clause == t.clause; ++j)
            if (tokens[j].info.role == role_infinitive) return true;
    }
    return false;
}

bool reported_and_answered(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    const int sentence = tokens[i].sentence;
    for (size_t v = sentence_start(doc, i); v < i; ++v) {
        if (!is_report_verb(tokens[v].surface) || tokens[v].negated || !said_by_others(doc, v) || !inside_report(doc, v, i))
            continue;
        // The answer: the first word of contrast or proof after the verb, in its sentence or the next
        // ("...; I showed him it catches real bugs", "..., but it catches real bugs", "mais", "لكن").
        // One before token i answers before it: token i is the speaker's again ("my manager said we
        // should review code, but honestly it doesn't matter"). None: the claim is only reported
        // ("my manager said code review doesn't matter, and he was right").
        // (In the next sentence, only at its head: a contrast word first, or a proof in its first
        // clause. Further on, the speaker has gone on to something else.)
        // (An answer turns against the report: not one that agrees with it, nor a proof by others.)
        for (size_t j = v + 1; j < tokens.size() && tokens[j].sentence <= sentence + 1; ++j) {
            const bool contrast = is_contrast_word(tokens[j].surface);
            if (!contrast && !(is_proof_verb(tokens[j].surface) && speaker_proves(doc, j))) continue;
            if (tokens[j].sentence != sentence) {
                const size_t head = sentence_start(doc, j);
                if (contrast ? j != head : tokens[j].clause != tokens[head].clause) break;
            }
            if (j <= i || answer_agrees(doc, j)) break;
            if (contrast || tokens[j].clause != tokens[i].clause) return true;
            break;
        }
    }
    return false;
}

void spare_framed_denials(Document& doc) {
    // A frame opens only after a name of a wrong claim, a word of falsehood or a verb of saying earlier
    // in the sentence (said_as_mistake, reported_and_answered), so only a sentence with a denial in it
    // is read, and a negated word of it only once such a word stands before it: this pass runs on every
    // text the core reads.
    auto& tokens = doc.tokens;
    for (size_t from = 0, to = 0; from < tokens.size(); from = to) {
        bool denial = false;
        for (to = from; to < tokens.size() && tokens[to].sentence == tokens[from].sentence; ++to)
            denial = denial || (tokens[to].negated && !tokens[to].spared);
        if (!denial) continue;
        bool opened = false;
        for (size_t i = from; i < to; ++i) {
            Token& t = tokens[i];
            if (opened && t.negated && !t.spared && claim_not_speakers(doc, i)) t.spared = true;
            opened = opened || t.info.role == role_wrong_claim || is_false_word(t.surface) || is_report_verb(t.surface);
        }
    }
}

}  // namespace utopiahire::core
