// Big-O notations of two sizes: a product or a sum is the same class whatever the sizes are
// called ("O(R*C)" states "O(rows x cols)").
#include "core/complexity_shape.hpp"
#include "core/text.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

TEST(Complexity, AProductOrASumOfTwoSizesIsOneClassWhateverTheirNames) {
    EXPECT_EQ(complexity_class("R*C"), complexity_class("rows x cols"));
    EXPECT_EQ(complexity_class("n*m"), complexity_class("mn"));
    EXPECT_EQ(complexity_class("m x n"), complexity_class("m * n"));
    EXPECT_EQ(complexity_class("n k"), complexity_class("n*k"));
    EXPECT_EQ(complexity_class("w \xC3\x97 h"), complexity_class("mn"));
    EXPECT_EQ(complexity_class("V + E"), complexity_class("m+n"));
    EXPECT_NE(complexity_class("V + E"), complexity_class("V * E"));
    // Not two sizes: one size squared, a logarithm, a phrase.
    EXPECT_EQ(complexity_class("n*n"), complexity_class("quadratic"));
    EXPECT_EQ(complexity_class("n log n"), complexity_class("linearithmic"));
    EXPECT_NE(complexity_class("log n"), complexity_class("mn"));
    EXPECT_NE(complexity_class("length of prefix"), complexity_class("mn"));
    EXPECT_NE(complexity_class("n"), complexity_class("mn"));
}

TEST(Complexity, AProductNamedOtherwiseStatesThePoint) {
    uh_test::expect_rows(uh_test::must_points({"O(rows x columns) time"}), {
        {"Every cell is visited once, so it's O(R*C) time.", PointStatus::covered},
        {"It takes O(n*m) time since each cell is pushed once.", PointStatus::covered},
        {"It takes O(n^2) time.", PointStatus::contradicted},
    });
}

// Two words without a sign are a product only when both name sizes (single letters, "rows",
// "nodes" ...): "n squared", "n cubed", "n factorial" are one size's classes, "sqrt n" and
// "n amortized" are no product at all.
TEST(Complexity, AnImplicitProductIsOfSizesOnly) {
    EXPECT_EQ(complexity_class("n squared"), complexity_class("n^2"));
    EXPECT_EQ(complexity_class("n cubed"), complexity_class("cubic"));
    EXPECT_EQ(complexity_class("n factorial"), complexity_class("n!"));
    EXPECT_NE(complexity_class("sqrt n"), complexity_class("mn"));
    EXPECT_NE(complexity_class("n amortized"), complexity_class("mn"));
    EXPECT_EQ(complexity_class("nodes edges"), complexity_class("mn"));
    EXPECT_EQ(complexity_class("rows * cols"), complexity_class("mn"));
    Question q;
    q.key_points = R"({"must_mention": ["O(m*n) time"]})";
    EXPECT_NE(status_of(q, "It takes O(n squared) time."), PointStatus::covered);
    Question s;
    s.key_points = R"({"must_mention": ["O(n*m) time"]})";
    EXPECT_NE(status_of(s, "It takes O(sqrt n) time."), PointStatus::covered);
    Question f;
    f.key_points = R"({"must_mention": ["O(n*k) time"]})";
    EXPECT_NE(status_of(f, "It takes O(n factorial) time."), PointStatus::covered);
    Question a;
    a.key_points = R"({"must_mention": ["O(n * m) time"]})";
    EXPECT_NE(status_of(a, "It takes O(n amortized) time."), PointStatus::covered);
}

// Brackets nest ("O(len(a) * len(b))", "O(n log(sum of lengths))") and a notation of several
// sizes has one shape whatever the sizes are called: "n log S" is "n log(sum of lengths)" (a
// size times the logarithm of another), not "n log n"; one size's classes are kept apart.
TEST(Complexity, NestedBracketsAndSizesNamedOtherwiseKeepTheirShape) {
    EXPECT_EQ(complexity_class("n log S"), complexity_class("n log(sum of lengths)"));
    EXPECT_EQ(complexity_class("n log sum"), complexity_class("n log(sum of lengths)"));
    EXPECT_EQ(complexity_class("n log2(sum)"), complexity_class("m log n"));
    EXPECT_EQ(complexity_class("len(a) * len(b)"), complexity_class("mn"));
    EXPECT_EQ(complexity_class("(V+E) log V"), complexity_class("(m + n) log m"));
    EXPECT_NE(complexity_class("(V+E) log V"), complexity_class("E log V"));
    EXPECT_NE(complexity_class("n log S"), complexity_class("n log n"));
    EXPECT_NE(complexity_class("n log S"), complexity_class("log n"));
    EXPECT_NE(complexity_class("n log S"), complexity_class("mn"));
    EXPECT_NE(complexity_class("n^2"), complexity_class("n log n"));
    EXPECT_NE(complexity_class("1"), complexity_class("n"));
    EXPECT_NE(complexity_class("n^2 m"), complexity_class("mn"));
}

TEST(Complexity, ANestedNotationStatesThePointWrittenOtherwise) {
    uh_test::expect_rows(uh_test::must_points({"O(n log(sum of lengths)) time"}), {
        {"Each check is linear, so O(n log S) time.", PointStatus::covered},
        {"A check per candidate, so O(n log sum) overall.", PointStatus::covered},
        {"Since it's binary search the whole thing is O(log n) time.", PointStatus::contradicted},
    });
    uh_test::expect_rows(uh_test::must_points({"O(n*m) time for the table"}), {
        {"Filling the table takes O(len(a) * len(b)) time.", PointStatus::covered},
        {"Filling the table takes O(len(a) + len(b)) time.", PointStatus::contradicted},
    });
}

