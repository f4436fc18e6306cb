// On topic: a fluent answer to another question of the same field shares the field's words with
// the reference (every, one, make, service, data ...), not its subject; nothing it says is
// content for this question, and its clear style is not a clear answer to it.
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"
#include "core/scoring.hpp"
#include "core/text_language.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::hash_map_question;

TEST(OnTopic, WordsThatNameNoSubject) {
    for (const char* w : {"every", "one", "first", "many", "like", "make", "approach", "chaque",
                          "\u0643\u0644", "\u0639\u0644\u0649", "o", "n"})
        EXPECT_TRUE(names_no_subject(w)) << w;
    // Adverbs, connectives, a preposition with a pronoun, "was": جداً فعلاً لأن عليه عندي كان.
    for (const char* w : {"very", "actually", "would", "per", "vraiment", "alors", "\u062c\u062f\u0627\u064b",
                          "\u0641\u0639\u0644\u0627\u064b", "\u0644\u0623\u0646", "\u0639\u0644\u064a\u0647",
                          "\u0639\u0646\u062f\u064a", "\u0643\u0627\u0646"})
        EXPECT_TRUE(names_no_subject(w)) << w;
    for (const char* w : {"hash", "bucket", "rehash", "collision", "time", "seau", "\u0633\u062c\u0644"})
        EXPECT_FALSE(names_no_subject(w)) << w;
}

TEST(OnTopic, GateFromSubjectOrMustAgainstAParagraph) {
    // A paragraph-long reference (60 words or more): 0.35 of the answer's subject words, 0.3 of
    // must coverage or 0.3 of the must points covered is on topic; below 0.3 of that, nothing is
    // (a story keeps 0.8, see below).
    for (const bool story : {true, false}) {
        const double nothing = story ? 0.8 : 0.0;
        EXPECT_DOUBLE_EQ(on_topic_gate(0.0, 0.0, 0.0, 150, story), nothing);
        EXPECT_DOUBLE_EQ(on_topic_gate(0.35, 0.0, 0.0, 150, story), 1.0);
        EXPECT_DOUBLE_EQ(on_topic_gate(0.0, 0.3, 0.0, 150, story), 1.0);
        EXPECT_DOUBLE_EQ(on_topic_gate(0.0, 0.0, 0.3, 150, story), 1.0);
        EXPECT_DOUBLE_EQ(on_topic_gate(0.1, 0.08, 0.0, 150, story), nothing);
        // A one-line reference says too little of the subject to tell: no gate (nor without a sample).
        EXPECT_DOUBLE_EQ(on_topic_gate(0.0, 0.0, 0.0, 10, story), 1.0);
        EXPECT_DOUBLE_EQ(on_topic_gate(0.0, 0.0, 0.0, 0, story), 1.0);
        EXPECT_NEAR(on_topic_gate(0.0, 0.0, 0.0, 45, story), 1.0 - 0.5 * (1.0 - nothing), 1e-12);
        for (double x = 0.0; x < 0.6; x += 0.01) {
            EXPECT_LE(on_topic_gate(x, 0.0, 0.0, 150, story), on_topic_gate(x + 0.01, 0.0, 0.0, 150, story));
            EXPECT_LE(on_topic_gate(0.0, x, 0.0, 150, story), on_topic_gate(0.0, x + 0.01, 0.0, 150, story));
            EXPECT_LE(on_topic_gate(0.0, 0.0, x, 150, story), on_topic_gate(0.0, 0.0, x + 0.01, 150, story));
        }
    }
}

// Part of the way to enough evidence: any answer's factor grows as the cube (an answer on a
// technical subject names that subject's words; part of the way is a neighbouring subject); a
// story's linearly and from 0.8 (a true story shares few words with the sample story whatever it
// tells: its subject is its episode).
TEST(OnTopic, PartWayEvidenceCountsLessUnlessTheAnswerIsAStory) {
    EXPECT_NEAR(on_topic_gate(0.35 * 0.65, 0.0, 0.0, 60, false), 0.125, 1e-12);
    EXPECT_NEAR(on_topic_gate(0.0, 0.3 * 0.65, 0.0, 150, false), 0.125, 1e-12);
    EXPECT_NEAR(on_topic_gate(0.35 * 0.65, 0.0, 0.0, 60, true), 0.8, 1e-12);
    EXPECT_NEAR(on_topic_gate(0.35 * 0.93, 0.0, 0.0, 60, true), 0.9, 1e-12);
    // Against a reference between a line and a paragraph, the gate applies in part.
    EXPECT_NEAR(on_topic_gate(0.35 * 0.65, 0.0, 0.0, 45, false), 1.0 - 0.5 * 0.875, 1e-12);
    for (double x = 0.3; x < 1.0; x += 0.05)
        EXPECT_LT(on_topic_gate(0.35 * x + 0.01, 0.0, 0.0, 150, false), on_topic_gate(0.35 * x + 0.01, 0.0, 0.0, 150, true));
}

