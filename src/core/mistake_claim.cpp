#include "core/cpp_only.hpp"

#include "core/mistake_claim.hpp"

#include <algorithm>
#include <vector>

namespace utopiahire::core {

namespace {

// A mistake says its own claim in a sentence that meets at least this share of its own words.
constexpr double claim_share = 0.5;

bool shares(const Lexicon& lexicon, const Term& t, const std::vector<Term>& others) {
    if (t.lex < 0) return true;   // (no word: counts for neither side)
    for (const Term& u : others)
        if (u.lex >= 0 && (u.lex == t.lex || (t.group >= 0 && t.group == u.group) || term_quality_strings(lexicon, t, u) > 0.0))
            return true;
    return false;
}

// The weighted share of terms[index...] met in sentences [from, to].
double share_met(Context& ctx, const std::vector<Term>& terms, const std::vector<int>& index, int from, int to) {
    double total = 0.0, met = 0.0;
    for (int k : index) {
        const Term& t = terms[static_cast<size_t>(k)];
        total += t.weight;
        double q = 0.0;
        for (const auto& m : term_matches(ctx, t)) {
            const int sentence = ctx.answer.tokens[static_cast<size_t>(m.first)].sentence;
            if (sentence >= from && sentence <= to) q = std::max(q, m.second);
        }
        met += t.weight * q;
    }
    return total > 0.0 ? met / total : 0.0;
}

}  // namespace

void split_mistake_claims(QuestionModel& model) {
    for (MistakeModel& m : model.mistakes) {
        m.claim_only.clear();
        m.point_only.clear();
        if (m.point < 0) continue;
        const std::vector<PointModel>& points = m.point_is_bonus ? model.bonus : model.must;
        if (static_cast<size_t>(m.point) >= points.size() || points[static_cast<size_t>(m.point)].variants.empty()) continue;
        const PointModel& p = points[static_cast<size_t>(m.point)];
        for (size_t k = 0; k < m.terms.size(); ++k) {
            bool shared = m.terms[k].lex < 0;
            for (size_t v = 0; v < p.variants.size() && !shared; ++v)
                if (v >= p.written.size() || !p.written[v]) shared = shares(model.lexicon, m.terms[k], p.variants[v]);
            if (!shared) m.claim_only.push_back(static_cast<int>(k));
        }
        const std::vector<Term>& own = p.variants.front();
        for (size_t k = 0; k < own.size(); ++k)
            if (!shares(model.lexicon, own[k], m.terms)) m.point_only.push_back(static_cast<int>(k));
    }
}

bool claim_outweighs_point(Context& ctx, size_t i, int from, int to) {
    const MistakeModel& m = ctx.model.mistakes[i];
    if (m.point < 0 || m.claim_only.empty()) return false;
    const PointModel& p = (m.point_is_bonus ? ctx.model.bonus : ctx.model.must)[static_cast<size_t>(m.point)];
    const double claim = share_met(ctx, m.terms, m.claim_only, from, to);
    return claim >= claim_share && claim > share_met(ctx, p.variants.front(), m.point_only, from, to);
}

}  // namespace utopiahire::core
