// Point coverage recall and calibration: how partial and covered are decided.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

PointResult point(PointStatus status, double score) {
    PointResult p;
    p.status = status;
    p.score = score;
    return p;
}

}  // namespace

TEST(CoherentPromotion, GoodPartialMatchCountsInAnAnswerStatingMostPoints) {
    Coverage c;
    c.must = {point(PointStatus::covered, 0.8), point(PointStatus::covered, 0.6), point(PointStatus::partial, 0.3),
              point(PointStatus::partial, 0.22), point(PointStatus::contradicted, 0.0)};
    promote_coherent(c);
    EXPECT_EQ(c.must[2].status, PointStatus::covered);
    EXPECT_DOUBLE_EQ(c.must[2].score, 0.4);
    // A weak partial match (a word shared by chance) and a contradiction stay as they are.
    EXPECT_EQ(c.must[3].status, PointStatus::partial);
    EXPECT_EQ(c.must[4].status, PointStatus::contradicted);
    EXPECT_EQ(c.must[0].score, 0.8);
}

TEST(CoherentPromotion, NoBenefitOfTheDoubtForAnAnswerStatingFewPoints) {
    Coverage c;
    c.must = {point(PointStatus::covered, 0.8), point(PointStatus::partial, 0.35), point(PointStatus::partial, 0.3)};
    c.bonus = {point(PointStatus::missing, 0.1), point(PointStatus::missing, 0.0)};
    promote_coherent(c);   // 1 of 5 points stated
    EXPECT_EQ(c.must[1].status, PointStatus::partial);
    EXPECT_EQ(c.must[2].status, PointStatus::partial);
    Coverage empty;
    promote_coherent(empty);
    EXPECT_TRUE(empty.must.empty());
}

TEST(CoherentPromotion, AppliedByKeyPointCoverage) {
    // The same partial statement of the third point: alone it stays partial; next to plain
    // statements of the two other points it counts as covered.
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["lists are mutable", "tuples are immutable",
                                        "tuples hashable as dictionary keys with consistent equality semantics"]})";
    const std::string partial = "A tuple is hashable and works as a dictionary key.";
    const Coverage alone = key_point_coverage(q.input(partial));
    ASSERT_EQ(alone.must.size(), 3u);
    EXPECT_EQ(alone.must[2].status, PointStatus::partial) << coverage_json(alone);
    EXPECT_GE(alone.must[2].score, 0.25);
    const Coverage c = key_point_coverage(q.input("Lists are mutable. Tuples are immutable. " + partial));
    EXPECT_EQ(c.must[0].status, PointStatus::covered);
    EXPECT_EQ(c.must[1].status, PointStatus::covered);
    EXPECT_EQ(c.must[2].status, PointStatus::covered) << coverage_json(c);
}
