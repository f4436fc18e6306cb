// Correct answers that were read as contradicting a point (precision of contradictions): an
// opposite in another degree than the point's word, a word of the point that reads as a claim of
// sameness elsewhere, a negation's scope running into the next clause or past a hyphenated word
// ("no-GIL build"), a restrictive common mistake ("only X") read into an answer that does more than X.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

// "Lower accuracy" is a change: the plain opposite ("high accuracy") names the state it starts
// from, or another thing compared ("plus lent" of the other test), and denies nothing. The
// opposite change still does.
TEST(ContradictionPrecision, OppositeInAnotherDegreeIsNoDenial) {
    uh_test::expect_rows(uh_test::must_points({"lower GPS accuracy to save battery"}), {
        {"The app asks for high GPS accuracy every second, which drains the battery.", PointStatus::covered},
        {"I would use a higher GPS accuracy to save battery.", PointStatus::contradicted},
    });
    uh_test::expect_rows(uh_test::must_points({"le test unitaire est rapide"}), {
        {"Le test unitaire isole une fonction. Le test d'intégration est plus lent.", PointStatus::covered},
        {"Le test unitaire est lent.", PointStatus::contradicted},
    });
}

// A point telling two things apart ("lower ... balanced priority") is denied by a claim that they
// are alike ("balanced" reads as one), unless that word is the point's own.
TEST(ContradictionPrecision, PointsOwnWordIsNoClaimOfSameness) {
    Question q;
    q.key_points = R"kp({"must_mention": ["lower GPS frequency (fused provider, balanced priority)"]})kp";
    EXPECT_EQ(status_of(q, "Use the fused provider with balanced priority."), PointStatus::covered);
    Question r;
    r.key_points = R"({"must_mention": ["reads are faster than writes"]})";
    EXPECT_EQ(status_of(r, "Reads and writes are interchangeable, the same cost."), PointStatus::contradicted);
}

// A negation's scope ends where a subject opens a new clause without a comma: "not recursion on
// the right it stays left associative" denies the recursion, not the associativity.
TEST(ContradictionPrecision, NegationEndsAtANewSubject) {
    uh_test::expect_rows(uh_test::must_points({"left associativity of minus"}), {
        {"since it loops and not recursion on the right it stays left associative for minus", PointStatus::covered},
        {"no recursion on the right so we keep minus left associative", PointStatus::covered},
        {"minus is not left associative", PointStatus::contradicted},
    });
}

// A mistake that restricts ("Deleting only the main accounts table") is not made by an answer that
// also covers the point its correction restates, in the same sentence too; it still denies the
// point when the answer stops at the restricted thing.
TEST(ContradictionPrecision, RestrictiveMistakeNotMadeWhenThePointIsCovered) {
    Question q;
    q.question_text = "What happens when a customer asks you to erase their data?";
    q.key_points = R"({"must_mention": ["derived and warehouse tables deleted or anonymised as well"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "Deleting only the main accounts table",
                                   "correction": "The copies in the warehouse tables must be deleted too."}]})";
    uh_test::expect_rows(q, {
        {"We delete the row from the main accounts table and a script removes the rows of the warehouse tables.",
         PointStatus::covered},
        {"We delete the row from the main accounts table.", PointStatus::contradicted},
    });
}

// A negation joined by a hyphen to the next word ("no-GIL") makes one adjective of them: it denies
// that word, not the noun it qualifies ("the experimental no-GIL build" states the build).
TEST(ContradictionPrecision, HyphenatedNegationDeniesItsWordOnly) {
    Question q;
    q.key_points = R"({"bonus_points": ["free-threaded CPython build"]})";
    auto bonus_status = [&](const std::string& answer) {
        return key_point_coverage(q.input(answer)).bonus.at(0).status;
    };
    EXPECT_EQ(bonus_status("And 3.13 has the experimental no-GIL CPython build, free-threaded."), PointStatus::covered);
    EXPECT_EQ(bonus_status("There is no free-threaded CPython build."), PointStatus::contradicted);
}

// "Simply" and "simplement" make a common mistake restrictive as "only" does (the lexicon's
// role_restriction): an answer covering the point by words beyond the mistake's does not make it.
TEST(ContradictionPrecision, SimplyMakesAMistakeRestrictive) {
    Question q;
    q.question_text = "What happens when a customer asks you to erase their data?";
    q.key_points = R"({"must_mention": ["derived and warehouse tables deleted or anonymised as well"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "Simply deleting the main accounts table",
                                   "correction": "The copies in the warehouse tables must be deleted too."}]})";
    uh_test::expect_rows(q, {
        {"We delete the row from the main accounts table and a script removes the rows of the warehouse tables.",
         PointStatus::covered},
        {"We delete the row from the main accounts table.", PointStatus::contradicted},
    });
}
