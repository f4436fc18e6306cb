// A neighbouring problem: a fluent answer to the problem next door uses the same objects and
// techniques as this one's answers (counting characters with a Counter, linear time), so it shares
// much of the reference's vocabulary and meets the points any solution meets: a complexity stated
// and an example written into a point. It states none of the others.
#include "core/analysis.hpp"
#include "core/scoring.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question most_frequent_question() {
    Question q;
    q.type = "coding";
    q.question_text =
        "Write a function most_frequent_char(s) that returns the character that appears most often in the string; on "
        "a tie, return the one that comes first in the string. What is its complexity?";
    q.key_points = R"({"must_mention": ["count occurrences with a hash map / Counter",
                                        "ties broken by the earliest position in the string",
                                        "return None for an empty string",
                                        "O(n) time"]})";
    q.sample =
        "Count first, then pick. One pass builds a frequency table of every character, for example with "
        "collections.Counter or a dict. A second pass walks the string again in order and keeps the character "
        "whose count is highest, replacing it only when a later character has a strictly higher count, so a tie "
        "goes to the earliest position. If the string is empty, return None. Both passes are linear, so the time "
        "is O(n) and the extra space is O(k) for k distinct characters.";
    return q;
}

// Whether two strings are anagrams: counts of characters and linear time too, another problem.
const char* const anagram_answer =
    "To check whether two strings are anagrams I would first normalise them, lower-case them and drop the spaces, "
    "and return False right away if their lengths differ. Then I compare the character counts: Counter(a) == "
    "Counter(b), which is linear time. An alternative is to compare sorted(a) with sorted(b), which is shorter but "
    "O(n log n). For a small alphabet an array of 26 counters works too, incrementing for one string and "
    "decrementing for the other.";

}  // namespace

TEST(NeighbouringProblem, AnAnswerToTheProblemNextDoorScoresLow) {
    Question q = most_frequent_question();
    const AnalysisResult off = analyze(q.input(anagram_answer));
    // It scored 67 (relevance 66) before: its Counter and its linear time met two of the four points,
    // which took it past the on-topic gate (22 and 25 now).
    EXPECT_LE(off.overall, 30) << analysis_json(off);
    EXPECT_LE(off.relevance, 35) << analysis_json(off);
}

TEST(NeighbouringProblem, APartialAnswerToThisProblemKeepsItsScore) {
    Question q = most_frequent_question();
    const AnalysisResult partial = analyze(q.input(
        "I would count the characters with a Counter, then take the character with the highest count in the "
        "string and return it. That is linear time."));
    EXPECT_GE(partial.overall, 35) << analysis_json(partial);
}

// The points a neighbouring problem's answer meets as well are no evidence of the subject: a point
// stating a complexity, and one met through an example written into it (which is still a point
// stated: the answer names a technique this problem asks for).
TEST(NeighbouringProblem, ComplexityAndExamplePointsAreNoEvidenceOfTheSubject) {
    std::vector<PointModel> models(3);
    models[0].complexities = {1};   // "O(n) time"
    std::vector<PointResult> results(3);
    results[0].status = PointStatus::covered;
    results[0].score = 1.0;
    results[1].status = PointStatus::covered;
    results[1].score = 1.0;
    results[1].by_example = true;   // "Counter" of "count with a hash map / Counter"
    TopicPoints t = topic_points(results, models);
    EXPECT_DOUBLE_EQ(t.must, 0.0);
    EXPECT_DOUBLE_EQ(t.covered, 0.0);
    EXPECT_TRUE(t.stated);
    results[1].by_example = false;
    t = topic_points(results, models);
    EXPECT_NEAR(t.must, 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(t.covered, 1.0 / 3.0, 1e-12);
    // Only the complexity covered: no point stated.
    results[1].status = PointStatus::missing;
    results[1].score = 0.1;
    EXPECT_FALSE(topic_points(results, models).stated);
    // An answer stating no point needs 0.5 of its subject words the reference's, not 0.35.
    EXPECT_DOUBLE_EQ(subject_evidence(0.5, false), 0.35);
    EXPECT_DOUBLE_EQ(subject_evidence(0.35, true), 0.35);
}
