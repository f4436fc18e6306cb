#include "core/cpp_only.hpp"

// Most windows hold none of a point's words, and score_terms finds nothing there. These tell
// such windows apart cheaply, by a bit per window for each term list and each term (same
// results, faster).

#include "core/matcher_internal.hpp"

namespace utopiahire::core {

namespace {

// Term i's windows (bits, its row of term_bits) into the list's masks (see PointList::masks).
void add_masks(Context& ctx, const Context::PointList& c, size_t i, const uint64_t* bits, size_t words) {
    for (size_t j = 0; j < words; ++j)
        for (uint64_t m = bits[j]; m != 0; m &= m - 1)
            ctx.term_masks[c.masks + j * 64 + static_cast<size_t>(__builtin_ctzll(m))] |= uint64_t{1} << i;
}

// Sets the bits of the windows holding answer token tok (more than 64 windows: else list_windows
// takes the token's one word of bits, see window_masks).
void mark_windows(const Context& ctx, uint64_t* bits, int tok) {
    const auto [first, last] = ctx.token_windows[static_cast<size_t>(tok)];
    for (int k = first; k >= 0 && k <= last; ++k) {
        const Window& w = ctx.windows[static_cast<size_t>(k)];
        if (tok >= w.begin && tok < w.end) bits[static_cast<size_t>(k) / 64] |= uint64_t{1} << (k % 64);
    }
}

}  // namespace

// When the answer has 64 windows or fewer (nearly always), the windows holding each token as one
// word of bits (Context::token_window_masks), once per answer: list_windows takes them at once.
void window_masks(Context& ctx) {
    ctx.token_window_masks_built = true;
    if (ctx.windows.size() > 64) return;
    ctx.token_window_masks.assign(ctx.answer.tokens.size(), 0);
    for (size_t k = 0; k < ctx.windows.size(); ++k)
        for (int i = ctx.windows[k].begin; i < ctx.windows[k].end; ++i)
            ctx.token_window_masks[static_cast<size_t>(i)] |= uint64_t{1} << k;
}

namespace {

// Calls mark(tok) for each answer token that can make score_terms find anything for a term: a
// token of its match list, an answer word of its antonym class or asymptotic class, a negated
// content word when its denied base may be restated ("no limit" for "unlimited"), and, for the
// point's own wording (own_words), an opposite by a negative prefix (the answer's memo of those is
// by term, kept in `opposites`: asking for them all here, not on first use in a window, gives the
// same lists).
template <typename Mark>
void term_tokens(Context& ctx, const Term& term, TermMatches matches, bool own_words, const std::vector<int>*& opposites,
                 Mark mark) {
    for (const auto& m : matches) mark(m.first);
    if (term.antonym >= 0)
        for (int tok : ctx.antonym_tokens)
            if (ctx.answer.tokens[static_cast<size_t>(tok)].antonym / 2 == term.antonym / 2) mark(tok);
    if (const int stated_class = term.stated_class(); stated_class >= 0)
        for (int tok : ctx.complexity_tokens)
            if (ctx.answer.tokens[static_cast<size_t>(tok)].complexity == stated_class) mark(tok);
    if (!term.denied_lexeme.empty() && !term.negated)   // see denied_base_match
        for (int tok : ctx.negated_content_tokens) mark(tok);
    if (own_words && term.antonym < 0 && term.surface.size() >= 5) {   // as in score_terms
        if (opposites == nullptr) opposites = &prefix_opposite_tokens(ctx, term);
        for (int tok : *opposites) mark(tok);
    }
}

}  // namespace

// A term list's windows: the windows holding the tokens term_tokens gives for each term. Sets
// the terms' bits in ctx.term_bits, the list's, their union, in ctx.window_bits (from c.bits on),
// and for a list of up to 64 terms its masks (from c.masks on; match_point zeroes all three).
void list_windows(Context& ctx, const std::vector<Term>& terms, const Context::PointList& c, bool own_words) {
    const size_t words = (ctx.windows.size() + 63) / 64;
    const bool masked = terms.size() <= 64;   // as in score_terms
    const bool one_word = !ctx.token_window_masks.empty();   // 64 windows at most (see window_masks)
    for (size_t i = 0; i < terms.size(); ++i) {
        const Term& term = terms[i];
        const TermMatches matches = ctx.point_matches[c.first + i];
        const std::vector<int>*& opposites = ctx.point_opposites[c.first + i];
        uint64_t* bits = &ctx.term_bits[(c.first + i) * words];
        if (one_word) {   // (nearly always: the term's windows gathered in one word, in a register)
            uint64_t b = 0;
            term_tokens(ctx, term, matches, own_words, opposites,
                        [&](int tok) { b |= ctx.token_window_masks[static_cast<size_t>(tok)]; });
            bits[0] = b;
            ctx.window_bits[c.bits] |= b;
            if (masked)
                for (uint64_t m = b; m != 0; m &= m - 1)
                    ctx.term_masks[c.masks + static_cast<size_t>(__builtin_ctzll(m))] |= uint64_t{1} << i;
            continue;
        }
        term_tokens(ctx, term, matches, own_words, opposites, [&](int tok) { mark_windows(ctx, bits, tok); });
        for (size_t j = 0; j < words; ++j) ctx.window_bits[c.bits + j] |= bits[j];
        if (masked) add_masks(ctx, c, i, bits, words);
    }
}

}  // namespace utopiahire::core
