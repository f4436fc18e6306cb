#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header

#include "core/lone_bonus_denial.hpp"

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

}  // namespace utopiahire::core
