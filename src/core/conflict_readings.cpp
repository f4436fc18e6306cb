#include "core/cpp_only.hpp"

// What a window says against a point beyond its words, as match_point's contradiction rules ask:
// the two sides of an order swapped, two things said to be alike, another asymptotic class, and
// whether a dismissal is of the point or of something larger.

#include "core/matcher_internal.hpp"

namespace utopiahire::core {

// The window states an asymptotic class (not denied) of time, or of memory.
bool window_states_complexity(const Context& ctx, const Window& w, bool space) {
    for (int i = w.begin; i < w.end; ++i) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(i)];
        if (t.complexity >= 0 && !t.negated && t.complexity_space == space) return true;
    }
    return false;
}

// How a window orders the two sides of a "X before Y" point: +1 the same way, -1 the other way
// round ("find the root cause before touching anything" for "mitigate before finding the root
// cause"), 0 when it does not say. "After Y, X" and "X after Y" agree with "X before Y".
int window_order(const Context& ctx, const PointModel& point, const Window& w) {
    // The terms met in tokens [from, to) of the window, of those not sharing a word with `other`
    // when given (see only).
    auto count_of = [&](const std::vector<Term>& terms, const std::vector<Term>* other, int from, int to) {
        int n = 0;
        for (const Term& term : terms) {
            if (other != nullptr && std::any_of(other->begin(), other->end(), [&](const Term& o) { return o.lex == term.lex; }))
                continue;
            for (int i = std::max(from, w.begin); i < std::min(to, w.end); ++i)
                if (term_quality(ctx, term, ctx.answer.tokens[static_cast<size_t>(i)]) >= near_miss_quality) {
                    ++n;
                    break;
                }
        }
        return n;
    };
    auto count = [&](const std::vector<Term>& terms, int from, int to) { return count_of(terms, nullptr, from, to); };
    // The words of one side only ("group" in "HAVING keeps groups once GROUP BY ran" is on both),
    // counted as count does (filtered as they are counted: no copy of the terms at each window).
    auto only_count = [&](const std::vector<Term>& side, const std::vector<Term>& other, int from, int to) {
        return count_of(side, &other, from, to);
    };
    int agree = 0, invert = 0;
    for (int m = w.begin; m < w.end; ++m) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(m)];
        if (t.antonym < 0 || t.antonym / 2 != point.order_word / 2 || t.negated) continue;
        // The complement follows the word in its clause, up to a subject pronoun; the main part
        // is what comes before the word in the sentence, or, when the word opens the sentence,
        // what follows the complement.
        int complement_end = m + 1;
        while (complement_end < w.end && ctx.answer.tokens[static_cast<size_t>(complement_end)].clause == t.clause &&
               !ctx.answer.tokens[static_cast<size_t>(complement_end)].info.subject)   // "after the fix I verify"
            ++complement_end;
        int main_from = w.begin, main_to = m;
        while (main_from < m && ctx.answer.tokens[static_cast<size_t>(main_from)].sentence != t.sentence) ++main_from;
        if (count(point.order_left, main_from, main_to) + count(point.order_right, main_from, main_to) == 0) {
            main_from = complement_end;
            main_to = w.end;
        }
        // Both sides on one side of the word: it orders something else ("before a review I
        // squash, then push the branch").
        const std::vector<Term>&left = point.order_left, &right = point.order_right;
        if ((only_count(left, right, main_from, main_to) > 0 && only_count(right, left, main_from, main_to) > 0) ||
            (only_count(left, right, m + 1, complement_end) > 0 && only_count(right, left, m + 1, complement_end) > 0))
            continue;
        const bool same = t.antonym == point.order_word;
        const std::vector<Term>& main_side = same ? point.order_left : point.order_right;
        const std::vector<Term>& complement_side = same ? point.order_right : point.order_left;
        agree += count(main_side, main_from, main_to) + count(complement_side, m + 1, complement_end);
        invert += count(complement_side, main_from, main_to) + count(main_side, m + 1, complement_end);
    }
    if (invert > agree && invert >= 2) return -1;
    if (agree >= invert && agree >= 2) return 1;
    return 0;
}

// The window tells two things apart: a contrast word (but, whereas, unlike, different ...) or
// "instead of" / "rather than", not denied.
bool window_contrasts(const Context& ctx, const Window& w) {
    for (int i = w.begin; i < w.end; ++i) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(i)];
        if (t.negated) continue;
        if ((t.info.contrast && !t.info.comparative) || (t.negation_cue && t.info.comparative_negation))
            return true;
    }
    return false;
}

// The window claims two things are alike and nothing in it tells them apart. A word of the point
// itself ("balanced priority" in the point) states it, however it reads elsewhere.
bool window_says_alike(const Context& ctx, const Window& w, const std::vector<Term>& terms) {
    bool alike = false;
    for (int i = w.begin; i < w.end; ++i) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(i)];
        if (t.sameness && !(t.content() && std::any_of(terms.begin(), terms.end(), [&](const Term& o) { return o.lex == t.lex[0]; })))
            alike = true;
        else if (t.info.contrast && !t.negated) return false;
    }
    return alike;
}

// Whether the point's words a dismissal names in window score `ws` (ws.dismissed_terms of them) are
// most of the words it dismisses on their side of the dismissing word, in their clauses:
// "a warrant isn't needed" is of the point "ask for the lawful ground (warrant or subpoena)
// ...", while "keeping a copy of customer data in a second region is unnecessary" and "pas besoin de
// copier les données des clients dans une autre région" dismiss another thing, of which the
// question's "customer data" is one part. (Without a dismissing word in those clauses, an idiom,
// the rule stands as it was.)
bool dismissal_mostly_of_point(const Context& ctx, const WindowScore& ws) {
    const auto& tokens = ctx.answer.tokens;
    if (ws.neg_first < 0) return false;
    size_t from = static_cast<size_t>(ws.neg_first), to = static_cast<size_t>(ws.neg_last);
    while (from > 0 && tokens[from - 1].clause == tokens[from].clause) --from;
    while (to + 1 < tokens.size() && tokens[to + 1].clause == tokens[to].clause) ++to;
    auto dismissing = [&](const Token& t) { return t.info.dismissal || t.info.dismissal_word; };
    size_t verdict = to + 1;
    for (size_t k = from; k <= to && verdict > to; ++k)
        if (dismissing(tokens[k]) && !tokens[k].dismissed) verdict = k;   // (what it dismisses is marked, not itself)
    if (verdict > to) return true;
    if (verdict > static_cast<size_t>(ws.neg_last)) to = verdict;          // "X ... is unnecessary"
    else if (verdict < static_cast<size_t>(ws.neg_first)) from = verdict;  // "no need to ... X"
    int dismissed = 0;
    for (size_t k = from; k <= to; ++k) {
        const Token& t = tokens[k];
        if (t.dismissed && t.content() && !t.negation_cue && !dismissing(t)) ++dismissed;
    }
    return 2 * ws.dismissed_terms > dismissed;
}

}  // namespace utopiahire::core
