// How the answer-level signals turn into completeness and overall: recall beyond the question's
// own words, precision (share of the answer that is on topic), partial credit of weak matches.
#include "core/analysis.hpp"
#include "core/matcher.hpp"
#include "core/scoring.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::scope_question;

namespace {

// Recall of the sample answer's terms for one answer.
double sample_recall(Question& q, const std::string& answer) {
    return uh_test::with_answer(q, answer, [](Context& ctx, const AnalysisInput&) {
        return recall_beyond_question(ctx, ctx.model.sample_terms);
    });
}

}  // namespace

TEST(RecallBeyondQuestion, QuestionWordsAreNoEvidence) {
    Question q = scope_question();
    // "scope" is the question's own word: only "file" counts.
    EXPECT_DOUBLE_EQ(sample_recall(q, "Global variables have a scope."), 0.0);
    EXPECT_DOUBLE_EQ(sample_recall(q, "The whole file."), 1.0);
    EXPECT_DOUBLE_EQ(sample_recall(q, "Global variables have file scope."), 1.0);
}

TEST(RecallBeyondQuestion, TermsMadeOnlyOfQuestionWordsHaveNoRecall) {
    Question q = scope_question();
    q.sample = "Global scope.";
    EXPECT_LT(sample_recall(q, "Global scope."), 0.0);
    // The analysis then falls back to the plain recall: restating that sample still scores.
    EXPECT_GT(analyze(q.input("They have global scope.")).completeness, analyze(q.input("Nothing at all.")).completeness);
}

TEST(RecallBeyondQuestion, RestatingTheQuestionScoresBelowAnsweringIt) {
    Question q = scope_question();
    const AnalysisResult restated = analyze(q.input("The scope of global variables is the global scope of variables."));
    const AnalysisResult answered = analyze(q.input("Global variables have file scope."));
    EXPECT_LT(restated.completeness, 20);
    EXPECT_GT(answered.completeness, 80);
    EXPECT_LT(restated.overall + 40, answered.overall);
}

TEST(PrecisionFactor, FromHalfToFull) {
    EXPECT_DOUBLE_EQ(precision_factor(0.0), 0.5);
    EXPECT_DOUBLE_EQ(precision_factor(0.2), 0.75);
    EXPECT_DOUBLE_EQ(precision_factor(0.4), 1.0);
    EXPECT_DOUBLE_EQ(precision_factor(0.9), 1.0);
}

TEST(PrecisionFactor, AnAnswerMostlyAboutOtherThingsKeepsLessContent) {
    Question q;
    q.question_text = "What is the difference between a list and a tuple in Python?";
    q.key_points = R"({"must_mention": ["lists mutable, tuples immutable"]})";
    // The precision alone: with a one-line sample the attempt prior of short-answer questions
    // (short_answer_test.cpp) would also credit a part of what each answer misses.
    q.sample = "Lists are mutable and tuples are immutable. A list can grow, shrink and have its items replaced in "
               "place after it is built, so it suits a collection that changes while the program runs; a tuple is "
               "fixed once created, which lets Python hash it and use it as a dictionary key or a set member, and "
               "makes it a safe record of values that must not change by accident.";
    const std::string core = "Lists are mutable and tuples are immutable.";
    const AnalysisResult focused = analyze(q.input(core));
    const AnalysisResult diluted = analyze(q.input(
        core + " Yesterday I went hiking with friends near the lake, then we cooked dinner, watched a film, "
               "talked about football, travel plans, music festivals, gardening tips and our favourite restaurants."));
    EXPECT_GT(focused.completeness, 70);
    EXPECT_LT(diluted.technical_accuracy, focused.technical_accuracy - 20);   // linear in content
    EXPECT_LT(diluted.completeness, focused.completeness - 10);
}

TEST(GradedPoint, LinearFromThePartialThresholdCubicBelow) {
    EXPECT_DOUBLE_EQ(graded_point(1.0), 1.0);
    EXPECT_DOUBLE_EQ(graded_point(0.3), 0.3);
    EXPECT_DOUBLE_EQ(graded_point(0.2), 0.2);
    EXPECT_NEAR(graded_point(0.1), 0.025, 1e-12);   // 0.1 * (0.1 / 0.2)^2
    EXPECT_DOUBLE_EQ(graded_point(0.0), 0.0);
    for (double x = 0.0; x < 1.0; x += 0.01) EXPECT_LE(graded_point(x), graded_point(x + 0.01) + 1e-12);
}

TEST(CompletenessCurve, SShapedThroughTheEnds) {
    EXPECT_DOUBLE_EQ(completeness_curve(0.0), 0.0);
    EXPECT_DOUBLE_EQ(completeness_curve(1.0), 1.0);
    // Scattered words earn less than their share, most of the content nearly all of it.
    EXPECT_LT(completeness_curve(0.2), 0.2);
    EXPECT_GT(completeness_curve(0.6), 0.7);
    EXPECT_GT(completeness_curve(0.8), 0.9);
    // Steepest around the covered threshold (0.4).
    EXPECT_GT(completeness_curve(0.45) - completeness_curve(0.35), completeness_curve(0.15) - completeness_curve(0.05));
    EXPECT_GT(completeness_curve(0.45) - completeness_curve(0.35), completeness_curve(0.95) - completeness_curve(0.85));
    for (double x = 0.0; x < 1.0; x += 0.01) EXPECT_LT(completeness_curve(x), completeness_curve(x + 0.01));
}

