// How far back a dismissal or a denied worth reaches: a denied worth or duty ("no reason to X",
// "not my job to X") denies the doing after it only, and no dismissal reaches back over a
// connective of consequence ("so", "donc"): what comes before it is the reason the speaker gives
// (review20: a correct bcrypt answer was contradicted, 86 -> 41).
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
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

Question arabic_hashing_question() {
    Question q;
    q.question_text = "\u0643\u064a\u0641 \u062a\u062e\u0632\u0646 \u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631\u061f";   // كيف تخزن كلمات المرور؟
    q.key_points = R"({"must_mention": ["\u062a\u062c\u0632\u0626\u0629 \u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631 \u0639\u0628\u0631 bcrypt"]})";   // تجزئة كلمات المرور عبر bcrypt
    return q;
}

}  // namespace

TEST(DismissalReach, ADeniedWorthDeniesTheDoingAfterIt) {
    Question q = hashing_question();
    uh_test::expect_rows(q, {
        {"We hash every password with bcrypt so there is no reason to add another SHA-256 round.",
         PointStatus::covered},
        {"There is no reason to hash passwords with bcrypt.", PointStatus::contradicted},
    });
}

TEST(DismissalReach, NoDismissalReachesBackOverSo) {
    Question q = hashing_question();
    uh_test::expect_rows(q, {
        {"We hash every password with bcrypt, so a second SHA-256 round is not a good idea.", PointStatus::covered},
        {"We hash every password with bcrypt so an extra pepper is unnecessary.", PointStatus::covered},
        {"On hache chaque mot de passe avec bcrypt, donc un second tour SHA-256 est inutile.", PointStatus::covered},
        {"Hashing passwords with bcrypt is not a good idea.", PointStatus::contradicted},
        // "So" as an intensifier right before the dismissal is no connective.
        {"Hashing passwords with bcrypt is so unnecessary.", PointStatus::contradicted},
    });
}

// A verdict whose subject points back ("it", "that", "c'") or has none is said of what came before
// the connective, and reaches back over it (holdout7: "..., so it doesn't matter much" of a wrong
// number of steps); a subject of its own, or a doing after the verdict that its "it" stands for,
// still stops it.
TEST(DismissalReach, AVerdictPointingBackReachesOverSo) {
    Question q = hashing_question();
    uh_test::expect_rows(q, {
        {"Hashing passwords with bcrypt is slow so it is unnecessary.", PointStatus::contradicted},
        {"Hacher les mots de passe avec bcrypt est lent donc c'est inutile.", PointStatus::contradicted},
        {"We hash every password with bcrypt so it is unnecessary to add a pepper.", PointStatus::covered},
        {"On hache chaque mot de passe avec bcrypt donc c'est inutile d'ajouter un poivre.", PointStatus::covered},
        {"We hash every password with bcrypt so we don't need a pepper.", PointStatus::covered},
    });
}

// A negation opening the clause after "so" with no subject reaches back only when the dismissal
// ends the clause; "so no X is needed" and a need of a doing after it ("لذلك لا حاجة لإضافة ملح",
// so no need to add a salt) keep the reason.
TEST(DismissalReach, ABareNegationAfterSoReachesBackOnlyAtTheClauseEnd) {
    Question q = hashing_question();
    EXPECT_EQ(status_of(q, "We hash every password with bcrypt so no pepper is needed."), PointStatus::covered);
    Question a = arabic_hashing_question();
    // نجزئ كلمات المرور عبر bcrypt لذلك لا حاجة لإضافة ملح
    uh_test::expect_rows(a, {
        {"\u0646\u062c\u0632\u0626 \u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631 \u0639\u0628\u0631 bcrypt "
         "\u0644\u0630\u0644\u0643 \u0644\u0627 \u062d\u0627\u062c\u0629 \u0644\u0625\u0636\u0627\u0641\u0629 \u0645\u0644\u062d.",
         PointStatus::covered},
        // تجزئة كلمات المرور عبر bcrypt بطيئة لذلك لا يهم  (hashing with bcrypt is slow, so it doesn't matter)
        {"\u062a\u062c\u0632\u0626\u0629 \u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631 \u0639\u0628\u0631 bcrypt "
         "\u0628\u0637\u064a\u0626\u0629 \u0644\u0630\u0644\u0643 \u0644\u0627 \u064a\u0647\u0645.",
         PointStatus::contradicted},
    });
}

// Review21 F1: only a personal pronoun points back (a demonstrative is a determiner as often:
// "so this extra round is unnecessary" has a subject of its own; "so that" is purpose), and only
// when the verdict ends its clause: an object, a condition, a place after it say what it is about.
// Correct answers written without a comma before the connective keep their points.
TEST(DismissalReach, ADemonstrativeOrAVerdictThatGoesOnKeepsTheReason) {
    Question q = hashing_question();
    uh_test::expect_rows(q, {
        {"We hash every password with bcrypt so this extra SHA-256 round is unnecessary.", PointStatus::covered},
        {"We hash every password with bcrypt so that extra SHA-256 round is pointless.", PointStatus::covered},
        {"We hash every password with bcrypt so that a rainbow table is useless.", PointStatus::covered},
        {"We hash every password with bcrypt so it doesn't matter much if the users table leaks.",
         PointStatus::covered},
        {"We hash every password with bcrypt so it doesn't matter unless the salt leaks.", PointStatus::covered},
        {"We hash every password with bcrypt so it is not needed on the client.", PointStatus::covered},
        {"We hash every password with bcrypt which is salted so it doesn't need a pepper.", PointStatus::covered},
        {"We hash every password with bcrypt therefore these length limits don't matter much.", PointStatus::covered},
        {"On hache chaque mot de passe avec bcrypt donc ce poivre est inutile.", PointStatus::covered},
        {"On hache chaque mot de passe avec bcrypt donc c'est inutile sur le client.", PointStatus::covered},
    });
    Question a = arabic_hashing_question();
    // نجزئ كلمات المرور عبر bcrypt لذلك هذا التشفير الإضافي غير ضروري (so this extra encryption is unnecessary)
    uh_test::expect_rows(a, {
        {"\u0646\u062c\u0632\u0626 \u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631 \u0639\u0628\u0631 bcrypt "
         "\u0644\u0630\u0644\u0643 \u0647\u0630\u0627 \u0627\u0644\u062a\u0634\u0641\u064a\u0631 "
         "\u0627\u0644\u0625\u0636\u0627\u0641\u064a \u063a\u064a\u0631 \u0636\u0631\u0648\u0631\u064a.",
         PointStatus::covered},
        // ... لذلك لا يهم إذا تسربت الجداول (so it doesn't matter if the tables leak)
        {"\u0646\u062c\u0632\u0626 \u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631 \u0639\u0628\u0631 bcrypt "
         "\u0644\u0630\u0644\u0643 \u0644\u0627 \u064a\u0647\u0645 \u0625\u0630\u0627 "
         "\u062a\u0633\u0631\u0628\u062a \u0627\u0644\u062c\u062f\u0627\u0648\u0644.", PointStatus::covered},
    });
}
