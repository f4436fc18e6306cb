// A negation of the point's verb said of another thing that another key point names ("indexes
// don't speed up writes" for "indexes speed up reads"): a denial of that other claim, not of the
// point (window_scoring.cpp denies_other_claim).
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question question(const char* question_text, const char* key_points) {
    Question q;
    q.question_text = question_text;
    q.key_points = key_points;
    return q;
}

}  // namespace

TEST(OtherClaimDenial, TheVerbDeniedOfAnotherPointsThingDoesNotContradictThePoint) {
    Question en = question("What are the trade-offs of adding database indexes?",
                           R"({"must_mention": ["indexes accelerate reads", "writes get slower: every insert updates the index", )"
                           R"("extra storage for the index"]})");
    uh_test::expect_rows(en, {
        {"Indexes don't accelerate writes.", uh_test::not_(PointStatus::contradicted)},
        {"Indexes don't accelerate storage.", uh_test::not_(PointStatus::contradicted)},
        // The point's own thing denied, or named with the other one, or said otherwise: a denial.
        {"Indexes don't accelerate reads.", PointStatus::contradicted},
        {"Indexes don't accelerate reads or writes.", PointStatus::contradicted},
        {"Indexes don't accelerate queries, the planner ignores them.", PointStatus::contradicted},
    });
    Question fr = question("Quels sont les compromis quand on ajoute des index à une base de données ?",
                          R"({"must_mention": ["les index accélèrent les lectures", "les index ralentissent les écritures", )"
                          R"("les index prennent de la place sur le disque"]})");
    uh_test::expect_rows(fr, {
        {"Les index n'accélèrent pas les écritures.", uh_test::not_(PointStatus::contradicted)},
        {"Les index n'accélèrent pas les lectures.", PointStatus::contradicted},
        {"Les index n'accélèrent ni les lectures ni les écritures.", PointStatus::contradicted},
    });
    uh_test::expect_rows(fr, {
        {"Les index ne ralentissent pas les lectures.", uh_test::not_(PointStatus::contradicted)},
        {"Les index ne ralentissent pas les écritures.", PointStatus::contradicted},
    }, 1);
}

// The point's word denied by a negation of a noun ("no", "aucune") stays denied whatever follows
// it, and the point's verb followed by one of its own words too.
TEST(OtherClaimDenial, ANounDeniedOrThePointsOwnObjectStillContradicts) {
    Question q = question("How should a web application store user passwords?",
                         R"({"must_mention": ["hash passwords with bcrypt", "use a unique salt per password", )"
                         R"("never store plaintext passwords"]})");
    uh_test::expect_rows(q, {
        {"I don't hash passwords or salts, I encrypt them.", PointStatus::contradicted},
        {"We don't hash passwords at all, we encrypt them.", PointStatus::contradicted},
    });
}
