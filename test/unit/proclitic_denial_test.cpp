// An Arabic word of the point said with other proclitics (an article, a preposition: "لمطابقة" of
// "مطابقة", "بالتأخير" of "التأخير") and negated denies the point as the bare word negated does
// (window_scoring.cpp's read_matches, same_word_but_proclitics). Such a pair is one lexeme whose
// surfaces differ from the first letter on; compared byte by byte (two Arabic letters share their
// UTF-8 lead byte) it read as a related form only, which no negation denies. A statement keeps
// its quality; words of other scripts keep their rules ("stored locally" is no "localization").
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include "core/lexicon_data.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

// The status of q's one must point for an Arabic answer, every text's words given the lexemes
// PostgreSQL's Arabic configuration gives them: one per word without its proclitics ("لمطابقة"
// and "مطابقة" one lexeme, as the stemmer makes them), the test tokenizer's being the surface.
PointResult arabic_point(uh_test::Question& q, const std::string& answer, size_t point = 0) {
    const AnalysisInput in = q.input(answer);
    for (auto& text : q.owned) {
        for (size_t k = 0; k < text->tokens.size(); ++k)
            if (!text->lexemes[k].empty()) {
                const std::string surface = text->text.substr(static_cast<size_t>(text->tokens[k].byte_start),
                                                              static_cast<size_t>(text->tokens[k].byte_len));
                text->lexemes[k] = std::string(without_arabic_proclitics(surface));
            }
        for (size_t k = 0; k < text->tokens.size(); ++k) text->tokens[k].lexemes = text->lexemes[k].c_str();
    }
    return key_point_coverage(in).must.at(point);
}

PointStatus arabic_status(uh_test::Question& q, const std::string& answer, size_t point = 0) {
    return arabic_point(q, answer, point).status;
}

}  // namespace

TEST(ProcliticDenial, NegatedWordWithOtherProcliticsContradicts) {
    // (Among the question's other points, whose words weigh the point's own down.)
    uh_test::Question telling = uh_test::must_points(
        {"موقف محدد: المهمة والتقدير الأصلي والوقت الفعلي", "تحليل سبب الخطأ (عمل مجهول لم يُحسب، اعتماد على طرف آخر)",
         "إبلاغ المدير أو الفريق مبكراً بمجرد ظهور التأخير مع تقدير جديد", "تقسيم العمل إلى مهام صغيرة وتقدير كل منها",
         "إعطاء مدى أو هامش للمجهول بدلاً من رقم واحد"});
    telling.type = "behavioral";
    telling.question_text = "حدّثني عن مرة كان فيها تقديرك للوقت اللازم لمهمة أو مشروع بعيداً جداً عن الواقع. لماذا حدث ذلك، وماذا فعلت، وكيف تقدّر المهام اليوم؟";
    telling.sample = "في شركة توصيل بجدة قدّرت أن ربط التطبيق ببوابة دفع جديدة سيستغرق أسبوعاً، واستغرق في النهاية أربعة أسابيع. السبب أنني قدّرت العمل ككتلة واحدة بناءً على تجربة سابقة مع بوابة أخرى، ولم أحسب بيئة الاختبار الخاصة بالبوابة التي تطلبت موافقات، ولا تسوية المعاملات اليومية التي لم أكن أعرف أنها مطلوبة. عندما أدركت في اليوم الثالث أن الموعد لن يتحقق، أبلغت مدير المنتج فوراً بدلاً من الانتظار، وشرحت ما اكتشفته وقدمت تقديراً جديداً على شكل مدى من ثلاثة إلى أربعة أسابيع مع ما يمكن إطلاقه أولاً. اليوم أقسّم أي عمل إلى مهام لا تتجاوز يوماً أو يومين وأقدّر كل واحدة، وأعطي مدى بدل رقم واحد مع هامش للمجهول، وعندما يكون هناك مجهول كبير مثل تكامل خارجي أبدأ بتجربة قصيرة (spike) لمدة يوم قبل الالتزام بموعد، وأقارن تقديراتي بالوقت الفعلي بعد كل مشروع لأعرف مقدار تفاؤلي.";
    // "I didn't tell the manager about the delay until the deadline: no use bothering him before I
    // was sure." The denial holds "بالتأخير" (the point's "التأخير"), not the manager alone.
    const PointResult told = arabic_point(telling, "قدرت مرة أن ترحيل قاعدة بيانات سيستغرق أسبوعاً واستغرق شهراً، لأن فريق البنية التحتية تأخر في تجهيز الخوادم. لم أخبر المدير بالتأخير إلا عند الموعد، فلا فائدة من إزعاجه قبل أن أتأكد.", 2);
    EXPECT_EQ(told.status, PointStatus::contradicted);
    EXPECT_EQ(told.evidence_text, "المدير بالتأخير");
    uh_test::Question matching = uh_test::must_points(
        {"رمز QR يحمل بيانات التصريح موقّعة رقمياً", "التحقق دون اتصال بالإنترنت باستخدام المفتاح العام على جهاز التفتيش",
         "مطابقة التصريح مع هوية الحامل لمنع استخدام رمز منسوخ", "قائمة محلية بالتصاريح الملغاة تُحدَّث عند توفر الاتصال"});
    // "No need to match the token with the holder's identity: the signature alone proves it."
    EXPECT_EQ(arabic_status(matching, "الرمز يحمل بيانات التصريح موقّعة رقمياً. ولا حاجة لمطابقة الرمز مع هوية الحامل، فالتوقيع وحده يكفي لإثبات أن حامل الرمز هو صاحب التصريح.", 2),
              PointStatus::contradicted);
}

TEST(ProcliticDenial, StatedWithOtherProcliticsIsNoDenial) {
    uh_test::Question matching = uh_test::must_points({"مطابقة التصريح"});
    EXPECT_NE(arabic_status(matching, "التصريح موقع رقمياً، ونقوم بمطابقة هوية الحامل."), PointStatus::contradicted);
    uh_test::Question telling = uh_test::must_points({"إبلاغ الفريق عن التأخير مبكراً"});
    EXPECT_NE(arabic_status(telling, "الفريق يعرف الخطة، وأخبرت الجميع بالتأخير مبكراً."), PointStatus::contradicted);
}

TEST(ProcliticDenial, OtherScriptsKeepTheirRelatedForms) {
    // A related form in English ("locally" of "localization") negated denies nothing, as before.
    uh_test::Question q = uh_test::must_points({"Swahili localization of the interface"});
    EXPECT_NE(uh_test::status_of(q, "The app should always fetch fresh data, caching data locally is not safe because it can be outdated."),
              PointStatus::contradicted);
}
