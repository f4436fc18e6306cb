#include "core/cpp_only.hpp"

// A sentence that names a point only to deny it (matcher.cpp's judge_point reads it last, for a
// point the answer states nowhere): whether a window is one.

#include "core/matcher_internal.hpp"

#include "core/dismissal_words.hpp"
#include "core/lexicon_data.hpp"
#include "core/negation_words.hpp"

namespace utopiahire::core {

namespace {

// A word a negation passes over on its way to what it denies: a grammar word, another cue
// ("ne ... jamais"), a form of "be" or "have", an ability or a need ("can't", "no need to"), the
// speaker's opinion ("I don't think asking ... is worth it", "je ne pense pas"), a whole or a
// frequency ("not always", "not as often"), an adverb ("never silently ...", "-ly").
bool passed_over(const Token& t) {
    if (!t.content() || t.negation_cue) return true;
    const std::string_view w(t.surface);
    if (is_be_form(w) || is_perfect_form(w) || is_ability_word(w) || is_opinion_verb(w) || is_belief_word(w)) return true;
    if (t.info.role == role_need || t.info.role == role_totality || t.info.role == role_frequency) return true;
    return w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0;
}

// Whether the negation of answer token tok (a word of the point it denies) falls on it: nothing
// but words passed_over between the negation and tok, in its clause. Otherwise the negation denies
// another doing, of which the point's word is the object, and that doing may agree with the point
// as well as deny it: "never (silently) accept invalid input", "don't let invalid input through",
// "ne jamais accepter une entrée invalide" all say "fail fast on invalid input". A word the
// negation does not reach from before it (a subject a verdict dismisses: "asking questions isn't
// worth it") is the point's own word denied.
bool negation_falls_on(const Document& doc, int tok) {
    const int cue = negation_cue_of(doc, tok);
    if (cue < 0) return true;
    for (int k = negation_opening(doc, cue) + 1; k < tok; ++k)
        if (!passed_over(doc.tokens[static_cast<size_t>(k)])) return false;
    return true;
}

// Whether the window holds a negation with nothing after it in its clause: a predicate said before
// it denied again with its verb left out, "End-to-end tests are slow, unit tests are not", "les
// tests unitaires, non" (review27 M5). Beside an opposite word it may deny that word itself, and
// unit tests are then said to be fast.
bool has_elided_negation(const Document& doc, const Window& w) {
    for (int k = w.begin; k < w.end; ++k) {
        const Token& t = doc.tokens[static_cast<size_t>(k)];
        if (!t.negation_cue) continue;
        const bool last = static_cast<size_t>(k) + 1 >= doc.tokens.size();
        const Token* next = last ? nullptr : &doc.tokens[static_cast<size_t>(k) + 1];
        if (last || next->clause != t.clause || next->sentence != t.sentence) return true;
    }
    return false;
}

}  // namespace

// A sentence that names two or more of the point's words and says them only against it: every one
// it names denied ("asking a lot of questions up front isn't worth it", "rather than replay
// anything" with "the messages" for "fix the cause, then replay the messages"), or one of them by
// its opposite ("unit tests are just as slow" for "a unit test is fast"; not beside an elided
// negation, "..., unit tests are not"). Too small a share of a
// long point for a denial (contradiction_minimum), it still contradicts a point the answer states
// nowhere (judge_point): the answer speaks of the point only to say the contrary. (In one sentence:
// the words of two neighbouring sentences are two things said.) A negative point's words denied
// agree with it: for such a point, its opposite only. The denial must fall on a word of the point
// (negation_falls_on, asked of the first and the last word denied: two tokens, no pass over the
// window), not on another verb whose object the point's words are.
bool lone_denial(const Context& ctx, const PointModel& point, const Window& w, const WindowScore& ws) {
    if (w.pair || ws.matched_any < 2) return false;
    if (ws.antonym_conflict) return !has_elided_negation(ctx.answer, w);
    if (!((!point.negated || point.negated_aside) && ws.neg > 0.0 && ws.pos <= 0.0)) return false;
    return (ws.neg_first >= 0 && negation_falls_on(ctx.answer, ws.neg_first)) ||
           (ws.neg_last >= 0 && negation_falls_on(ctx.answer, ws.neg_last));
}

}  // namespace utopiahire::core
