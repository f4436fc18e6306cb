// An answer about something else neither states nor denies this question's points: the words it
// shares with one are the field's, met while it answers another question.
#include "core/analysis.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

PointResult point(PointStatus status, double score) {
    PointResult p;
    p.status = status;
    p.score = score;
    p.has_evidence = status != PointStatus::missing;
    if (p.has_evidence) p.evidence_text = "trie";
    return p;
}

Coverage sample_coverage() {
    Coverage c;
    c.must = {point(PointStatus::covered, 1.0), point(PointStatus::partial, 0.3), point(PointStatus::contradicted, 0.0),
              point(PointStatus::missing, 0.1)};
    c.bonus = {point(PointStatus::covered, 0.6)};
    c.must_coverage = 0.35;
    c.bonus_coverage = 0.6;
    return c;
}

}  // namespace

TEST(OffTopicPoints, AnAnswerOnTopicKeepsItsStatuses) {
    Coverage c = sample_coverage();
    set_aside_points(c, set_aside_below);
    EXPECT_EQ(c.must[0].status, PointStatus::covered);
    EXPECT_EQ(c.must[2].status, PointStatus::contradicted);
    EXPECT_EQ(c.bonus[0].status, PointStatus::covered);
    EXPECT_DOUBLE_EQ(c.must_coverage, 0.35);
}

TEST(OffTopicPoints, AnAnswerAboutSomethingElseStatesAndDeniesNone) {
    Coverage c = sample_coverage();
    set_aside_points(c, 0.25);
    // Scores scaled by the factor, statuses read again from them.
    EXPECT_EQ(c.must[0].status, PointStatus::partial);
    EXPECT_DOUBLE_EQ(c.must[0].score, 0.25);
    EXPECT_TRUE(c.must[0].has_evidence);
    EXPECT_EQ(c.must[1].status, PointStatus::missing);
    EXPECT_FALSE(c.must[1].has_evidence);
    EXPECT_EQ(c.must[2].status, PointStatus::missing);
    EXPECT_DOUBLE_EQ(c.must[2].score, 0.0);
    EXPECT_EQ(c.must[3].status, PointStatus::missing);
    EXPECT_EQ(c.bonus[0].status, PointStatus::missing);
    EXPECT_DOUBLE_EQ(c.bonus[0].score, 0.15);
    EXPECT_DOUBLE_EQ(c.must_coverage, 0.088);   // (0.25 + 0.075 + 0 + 0.025) / 4, rounded
    EXPECT_DOUBLE_EQ(c.bonus_coverage, 0.15);
    // Wholly about something else: nothing left.
    Coverage none = sample_coverage();
    set_aside_points(none, 0.0);
    for (const PointResult& p : none.must) EXPECT_EQ(p.status, PointStatus::missing);
}