// What a class measures is said in its own part of the sentence: a memory word across a comma
// ("little memory, and it is O(n)") does not make a time class one of memory, nor does a time
// word make the class after the comma one of time ("O(n) time, O(n) space").
TEST(Complexity, WhatAClassMeasuresIsNotReadAcrossAComma) {
    uh_test::expect_rows(uh_test::must_points({"in place, with only O(1) extra space"}), {
        {"I swap in place with little memory, and it is O(n) because each element is seen once.",
         uh_test::not_(PointStatus::contradicted)},
        {"It works in place but it needs O(n) extra space for the copy.", PointStatus::contradicted},
    });
    Question t;
    t.key_points = R"({"must_mention": ["O(1) extra space"]})";
    EXPECT_EQ(status_of(t, "It is O(n) time, O(n) extra space because of the copy."), PointStatus::contradicted);
}

// A notation of several sizes keeps the names the point uses in their places: "O(k log n)" is
// not the point's "O(n log k)" (its mirror image), "O(V log E)" not "O(E log V)"; only a size
// named otherwise than any of the point's sizes may stand for one of them ("S" for "sum of
// weights", "len(a)" for "m").
TEST(Complexity, APointsOwnSizesKeepTheirPlaces) {
    const std::vector<std::string> nk = complexity_sizes("n log k");
    EXPECT_EQ(nk, (std::vector<std::string>{"n", "k"}));
    EXPECT_NE(complexity_class("k log n", nk), complexity_class("n log k"));
    EXPECT_EQ(complexity_class("n log k", nk), complexity_class("n log k"));
    EXPECT_EQ(complexity_class("n log S", nk), complexity_class("n log k"));   // S for k
    EXPECT_NE(complexity_class("S log n", nk), complexity_class("n log k"));   // n out of its place
    const std::vector<std::string> ve = complexity_sizes("(V+E) log V");
    EXPECT_EQ(complexity_class("(E+V) log V", ve), complexity_class("(V+E) log V"));   // a sum either way
    EXPECT_EQ(complexity_class("E*V", ve), complexity_class("mn"));
    uh_test::expect_rows(uh_test::must_points({"O(n log k) time with a min-heap of size k"}), {
        {"Every element goes through the heap once, so it takes O(k log n) time.", PointStatus::contradicted},
        {"Every element goes through a min-heap of size k, so it takes O(n log k) time.", PointStatus::covered},
    });
    uh_test::expect_rows(uh_test::must_points({"O(E log V) with a binary heap"}), {
        {"With a binary heap it is O(V log E).", PointStatus::contradicted},
        {"With a binary heap it is O(E log V).", PointStatus::covered},
    });
    uh_test::expect_rows(uh_test::must_points({"O(n^2 m) time"}), {
        {"It is O(m^2 n) time.", PointStatus::contradicted},
        {"It is O(n^2 m) time.", PointStatus::covered},
    });
    // Sizes named otherwise stand for the point's own.
    Question w;
    w.key_points = R"j({"must_mention": ["O(n log(sum of lengths))"]})j";
    EXPECT_EQ(status_of(w, "Each check is linear, so O(n log S) time where S is the sum of lengths."), PointStatus::covered);
    Question p;
    p.key_points = R"({"must_mention": ["O(m*n) time"]})";
    EXPECT_EQ(status_of(p, "Filling the table takes O(len(a) * len(b)) time."), PointStatus::covered);
}

// The Arabic comma parts a sentence as the Latin one does: "memory" after it does not make the
// class before it one of memory ("The scan is O(n) Ø memory is O(1)": O(n) of time).
TEST(Complexity, WhatAClassMeasuresIsNotReadAcrossAnArabicComma) {
    Lexicon lexicon;
    const auto owned = uh_test::tokenize("The scan is O(n) \xD8\x8C memory is O(1).");
    const Document d = build_document(owned->raw(), lexicon);
    std::vector<const Token*> classes;
    for (const Token& t : d.tokens)
        if (t.surface == "o" && t.complexity >= 0) classes.push_back(&t);
    ASSERT_EQ(classes.size(), 2u);
    EXPECT_EQ(classes[0]->complexity, complexity_class("n"));
    EXPECT_FALSE(classes[0]->complexity_space);
    EXPECT_EQ(classes[1]->complexity, complexity_class("1"));
    EXPECT_TRUE(classes[1]->complexity_space);
}

// What a notation measures is read from its closing bracket on: the words and commas inside it
// are its own ("O(max(n, m)) extra space" is of memory, and denies "O(1) extra space"). The larger
// of two sizes grows as their sum.
TEST(Complexity, WhatANotationMeasuresIsReadAfterItsBracket) {
    EXPECT_EQ(complexity_class("max(n, m)"), complexity_class("n + m"));
    EXPECT_EQ(complexity_class("max(R, C)"), complexity_class("m+n"));
    EXPECT_NE(complexity_class("max(n, n)"), complexity_class("m+n"));
    // (in any case: "Max(", "MAX(")
    EXPECT_EQ(complexity_class("Max(n, m)"), complexity_class("m+n"));
    EXPECT_EQ(complexity_class("MAX(V, E)"), complexity_class("m+n"));
    Question q;
    q.question_text = "How much memory does the merge need?";
    q.key_points = R"({"must_mention": ["O(1) extra space"]})";
    uh_test::expect_rows(q, {
        {"The merge needs O(max(n, m)) extra space for the output buffer.", PointStatus::contradicted},
        {"The merge needs O(n log n) extra space for the sort.", PointStatus::contradicted},
        {"The merge needs O(1) extra space.", PointStatus::covered},
    });
    Question s;
    s.key_points = R"({"must_mention": ["O(n + m) extra space"]})";
    EXPECT_EQ(status_of(s, "The merge needs O(max(n, m)) extra space for the output buffer."), PointStatus::covered);
}
