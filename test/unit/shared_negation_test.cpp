// A negation the sample answer makes too is no denial of the subject: "never compare floats with =="
// said where the reference says so is a correct answer's, said where the reference states the
// opposite it denies what the reference states (TopicReading::negated, the denial share that makes
// an answer with a point contradicted a wrong one).
#include "core/analysis.hpp"
#include "core/matcher.hpp"
#include "core/scoring.hpp"
#include "core/shared_negation.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

using uh_test::denied_share;

// The same answer read against a sample answer making its negation, then against one stating the
// opposite affirmatively.
void expect_only_the_references_opposite_denies(Question& q, const std::string& sample_denying,
                                                const std::string& sample_affirming, const std::string& answer) {
    q.sample = sample_denying;
    EXPECT_DOUBLE_EQ(denied_share(q, answer), 0.0);
    q.sample = sample_affirming;
    EXPECT_GE(denied_share(q, answer), 0.125);
}

}  // namespace

TEST(SharedNegation, TheReferencesOwnNegationIsNoDenial) {
    Question q;
    q.question_text = "How should you compare floating-point numbers in code that handles prices?";
    q.key_points = R"({"must_mention": ["binary representation makes decimal fractions inexact",
                       "compare with a tolerance", "store money as integer cents or decimals"]})";
    expect_only_the_references_opposite_denies(
        q,
        "Floating-point numbers are stored in binary, so decimal fractions such as 0.1 are inexact. Never compare "
        "two floats for equality with ==: check that their difference is below a small tolerance. Money is stored "
        "as integer cents or as a decimal type.",
        "Floating-point numbers are stored in binary, so decimal fractions such as 0.1 are inexact. Compare two "
        "floats for equality with == directly: a small tolerance is optional. Money is stored as integer cents or "
        "as a decimal type.",
        "Floats are stored in binary, so decimal fractions are inexact. Never compare two floats for equality "
        "with ==, the difference should stay below a tolerance. Prices are stored as integer cents.");
}

TEST(SharedNegation, TheReferencesOwnNegationIsNoDenialInFrench) {
    Question q;
    q.question_text = "Comment comparer des nombres à virgule flottante dans un code qui gère des prix ?";
    q.key_points = R"({"must_mention": ["la représentation binaire rend les fractions décimales inexactes",
                       "comparer avec une tolérance", "stocker l'argent en centimes entiers"]})";
    expect_only_the_references_opposite_denies(
        q,
        "Les nombres à virgule flottante sont stockés en binaire, donc les fractions décimales comme 0,1 sont "
        "inexactes. Il ne faut jamais comparer deux flottants avec l'opérateur d'égalité : on vérifie que leur "
        "différence reste sous une petite tolérance. L'argent est stocké en centimes entiers.",
        "Les nombres à virgule flottante sont stockés en binaire, donc les fractions décimales comme 0,1 sont "
        "inexactes. On compare deux flottants directement avec l'opérateur d'égalité : une petite tolérance est "
        "facultative. L'argent est stocké en centimes entiers.",
        "Les flottants sont stockés en binaire, donc les fractions décimales sont inexactes. Il ne faut jamais "
        "comparer deux flottants avec l'opérateur d'égalité, leur différence doit rester sous une tolérance. Les "
        "prix sont stockés en centimes entiers.");
}

TEST(SharedNegation, TheReferencesOwnNegationIsNoDenialInArabic) {
    Question q;
    q.question_text = "كيف تقارن الأعداد العشرية في برنامج يحسب الأسعار؟";
    q.key_points = R"({"must_mention": ["التمثيل الثنائي يجعل الكسور العشرية تقريبية",
                       "المقارنة بهامش صغير", "تخزين المال بالسنتات الصحيحة"]})";
    expect_only_the_references_opposite_denies(
        q,
        "تخزن الأعداد العشرية بالنظام الثنائي، لذلك الكسور مثل 0.1 تقريبية. لا تقارن عددين عشريين بعلامة المساواة "
        "أبدا؛ تحقق أن الفرق بينهما أصغر من هامش صغير. تخزن الأموال بالسنتات الصحيحة.",
        "تخزن الأعداد العشرية بالنظام الثنائي، لذلك الكسور مثل 0.1 تقريبية. قارن عددين عشريين بعلامة المساواة "
        "مباشرة؛ الهامش الصغير اختياري. تخزن الأموال بالسنتات الصحيحة.",
        "تخزن الأعداد العشرية بالنظام الثنائي، لذلك الكسور تقريبية. لا تقارن عددين عشريين بعلامة المساواة أبدا، "
        "الفرق بينهما يبقى أصغر من هامش. تخزن الأسعار بالسنتات الصحيحة.");
}

// The clause read against the sample sentence it shares the most words with: a negated clause that
// shares two words or more with none is read as a denial (nothing in the reference says it).
TEST(SharedNegation, AClauseSharingNoSampleSentenceIsADenial) {
    Question q;
    q.question_text = "How should you compare floating-point numbers?";
    q.key_points = R"({"must_mention": ["compare with a tolerance"]})";
    q.sample = "Never compare two floats for equality: check that their difference is below a small tolerance.";
    uh_test::with_answer(q, "Never compare two floats for equality. Rounding does not matter.",
                         [](Context& ctx, const AnalysisInput&) {
        const std::vector<char> shared = negations_shared_with_sample(ctx);
        int clause_rounding = -1, clause_compare = -1;
        for (const Token& t : ctx.answer.tokens) {
            if (t.surface == "rounding") clause_rounding = t.clause;
            if (t.surface == "compare") clause_compare = t.clause;
        }
        ASSERT_GE(clause_rounding, 0);
        ASSERT_GE(clause_compare, 0);
        EXPECT_TRUE(shared.at(static_cast<size_t>(clause_compare)));
        EXPECT_FALSE(shared.at(static_cast<size_t>(clause_rounding)));
    });
}
