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
    q.key_points = R"({"must_mention": ["count each character with a hash map / Counter",
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

// Whether two words are anagrams: a tally of characters and linear time too, but another problem.
const char* const anagram_answer =
    "Two words are anagrams when they use the same letters the same number of times. I would lower-case both, "
    "strip the spaces, and give up at once when the lengths differ. After that, a Counter of each word compared "
    "for equality settles it in linear time. Sorting both words and comparing the results works as well but "
    "costs O(n log n).";

Question binary_search_question() {
    Question q;
    q.type = "technical";
    q.question_text = "How does binary search work, and what is its time complexity?";
    q.key_points = R"({"must_mention": ["requires a sorted array",
                                        "compares with the middle element and halves the range",
                                        "O(log n) time"]})";
    q.sample =
        "Binary search needs a sorted array. It compares the target with the middle element and keeps the half "
        "that can still contain it, halving the range each step, so it runs in O(log n) time with O(1) extra "
        "space.";
    return q;
}

}  // namespace

TEST(NeighbouringProblem, AnAnswerToTheProblemNextDoorScoresLow) {
    Question q = most_frequent_question();
    const AnalysisResult off = analyze(q.input(anagram_answer));
    // Its Counter and its linear time meet two of the four points, which took it past the on-topic
    // gate before 158e261.
    EXPECT_LE(off.overall, 30) << analysis_json(off);
    EXPECT_LE(off.relevance, 35) << analysis_json(off);
}

TEST(NeighbouringProblem, APartialAnswerToThisProblemKeepsItsScore) {
    Question q = most_frequent_question();
    const AnalysisResult partial = analyze(q.input(
        "I would count the characters with a Counter, then take the character with the highest count in the "
        "string and return it. That is linear time."));
    EXPECT_GE(partial.overall, 60) << analysis_json(partial);
}

// A short answer to this problem that states its complexity plainly and its method only in its own
// words ("throws away half" for "halves the range") is on topic: a point it meets partially in its
// own words, not through an example, is a point stated.
TEST(NeighbouringProblem, AShortAnswerStatingTheMethodInItsOwnWordsIsOnTopic) {
    Question q = binary_search_question();
    const AnalysisResult shortish = analyze(
        q.input("It is logarithmic, O(log n), because every comparison throws away half of what is left."));
    // In the review's probe (mid level): 65 (relevance 78) before 158e261, 50 (64) after it. Here
    // 42 (57) before this fix.
    EXPECT_GE(shortish.overall, 60) << analysis_json(shortish);
    EXPECT_GE(shortish.relevance, 72) << analysis_json(shortish);
    // The same question's neighbouring problem still scores low.
    const AnalysisResult linear = analyze(
        q.input("Linear search walks the list from the start and compares every element with the target, so it "
                "is O(n), and it works on unsorted data."));
    EXPECT_LE(linear.overall, 40) << analysis_json(linear);
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
