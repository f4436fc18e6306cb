// The task an answer opens by naming ("To print a matrix in spiral order, ...", "For autocomplete I'd
// build a trie ..."): a fluent answer to a neighbouring question of the same field names its own task
// there, in the field's words but not the question's, and is about that task, not this one.
#include "core/analysis.hpp"
#include "core/answer_frame.hpp"
#include "core/scoring.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

AnswerFrame frame_of(Question& q, const std::string& answer) {
    return uh_test::with_answer(q, answer, [](Context& ctx, const AnalysisInput&) { return answer_frame(ctx); });
}

Question rotate_question() {
    Question q;
    q.type = "coding";
    q.question_text = "Write a function rotate(matrix) that rotates a square matrix by 90 degrees clockwise, in place.";
    q.key_points = R"({"must_mention": ["transpose then reverse every row", "swap each pair once when transposing",
                                        "O(n^2) time with O(1) extra space"]})";
    q.sample =
        "Rotating clockwise in place takes two passes over the matrix. First transpose it: swap the cell at row i, "
        "column j with the cell at row j, column i, for j above i only, so each pair is swapped once. Then reverse "
        "every row. The top row ends up as the right column, as a clockwise turn requires. Every cell moves a "
        "constant number of times, so the time is O(n^2) for an n by n matrix, and the only extra space is one "
        "temporary value for the swaps, O(1).";
    return q;
}

Question conversion_question() {
    Question q;
    q.type = "coding";
    q.question_text = "Écrivez une fonction qui convertit un nombre écrit en chiffres romains en entier.";
    q.key_points = R"({"must_mention": ["table des valeurs de chaque symbole", "soustraire quand un symbole plus petit précède un plus grand"]})";
    q.sample = "On parcourt la chaîne de gauche à droite avec une table des valeurs des symboles romains.";
    return q;
}

Question coupon_question() {
    Question q;
    q.type = "system_design";
    q.question_text = "صمم نظام قسائم خصم لمتجر إلكتروني مع حد أقصى لعدد مرات الاستخدام";
    q.key_points = R"({"must_mention": ["جدول للقسائم وجدول للاستخدام"]})";
    q.sample = "أحفظ القسائم في جدول وأسجل كل استخدام في جدول منفصل.";
    return q;
}

// Edit distance, with a paragraph-long sample answer; its neighbour is autocomplete over a trie.
Question edit_distance_question() {
    Question q;
    q.type = "coding";
    q.question_text =
        "Implement edit_distance(a, b), the minimum number of single-character insertions, deletions and "
        "substitutions that turn word a into word b, and explain how you would use it to suggest corrections for a "
        "misspelled word against a large vocabulary.";
    q.key_points = R"kp({"must_mention": ["dynamic programming on prefixes: a table dp[i][j]",
                                        "recurrence: the minimum of a delete, an insert or a substitute",
                                        "O(m x n) time, and two rows of memory suffice",
                                        "filter the candidates (length, BK-tree, trie) instead of comparing with every word"],
                       "bonus_points": ["order the candidates by word frequency"]})kp";
    q.sample =
        "I fill a table where dp[i][j] is the distance between the first i characters of a and the first j "
        "characters of b. Row zero and column zero are the base cases: turning a prefix into the empty word takes "
        "as many deletions as it has characters. Each other cell is the minimum of a deletion, an insertion and a "
        "substitution, the last one free when the characters match. That is O(m x n) time, and since each row only "
        "needs the previous one, memory drops to two rows. For corrections I would not compare the word with the "
        "whole vocabulary: I would keep candidates of a similar length, or walk a BK-tree or a trie with a bound on "
        "the distance, then rank the survivors by word frequency.";
    return q;
}

const char* const autocomplete_answer =
    "For autocomplete I'd build a trie of all the words, where each node stores its children and the most frequent "
    "completions below it. When the user types a prefix, we walk down the trie one character at a time and return "
    "the completions stored at that node, so a lookup costs the length of the prefix. The trie is rebuilt every "
    "night from the query logs, and the most frequent words are ranked first. For a very large vocabulary I'd "
    "shard the trie by first letter and keep it in memory on the search servers.";

}  // namespace

TEST(AnswerFrame, TheOpeningPurposePhraseIsTheFrame) {
    Question q = rotate_question();
    // Another task: of print, matrix, spiral, order, only "matrix" is the question's.
    const AnswerFrame spiral = frame_of(q, "To print a matrix in spiral order, I keep four boundaries and walk along them.");
    EXPECT_GE(spiral.words, 3);
    EXPECT_EQ(spiral.question_words, 1);
    // This task, in the question's words.
    const AnswerFrame rotate = frame_of(q, "To rotate the matrix in place, I transpose it and reverse every row.");
    EXPECT_GE(rotate.words, 2);
    EXPECT_EQ(rotate.question_words, rotate.words);
    // The frame ends at the first subject pronoun: "For X I'd ...".
    const AnswerFrame spiral_for = frame_of(q, "For spiral order I walk along four boundaries.");
    EXPECT_EQ(spiral_for.words, 2);
    EXPECT_EQ(spiral_for.question_words, 0);
}

