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
//
// That shape alone is also the shape of a strong candidate who gets the core right and one extra
// wrong ("The table never needs to resize, the load factor does not matter" for "the table resizes
// when the load factor passes a threshold"). What tells the two apart is the denial's own words: a
// denial of the extra itself says it again, most of its words in the words cited as the denial,
// while a denial of something else meets one or two of its words in passing ("re-run", "change
// config", "not nested"). So the denial stands where its evidence says more than half of the
// point's words (by weight, in its best wording).
//
// Read so, the point is stated at most in part: its statements free of conflict came with a
// reading of denial, and the words said of something else there do not make it covered (the
// "re-run once" above, read covered, was a false cover).
#pragma once

#include "core/analysis.hpp"
#include "core/matcher.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace utopiahire::core {

// The bonus point (index into bonus) to read by its positive evidence alone: the only point
// contradicted among must and bonus, in an answer covering more than half of the must points;
// else none.
std::optional<size_t> lone_bonus_denial(const std::vector<PointResult>& must, const std::vector<PointResult>& bonus);

// Whether the evidence r cites (its contradiction) says more than restated_share of the words of
// one of point's wordings, each word counted by its weight once: the denial restates the point.
constexpr double restated_share = 0.5;
bool denial_restates_point(Context& ctx, const PointModel& point, const PointResult& r);

}  // namespace utopiahire::core