TEST(PlainRecall, TheSampleAnswersWordsWeighMoreThanThePointsLabels) {
    EXPECT_DOUBLE_EQ(plain_recall(0.0, 0.0), 0.0);
    EXPECT_DOUBLE_EQ(plain_recall(1.0, 1.0), 1.0);
    EXPECT_NEAR(plain_recall(0.0, 1.0), 0.7, 1e-12);
    EXPECT_NEAR(plain_recall(1.0, 0.0), 0.3, 1e-12);
    EXPECT_NEAR(plain_recall(0.25, 0.0), 0.15, 1e-12);   // square roots: the first words matter most
    for (double x = 0.0; x < 1.0; x += 0.05) {
        EXPECT_LT(plain_recall(x, x), plain_recall(x + 0.05, x));
        EXPECT_LT(plain_recall(x, x), plain_recall(x, x + 0.05));
    }
}

// A wrong answer: two pieces of evidence among the points contradicted, the common mistakes stated
// (once when no point is contradicted) and much of the subject denied (a share of the on-topic words
// under a negation the reference does not make), the last against a paragraph-long reference only.
TEST(WrongAnswer, NeedsTwoPiecesOfEvidence) {
    EXPECT_FALSE(wrong_answer(1, 0, 0.05, 120));   // one contradiction alone may be a misreading
    EXPECT_TRUE(wrong_answer(2, 0, 0.0, 120));
    EXPECT_TRUE(wrong_answer(1, 1, 0.0, 120));
    EXPECT_TRUE(wrong_answer(1, 0, 0.2, 120));     // the rest of the subject denied too
    EXPECT_TRUE(wrong_answer(1, 0, 0.125, 120));
    EXPECT_FALSE(wrong_answer(1, 0, 0.1, 120));
    EXPECT_FALSE(wrong_answer(0, 0, 0.4, 120));    // a denial alone
    EXPECT_FALSE(wrong_answer(0, 1, 0.0, 120));    // a mistake alone
    // Common mistakes alone count once: a correct answer may name two to reject them.
    EXPECT_FALSE(wrong_answer(0, 2, 0.0, 120));
    EXPECT_FALSE(wrong_answer(0, 3, 0.1, 120));
    EXPECT_TRUE(wrong_answer(1, 2, 0.0, 120));
    // A denial of what the reference states with a common mistake stated, or with a point contradicted
    // (a bonus point: the count is of all points), is two pieces.
    EXPECT_TRUE(wrong_answer(0, 1, 0.4, 120));
    EXPECT_TRUE(wrong_answer(0, 2, 0.125, 120));
    // Against a one-line reference a denial is no evidence (a "not" in a handful of words).
    EXPECT_FALSE(wrong_answer(1, 0, 0.4, 12));
    EXPECT_FALSE(wrong_answer(0, 1, 0.4, 12));
    EXPECT_TRUE(wrong_answer(2, 0, 0.0, 12));
}

namespace {

using uh_test::denied_share;

int contradicted_must(const AnalysisResult& r) {
    int n = 0;
    for (const PointResult& p : r.coverage.must) n += p.status == PointStatus::contradicted;
    return n;
}

// The answer with one point contradicted, then the same answer denying the rest of the subject too
// in words no point's negation reaches: the second is a wrong answer, every dimension but technical
// accuracy cut to half.
void expect_denial_makes_a_wrong_answer(Question& q, const std::string& slip, const std::string& denial) {
    const AnalysisResult once = analyze(q.input(slip));
    const AnalysisResult denied = analyze(q.input(denial));
    ASSERT_EQ(contradicted_must(once), 1) << analysis_json(once);
    ASSERT_EQ(contradicted_must(denied), 1) << analysis_json(denied);
    EXPECT_LT(denied_share(q, slip), 0.125);
    EXPECT_GE(denied_share(q, denial), 0.125);
    EXPECT_GT(once.clarity, 40) << analysis_json(once);
    // Half of what they were (0.7 of it before: a wrong answer keeps wrong_answer_share).
    EXPECT_LT(denied.clarity, 0.6 * once.clarity) << analysis_json(denied);
    EXPECT_LT(denied.communication, 0.6 * once.communication) << analysis_json(denied);
    EXPECT_LT(denied.overall, 0.7 * once.overall) << analysis_json(denied);
}

}  // namespace

