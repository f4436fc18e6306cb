// Focus: how plainly an answer addresses its question, with the evidence asked of it growing
// with the answer's length (a paragraph that names little of the question and states little of
// its points is about something else; a one-liner naming one of its words is not).
#include "core/analysis.hpp"
#include "core/scoring.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::hash_map_question;

TEST(AnswerFocus, FloorWithoutEvidenceFullWithEnough) {
    EXPECT_DOUBLE_EQ(answer_focus(0.0, 0.0, 10), 0.2);
    EXPECT_DOUBLE_EQ(answer_focus(0.0, 0.0, 100), 0.2);
    // A short answer: 0.15 of the question's words or 0.1 of must coverage is enough.
    EXPECT_DOUBLE_EQ(answer_focus(0.15, 0.0, 0), 1.0);
    EXPECT_DOUBLE_EQ(answer_focus(0.0, 0.1, 0), 1.0);
    // A paragraph (60 content words or more): 0.3 of the question's words or 0.25 of must coverage.
    EXPECT_DOUBLE_EQ(answer_focus(0.3, 0.0, 60), 1.0);
    EXPECT_DOUBLE_EQ(answer_focus(0.0, 0.25, 200), 1.0);
    EXPECT_NEAR(answer_focus(0.15, 0.0, 60), 0.2 + 0.8 * 0.5, 1e-12);
    EXPECT_NEAR(answer_focus(0.0, 0.1, 60), 0.2 + 0.8 * 0.4, 1e-12);
}

TEST(AnswerFocus, MonotoneInEvidenceAndLength) {
    for (int words = 0; words <= 120; words += 5)
        for (double x = 0.0; x < 0.5; x += 0.01) {
            EXPECT_LE(answer_focus(x, 0.0, words), answer_focus(x + 0.01, 0.0, words) + 1e-12);
            EXPECT_LE(answer_focus(0.0, x, words), answer_focus(0.0, x + 0.01, words) + 1e-12);
            EXPECT_GE(answer_focus(x, x / 2, words), answer_focus(x, x / 2, words + 5) - 1e-12);
            EXPECT_GE(answer_focus(x, x / 2, words), 0.2);
            EXPECT_LE(answer_focus(x, x / 2, words), 1.0);
        }
}

TEST(AnswerFocus, ShortOnTopicAnswerKeepsItsRelevance) {
    Question q = hash_map_question();
    // Few words, most of them the question's own: fully focused, so its relevance is its own.
    const AnalysisResult short_answer = analyze(q.input("The hash map hashes the key to a bucket."));
    EXPECT_GE(short_answer.relevance, 30) << analysis_json(short_answer);
    const AnalysisResult nothing = analyze(q.input("I enjoy hiking and cooking for friends."));
    EXPECT_GT(short_answer.relevance, nothing.relevance + 20);
}

TEST(AnswerFocus, FluentParagraphOnANeighbouringSubjectScoresLow) {
    Question q = hash_map_question();
    // The same field (trees, keys, O(log n), memory) but another question: balancing a search tree.
    const AnalysisResult off = analyze(q.input(
        "A binary search tree keeps smaller values in the left subtree and larger ones in the right, so a search "
        "walks down from the root comparing at each node. If values arrive already sorted, the tree degenerates "
        "into a chain and every search walks all of it. Self-balancing trees such as red-black or AVL trees "
        "rotate nodes after an insertion or a deletion to keep the height logarithmic, so searching stays "
        "O(log n). Databases prefer B-trees, whose wide nodes fit a disk page and keep the height small."));
    const AnalysisResult on = analyze(q.input(
        "The key is hashed to pick a bucket in an array; keys that collide are chained in a list. As the map "
        "fills, the load factor grows, so it resizes and rehashes. Lookups are O(1) on average, O(n) worst case."));
    EXPECT_GE(on.overall, 60) << analysis_json(on);
    // With the same evidence asked of a paragraph as of a one-liner (focus 1 from 0.15 of the
    // question's words or 0.1 of must coverage, floor 0.3) it scored 22, clarity 44, communication 37.
    EXPECT_LE(off.overall, 18) << analysis_json(off);
    EXPECT_LE(off.clarity, 35);        // a clear text about something else is not a clear answer
    EXPECT_LE(off.communication, 30);
}
