// A sentence matching both a common mistake and the key point it is linked to says the claim whose
// own words it has (mistake_claim.hpp): the words the two texts share decide nothing.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question capacity_question() {
    Question q;
    q.key_points = R"json({"must_mention": ["binary search over the capacity",
                                        "the search range runs from max(sizes) to sum(sizes)",
                                        "greedy check counts the disks needed"]})json";
    q.mistakes = R"json({"mistakes": [{"mistake": "Searching from 1 or from the average size",
                                   "correction": "Below the largest file nothing fits: the range starts at max(sizes)."}]})json";
    return q;
}

}  // namespace

// The mistake's own words ("1", "average") in the sentence that also meets the point's shared ones
// ("search", "size"), without the point's own ("range", "max", "sum"): the mistake is made.
TEST(MistakeClaim, OwnWordsOfTheMistakeDenyThePointInTheSameSentence) {
    Question q = capacity_question();
    const Coverage wrong = key_point_coverage(q.input(
        "Binary search over the capacity. I'd search between 1 and the average file size times two, that's always enough range. "
        "A greedy check counts the disks needed."));
    EXPECT_EQ(wrong.must[1].status, PointStatus::contradicted) << coverage_json(wrong);
    EXPECT_EQ(wrong.must[0].status, PointStatus::covered) << coverage_json(wrong);
}

// The point's own words in that sentence: the point is stated, the mistake's words are incidental.
TEST(MistakeClaim, OwnWordsOfThePointKeepItStated) {
    Question q = capacity_question();
    const Coverage right = key_point_coverage(q.input(
        "Binary search over the capacity. The search range runs from max(sizes) to sum(sizes), not from 1 or the average size. "
        "A greedy check counts the disks needed."));
    EXPECT_EQ(right.must[1].status, PointStatus::covered) << coverage_json(right);
    const Coverage plain = key_point_coverage(q.input(
        "Binary search over the capacity, with the search range from max(sizes) to sum(sizes). A greedy check counts the disks needed."));
    EXPECT_EQ(plain.must[1].status, PointStatus::covered) << coverage_json(plain);
}
