// How far back a dismissal or a denied worth reaches: a denied worth or duty ("no reason to X",
// "not my job to X") denies the doing after it only, and no dismissal reaches back over a
// connective of consequence ("so", "donc"): what comes before it is the reason the speaker gives
// (review20: a correct bcrypt answer was contradicted, 86 -> 41).
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

namespace {

Question hashing_question() {
    Question q;
    q.question_text = "How should a web application store user passwords?";
    q.key_points = R"({"must_mention": ["hash passwords with bcrypt", "never store plain text"]})";
    return q;
}

}  // namespace

TEST(DismissalReach, ADeniedWorthDeniesTheDoingAfterIt) {
    Question q = hashing_question();
    EXPECT_EQ(status_of(q, "We hash every password with bcrypt so there is no reason to add another SHA-256 round."),
              PointStatus::covered);
    EXPECT_EQ(status_of(q, "There is no reason to hash passwords with bcrypt."),
              PointStatus::contradicted);
}

TEST(DismissalReach, NoDismissalReachesBackOverSo) {
    Question q = hashing_question();
    EXPECT_EQ(status_of(q, "We hash every password with bcrypt, so a second SHA-256 round is not a good idea."),
              PointStatus::covered);
    EXPECT_EQ(status_of(q, "We hash every password with bcrypt so an extra pepper is unnecessary."), PointStatus::covered);
    EXPECT_EQ(status_of(q, "On hache chaque mot de passe avec bcrypt, donc un second tour SHA-256 est inutile."),
              PointStatus::covered);
    EXPECT_EQ(status_of(q, "Hashing passwords with bcrypt is not a good idea."),
              PointStatus::contradicted);
    // "So" as an intensifier right before the dismissal is no connective.
    EXPECT_EQ(status_of(q, "Hashing passwords with bcrypt is so unnecessary."), PointStatus::contradicted);
}

// A verdict whose subject points back ("it", "that", "c'") or has none is said of what came before
// the connective, and reaches back over it (holdout7: "..., so it doesn't matter much" of a wrong
// number of steps); a subject of its own, or a doing after the verdict that its "it" stands for,
// still stops it.
TEST(DismissalReach, AVerdictPointingBackReachesOverSo) {
    Question q = hashing_question();
    EXPECT_EQ(status_of(q, "Hashing passwords with bcrypt is slow so it is unnecessary."), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "Hashing passwords with bcrypt is slow so that is pointless."), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "Hacher les mots de passe avec bcrypt est lent donc c'est inutile."), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "We hash every password with bcrypt so it is unnecessary to add a pepper."), PointStatus::covered);
    EXPECT_EQ(status_of(q, "On hache chaque mot de passe avec bcrypt donc c'est inutile d'ajouter un poivre."),
              PointStatus::covered);
    EXPECT_EQ(status_of(q, "We hash every password with bcrypt so we don't need a pepper."), PointStatus::covered);
}
