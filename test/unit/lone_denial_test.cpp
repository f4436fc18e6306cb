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

namespace {

// The question of the review's probes (question text and sample answer as there: without them a
// brief denial of the bare point reads "never accept invalid input" already on main).
Question fail_fast_question() {
    Question q = uh_test::must_points({"Fail fast on invalid input with a clear error message",
                                       "Validate input at the boundary of the service"});
    q.question_text = "How do you handle bad input in an API?";
    q.sample = "Validate input at the boundary of the service and fail fast on invalid input with a clear error "
               "message, instead of letting it travel deeper.";
    return q;
}

Question fail_fast_question_fr() {
    Question q = uh_test::must_points({"Échouer vite sur une entrée invalide avec un message d'erreur clair",
                                       "Valider l'entrée à la frontière du service"});
    q.question_text = "Comment gérer une mauvaise entrée dans une API ?";
    q.sample = "Valider l'entrée à la frontière du service et échouer vite sur une entrée invalide avec un message "
               "d'erreur clair.";
    return q;
}

}  // namespace

// The negation falls on another verb, whose object the point's words are ("never accept invalid
// input", "don't let it through"): that doing may agree with the point as well as deny it, and here
// it agrees with "fail fast on invalid input" (lone_denial.cpp's negation_falls_on).
TEST(LoneDenial, ANegatedOtherVerbOfThePointWordsDoesNot) {
    uh_test::expect_rows(fail_fast_question(),
                         {{"Never silently accept invalid input or pass it further down.", uh_test::not_(PointStatus::contradicted)},
                          {"Don't let invalid input through.", uh_test::not_(PointStatus::contradicted)}});
    uh_test::expect_rows(fail_fast_question_fr(),
                         {{"Ne jamais accepter en silence une entrée invalide ni la transmettre plus loin.",
                           uh_test::not_(PointStatus::contradicted)}});
}

// The point's own verb denied, past the speaker's opinion or an adverb, still contradicts.
TEST(LoneDenial, ThePointsOwnVerbDeniedStillContradicts) {
    uh_test::expect_rows(fail_fast_question(),
                         {{"I don't think failing on invalid input is worth it.", PointStatus::contradicted},
                          {"We never really fail on invalid input.", PointStatus::contradicted}});
    uh_test::expect_rows(fail_fast_question_fr(),
                         {{"On n'échoue jamais sur une entrée invalide.", PointStatus::contradicted}});
}

// review27 M5: an elided negation after the opposite word ("..., unit tests are not") denies the
// opposite, so the sentence says unit tests are fast.
TEST(LoneDenial, OppositeDeniedByAnElidedNegationDoesNot) {
    Question q = fast_unit_test_question();
    EXPECT_NE(status_of(q, "End-to-end tests are slow, unit tests are not."), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "Honestly, unit tests are just as slow as integration tests, there is no real "
                           "difference."),
              PointStatus::contradicted);
}
