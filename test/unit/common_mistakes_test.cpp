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
