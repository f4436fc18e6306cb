// A must point half stated beside a denial of its words is contradicted in an answer that
// contradicts another point outright (context_denial.hpp), and only there.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

namespace {

Question bucket_question() {
    Question q;
    q.question_text = "How would you implement a token bucket rate limiter?";
    q.key_points = R"({"must_mention": ["cap the bucket at its capacity", "atomic check-and-update for thread safety"]})";
    return q;
}

}  // namespace

TEST(ContextDenial, HalfStatedPointBesideADenialInAnAnswerDenyingAnotherPoint) {
    Question q = bucket_question();
    const std::string denied = "I never cap the bucket at its capacity. ";
    const std::string half_denied = "Two threads can't really interfere here.";
    ASSERT_EQ(status_of(q, denied + half_denied, 0), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, denied + half_denied, 1), PointStatus::contradicted);
    // The evidence cites the denying clause.
    const Coverage c = key_point_coverage(q.input(denied + half_denied));
    ASSERT_TRUE(c.must.at(1).has_evidence);
    EXPECT_NE(c.must.at(1).evidence_text.find("threads can't really interfere"), std::string::npos);
    // Alone, the same half statement beside a denial is no contradiction: the answer denies no point.
    const std::string stated = "I cap the bucket at its capacity. ";
    ASSERT_EQ(status_of(q, stated + half_denied, 0), PointStatus::covered);
    EXPECT_NE(status_of(q, stated + half_denied, 1), PointStatus::contradicted);
    // Nor is a half statement without a denial next to the point's word, in the answer denying the
    // other point: plainly said, or with a denial of something else further on.
    EXPECT_NE(status_of(q, denied + "Two threads share the bucket here.", 1), PointStatus::contradicted);
    EXPECT_NE(status_of(q, denied + "Two threads share the bucket and the old logs are not kept.", 1),
              PointStatus::contradicted);
    // A point the answer states is left alone.
    EXPECT_EQ(status_of(q, denied + "The check and the update are atomic, for thread safety; no lock is held long.", 1),
              PointStatus::covered);
}

// A denial is counted once: one already read as a contradiction of a point, or next to a word of a
// contradicted point, is that point's, not another's sharing the word.
TEST(ContextDenial, DenialOfTheContradictedPointIsNotReadAgainstAnother) {
    Question q;
    q.question_text = "In Python, what is the difference between a list and a tuple?";
    q.key_points = R"({"must_mention": ["mutability difference", "tuples hashable / usable as dict keys", "tuples lighter in memory"]})";
    const std::string answer = "Tuples are not hashable, so neither lists nor tuples can be dictionary keys.";
    ASSERT_EQ(status_of(q, answer, 1), PointStatus::contradicted);
    EXPECT_NE(status_of(q, answer, 2), PointStatus::contradicted);
    // Said of the other point's own words, the denial counts.
    EXPECT_EQ(status_of(q, answer + " Tuples are not lighter either.", 2), PointStatus::contradicted);
}
