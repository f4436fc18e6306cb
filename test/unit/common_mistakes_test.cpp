// When an answer states one of the question's common mistakes (scoring.cpp, matcher.cpp
// mistake_stated): in other words than the mistake's, and not when a correct answer names the
// mistake's words while explaining the right view.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question hash_question() {
    Question q;
    q.question_text = "How does a hash map work?";
    q.key_points = R"({"must_mention": ["hash function picks a bucket", "collisions handled by chaining"]})";
    q.sample = "A hash function maps each key to a bucket. Collisions are handled by chaining.";
    q.mistakes = R"({"mistakes": [{"mistake": "Saying hash lookups are always constant",
                                   "correction": "Lookups degrade when many keys collide."}]})";
    return q;
}

bool states_mistake(const AnalysisResult& r) {
    for (const auto& w : r.weaknesses)
        if (w.find("Common mistake") != std::string::npos) return true;
    return false;
}

}  // namespace

// A claim is made in one sentence: the mistake is looked for sentence by sentence, so a pair of
// sentences that holds all its words (one of them said of something else) does not hide the one
// sentence that states most of it.
TEST(CommonMistakes, LookedForInOneSentence) {
    Question q = hash_question();
    EXPECT_TRUE(states_mistake(analyze(q.input("You should always size the table up front. Hash lookups are constant, guaranteed."))));
    EXPECT_FALSE(states_mistake(analyze(q.input("You should always size the table up front. Hash lookups are fast."))));
}

// A correct answer names the mistake's words to deny them: in a clause with a negation ("what I
// wouldn't do at peak is a database restart"), or, for a mistake that leaves something out ("without a
// diagnosis"), by saying that thing plainly ("after the diagnosis I retrain").
TEST(CommonMistakes, DeniedWhereItIsMet) {
    Question q;
    q.question_text = "The database CPU is at 100% during peak traffic. What do you do?";
    q.key_points = R"({"must_mention": ["find the heaviest queries", "shed load"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "Restarting the database to clear the load", "correction": "Find the cause."},
                                  {"mistake": "Retraining the model without diagnosis", "correction": "Diagnose first."}]})";
    EXPECT_TRUE(states_mistake(analyze(q.input("I'd restart the database right away to clear the load."))));
    EXPECT_FALSE(states_mistake(analyze(q.input("What I wouldn't do at peak is a schema migration or a database restart to clear the load."))));
    EXPECT_TRUE(states_mistake(analyze(q.input("I'd retrain the model right away, without any diagnosis."))));
    EXPECT_FALSE(states_mistake(analyze(q.input("After a careful diagnosis I retrain the model on fresh data."))));
}

// A mistake in other words: "removing" says "deleting" (every form of the synonym group).
TEST(CommonMistakes, SaidWithASynonym) {
    Question q;
    q.question_text = "You pushed a secret to a public repository. What do you do?";
    q.key_points = R"({"must_mention": ["rotate the secret", "purge it from history"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "Only deleting the secret file in a new commit",
                                   "correction": "It stays in the history: rotate it."}]})";
    EXPECT_TRUE(states_mistake(analyze(q.input("I'd just push a new commit removing the secret."))));
    EXPECT_FALSE(states_mistake(analyze(q.input("I'd push a new commit with a fix for the secret."))));
}

// A light verb of the mistake ("produce") weighs little: the claim is in the other words, and
// answers say the verb otherwise ("a merge gives you duplicates").
TEST(CommonMistakes, LightVerbsWeighLittle) {
    Question q;
    q.question_text = "What is the difference between git merge and git rebase?";
    q.key_points = R"({"must_mention": ["merge keeps a merge commit", "rebase rewrites commits"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "Thinking a merge produces duplicates",
                                   "correction": "A merge keeps each commit once."}]})";
    EXPECT_TRUE(states_mistake(analyze(q.input("A merge gives you duplicates of every commit."))));
    EXPECT_FALSE(states_mistake(analyze(q.input("A merge gives you one extra commit."))));
}

// The question's words must be in the sentence that states the mistake, but not its function
// words: Arabic keeps "إلى" (to) as a word, and it names nothing.
TEST(CommonMistakes, QuestionFunctionWordsAreNotRequired) {
    Question q;
    q.question_text = "ما أفضل طريقة للانتقال إلى السحابة؟";
    q.key_points = R"({"must_mention": ["ترحيل تدريجي", "خطة للتراجع"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "نقل كل الأنظمة إلى مزود واحد دفعة واحدة",
                                   "correction": "الترحيل التدريجي أقل خطرا."}]})";
    EXPECT_TRUE(states_mistake(analyze(q.input("ننقل كل الأنظمة عند مزود واحد دفعة واحدة."))));
    EXPECT_FALSE(states_mistake(analyze(q.input("ننقل الأنظمة تدريجيا مع خطة للتراجع."))));
}
