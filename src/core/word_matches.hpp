// The answer tokens that say a term's word: the rules read after matching (context_denial.cpp,
// answer_frame.cpp) ask which tokens name a point's or the question's words, not how well.
#pragma once

#include "core/matcher.hpp"

#include <vector>

namespace utopiahire::core {

// An answer token says a term's word when it matches it as the word itself (1), a synonym (0.9)
// or a near miss (0.8); a merely related form ("store" for "storage", 0.7) names another thing
// as often as the term's.
constexpr double word_match_quality = 0.8;

// Calls f(token, term) for every answer token saying the word of one of the terms.
template <class F>
void for_each_word_match(Context& ctx, const std::vector<Term>& terms, F&& f) {
    for (const Term& term : terms)
        for (const auto& [tok, q] : term_matches(ctx, term))
            if (q >= word_match_quality) f(tok, term);
}

// ... of one of a point's wordings (itself and its aliases).
template <class F>
void for_each_word_match(Context& ctx, const PointModel& point, F&& f) {
    for (const std::vector<Term>& terms : point.variants) for_each_word_match(ctx, terms, f);
}

}  // namespace utopiahire::core
