// A point the answer names only to deny it: one sentence naming two or more of the point's words,
// every one of them denied ("asking a lot of questions up front isn't worth it") or one said by its
// opposite ("unit tests are just as slow"), too small a share of a long point for a denial, still
// contradicts it when the answer states the point nowhere (matcher.cpp's lone_denial).
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

namespace {

Question asking_question() {
    return uh_test::must_points({"clarified the real need by asking questions or confirming with examples"});
}

Question fast_unit_test_question() {
    return uh_test::must_points({"a unit test is fast, isolated from the database and the network, and pinpoints the failing function"});
}

}  // namespace

// (A guard: in this bare question, without the bank's sample answer, main's dismissal rule already
// reads this one; the new rule must keep it contradicted.)
TEST(LoneDenial, PointWordsAllDeniedContradict) {
    Question q = asking_question();
    EXPECT_EQ(status_of(q, "I kept going with my own version of the form. I don't think asking a lot of questions up "
                           "front is worth it, requirements always change."),
              PointStatus::contradicted);
}

TEST(LoneDenial, OppositeOfAPointWordContradicts) {
    Question q = fast_unit_test_question();
    EXPECT_EQ(status_of(q, "Honestly, unit tests are just as slow as integration tests, there is no real "
                           "difference."),
              PointStatus::contradicted);
    Question f = uh_test::must_points({"test unitaire rapide, isolé de la base et du réseau, qui localise l'erreur"});
    EXPECT_EQ(status_of(f, "Un test unitaire vérifie une fonction. Les tests unitaires sont aussi lents que les tests "
                           "d'intégration."),
              PointStatus::contradicted);
}

TEST(LoneDenial, PointStatedElsewhereIsNotContradicted) {
    Question q = fast_unit_test_question();
    EXPECT_NE(status_of(q, "Unit tests are fast, isolated from the database and the network, and pinpoint the failing "
                           "function. End-to-end tests are slow."),
              PointStatus::contradicted);
    Question a = asking_question();
    EXPECT_NE(status_of(a, "I clarified the real need by asking questions and confirming with examples. I don't think "
                           "guessing is worth it."),
              PointStatus::contradicted);
}

TEST(LoneDenial, WordsOfTwoSentencesOrOfANegativePointDoNot) {
    // The opposite word and the other point word in two sentences are two things said.
    Question v = uh_test::must_points({"ranges mean installs can resolve different (transitive) versions over time"});
    EXPECT_NE(status_of(v, "A major version can break things. The lock file makes sure everyone gets the same ones, "
                           "so commit it."),
              PointStatus::contradicted);
    // A negative point's words denied agree with it.
    Question n = uh_test::must_points({"do not merge the change without a review or keep waiting silently"});
    EXPECT_NE(status_of(n, "I would never merge the change without a review."), PointStatus::contradicted);
}
