#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header

#include "core/lone_bonus_denial.hpp"

#include "core/word_matches.hpp"

#include <algorithm>

namespace utopiahire::core {

std::optional<size_t> lone_bonus_denial(const std::vector<PointResult>& must, const std::vector<PointResult>& bonus) {
    size_t covered = 0;
    for (const PointResult& r : must) {
        if (r.status == PointStatus::contradicted) return std::nullopt;
        if (r.status == PointStatus::covered) ++covered;
    }
    if (2 * covered <= must.size()) return std::nullopt;
    std::optional<size_t> lone;
    for (size_t i = 0; i < bonus.size(); ++i) {
        if (bonus[i].status != PointStatus::contradicted) continue;
        if (lone) return std::nullopt;
        lone = i;
    }
    return lone;
}

bool denial_restates_point(Context& ctx, const PointModel& point, const PointResult& r) {
    if (!r.has_evidence) return false;
    // The answer tokens the evidence spans (it cites whole tokens, by characters).
    int first = -1, last = -1;
    const std::vector<Token>& tokens = ctx.answer.tokens;
    for (size_t k = 0; k < tokens.size() && tokens[k].char_start < r.evidence_end; ++k) {
        if (tokens[k].char_start < r.evidence_start) continue;
        if (first < 0) first = static_cast<int>(k);
        last = static_cast<int>(k);
    }
    if (first < 0) return false;
    // A function word says nothing of the point; nor do the letters of a big-O notation ("o", "n"
    // of "O(n^2)"), which another class's notation says as well ("O(n)"): the class is read by
    // class (complexity_claim.hpp), and a denial of the point by another class says its other
    // words.
    auto counts = [](const Term& term) { return !term.function_word && term.stated_class() < 0; };
    std::vector<const Term*> said;
    for (size_t v = 0; v < point.variants.size(); ++v) {
        // (Not an alternative written into the point, "O(n^2)" of "is O(n^2)": one of the things
        // it names, not the point.)
        if (v < point.written.size() && point.written[v]) continue;
        const std::vector<Term>& terms = point.variants[v];
        double total = 0.0, met = 0.0;
        said.clear();
        for (const Term& term : terms)
            if (counts(term)) total += term.weight;
        for_each_word_match(ctx, terms, [&](int tok, const Term& term) {
            if (tok < first || tok > last || !counts(term)) return;
            if (std::find(said.begin(), said.end(), &term) != said.end()) return;
            said.push_back(&term);
            met += term.weight;
        });
        if (total > 0.0 && met > restated_share * total) return true;
    }
    return false;
}

}  // namespace utopiahire::core
