// A point stating an asymptotic class ("O(n) time, O(height) extra memory", "complexité O(log n)")
// contradicted by an answer that gives its own solution another class of the same kind (time or
// memory) and never the point's: "It costs O(n log n), since every level takes a full
// pass" for "O(n) time". The window rules (other_statements in matcher.cpp) read such a class only
// in a window that matches the point's words, and a complexity point has few words besides its
// class: the answer's sentence stating the class ("it takes O(m + n) time overall", "فالتعقيد O(n²)")
// shares hardly any of them. The class is the claim, wherever it is made.
#pragma once

#include "core/matcher.hpp"

#include <vector>

namespace utopiahire::core {

struct ComplexityClaim {
    int first = -1, last = -1;   // answer tokens of the evidence: the clause stating the other class
};

// For point `point`: the clause of the answer stating another class of the same kind as one of the
// point's, when the answer states (not denied) classes of that kind, none of them the point's. An
// answer stating several classes of that kind weighs alternatives ("the naive way is O(n^2), a heap
// gives O(n log k)") rather than claiming one: only an answer stating a single class of that kind is
// read. A notation said of another way than the answer's own (a condition, "would", "whereas", "the
// naive loop", "serait", "au lieu de", "بينما") states no class of the answer's solution, and a Θ or Ω
// of the point's class is the point's class. first < 0 when there is none.
ComplexityClaim other_complexity_claim(const Context& ctx, const PointModel& point);

// Whether the answer states, somewhere and not denied, every class `point` opens with (its
// headline_classes), in a notation, in words ("linear", "constant") or as a bound (Θ, Ω); true
// for a point opening with none. The class is what such a point claims: "O(1) extra space" is not
// stated by a sentence on the space a solution uses at O(n), nor "O(n) time, O(width) extra space"
// by "O(n) time" alone, however many of its other words the answer shares.
bool states_headline_classes(const Context& ctx, const PointModel& point);

}  // namespace utopiahire::core
