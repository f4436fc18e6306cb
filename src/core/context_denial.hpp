// A must point half stated beside a denial, in an answer that contradicts another point outright.
//
// Every other rule decides a point on its own evidence, and a partial or faint match whose sentence
// denies something near the point's words ("For failures I wouldn't do anything extra", "I didn't
// ask the customers what they wanted", "automatic reverts are too risky") is too weak a sign on its
// own: an answer in its own words says "no extra memory" or "without asking the database" of a
// point it states. An answer that already contradicts one of its points outright is one that thinks
// otherwise on the subject, and such an answer's denials next to the words of the points it only
// half states are mostly denials of those points too. This second pass, run once every point is
// decided, reads that combination of evidence. It reads the trigger from the decisions made before
// it only (its own contradictions trigger nothing; a contradicted bonus point triggers nothing either:
// a slip on an extra says little of the core), leaves covered and bonus points alone (a bonus point
// is almost never denied; a covered one is stated), counts a denial once (not one inside the
// evidence of a contradicted point, nor one next to a word of a contradicted point), reads only a
// denial touching the point's rarest word in the answer (the word naming this point, not one every
// point of the question says), reads a point of reduction or avoidance as stated by a denial of the
// thing reduced ("Python doesn't reserve spare memory" for "tuples use less memory") unless the
// denial falls on the reduction itself ("it doesn't reduce the load"), and cites the denying clause.
#pragma once

#include "core/matcher.hpp"

#include <vector>

namespace utopiahire::core {

struct ContextDenial {
    size_t point;         // index into the must points
    int first, last;      // answer tokens of the evidence: the clauses of the denial and the point's word
};

// The must points (index, evidence) that context_denial reads as contradicted, given their
// matches and their results so far; empty unless some must point is contradicted.
std::vector<ContextDenial> context_denials(Context& ctx, const std::vector<PointMatch>& must_matches,
                                           const std::vector<PointResult>& must, const std::vector<PointResult>& bonus);

}  // namespace utopiahire::core
