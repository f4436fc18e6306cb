// Correct answers read as contradicting a point: the point's prefixed word said as its negated
// base ("unvisited" / "haven't visited"), and words inside a reported question of the point
// ("why they disagreed"), which the point names but does not assert.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

// "Not yet visited" and "haven't visited" (in a condition too) state "unvisited"; the visited set
// named elsewhere is the other state the point assumes. The base alone still opposes it.
TEST(FalseContradiction, NegatedBaseStatesThePrefixedWord) {
    Question q;
    q.key_points = R"({"must_mention": ["scan all cells; each unvisited land cell starts a new island"]})";
    EXPECT_NE(status_of(q, "I loop over every cell; when I hit land that I haven't visited, that's a new island. "
                           "Skip anything already in the visited set."),
              PointStatus::contradicted);
    EXPECT_NE(status_of(q, "I scan every cell; a land cell not yet visited starts a new island."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "I scan every cell; a land cell not yet visited starts a new island and I mark the visited cells."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "I loop over every cell; when I hit visited land, that's a new island."), PointStatus::contradicted);
}

// "Why they disagreed": the answer saying that others agreed does not deny it; outside a reported
// question the opposite still does.
TEST(FalseContradiction, ReportedQuestionIsNotAsserted) {
    Question q;
    q.key_points = R"({"must_mention": ["concrete example of the rule and why they disagreed"]})";
    EXPECT_NE(status_of(q, "We had a rule that every function needed a docstring, and I thought it was a waste of time. "
                           "A few teammates agreed with me."),
              PointStatus::contradicted);
    Question r;
    r.key_points = R"({"must_mention": ["the reviewers disagreed with the rule"]})";
    EXPECT_EQ(status_of(r, "The reviewers agreed with the rule."), PointStatus::contradicted);
}
