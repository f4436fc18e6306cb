// An answer that states most of its points plainly and denies one (analysis.cpp promote_coherent,
// denied_coherent_share): it knows the subject and disagrees on one point, so its good partial
// matches still count as the other points told in its own words.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

constexpr auto point = uh_test::point_result;

}  // namespace

TEST(CoherentDenial, MostPointsStatedOutweighOneDenied) {
    Coverage c;   // 3 of 5 points stated, one denied
    c.must = {point(PointStatus::covered, 0.8), point(PointStatus::covered, 0.6), point(PointStatus::covered, 0.5),
              point(PointStatus::partial, 0.3), point(PointStatus::contradicted, 0.0)};
    c.must[3].words_met = 2;   // two words of its point (see BesideADenialOneWordInPassingStaysPartial)
    promote_coherent(c);
    EXPECT_EQ(c.must[3].status, PointStatus::covered);
    EXPECT_DOUBLE_EQ(c.must[3].score, 0.4);
    EXPECT_EQ(c.must[4].status, PointStatus::contradicted);
}

TEST(CoherentDenial, FewerPointsStatedBesideADenialStayPartial) {
    Coverage c;   // 2 of 5 points stated, one denied
    c.must = {point(PointStatus::covered, 0.8), point(PointStatus::covered, 0.6), point(PointStatus::partial, 0.3),
              point(PointStatus::partial, 0.35), point(PointStatus::contradicted, 0.0)};
    promote_coherent(c);
    EXPECT_EQ(c.must[2].status, PointStatus::partial);
    EXPECT_EQ(c.must[3].status, PointStatus::partial);
    // Nor does a denial let the weaker touch of must points in: a point matched below the
    // benefit of the doubt stays partial even in an answer stating most points.
    Coverage weak;
    weak.must = {point(PointStatus::covered, 0.8), point(PointStatus::covered, 0.6), point(PointStatus::covered, 0.5),
                 point(PointStatus::partial, 0.2), point(PointStatus::contradicted, 0.0)};
    promote_coherent(weak, coherent_share, true);
    EXPECT_EQ(weak.must[3].status, PointStatus::partial);
}

// Beside a denied point, only a partial match holding two words of its point is read as that point
// told in other words: one word said in passing ("After the spike we review the CPU graphs") is no
// autoscaling in an answer that argues against another point (review19 F4).
TEST(CoherentDenial, BesideADenialOneWordInPassingStaysPartial) {
    Coverage c;   // 3 of 5 points stated, one denied
    c.must = {point(PointStatus::covered, 0.8), point(PointStatus::covered, 0.6), point(PointStatus::covered, 0.5),
              point(PointStatus::partial, 0.3), point(PointStatus::contradicted, 0.0)};
    c.must[3].words_met = 1;
    promote_coherent(c);
    EXPECT_EQ(c.must[3].status, PointStatus::partial);
    // The same single word with no point denied: the benefit of the doubt stands.
    Coverage plain = c;
    plain.must[4] = point(PointStatus::missing, 0.0);
    plain.must[3].status = PointStatus::partial;
    promote_coherent(plain);
    EXPECT_EQ(plain.must[3].status, PointStatus::covered);
}

namespace {

uh_test::Question traffic_question() {
    uh_test::Question q;
    q.question_text = "How would you keep a web API up during a sudden surge of traffic?";
    q.key_points = R"({"must_mention": ["horizontal scaling behind a load balancer", "cache frequent reads",
                                        "rate limiting per client", "queue slow work asynchronously",
                                        "autoscaling on CPU or request metrics"]})";
    return q;
}

}  // namespace

TEST(CoherentDenial, AWordInPassingBesideADenialIsNoPointTold) {
    uh_test::Question q = traffic_question();
    const std::string stated = "I would put several instances behind a load balancer and scale horizontally. "
                               "Frequent reads go to a Redis cache. Slow work like emails goes to a queue and is "
                               "processed asynchronously. ";
    const Coverage c = key_point_coverage(q.input(stated + "I would not rate limit clients, that only hurts users. "
                                                           "After the spike we review the CPU graphs."));
    ASSERT_EQ(c.must.size(), 5u);
    ASSERT_EQ(c.must[2].status, PointStatus::contradicted) << coverage_json(c);
    EXPECT_EQ(c.must[0].status, PointStatus::covered) << coverage_json(c);
    EXPECT_NE(c.must[4].status, PointStatus::covered) << coverage_json(c);
    // Two of the point's words said beside the denial: the point told in other words still counts.
    const Coverage two = key_point_coverage(q.input(stated + "I would not rate limit clients, that only hurts users. "
                                                             "The group autoscales when CPU goes past a threshold."));
    ASSERT_EQ(two.must[2].status, PointStatus::contradicted) << coverage_json(two);
    EXPECT_EQ(two.must[4].status, PointStatus::covered) << coverage_json(two);
}