// Stacks and queues: the same field as the hash-map question (elements, constant time, a structure
// that grows when it fills up) but another question.
const char* const stack_and_queue_answer =
    "A stack is last in, first out: push puts an element on top and pop takes the most recent one back, both in "
    "constant time. A queue is first in, first out, with enqueue at the tail and dequeue at the head. I use a "
    "stack to evaluate expressions or to undo edits, and a queue for a breadth-first search or a job scheduler; "
    "in Java an ArrayDeque serves as both, and it grows when it fills up.";

TEST(OnTopic, FluentAnswerToAnotherQuestionScoresNearZero) {
    Question q = hash_map_question();
    // It scored 13 (relevance 11, completeness 6, accuracy 11, clarity 30, communication 23) before
    // the gate.
    const AnalysisResult off = analyze(q.input(stack_and_queue_answer));
    const AnalysisResult on = analyze(q.input(
        "The key is hashed to pick a bucket in an array; keys that collide are chained in a list. As the map "
        "fills, the load factor grows, so it resizes and rehashes. Lookups are O(1) on average, O(n) worst case."));
    EXPECT_GE(on.overall, 60) << analysis_json(on);
    EXPECT_LE(off.overall, 7) << analysis_json(off);
    EXPECT_LE(off.relevance, 6);
    EXPECT_LE(off.completeness, 4);
    EXPECT_LE(off.technical_accuracy, 6);
    // A clear text about something else is not a clear answer: its style is scaled by the on-topic
    // factor too (clarity 10, communication 8 with only the floor scaled).
    EXPECT_LE(off.clarity, 5);
    EXPECT_LE(off.communication, 5);
}

TEST(OnTopic, FeedbackSaysTheAnswerIsAboutSomethingElse) {
    Question q = hash_map_question();
    const AnalysisResult off = analyze(q.input(stack_and_queue_answer));
    ASSERT_FALSE(off.weaknesses.empty());
    EXPECT_EQ(off.weaknesses.front(), "Does not address this question's subject") << analysis_json(off);
    EXPECT_NE(off.ai_feedback.find("It seems to answer another question"), std::string::npos) << off.ai_feedback;
    // An answer on the subject, however short of points, is not told so.
    const AnalysisResult partial = analyze(q.input(
        "The map hashes the key to choose a bucket in its array, and a lookup goes straight to that bucket to find "
        "the value, which is why it is fast."));
    for (const std::string& w : partial.weaknesses) EXPECT_NE(w, "Does not address this question's subject");
    EXPECT_EQ(partial.ai_feedback.find("another question"), std::string::npos) << partial.ai_feedback;
}

// A correct answer in another language than the question's texts shares few of their words: it is
// no answer to another question (the review's French and Arabic answers to an English question fell
// to 0-5 and were told they did not address the subject).
TEST(OnTopic, AnAnswerInAnotherLanguageIsNotOffTopic) {
    Question q = hash_map_question();
    const AnalysisResult french = analyze(q.input(
        "La fonction de hachage choisit un seau dans le tableau. Quand deux clés tombent dans le même seau, on les "
        "chaîne dans une liste. Quand la table se remplit, le facteur de charge monte et elle est agrandie puis "
        "toutes les clés sont rehachées. Une recherche est en O(1) en moyenne et O(n) dans le pire des cas."));
    for (const std::string& w : french.weaknesses) EXPECT_NE(w, "Does not address this question's subject") << analysis_json(french);
    EXPECT_GE(french.clarity, 20) << analysis_json(french);
    EXPECT_GE(french.relevance, 15) << analysis_json(french);
}

TEST(WrittenIn, FunctionWordsAndScriptTellTheLanguage) {
    auto language = [](const std::string& text) {
        Lexicon lexicon;
        const auto owned = uh_test::tokenize(text);
        return written_in(build_document(owned->raw(), lexicon));
    };
    EXPECT_EQ(language("The key is hashed to pick a bucket, and it is fast because the array is indexed."), WrittenIn::english);
    EXPECT_EQ(language("La clé est hachée pour choisir un seau, et la recherche est rapide dans le tableau."), WrittenIn::french);
    EXPECT_EQ(language("\u062a\u0633\u062a\u062e\u062f\u0645 \u062f\u0627\u0644\u0629 \u0627\u0644\u062a\u062c\u0632\u0626\u0629 \u0644\u0627\u062e\u062a\u064a\u0627\u0631 \u0627\u0644\u062d\u0627\u0648\u064a\u0629 hash map"), WrittenIn::arabic);
    EXPECT_EQ(language("hash, bucket, O(1)"), WrittenIn::unknown);   // too few markers
}
