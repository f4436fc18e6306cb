// General opposites of technical prose (required / optional, deep / shallow, encrypted / plaintext,
// local / remote ...): a point stating one side is contradicted by an answer stating the other of the
// same thing, and not by the other side said of something else. The point's word is still matched
// and weighed as a word.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

TEST(GeneralOpposites, TheOtherSideOfTheSameThingContradicts) {
    uh_test::expect_rows(uh_test::must_points({"deep copy duplicates nested objects"}), {
        {"A deep copy duplicates the nested objects too.", PointStatus::covered},
        {"A shallow copy duplicates the nested objects too, that is all you need.", PointStatus::contradicted},
    });
    uh_test::expect_rows(uh_test::must_points({"the token field is required"}), {
        {"The token field is required on every call.", PointStatus::covered},
        {"The token field is optional, clients may leave it out.", PointStatus::contradicted},
    });
    Question f;
    f.key_points = R"({"must_mention": ["données chiffrées au repos"]})";
    EXPECT_EQ(status_of(f, "Les données restent en plaintext au repos, c'est suffisant."), PointStatus::contradicted);
}

TEST(GeneralOpposites, TheOtherSideOfAnotherThingDoesNot) {
    Question q;
    q.key_points = R"({"must_mention": ["a larger heap can lengthen the pauses"]})";
    EXPECT_EQ(status_of(q, "With G1 the pauses are tiny, the heap can lengthen them a bit."), PointStatus::covered);
    Question r;
    r.key_points = R"({"must_mention": ["the token field is required"]})";
    EXPECT_EQ(status_of(r, "The token field is required, the comment field is optional."), PointStatus::covered);
}
