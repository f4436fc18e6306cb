// A bonus point contradicted alone in an answer that states most of the must points.
//
// A bonus point is an extra a good answer may add, and an answer denies it rarely (see
// context_denial.hpp): the words a bonus point shares with an answer that states the core of the
// question are mostly said of something else there ("I'd re-run once to see whether it's
// intermittent" for "report flaky tests instead of re-running until green", "I wouldn't restart
// databases or change config I don't understand" for "look for a recent deploy or change"). An
// answer thinking otherwise on the subject denies must points too, or states few of them. So a
// bonus point that is the answer's only contradiction, in an answer covering more than half of
// its must points, is read by its positive evidence alone. (Validation sets, at main 9819897:
// of 26 bonus points contradicted, 18 were wrongly so; of the 5 that were their answer's only
// contradiction beside more than half of the must points covered, none was contradicted by its
// label, on four sets and five questions. The next one down, the only contradiction beside half
// of the must points covered, holdout3 U-003-c, was right: the bar is "more than half".)
#pragma once

#include "core/analysis.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace utopiahire::core {

// The bonus point (index into bonus) to read by its positive evidence alone: the only point
// contradicted among must and bonus, in an answer covering more than half of the must points;
// else none.
std::optional<size_t> lone_bonus_denial(const std::vector<PointResult>& must, const std::vector<PointResult>& bonus);

}  // namespace utopiahire::core
