// A bonus point met only inside the words that state a must point (analysis.cpp
// demote_bonus_inside_must, and promote_coherent's benefit of the doubt): a bonus point mostly
// refines or extends a must point, so the sentence stating the must point shares words with it and
// says the must point, not the refinement ("you can use a tuple as a dict key" states "tuples usable
// as dict keys", not "a tuple holding a list is not hashable").
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::with_evidence;

TEST(BonusInsideMust, AWeakBonusMatchInsideAMustStatementIsPartial) {
    Coverage c;
    c.must = {with_evidence(PointStatus::covered, 0.83, 100, 160)};
    c.bonus = {with_evidence(PointStatus::covered, 0.45, 120, 140),    // wholly inside
               with_evidence(PointStatus::covered, 0.5, 140, 180)};    // half inside
    demote_bonus_inside_must(c);
    EXPECT_EQ(c.bonus[0].status, PointStatus::partial);
    EXPECT_LT(c.bonus[0].score, 0.4);
    EXPECT_GE(c.bonus[0].score, 0.2);
    EXPECT_EQ(c.bonus[1].status, PointStatus::partial);
}

TEST(BonusInsideMust, ABonusStatedOnItsOwnStaysCovered) {
    Coverage c;
    c.must = {with_evidence(PointStatus::covered, 0.83, 100, 160)};
    c.bonus = {with_evidence(PointStatus::covered, 0.45, 200, 240),    // another sentence
               with_evidence(PointStatus::covered, 0.45, 150, 190),    // a quarter inside
               with_evidence(PointStatus::covered, 0.7, 120, 140)};    // stated clearly in the same words
    demote_bonus_inside_must(c);
    for (const PointResult& p : c.bonus) EXPECT_EQ(p.status, PointStatus::covered);
    EXPECT_DOUBLE_EQ(c.bonus[0].score, 0.45);
}

TEST(BonusInsideMust, OnlyAMustPointStatedBetterTakesTheWords) {
    Coverage c;
    // The must point is matched less well than the bonus there, or not covered: the words are the bonus's.
    c.must = {with_evidence(PointStatus::covered, 0.42, 100, 160), with_evidence(PointStatus::partial, 0.35, 100, 160)};
    c.bonus = {with_evidence(PointStatus::covered, 0.5, 120, 140)};
    demote_bonus_inside_must(c);
    EXPECT_EQ(c.bonus[0].status, PointStatus::covered);
    // Must points in one sentence both stay covered: two must points are often said together.
    Coverage musts;
    musts.must = {with_evidence(PointStatus::covered, 0.9, 100, 160), with_evidence(PointStatus::covered, 0.45, 120, 140)};
    demote_bonus_inside_must(musts);
    EXPECT_EQ(musts.must[1].status, PointStatus::covered);
}

TEST(BonusInsideMust, NoBenefitOfTheDoubtForABonusMetInsideAStatedPoint) {
    Coverage c;   // 2 of 4 points stated: the benefit of the doubt applies
    c.must = {with_evidence(PointStatus::covered, 0.8, 0, 50), with_evidence(PointStatus::covered, 0.7, 60, 110)};
    c.bonus = {with_evidence(PointStatus::partial, 0.3, 10, 30),     // inside the first must point's words
               with_evidence(PointStatus::partial, 0.3, 120, 150)};  // in a sentence of its own
    promote_coherent(c);
    EXPECT_EQ(c.bonus[0].status, PointStatus::partial);
    EXPECT_EQ(c.bonus[1].status, PointStatus::covered);
    // A must point's partial match in the same words is still read as that point told in other words.
    Coverage m;
    m.must = {with_evidence(PointStatus::covered, 0.8, 0, 50), with_evidence(PointStatus::covered, 0.7, 60, 110),
              with_evidence(PointStatus::partial, 0.3, 10, 30)};
    m.bonus = {with_evidence(PointStatus::missing, 0.0, 0, 0)};
    m.bonus[0].has_evidence = false;
    promote_coherent(m);
    EXPECT_EQ(m.must[2].status, PointStatus::covered);
}

// Un-covering a bonus point met inside a must point's statement must not un-cover a must point:
// the words are still said, and count in the shares that give the must points the benefit of the doubt.
TEST(BonusInsideMust, ADemotedBonusStillCountsForTheMustPointsBenefitOfTheDoubt) {
    Coverage c;   // 2 of 5 points stated before the demotion: the 40% share is met (and only 2 of 3 must points touched)
    c.must = {with_evidence(PointStatus::covered, 0.8, 0, 50), with_evidence(PointStatus::partial, 0.3, 200, 230),
              uh_test::point_result(PointStatus::missing, 0.0)};
    c.bonus = {with_evidence(PointStatus::covered, 0.45, 10, 30), uh_test::point_result(PointStatus::missing, 0.0)};
    demote_bonus_inside_must(c);
    promote_coherent(c);
    EXPECT_EQ(c.bonus[0].status, PointStatus::partial);
    EXPECT_EQ(c.must[1].status, PointStatus::covered);
}

TEST(BonusInsideMust, ADemotedBonusStillCountsForAStoryToldInFull) {
    Coverage c;   // 2 of 4 points stated before the demotion: a story told in full
    c.must = {with_evidence(PointStatus::covered, 0.8, 0, 50), uh_test::point_result(PointStatus::missing, 0.12)};
    c.bonus = {with_evidence(PointStatus::covered, 0.45, 10, 30), uh_test::point_result(PointStatus::missing, 0.0)};
    demote_bonus_inside_must(c);
    EXPECT_EQ(c.bonus[0].status, PointStatus::partial);
    promote_told_must(c);
    EXPECT_EQ(c.must[1].status, PointStatus::covered);
}

TEST(BonusInsideMust, ABonusKeptFromTheBenefitOfTheDoubtStillCountsForAStoryToldInFull) {
    Coverage c;   // 2 of 5 stated; the bonus partly met inside the first must point would make 3
    c.must = {with_evidence(PointStatus::covered, 0.8, 0, 50), uh_test::point_result(PointStatus::missing, 0.12)};
    c.bonus = {with_evidence(PointStatus::partial, 0.3, 10, 30), with_evidence(PointStatus::covered, 0.8, 200, 240),
               uh_test::point_result(PointStatus::missing, 0.0)};
    promote_coherent(c, 0.25);
    EXPECT_EQ(c.bonus[0].status, PointStatus::partial);
    promote_told_must(c);
    EXPECT_EQ(c.must[1].status, PointStatus::covered);
}
