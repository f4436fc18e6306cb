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
