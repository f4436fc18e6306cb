// "Ok" / "okay" opening a sentence ("ok so step 1 ...", "ok first thing ...", "ok donc ...") is the
// speaker taking the floor, not a verdict on the words after it: it does not recommend what a
// negative point rules out. "Ok" said of a doing, a purpose or a condition ("ok to ...", "ok for
// ...", "ok if ...", "ok pour ...", "ok de ...") or after what it judges ("... is ok") still does.
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

TEST(DiscourseMarker, LexiconRole) {
    EXPECT_EQ(word_info("ok").role, role_discourse_marker);
    EXPECT_EQ(word_info("okay").role, role_discourse_marker);
    EXPECT_TRUE(word_info("ok").endorsement);   // "plain text is ok" still recommends
    EXPECT_NE(word_info("fine").role, role_discourse_marker);
}

TEST(DiscourseMarker, SentenceOpeningOkRecommendsNothing) {
    uh_test::expect_rows(uh_test::must_points({"training runs in an automated pipeline, not on laptops"}), {
        // Was contradicted: "ok" endorsed "get training off the laptops".
        {"ok so step 1 get training off the laptops lol. the pipeline runs it from a commit in git.",
         uh_test::not_(PointStatus::contradicted)},
        {"The model is trained in CI. okay first thing get training off the laptops, the pipeline runs it.",
         uh_test::not_(PointStatus::contradicted)},
        // A verdict on training on laptops still contradicts the point.
        {"ok to run the training on laptops, a pipeline is overkill for us.", PointStatus::contradicted},
        {"ok for the training to run on laptops, a pipeline is overkill for us.", PointStatus::contradicted},
        {"Running the training on laptops is ok, a pipeline is overkill for us.", PointStatus::contradicted},
        {"ok so running the training on laptops is fine, a pipeline is overkill for us.", PointStatus::contradicted},
    });
}

TEST(DiscourseMarker, FrenchSentenceOpeningOk) {
    uh_test::expect_rows(uh_test::must_points({"l'entrainement tourne dans un pipeline automatique, pas sur les laptops"}), {
        // Was contradicted.
        {"ok donc d'abord sortir l'entrainement des laptops, le pipeline le lance depuis un commit.",
         uh_test::not_(PointStatus::contradicted)},
        {"ok pour lancer l'entrainement sur les laptops, un pipeline est de trop.", PointStatus::contradicted},
        {"ok de lancer l'entrainement sur les laptops, un pipeline est de trop.", PointStatus::contradicted},
    });
}
