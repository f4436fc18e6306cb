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
    const AnalysisInput in = q.input(answer);
    QuestionModel model;
    build_question_model(in, model);
    Context ctx(model);
    build_answer(in.answer, ctx);
    return recall_beyond_question(ctx, model.sample_terms);
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
