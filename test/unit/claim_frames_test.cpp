// Claims the speaker names but does not make (claim_frames.cpp): a belief named as wrong and a claim
// of others reported and then answered. Their denials were read as the speaker's (review25 F2: "the
// mistake is to think code review doesn't matter", "my manager said code review doesn't matter; I
// showed him it catches real bugs" contradicted "code review matters"). No validation answer changes.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::must_points;
using uh_test::not_;

// A belief named as wrong ("the mistake is to think", "it's a myth that", "wrong to believe", "l'erreur est de
// croire", "c'est un mythe que", "من الخطأ الاعتقاد أن", "الخطأ هو الظن بأن"): its denial is what the speaker
// rejects. The speaker's own denial stays one, and so does the denial of a name ("it is no myth that", "ce
// n'est pas une erreur de croire") or one after a word of contrast or a colon of the speaker's.
TEST(ClaimFrames, BeliefNamedAsWrongIsNotTheSpeakersDenial) {
    uh_test::expect_rows(must_points({"code review matters"}), {
        {"The mistake is to think code review doesn't matter.", not_(PointStatus::contradicted)},
        {"It's a myth that code review doesn't matter.", not_(PointStatus::contradicted)},
        {"It is wrong to believe that code review doesn't matter.", not_(PointStatus::contradicted)},
        {"Code review doesn't matter.", PointStatus::contradicted},
        {"It is no myth that code review doesn't matter.", PointStatus::contradicted},
        {"We skipped it once and that was never a mistake: code review doesn't matter.", PointStatus::contradicted},
        {"Mistakes happen, but code review doesn't matter.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"write unit tests"}), {
        {"The mistake is to think unit tests are overkill.", not_(PointStatus::contradicted)},
        {"My biggest mistake was not writing unit tests.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"la revue de code est importante"}), {
        {"L'erreur est de croire que la revue de code n'est pas importante.", not_(PointStatus::contradicted)},
        {"C'est un mythe que la revue de code n'est pas importante.", not_(PointStatus::contradicted)},
        {"La revue de code n'est pas importante.", PointStatus::contradicted},
        {"Ce n'est pas une erreur de croire que la revue de code n'est pas importante.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"\u0645\u0631\u0627\u062c\u0639\u0629 \u0627\u0644\u0643\u0648\u062f \u0645\u0647\u0645\u0629"}), {
        // من الخطأ الاعتقاد أن مراجعة الكود ليست مهمة.
        {"\u0645\u0646 \u0627\u0644\u062e\u0637\u0623 \u0627\u0644\u0627\u0639\u062a\u0642\u0627\u062f \u0623\u0646 \u0645\u0631\u0627\u062c\u0639\u0629 \u0627\u0644\u0643\u0648\u062f \u0644\u064a\u0633\u062a \u0645\u0647\u0645\u0629.", not_(PointStatus::contradicted)},
        // الخطأ هو الظن بأن مراجعة الكود ليست مهمة.
        {"\u0627\u0644\u062e\u0637\u0623 \u0647\u0648 \u0627\u0644\u0638\u0646 \u0628\u0623\u0646 \u0645\u0631\u0627\u062c\u0639\u0629 \u0627\u0644\u0643\u0648\u062f \u0644\u064a\u0633\u062a \u0645\u0647\u0645\u0629.", not_(PointStatus::contradicted)},
        // مراجعة الكود ليست مهمة.
        {"\u0645\u0631\u0627\u062c\u0639\u0629 \u0627\u0644\u0643\u0648\u062f \u0644\u064a\u0633\u062a \u0645\u0647\u0645\u0629.", PointStatus::contradicted},
        // أعتقد أن مراجعة الكود ليست مهمة.
        {"\u0623\u0639\u062a\u0642\u062f \u0623\u0646 \u0645\u0631\u0627\u062c\u0639\u0629 \u0627\u0644\u0643\u0648\u062f \u0644\u064a\u0633\u062a \u0645\u0647\u0645\u0629.", PointStatus::contradicted},
    });
}

// A claim of others reported and then answered by a word of contrast or of proof ("my manager said X; I
// showed him ...", "some people think X, but ...", "certains disent que X, mais", "يقول البعض إن X لكن")
// is no denial of the speaker's. Reported and not answered ("..., and he was right", "so we skipped it"),
// said by the speaker ("I think", "je pense"), or denied after the answer ("..., but honestly it
// doesn't matter"), the denial stays.
TEST(ClaimFrames, AClaimReportedAndAnsweredIsNotTheSpeakersDenial) {
    uh_test::expect_rows(must_points({"code review matters"}), {
        {"My manager said code review doesn't matter; I showed him it catches real bugs.", not_(PointStatus::contradicted)},
        {"Some people think code review doesn't matter, but it catches real bugs.", not_(PointStatus::contradicted)},
        {"My manager said code review doesn't matter, and he was right.", PointStatus::contradicted},
        {"I think code review doesn't matter.", PointStatus::contradicted},
        {"I said code review doesn't matter, but the team disagreed.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"validate input on the server"}), {
        {"You might think you don't need to validate input on the server, but the client can be bypassed.", not_(PointStatus::contradicted)},
        {"My manager said we don't need to validate input on the server, so we skipped it.", PointStatus::contradicted},
        {"We don't validate input on the server, but some people say we should.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"la revue de code est importante"}), {
        {"Certains disent que la revue de code n'est pas importante, mais elle trouve de vrais bogues.", not_(PointStatus::contradicted)},
        {"Mon chef dit que la revue de code n'est pas importante, et il a raison.", PointStatus::contradicted},
        {"Je pense que la revue de code n'est pas importante.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"\u0645\u0631\u0627\u062c\u0639\u0629 \u0627\u0644\u0643\u0648\u062f \u0645\u0647\u0645\u0629"}), {
        // يقول البعض إن مراجعة الكود ليست مهمة لكنها تكشف أخطاء حقيقية.
        {"\u064a\u0642\u0648\u0644 \u0627\u0644\u0628\u0639\u0636 \u0625\u0646 \u0645\u0631\u0627\u062c\u0639\u0629 \u0627\u0644\u0643\u0648\u062f \u0644\u064a\u0633\u062a \u0645\u0647\u0645\u0629 \u0644\u0643\u0646\u0647\u0627 \u062a\u0643\u0634\u0641 \u0623\u062e\u0637\u0627\u0621 \u062d\u0642\u064a\u0642\u064a\u0629.", not_(PointStatus::contradicted)},
        // يقول البعض إن مراجعة الكود ليست مهمة وهم على حق.
        {"\u064a\u0642\u0648\u0644 \u0627\u0644\u0628\u0639\u0636 \u0625\u0646 \u0645\u0631\u0627\u062c\u0639\u0629 \u0627\u0644\u0643\u0648\u062f \u0644\u064a\u0633\u062a \u0645\u0647\u0645\u0629 \u0648\u0647\u0645 \u0639\u0644\u0649 \u062d\u0642.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"\u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629"}), {
        // قال مديري إننا لا نحتاج إلى كتابة اختبارات الوحدة، لكنني أثبت له أنها تكشف الأخطاء.
        {"\u0642\u0627\u0644 \u0645\u062f\u064a\u0631\u064a \u0625\u0646\u0646\u0627 \u0644\u0627 \u0646\u062d\u062a\u0627\u062c \u0625\u0644\u0649 \u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629\u060c \u0644\u0643\u0646\u0646\u064a \u0623\u062b\u0628\u062a \u0644\u0647 \u0623\u0646\u0647\u0627 \u062a\u0643\u0634\u0641 \u0627\u0644\u0623\u062e\u0637\u0627\u0621.", not_(PointStatus::contradicted)},
    });
}

// review26 F1: the denial must be INSIDE the reported claim, and the answer must turn AGAINST it. A
// report the speaker goes on from ("so we didn't ...", "and we don't ...", "donc on n'a pas ...", "alors
// on ne faisait pas", "لذلك لم نكتب") leaves the speaker's own denial after it; "actually", a word of
// agreement ("he is right", "I agree", "il a raison", "على حق") or a proof by others ("the numbers showed
// they were right", "the last release proved it") answers nothing. The speaker's own proof stays one.
TEST(ClaimFrames, OnlyADenialInsideTheReportAnsweredAgainstItIsSpared) {
    uh_test::expect_rows(must_points({"write unit tests"}), {
        {"My manager said we were late, so we didn't write unit tests, but the release went fine.", PointStatus::contradicted},
        {"My lead told me we don't need unit tests, and the last release proved it.", PointStatus::contradicted},
        {"My lead said we don't need unit tests, and I proved it on the last release.", PointStatus::contradicted},
        {"My lead told me we don't need unit tests; I proved him wrong with the regressions we caught.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"monitor the error logs"}), {
        {"The client said the app was slow and we don't monitor the error logs, but we fixed it in a day.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"code review matters"}), {
        {"My manager thinks code review doesn't matter and actually he is right.", PointStatus::contradicted},
        {"Some people think code review doesn't matter, but honestly I agree with them.", PointStatus::contradicted},
        {"My manager said code review doesn't matter. Actually, he was right.", PointStatus::contradicted},
        {"My manager said code review doesn't matter. But he was right.", PointStatus::contradicted},
        {"My manager said code review doesn't matter. But he was not right: it catches real bugs.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"review every change"}), {
        {"The team thinks we don't need to review every change, and however you look at it, they are right.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"use a staging environment"}), {
        {"Everyone said we don't need a staging environment, and the numbers showed they were right.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"\u00e9crire des tests unitaires"}), {
        {"Mon chef a dit qu'on \u00e9tait en retard, donc on n'a pas \u00e9crit de tests unitaires, mais la livraison s'est bien pass\u00e9e.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"faire une revue de code"}), {
        {"Mon chef disait qu'on manquait de temps, alors on ne faisait pas de revue de code, mais tout allait bien.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"la revue de code est importante"}), {
        {"Mon chef dit que la revue de code n'est pas importante, mais il a raison.", PointStatus::contradicted},
        {"Mon chef dit que la revue de code n'est pas importante, mais il n'a pas raison : elle trouve de vrais bogues.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"\u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629"}), {
        // قال مديري إننا متأخرون، لذلك لم نكتب اختبارات الوحدة، لكن الإصدار نجح.
        {"\u0642\u0627\u0644 \u0645\u062f\u064a\u0631\u064a \u0625\u0646\u0646\u0627 \u0645\u062a\u0623\u062e\u0631\u0648\u0646\u060c \u0644\u0630\u0644\u0643 \u0644\u0645 \u0646\u0643\u062a\u0628 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629\u060c \u0644\u0643\u0646 \u0627\u0644\u0625\u0635\u062f\u0627\u0631 \u0646\u062c\u062d.", PointStatus::contradicted},
        // قال مديري إننا لا نحتاج إلى كتابة اختبارات الوحدة، لكنه كان على حق.
        {"\u0642\u0627\u0644 \u0645\u062f\u064a\u0631\u064a \u0625\u0646\u0646\u0627 \u0644\u0627 \u0646\u062d\u062a\u0627\u062c \u0625\u0644\u0649 \u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629\u060c \u0644\u0643\u0646\u0647 \u0643\u0627\u0646 \u0639\u0644\u0649 \u062d\u0642.", PointStatus::contradicted},
        // قال مديري إننا لا نحتاج إلى كتابة اختبارات الوحدة، لكنني أثبت له أنها تكشف الأخطاء.
        {"\u0642\u0627\u0644 \u0645\u062f\u064a\u0631\u064a \u0625\u0646\u0646\u0627 \u0644\u0627 \u0646\u062d\u062a\u0627\u062c \u0625\u0644\u0649 \u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629\u060c \u0644\u0643\u0646\u0646\u064a \u0623\u062b\u0628\u062a \u0644\u0647 \u0623\u0646\u0647\u0627 \u062a\u0643\u0634\u0641 \u0627\u0644\u0623\u062e\u0637\u0627\u0621.", not_(PointStatus::contradicted)},
    });
}