TEST(WrongAnswer, DenyingTheSubjectIsTheSecondPiece) {
    Question q;
    q.question_text = "How do you make a message consumer safe when the broker redelivers events?";
    q.key_points = R"({"must_mention": ["at-least-once delivery with unique event id", "idempotent consumer stores processed ids",
                       "dead-letter queue for poison messages"]})";
    q.sample = "Brokers give at-least-once delivery, so the same event can arrive twice after a timeout or a crash "
               "before the acknowledgement. Every event therefore carries a unique id set by the producer. The consumer "
               "is idempotent: it stores the processed ids in the same transaction as its own writes and skips "
               "duplicates when they come back. Retries use a backoff, and messages that keep failing go to a "
               "dead-letter queue, where an operator inspects them instead of blocking the partition.";
    expect_denial_makes_a_wrong_answer(
        q,
        "Delivery is at-least-once, so the same event can arrive twice after a timeout or a crash before the "
        "acknowledgement, and each event has a unique event id set by the producer. The consumer does not need to "
        "store the processed ids. Retries use a backoff, and messages that keep failing go to a dead-letter queue "
        "that keeps the partition moving while an operator inspects them.",
        "Delivery is at-least-once and each event has a unique event id set by the producer, but the same event "
        "never arrives twice: a timeout or a crash does not matter. The consumer does not need to store the "
        "processed ids. Retries need no backoff, and messages that keep failing go to a dead-letter queue; no "
        "operator inspects them, so they keep blocking the partition.");
}
TEST(WrongAnswer, DenyingTheSubjectIsTheSecondPieceInFrench) {
    Question q;
    q.question_text = "Comment rendre un consommateur de messages sûr quand le broker redélivre des événements ?";
    q.key_points = R"({"must_mention": ["livraison au moins une fois avec identifiant unique d'événement",
                       "consommateur idempotent qui enregistre les identifiants traités",
                       "file de lettres mortes pour les messages empoisonnés"]})";
    q.sample = "Le broker garantit une livraison au moins une fois : le même événement peut arriver deux fois après un "
               "délai dépassé ou une panne avant l'accusé de réception. Chaque événement porte donc un identifiant "
               "unique fixé par le producteur. Le consommateur est idempotent : il enregistre les identifiants traités "
               "dans la même transaction que ses écritures et ignore les doublons. Les nouvelles tentatives utilisent "
               "un délai croissant, et les messages qui échouent toujours vont dans une file de lettres mortes, où un "
               "opérateur les examine sans bloquer la partition.";
    expect_denial_makes_a_wrong_answer(
        q,
        "La livraison est au moins une fois, donc le même événement peut arriver deux fois après une panne avant "
        "l'accusé de réception, et chaque événement porte un identifiant unique fixé par le producteur. Le "
        "consommateur n'a pas besoin d'enregistrer les identifiants traités. Les nouvelles tentatives utilisent un "
        "délai croissant, et les messages qui échouent vont dans une file de lettres mortes qui garde la partition "
        "active pendant qu'un opérateur les examine.",
        "La livraison est au moins une fois et chaque événement porte un identifiant unique fixé par le producteur, "
        "mais le même événement n'arrive jamais deux fois : une panne ne change rien. Le consommateur n'a pas besoin "
        "d'enregistrer les identifiants traités. Les nouvelles tentatives n'ont aucun délai, et les messages qui "
        "échouent vont dans une file de lettres mortes ; aucun opérateur ne les examine, donc ils bloquent la "
        "partition.");
}

TEST(WrongAnswer, DenyingTheSubjectIsTheSecondPieceInArabic) {
    Question q;
    q.question_text = "كيف تجعل مستهلك الرسائل آمنا عندما يعيد الوسيط تسليم الأحداث؟";
    q.key_points = R"({"must_mention": ["تسليم مرة واحدة على الأقل مع معرف فريد للحدث",
                       "حذف التكرارات في المستهلك",
                       "طابور الرسائل الميتة للرسائل السامة"]})";
    q.sample = "يضمن الوسيط التسليم مرة واحدة على الأقل، لذلك قد يصل الحدث نفسه مرتين بعد انتهاء المهلة أو بعد عطل "
               "قبل الإقرار. لذلك يحمل كل حدث معرفا فريدا يضعه المنتج. المستهلك متساوي القوة: حذف التكرارات في المستهلك "
               "يتم في نفس المعاملة مع كتاباته. تستخدم إعادة المحاولة مهلة متزايدة، والرسائل التي "
               "تفشل دائما تذهب إلى طابور الرسائل الميتة حيث يفحصها مشغل دون أن تعطل القسم.";
    expect_denial_makes_a_wrong_answer(
        q,
        "التسليم مرة واحدة على الأقل، لذلك قد يصل الحدث نفسه مرتين بعد عطل قبل الإقرار، ولكل حدث معرف فريد يضعه "
        "المنتج. أما حذف التكرارات في المستهلك فليس ضروريا. تستخدم إعادة المحاولة مهلة متزايدة، والرسائل التي "
        "تفشل تذهب إلى طابور الرسائل الميتة الذي يبقي القسم يعمل بينما يفحصها مشغل.",
        "التسليم مرة واحدة على الأقل ولكل حدث معرف فريد يضعه المنتج، لكن الحدث نفسه لا يصل مرتين أبدا، والعطل لا "
        "يغير شيئا. أما حذف التكرارات في المستهلك فليس ضروريا. إعادة المحاولة لا تستخدم أي مهلة، والرسائل التي "
        "تفشل تذهب إلى طابور الرسائل الميتة، ولا يفحصها أي مشغل، فتعطل القسم.");
}
