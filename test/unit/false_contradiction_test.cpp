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

// A function word of the point (Arabic أو "or", is_function_word) that a negation of the answer
// passes over is no denial of the point: "لا حاجة إلى Kafka أو أي طابور وسيط" (no need for Kafka or
// any queue) says nothing of "sampling or quotas to cut the cost". Denying the point's own words
// still does.
TEST(FalseContradiction, ADeniedFunctionWordDeniesNothing) {
    Question q;
    q.key_points = R"({"must_mention": ["\u0625\u062e\u0641\u0627\u0621 \u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u0627\u0644\u062d\u0633\u0627\u0633\u0629", "\u0623\u062e\u0630 \u0639\u064a\u0646\u0627\u062a \u0623\u0648 \u062d\u0635\u0635 \u0644\u062a\u0642\u0644\u064a\u0644 \u0627\u0644\u062a\u0643\u0644\u0641\u0629"]})";
    // ترسل كل خدمة سجلاتها مباشرة إلى Elasticsearch، فلا حاجة إلى Kafka أو أي طابور وسيط.
    const std::string answer = "\u062a\u0631\u0633\u0644 \u0643\u0644 \u062e\u062f\u0645\u0629 \u0633\u062c\u0644\u0627\u062a\u0647\u0627 \u0645\u0628\u0627\u0634\u0631\u0629 \u0625\u0644\u0649 Elasticsearch\u060c \u0641\u0644\u0627 \u062d\u0627\u062c\u0629 \u0625\u0644\u0649 Kafka \u0623\u0648 \u0623\u064a \u0637\u0627\u0628\u0648\u0631 \u0648\u0633\u064a\u0637.";
    EXPECT_NE(status_of(q, answer, 1), PointStatus::contradicted);   // was contradicted
    // لا نأخذ عينات أو حصص، نحتفظ بكل السجلات.
    EXPECT_EQ(status_of(q, "\u0644\u0627 \u0646\u0623\u062e\u0630 \u0639\u064a\u0646\u0627\u062a \u0623\u0648 \u062d\u0635\u0635\u060c \u0646\u062d\u062a\u0641\u0638 \u0628\u0643\u0644 \u0627\u0644\u0633\u062c\u0644\u0627\u062a.", 1), PointStatus::contradicted);
}
