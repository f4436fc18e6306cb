// A common mistake whose correction says none of its key point's own words is linked to that point
// through the sample answer: the point's supporting sample sentence restates the correction
// (question_model.cpp, link_mistakes).
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::password_question;

// The correction shares no word with "slow salted hash such as bcrypt or Argon2" but restates the
// sample sentence that states it: an answer making the mistake contradicts that point.
TEST(MistakeLink, CorrectionRestatingTheSampleLinksItsPoint) {
    Question q = password_question();
    const Coverage wrong = key_point_coverage(q.input(
        "I would encrypt the passwords with AES in the users table. Login attempts get rate limiting per account."));
    EXPECT_EQ(wrong.must[0].status, PointStatus::contradicted) << coverage_json(wrong);
    EXPECT_EQ(wrong.must[1].status, PointStatus::covered) << coverage_json(wrong);
}

// The point stated, the mistake named as one to avoid, or the mistake denied: nothing is contradicted.
TEST(MistakeLink, StatedPointOrWarnedMistakeStands) {
    Question q = password_question();
    const Coverage right = key_point_coverage(q.input(
        "Each password gets a slow salted hash such as bcrypt or Argon2. Login attempts get rate limiting per account."));
    EXPECT_EQ(right.must[0].status, PointStatus::covered) << coverage_json(right);
    const Coverage warned = key_point_coverage(q.input(
        "A common mistake is encrypting passwords with AES; I use a slow salted hash such as bcrypt or Argon2 instead. "
        "Login attempts get rate limiting per account."));
    EXPECT_EQ(warned.must[0].status, PointStatus::covered) << coverage_json(warned);
    const Coverage denied = key_point_coverage(q.input(
        "I would not encrypt the passwords with AES. Login attempts get rate limiting per account."));
    EXPECT_NE(denied.must[0].status, PointStatus::contradicted) << coverage_json(denied);
}

// A correction the sample answer does not restate links nothing: an answer saying the mistake's
// words leaves the point missing, not contradicted.
TEST(MistakeLink, CorrectionOutsideTheSampleLinksNothing) {
    Question q = password_question();
    q.mistakes = R"json({"mistakes": [{"mistake": "Encrypting passwords with AES",
                                   "correction": "Compliance auditors reject that design outright."}]})json";
    const Coverage c = key_point_coverage(q.input(
        "I would encrypt the passwords with AES in the users table. Login attempts get rate limiting per account."));
    EXPECT_NE(c.must[0].status, PointStatus::contradicted) << coverage_json(c);
}