TEST(AnswerFrame, NoFrameWithoutAPurposeOrTopicOpening) {
    Question q = rotate_question();
    EXPECT_EQ(frame_of(q, "I transpose the matrix and reverse every row.").words, 0);
    EXPECT_EQ(frame_of(q, "Transposing the matrix, then reversing every row, rotates it clockwise.").words, 0);
    // Discourse markers and the question itself name no task.
    EXPECT_EQ(frame_of(q, "To be honest, I would transpose the matrix first.").words, 0);
    EXPECT_EQ(frame_of(q, "For example, a 3 by 3 matrix becomes its transpose, then every row is reversed.").words, 0);
    EXPECT_EQ(frame_of(q, "To solve this problem, I transpose the matrix.").words, 0);
    // A story's setting is the speaker's own: "For my final-year project we ...".
    EXPECT_EQ(frame_of(q, "For my final-year project we rotated images on a phone.").words, 0);
}

TEST(AnswerFrame, FrenchAndArabicFrames) {
    Question fr = conversion_question();
    // The question's own task, in the other direction: the frame cannot tell (all its words are the question's).
    const AnswerFrame reverse = frame_of(fr, "Pour convertir un entier en chiffres romains, je prends la table des valeurs.");
    EXPECT_GE(reverse.words, 3);
    EXPECT_DOUBLE_EQ(framed_on_topic(reverse, 100), 1.0);
    const AnswerFrame other = frame_of(fr, "Pour afficher une matrice spirale, je garde quatre bornes.");
    EXPECT_GE(other.words, 2);
    EXPECT_EQ(other.question_words, 0);
    Question ar = coupon_question();
    // "لعرض المبالغ في الواجهة" (to show the amounts in the interface): a word with the prefix li- opens it.
    const AnswerFrame amounts = frame_of(ar, "لعرض المبالغ في الواجهة، أستخدم تنسيق الأرقام العربية.");
    EXPECT_GE(amounts.words, 2);
    EXPECT_EQ(amounts.question_words, 0);
    // لكن (but) is no purpose prefix.
    EXPECT_EQ(frame_of(ar, "لكن القسائم تحفظ في جدول.").words, 0);
}

TEST(AnswerFrame, TheOnTopicFactorFollowsTheShareOfTheQuestionsWords) {
    AnswerFrame none;
    EXPECT_DOUBLE_EQ(framed_on_topic(none, 100), 1.0);
    AnswerFrame own{4, 2, 2};   // half of its words are the question's: enough
    EXPECT_DOUBLE_EQ(framed_on_topic(own, 100), 1.0);
    AnswerFrame other{4, 0, 0};
    EXPECT_DOUBLE_EQ(framed_on_topic(other, 100), 0.0);
    // Words of the reference (sample answer, key points) but not of the question count half.
    AnswerFrame field{4, 1, 2};
    EXPECT_DOUBLE_EQ(framed_on_topic(field, 100), 0.75);
    // Against a one-line reference (Mohler's) the gate does not apply, nor does the frame.
    EXPECT_DOUBLE_EQ(framed_on_topic(other, 10), 1.0);
}

TEST(AnswerFrame, AFluentAnswerToTheNeighbouringTaskScoresLow) {
    Question q = edit_distance_question();
    const AnalysisResult off = analyze(q.input(autocomplete_answer));
    // Its trie meets the point of filtering candidates (an example written into it) and its words are the
    // field's: it passed the on-topic gate before the frame was read (overall 40 and more).
    EXPECT_LE(off.overall, 15) << analysis_json(off);
    EXPECT_LE(off.relevance, 20) << analysis_json(off);
    // An answer to this task that opens by naming it keeps its score.
    const AnalysisResult on = analyze(q.input(
        "To compute the edit distance between a and b I fill a table where dp[i][j] is the distance between the "
        "first i characters of a and the first j characters of b. Each cell is the minimum of a deletion, an "
        "insertion and a substitution from its neighbours, and the first row and column are the base cases. That "
        "is O(m x n) time, and two rows of memory are enough. For suggestions I would filter candidates by length "
        "or with a BK-tree instead of scanning the whole vocabulary, then rank them by word frequency."));
    EXPECT_GE(on.overall, 70) << analysis_json(on);
}

// The trie of the autocomplete answer meets the point of filtering candidates through an example
// written into it ("BK-tree, trie"): the answer is about another task, so it states no point of this
// one, in key_point_coverage and analyze alike.
TEST(AnswerFrame, AnAnswerToAnotherTaskStatesNoneOfThisOnesPoints) {
    Question q = edit_distance_question();
    const Coverage coverage = key_point_coverage(q.input(autocomplete_answer));
    for (const PointResult& p : coverage.must) EXPECT_NE(p.status, PointStatus::covered) << p.point;
    for (const PointResult& p : coverage.bonus) EXPECT_NE(p.status, PointStatus::covered) << p.point;
    EXPECT_EQ(coverage_json(analyze(q.input(autocomplete_answer)).coverage), coverage_json(coverage));
}

// An answer that plainly states its points is about this question whatever adjunct it opens with.
TEST(AnswerFrame, AnAnswerStatingItsPointsKeepsItsScoreWhateverItsOpening) {
    Question q = rotate_question();
    const AnalysisResult strong = analyze(q.input(
        "For production code, I transpose the matrix in place and then reverse every row, which turns it 90 degrees "
        "clockwise. While transposing I swap each pair only once, for j above i, or the swaps undo each other. "
        "Every cell moves a constant number of times, so it is O(n^2) time with O(1) extra space."));
    EXPECT_GE(strong.overall, 70) << analysis_json(strong);
}
