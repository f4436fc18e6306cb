#include "core/cpp_only.hpp"

#include "core/context_denial.hpp"

#include "core/word_matches.hpp"

#include <algorithm>
#include <cstdlib>

namespace utopiahire::core {

namespace {

// A denial touches a point's word at most this many tokens away from it, in its sentence (measured
// on the seven interview sets: 4 takes nearly all the denials of the point, from 6 on it takes the
// other things an answer says it does not do as well).
constexpr int max_denial_distance = 4;

bool denying(const Token& t) { return t.negation_cue || (t.content() && t.negated); }

}  // namespace

std::vector<ContextDenial> context_denials(Context& ctx, const std::vector<PointMatch>& must_matches,
                                           const std::vector<PointResult>& must, const std::vector<PointResult>& bonus) {
    std::vector<ContextDenial> found;
    auto contradicted = [](const PointResult& r) { return r.status == PointStatus::contradicted; };
    // The trigger is a must point: a slip on a bonus point ("a namedtuple doesn't give named fields")
    // says nothing of how the answer thinks of the subject's core.
    if (std::none_of(must.begin(), must.end(), contradicted)) return found;
    const std::vector<Token>& tokens = ctx.answer.tokens;
    const int n = static_cast<int>(tokens.size());
    // A denial already read as another point's contradiction (inside its evidence) is counted for that
    // point only: one denial is no evidence against two points.
    std::vector<char> used(tokens.size(), 0);
    for (const auto* results : {&must, &bonus})
        for (const PointResult& r : *results)
            if (contradicted(r) && r.has_evidence)
                for (size_t k = 0; k < tokens.size(); ++k)
                    if (tokens[k].char_start >= r.evidence_start && tokens[k].char_start < r.evidence_end) used[k] = 1;
    // A word of a contradicted point is that point's: a denial next to it ("neither lists nor tuples may
    // serve as keys", after "tuples cannot be hashed") says nothing of another point sharing it
    // ("tuples are lighter in memory").
    std::vector<char> claimed(tokens.size(), 0);
    for (int list = 0; list < 2; ++list) {
        const std::vector<PointResult>& results = list == 0 ? must : bonus;
        const std::vector<PointModel>& models = list == 0 ? ctx.model.must : ctx.model.bonus;
        for (size_t j = 0; j < results.size() && j < models.size(); ++j)
            if (contradicted(results[j]))
                for_each_word_match(ctx, models[j], [&](int tok, const Term&) { claimed[static_cast<size_t>(tok)] = 1; });
    }
    std::vector<std::pair<int, double>> words;   // a point's words: (answer token, term weight)
    for (size_t i = 0; i < must.size() && i < must_matches.size() && i < ctx.model.must.size(); ++i) {
        const PointResult& r = must[i];
        const PointMatch& m = must_matches[i];
        if ((r.status != PointStatus::partial && r.status != PointStatus::missing) || m.first < 0 || m.last < m.first ||
            m.last >= n)
            continue;
        // The sentences of the point's (partial) evidence.
        const int from = tokens[static_cast<size_t>(m.first)].sentence, to = tokens[static_cast<size_t>(m.last)].sentence;
        // Its words there, by weight: the denial must touch its rarest one in the sentence, the word
        // that names this point there ("shard" of "avoid lock contention by sharding locks", not the
        // "lock" every point of the question says).
        words.clear();
        bool reduction = false;
        for (const std::vector<Term>& terms : ctx.model.must[i].variants)
            for (const Term& term : terms) reduction = reduction || term.absent;
        // (Not the dismissing word of an idiom, Token::spared: "need" in "no need to delete anything",
        // "besoin" in "pas besoin de", says nothing of a point's "business need", "le besoin métier".)
        for_each_word_match(ctx, ctx.model.must[i], [&](int tok, const Term& term) {
            const int s = tokens[static_cast<size_t>(tok)].sentence;
            if (s < from || s > to || claimed[static_cast<size_t>(tok)] || tokens[static_cast<size_t>(tok)].spared) return;
            words.push_back({tok, term.weight});
        });
        int best = max_denial_distance + 1, word = -1, denial = -1;
        for (const std::pair<int, double>& entry : words) {
            // (Not a structured binding: a lambda below reads both, and clang 14, which builds make
            // fuzz, refuses captured bindings before C++20.)
            const int tok = entry.first;
            const double weight = entry.second;
            const int s = tokens[static_cast<size_t>(tok)].sentence;
            if (std::any_of(words.begin(), words.end(), [&](const std::pair<int, double>& o) {
                    return o.second > weight && tokens[static_cast<size_t>(o.first)].sentence == s;
                }))
                continue;
            const int lo = std::max(0, tok - max_denial_distance), hi = std::min(n - 1, tok + max_denial_distance);
            for (int k = lo; k <= hi; ++k) {
                const Token& t = tokens[static_cast<size_t>(k)];
                if (t.sentence != s || !denying(t) || std::abs(k - tok) >= best || used[static_cast<size_t>(k)]) continue;
                // A point of reduction, avoidance or removal ("use less memory", "reduce load on the
                // database", "avoid lock contention", Term::absent) is said by a denial of the thing
                // reduced ("Python doesn't reserve spare memory", "we don't query the database as
                // often"): it is denied only by a denial of the reduction itself ("it doesn't reduce
                // the load").
                if (reduction && !denies_reduction(ctx.answer, k, tok)) continue;
                best = std::abs(k - tok);
                word = tok;
                denial = k;
            }
        }
        if (word < 0) continue;
        // Evidence: the clauses from the earlier of the two tokens to the later one, in full.
        int first = std::min(word, denial), last = std::max(word, denial);
        const int first_clause = tokens[static_cast<size_t>(first)].clause, last_clause = tokens[static_cast<size_t>(last)].clause;
        while (first > 0 && tokens[static_cast<size_t>(first - 1)].clause == first_clause) --first;
        while (last + 1 < n && tokens[static_cast<size_t>(last + 1)].clause == last_clause) ++last;
        found.push_back({i, first, last});
    }
    return found;
}

}  // namespace utopiahire::core
