// A story told in full (analysis.hpp, promote_told_story): in an answer to a behavioral question
// that plainly states half of its key points and denies none, the points it matches only partly
// are told in the candidate's words, and count as covered.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

constexpr auto point = uh_test::point_result;

}  // namespace

TEST(ToldStory, PartialPointsOfAStoryStatingHalfItsPointsCount) {
    Coverage c;
    c.must = {point(PointStatus::covered, 0.7), point(PointStatus::covered, 0.5), point(PointStatus::partial, 0.21),
              point(PointStatus::missing, 0.1)};
    c.bonus = {point(PointStatus::covered, 0.6), point(PointStatus::partial, 0.24)};
    promote_told_story(c);   // 3 of 6 points stated
    EXPECT_EQ(c.must[2].status, PointStatus::covered);
    EXPECT_DOUBLE_EQ(c.must[2].score, 0.4);
    EXPECT_EQ(c.bonus[1].status, PointStatus::covered);
    // A point the answer does not touch at all stays missing; stated points keep their scores.
    EXPECT_EQ(c.must[3].status, PointStatus::missing);
    EXPECT_DOUBLE_EQ(c.must[0].score, 0.7);
}

TEST(ToldStory, NotForAStoryStatingFewerPointsOrDenyingOne) {
    Coverage few;   // 2 of 5 points stated
    few.must = {point(PointStatus::covered, 0.7), point(PointStatus::covered, 0.5), point(PointStatus::partial, 0.21),
                point(PointStatus::missing, 0.1)};
    few.bonus = {point(PointStatus::partial, 0.24)};
    promote_told_story(few);
    EXPECT_EQ(few.must[2].status, PointStatus::partial);
    EXPECT_EQ(few.bonus[0].status, PointStatus::partial);
    Coverage denied;   // 3 of 4 stated, one denied: the answer thinks otherwise on the subject
    denied.must = {point(PointStatus::covered, 0.7), point(PointStatus::covered, 0.5), point(PointStatus::partial, 0.21),
                   point(PointStatus::contradicted, 0.0)};
    denied.bonus = {point(PointStatus::covered, 0.6)};
    promote_told_story(denied);
    EXPECT_EQ(denied.must[2].status, PointStatus::partial);
    EXPECT_EQ(denied.must[3].status, PointStatus::contradicted);
    Coverage empty;
    promote_told_story(empty);
    EXPECT_TRUE(empty.must.empty());
}

namespace {

// A behavioral question and the same answer, told by a candidate who states two of its three
// points plainly and the third only partly, in words of the story.
Coverage told(const char* type) {
    uh_test::Question q;
    q.type = type;
    q.question_text = "Tell me about a time you moved a critical service to a new platform.";
    q.key_points = R"({"must_mention": ["migrated the billing service to Postgres", "ran both databases in parallel for a week",
                                        "kept the old cluster as a warm fallback with a documented and rehearsed rollback procedure"]})";
    return key_point_coverage(q.input(
        "I migrated the billing service to Postgres last year. We ran both databases in parallel for a week. "
        "The old cluster stayed up for a month."));
}

}  // namespace

TEST(ToldStory, AppliedToBehavioralQuestionsOnly) {
    const Coverage technical = told("technical");
    ASSERT_EQ(technical.must.size(), 3u);
    EXPECT_EQ(technical.must[0].status, PointStatus::covered) << coverage_json(technical);
    EXPECT_EQ(technical.must[1].status, PointStatus::covered) << coverage_json(technical);
    EXPECT_EQ(technical.must[2].status, PointStatus::partial) << coverage_json(technical);
    const Coverage behavioral = told("behavioral");
    EXPECT_EQ(behavioral.must[2].status, PointStatus::covered) << coverage_json(behavioral);
    // A situational answer tells what the candidate would do: promote_told_story leaves its partial
    // matches partial (of its must points, those touched count by promote_told_must).
    const Coverage situational = told("situational");
    EXPECT_EQ(situational.must[2].status, PointStatus::covered) << coverage_json(situational);
    Coverage partial;
    partial.must = {uh_test::point_result(PointStatus::covered, 0.7), uh_test::point_result(PointStatus::partial, 0.21)};
    partial.bonus = {uh_test::point_result(PointStatus::covered, 0.6), uh_test::point_result(PointStatus::partial, 0.24)};
    promote_told_must(partial);
    EXPECT_EQ(partial.bonus[1].status, PointStatus::partial);
}
