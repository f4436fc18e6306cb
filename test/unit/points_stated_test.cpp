// Completeness and technical accuracy count the must points an answer plainly states, not only the
// share of a long sample answer's words it recalls (stated_content in scoring.cpp).
#include "core/analysis.hpp"
#include "core/scoring.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question list_tuple_question() {
    Question q;
    q.question_text = "What is the difference between a list and a tuple in Python, and when do you use each?";
    q.key_points = R"({"must_mention": ["lists mutable, tuples immutable", "tuples hashable, usable as dictionary keys",
                                        "tuples lighter in memory", "tuple for fixed records, list for growing collections"]})";
    q.sample = "Lists are mutable: you can append, remove or replace their elements in place after the list is built. "
               "Tuples are immutable once created. Because of that, a tuple whose elements are all hashable is itself "
               "hashable, so it can serve as a dictionary key or a set member, which a list never can. Tuples are also "
               "lighter in memory and slightly faster to create, since their size is fixed. Immutability signals "
               "intent too: use a tuple for a fixed record such as coordinates or a host and port pair, and a list "
               "for a collection that grows while the program runs, such as results gathered in a loop.";
    return q;
}

}  // namespace

TEST(StatedContent, HalfWayTowardsThePointsStatedAgainstAParagraph) {
    EXPECT_DOUBLE_EQ(stated_content(0.4, 1.0, 120), 0.7);
    EXPECT_DOUBLE_EQ(stated_content(0.4, 0.0, 120), 0.2);
    EXPECT_DOUBLE_EQ(stated_content(0.6, 0.6, 120), 0.6);
    // A one-line reference: content alone; from 30 to 60 words of reference it fades in.
    EXPECT_DOUBLE_EQ(stated_content(0.4, 1.0, 10), 0.4);
    EXPECT_DOUBLE_EQ(stated_content(0.4, 1.0, 30), 0.4);
    EXPECT_NEAR(stated_content(0.4, 1.0, 45), 0.55, 1e-12);
    for (double x = 0.0; x < 1.0; x += 0.05) {
        EXPECT_LT(stated_content(0.3, x, 120), stated_content(0.3, x + 0.05, 120));
        EXPECT_LT(stated_content(x, 0.5, 120), stated_content(x + 0.05, 0.5, 120));
    }
}

TEST(StatedContent, AConciseAnswerStatingEveryPointIsComplete) {
    Question q = list_tuple_question();
    // Every point, in a quarter of the sample answer's words and informally.
    const AnalysisResult concise = analyze(q.input(
        "Lists r mutable, tuples immutable. Tuples are hashable so u can use them as dictionary keys. "
        "Tuples take less memory. Tuple for a fixed record, list for stuff that grows."));
    for (const PointResult& p : concise.coverage.must) EXPECT_EQ(p.status, PointStatus::covered) << p.point;
    EXPECT_GE(concise.completeness, 82);   // 73 when content alone counted
    EXPECT_GE(concise.technical_accuracy, 82);
    // Half the points, as concisely: well below.
    const AnalysisResult half = analyze(q.input("Lists r mutable, tuples immutable. Tuples take less memory."));
    EXPECT_LT(half.completeness, concise.completeness - 25);
    // The same words in a bare list state nothing.
    const AnalysisResult keywords = analyze(q.input(
        "Mutable, immutable, hashable, dictionary keys, memory, fixed records, growing collections, append, set member, "
        "coordinates, loop."));
    EXPECT_LT(keywords.overall, 25);
}

TEST(PrecisionRelief, ExtraDetailIsNoOtherSubject) {
    Question q = list_tuple_question();
    const std::string concise =
        "Lists are mutable, tuples immutable. Tuples are hashable so you can use them as dictionary keys. "
        "Tuples take less memory. Use a tuple for a fixed record and a list for a collection that grows.";
    // The same points and a paragraph of correct detail in words of its own.
    const std::string detailed = concise +
        " Under the hood CPython folds constant tuples at compile time and caches small empty ones, while a "
        "list over-allocates spare slots so appends stay amortised constant. Named tuples add readable field "
        "names, dataclasses with frozen set give typed attributes, and sorting, slicing and iteration behave "
        "identically for both sequence types. Profilers such as tracemalloc or pympler reveal the byte footprint "
        "per object, benchmarks with timeit confirm creation speed, and static checkers like mypy flag accidental "
        "mutation through annotations, which helps reviewers during refactoring of legacy code bases.";
    const AnalysisResult a = analyze(q.input(concise));
    const AnalysisResult b = analyze(q.input(detailed));
    for (const PointResult& p : b.coverage.must) EXPECT_EQ(p.status, PointStatus::covered) << p.point;
    // Before the relief the detail cost it 2 points of completeness and 5 of accuracy.
    EXPECT_GE(b.completeness, a.completeness - 1);
    EXPECT_GE(b.technical_accuracy, a.technical_accuracy - 1);
}
