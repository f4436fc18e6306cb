// Which of a common mistake and the key point it is linked to (MistakeModel::point) a sentence of
// the answer says, when that sentence matches both: "I'd search from 1 up to the average item
// size" matches the point "search bounds: largest size up to the total size" by "search" and
// "size", and the mistake "Searching from 1 or from the average size" by the same words
// and by "1" and "average", which the point does not have. The words the two texts share say
// nothing either way; the words of each alone tell the claim made.
#pragma once

#include "core/matcher.hpp"

#include <cstddef>

namespace utopiahire::core {

// Sets each linked mistake's MistakeModel::claim_only and point_only: its terms the point's own
// statement and aliases do not share, and the point's (first variant's) terms the mistake does not
// share. Question-model time, after the link (a term shares another's lexeme, synonym group or
// near-miss form).
void split_mistake_claims(QuestionModel& model);

// Whether the answer's sentences [from, to] say what sets common mistake i apart from its key point
// better than what sets the point apart from the mistake: the weighted share of claim_only met
// there is half at least and above the share of point_only met there. False for an unlinked
// mistake or one whose words are all the point's.
bool claim_outweighs_point(Context& ctx, size_t i, int from, int to);

}  // namespace utopiahire::core
