// "Without" / "instead of" before a verb of omission ("without skipping the tests", "sans négliger",
// "دون إهمال") deny the omission, which says the thing is done (build_document in text.cpp).
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

// "Without skipping the tests" is "never skipping the tests": the omission is denied, the tests
// are run. A verb that is no omission after "without" is denied as before, and so is a noun
// ("instead of skip lists").
TEST(DeniedOmission, DeniedOmissionAssertsItsObject) {
    uh_test::expect_rows(uh_test::must_points({"run the integration tests"}), {
        {"I run the unit tests, without forgetting the integration tests.", PointStatus::covered},
        {"We deploy without skipping the integration tests.", PointStatus::covered},
        {"We deploy without running the integration tests.", PointStatus::contradicted},
    });
    uh_test::expect_rows(uh_test::must_points({"never skip the tests"}), {
        {"Instead of skipping the tests, we run them all.", uh_test::not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(uh_test::must_points({"check the edge cases"}), {
        {"I write the main path without ignoring the edge cases.", PointStatus::covered},
        {"I write the main path without checking the edge cases.", PointStatus::contradicted},
    });
    uh_test::expect_rows(uh_test::must_points({"vérifier les cas limites"}), {
        {"J'écris le cas principal sans négliger les cas limites.", uh_test::not_(PointStatus::contradicted)},
        {"J'écris le cas principal sans vérifier les cas limites.", PointStatus::contradicted},
    });
    uh_test::expect_rows(uh_test::must_points({"ne jamais sauter les tests"}), {
        {"On déploie sans jamais sauter les tests.", uh_test::not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(uh_test::must_points({"تشغيل اختبارات التكامل"}), {
        {"أشغّل اختبارات الوحدة دون إهمال اختبارات التكامل.", uh_test::not_(PointStatus::contradicted)},
        {"ننشر بدون تشغيل اختبارات التكامل.", PointStatus::contradicted},
    });
}

// A key point that rules an omission out ("fix the cause instead of skipping the test") keeps its
// reading: an answer doing the skipping is no statement of it.
TEST(DeniedOmission, PointRulingOutAnOmissionKeepsItsReading) {
    uh_test::expect_rows(uh_test::must_points({"fix the cause instead of skipping the test"}), {
        {"I'd fix the cause rather than marking the test as skipped.", uh_test::not_(PointStatus::contradicted)},
    });
}
