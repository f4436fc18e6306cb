// promote_coherent's touch in a formal answer that states fewer than three quarters of its must points
// plainly (analysis.hpp): a must point touched only inside the words that match another point, stated
// or partial, is not promoted. Such an answer tells some points and leaves others out; the sentence
// that says one of them shares words with the next point of the sample answer without telling it.
// (Dev and validation sets: 24 false covers fewer, 6 true ones; cross pairs: 1.136 -> 1.059 covered
// points per hard pair.)
#include "core/analysis.hpp"

#include "coverage_cases.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::with_evidence;

namespace {

// One must point of four stated (characters 0-60), the three others touched (0.3): inside the stated
// point's words, inside the words of another touched point, and in a sentence of their own. One point
// stated of five: the 40% share is not met, so only the touch can promote.
Coverage one_stated() {
    Coverage c;
    c.must = {with_evidence(PointStatus::covered, 0.8, 0, 60), with_evidence(PointStatus::partial, 0.3, 10, 50),
              with_evidence(PointStatus::partial, 0.3, 100, 200), with_evidence(PointStatus::partial, 0.3, 110, 150)};
    c.bonus = {uh_test::point_result(PointStatus::missing, 0.0)};
    return c;
}

}  // namespace

TEST(TouchOwnWords, AFormalAnswerTouchesAPointOnlyInWordsOfItsOwn) {
    Coverage c = one_stated();
    promote_coherent(c);
    // Inside the stated point's words, and inside the words of another touched point: not promoted.
    EXPECT_TRUE(uh_test::statuses_are(c.must, {PointStatus::covered, PointStatus::partial, PointStatus::covered,
                                               PointStatus::partial}));
    EXPECT_LT(c.must[1].score, 0.4);
}

TEST(TouchOwnWords, APointInASentenceOfItsOwnIsStillPromoted) {
    Coverage c = one_stated();
    c.must[1].evidence_start = 300;   // its own sentence
    c.must[1].evidence_end = 340;
    c.must[3].evidence_start = 180;   // a quarter inside the other touched point's words
    c.must[3].evidence_end = 260;
    promote_coherent(c);
    EXPECT_TRUE(uh_test::statuses_are(c.must, {PointStatus::covered, PointStatus::covered, PointStatus::covered,
                                               PointStatus::covered}));
}

TEST(TouchOwnWords, AShadowedTouchStillCountsAsTouched) {
    // One must point stated, one touched in words of its own and one inside the stated point's words:
    // three of four touched (the shadowed one counts), so the one in its own words is promoted.
    Coverage c = one_stated();
    c.must[3] = uh_test::point_result(PointStatus::missing, 0.0);
    promote_coherent(c);
    EXPECT_TRUE(uh_test::statuses_are(c.must, {PointStatus::covered, PointStatus::partial, PointStatus::covered,
                                               PointStatus::missing}));
}

TEST(TouchOwnWords, TheInformalAndTheKnowingTouchKeepTheirBenefitOfTheDoubt) {
    // An informal answer (the weak touch) says several points in one sentence.
    const uh_test::ByRegister r = uh_test::by_register(one_stated(), uh_test::coherent_pass);
    EXPECT_TRUE(uh_test::statuses_are(r.informal.must, {PointStatus::covered, PointStatus::covered,
                                                        PointStatus::covered, PointStatus::covered}));
    // An answer stating three of four must points plainly knows the subject: its last point, said inside
    // another point's words, is promoted.
    Coverage knowing;
    knowing.must = {with_evidence(PointStatus::covered, 0.8, 0, 60), with_evidence(PointStatus::covered, 0.7, 100, 160),
                    with_evidence(PointStatus::covered, 0.7, 200, 260), with_evidence(PointStatus::partial, 0.3, 10, 50)};
    knowing.bonus = {uh_test::point_result(PointStatus::missing, 0.0), uh_test::point_result(PointStatus::missing, 0.0),
                     uh_test::point_result(PointStatus::missing, 0.0), uh_test::point_result(PointStatus::missing, 0.0)};
    promote_coherent(knowing);
    EXPECT_EQ(knowing.must[3].status, PointStatus::covered);
}

TEST(TouchOwnWords, TheFortyPercentShareStillPromotesInsideAnotherPoint) {
    // Two points of four stated: the share's benefit of the doubt reads a must point's partial match in
    // the same words as that point told in other words (BonusInsideMust), whatever the touch does.
    Coverage c;
    c.must = {with_evidence(PointStatus::covered, 0.8, 0, 60), with_evidence(PointStatus::covered, 0.7, 100, 160),
              with_evidence(PointStatus::partial, 0.3, 10, 50), uh_test::point_result(PointStatus::missing, 0.0)};
    promote_coherent(c);
    EXPECT_EQ(c.must[2].status, PointStatus::covered);
}

namespace {

uh_test::Question farm_app() {
    uh_test::Question q = uh_test::must_points(
        {"store the orders locally in SQLite", "retry failed uploads with exponential backoff and jitter",
         "compress photos to small JPEG files before the upload", "show each farmer the sync status of every order"});
    q.question_text = "How would you build a mobile app for farmers with a poor network?";
    return q;
}

}  // namespace

TEST(TouchOwnWords, AppliedByKeyPointCoverage) {
    // One point stated, the upload half-said; "the photos" are met only inside the upload's words, which
    // say nothing of compressing them.
    uh_test::Question q = farm_app();
    EXPECT_TRUE(uh_test::points_are(q,
                                    "I would store the orders locally in SQLite on the phone, and upload the photos when "
                                    "the network is back. Farmers should get an app that stays simple.",
                                    {PointStatus::covered, PointStatus::covered, PointStatus::partial}));
}

TEST(TouchOwnWords, AppliedByKeyPointCoverageInArabic) {
    uh_test::Question q = uh_test::must_points({"تخزين الطلبات محليا في SQLite", "إعادة الرفع الفاشل مع تأخير متزايد وعشوائي",
                                                "ضغط الصور إلى ملفات JPEG صغيرة قبل الرفع", "عرض حالة المزامنة لكل مزارع ولكل طلب"});
    q.question_text = "كيف تصمم تطبيقا للمزارعين مع شبكة ضعيفة؟";
    // "then the upload with the photos when the network is back": neither the retry with its backoff nor
    // the compression, each met only inside the other's words.
    EXPECT_TRUE(uh_test::points_are(
        q, "أقوم بتخزين الطلبات محليا في SQLite على الهاتف، ثم الرفع مع الصور عند عودة الشبكة. يجب أن يبقى التطبيق بسيطا للمزارعين.",
        {PointStatus::covered, PointStatus::partial, PointStatus::partial}));
}
