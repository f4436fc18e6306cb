// A story told in full (analysis.hpp promote_told_must): in an answer to a behavioral or situational
// question that plainly states half of its key points and denies none, the must points it touches
// (one of their words said) are told in the candidate's words, and count as covered.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

constexpr auto point = uh_test::point_result;

}  // namespace

TEST(ToldMust, TouchedMustPointsOfAStoryToldInFullCount) {
    Coverage c;   // 4 of 8 points stated
    c.must = {point(PointStatus::covered, 0.7), point(PointStatus::covered, 0.5), point(PointStatus::missing, 0.12),
              point(PointStatus::partial, 0.21), point(PointStatus::missing, 0.05)};
    c.bonus = {point(PointStatus::covered, 0.6), point(PointStatus::covered, 0.6), point(PointStatus::missing, 0.15)};
    promote_told_must(c);
    EXPECT_EQ(c.must[2].status, PointStatus::covered);
    EXPECT_DOUBLE_EQ(c.must[2].score, 0.4);
    EXPECT_EQ(c.must[3].status, PointStatus::covered);
    // Untouched must points and bonus points (which a good answer may leave out) stay as they are.
    EXPECT_EQ(c.must[4].status, PointStatus::missing);
    EXPECT_EQ(c.bonus[2].status, PointStatus::missing);
}

TEST(ToldMust, NotForAStoryStatingFewerPointsDenyingOneOrForAStoryPart) {
    Coverage few;   // 2 of 5 stated
    few.must = {point(PointStatus::covered, 0.7), point(PointStatus::covered, 0.5), point(PointStatus::missing, 0.12),
                point(PointStatus::missing, 0.1), point(PointStatus::missing, 0.0)};
    promote_told_must(few);
    EXPECT_EQ(few.must[2].status, PointStatus::missing);
    Coverage denied;   // 3 of 5 stated, one denied
    denied.must = {point(PointStatus::covered, 0.7), point(PointStatus::covered, 0.5), point(PointStatus::covered, 0.5),
                   point(PointStatus::missing, 0.12), point(PointStatus::contradicted, 0.0)};
    promote_told_must(denied);
    EXPECT_EQ(denied.must[3].status, PointStatus::missing);
    Coverage part;   // a part of the story, which only a sentence playing it states
    part.must = {point(PointStatus::covered, 0.7), point(PointStatus::missing, 0.12)};
    part.must[1].story_part = true;
    promote_told_must(part);
    EXPECT_EQ(part.must[1].status, PointStatus::missing);
}

namespace {

// A question and an answer stating two of its three must points plainly and touching the third
// by one word ("customers") in its own words.
Coverage told(const char* type) {
    uh_test::Question q;
    q.type = type;
    q.question_text = "Your payment provider is failing for some users. What do you do?";
    q.key_points = R"({"must_mention": ["switch traffic to the backup provider", "open an incident channel",
                                        "notify affected customers with a status page"]})";
    return key_point_coverage(q.input("I'd switch traffic to the backup provider right away. Then I'd open an incident "
                                      "channel for the team. Customers would get a short note from support."));
}

}  // namespace

TEST(ToldMust, AppliedToStoryQuestionsOnly) {
    const Coverage situational = told("situational");
    ASSERT_EQ(situational.must.size(), 3u);
    EXPECT_EQ(situational.must[0].status, PointStatus::covered) << coverage_json(situational);
    EXPECT_EQ(situational.must[1].status, PointStatus::covered) << coverage_json(situational);
    EXPECT_EQ(situational.must[2].status, PointStatus::covered) << coverage_json(situational);
    const Coverage technical = told("technical");
    EXPECT_NE(technical.must[2].status, PointStatus::covered) << coverage_json(technical);
}
