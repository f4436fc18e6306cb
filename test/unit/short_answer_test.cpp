// Short-answer questions (a reference of a line or two): an attempt is read with a prior.
#include "core/analysis.hpp"
#include "core/scoring.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::scope_question;

TEST(ShortAnswer, APriorForAnAttempt) {
    // A one-line reference: an attempt of six words or more is credited 0.2 of what it misses.
    EXPECT_DOUBLE_EQ(credited_content(0.0, 10, 8, 1.0), 0.2);
    EXPECT_DOUBLE_EQ(credited_content(0.5, 10, 8, 1.0), 0.6);
    EXPECT_DOUBLE_EQ(credited_content(1.0, 10, 8, 1.0), 1.0);
    // A word or two earns less of it; no attempt ("I don't know", the question restated) none.
    EXPECT_NEAR(credited_content(0.0, 10, 3, 1.0), 0.1, 1e-12);
    EXPECT_DOUBLE_EQ(credited_content(0.0, 10, 8, 0.0), 0.0);
    // Half an attempt (a list half explained): half the prior.
    EXPECT_NEAR(credited_content(0.0, 10, 8, 0.5), 0.1, 1e-12);
    // It fades out between a reference of 30 and of 60 words; a paragraph or no sample: none.
    EXPECT_NEAR(credited_content(0.0, 45, 8, 1.0), 0.1, 1e-12);
    EXPECT_DOUBLE_EQ(credited_content(0.3, 60, 8, 1.0), 0.3);
    EXPECT_DOUBLE_EQ(credited_content(0.3, 150, 80, 1.0), 0.3);
    EXPECT_DOUBLE_EQ(credited_content(0.3, 0, 8, 1.0), 0.3);
    for (double x = 0.0; x < 1.0; x += 0.01) EXPECT_LT(credited_content(x, 10, 8, 1.0), credited_content(x + 0.01, 10, 8, 1.0));
}

TEST(ShortAnswer, AnAttemptInOtherWordsIsNoBlank) {
    // Graders credit an attempt at a short-answer question made in words the reference does not
    // use; a restatement of the question, a blank and a stated answer keep their places.
    Question q = scope_question();
    const std::string attempt_text = "Global variables can be used by any function anywhere in the program.";
    const AnalysisResult attempt = analyze(q.input(attempt_text));
    const AnalysisResult restated = analyze(q.input("The scope of global variables is the global scope of variables."));
    const AnalysisResult named = analyze(q.input("Global variables."));
    const AnalysisResult answered = analyze(q.input("Global variables have file scope."));
    EXPECT_GE(attempt.overall, 20);
    EXPECT_GE(attempt.completeness, 10);
    EXPECT_LT(restated.overall, attempt.overall);
    EXPECT_LT(restated.completeness, 10);
    EXPECT_LE(named.overall, 10);
    EXPECT_LT(attempt.overall + 40, answered.overall);
    // A paragraph-long sample answer: no prior.
    q.sample = "File scope: a global variable is declared outside every function, at the top of a source file, and "
               "from its declaration on it can be read and written by every function of that file, and of other "
               "files too when they declare it extern. It lives for the whole run of the program, from before "
               "main starts until the program exits, and is zero-initialised when nothing else is given.";
    EXPECT_LT(analyze(q.input(attempt_text)).overall, attempt.overall);
}

TEST(ShortAnswer, NoDoubtForAnAnswerThatThinksOtherwise) {
    // The prior is for what may be said in other words: an answer denying a key point gets none.
    Question q = scope_question();
    const AnalysisResult denied = analyze(q.input("Global variables do not have file scope, they can be used anywhere."));
    EXPECT_EQ(denied.coverage.must[0].status, PointStatus::contradicted) << coverage_json(denied.coverage);
    EXPECT_LE(denied.overall, 10);
    EXPECT_EQ(credited_content(0.3, 10, 8, 0.0), 0.3);
}

TEST(ShortAnswer, NoDoubtForAnAnswerAboutSomethingElse) {
    // None of its words is the question's, the reference's or a point's: it is about something
    // else, not the reference in other words (it earned 0.2 of content, overall 5).
    Question q = scope_question();
    for (const char* text : {"I enjoy hiking and cooking for my friends on weekends.",
                             "A loop repeats its body until the condition fails."}) {
        const AnalysisResult other = analyze(q.input(text));
        EXPECT_LE(other.overall, 1) << text << "\n" << analysis_json(other);
        EXPECT_EQ(other.relevance, 0) << text;
        EXPECT_EQ(other.completeness, 0) << text;
    }
    // An attempt naming one word of the question keeps it.
    EXPECT_GE(analyze(q.input("Global variables can be used by any function anywhere in the program.")).overall, 20);
}
