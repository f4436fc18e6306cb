// Whether an answer narrates a past episode: what "tell me about a time" asks for. An off-topic
// answer to such a question mostly tells a habit, a definition or a general method instead.
#include "core/matcher.hpp"
#include "core/past_narration.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

double share(const std::string& text) {
    Lexicon lexicon;
    const auto owned = uh_test::tokenize(text);
    return past_sentence_share(build_document(owned->raw(), lexicon));
}

bool narrates(const std::string& text) {
    Lexicon lexicon;
    const auto owned = uh_test::tokenize(text);
    return narrates_past_episode(build_document(owned->raw(), lexicon));
}

}  // namespace

TEST(PastNarration, PastMarkers) {
    for (const char* w : {"built", "asked", "was", "decided", "avons", "était", "etait", "hésitait", "fallaient",
                          "\u0643\u0627\u0646",                                   // كان
                          "\u0627\u0639\u062a\u0630\u0631\u062a",                 // اعتذرت (I apologised)
                          "\u0635\u0631\u0646\u0627"})                           // صرنا (we became)
        EXPECT_TRUE(past_marker(w)) << w;
    for (const char* w : {"need", "speed", "hundred", "based", "red", "build", "fait", "sait", "ai", "a",
                          "\u0628\u064a\u0627\u0646\u0627\u062a",                 // بيانات (data: a plural in ات)
                          "\u0627\u0644\u0648\u0642\u062a"})                     // الوقت (the time)
        EXPECT_FALSE(past_marker(w)) << w;
}

TEST(PastNarration, StoriesInEnglishFrenchAndArabic) {
    EXPECT_TRUE(narrates("During my second year people fought over the washing machines. I built a booking app. "
                         "Two people booked the same slot, so I moved the check into the database. "
                         "By the end of the semester 45 residents used it."));
    // Informal French: the passé composé with "on a", "j'ai", "ils ont" and a participle.
    EXPECT_TRUE(narrates("Un gars nous envoie un mail. J'ai repondu direct pour dire merci. On a reproduit, "
                         "c'etait grave. On a aussi regardé les logs. Ils ont fini par l'utiliser."));
    // Levantine Arabic: كان, حكيت, صرنا.
    EXPECT_TRUE(narrates("\u0643\u0627\u0646 \u0639\u0646\u0627 \u0648\u0627\u062d\u062f \u0628\u0627\u0644\u0634\u0631\u0643\u0647. "
                         "\u0641\u062d\u0643\u064a\u062a \u0645\u0639\u0648. "
                         "\u0635\u0631\u0646\u0627 \u0646\u0639\u0645\u0644 pair programming."));
}

TEST(PastNarration, HabitsDefinitionsAndMethodsAreNoEpisode) {
    EXPECT_FALSE(narrates("When I choose an open-source library for a project, I look at how active it is. I also "
                          "check the size it adds to our bundle. For anything critical I prefer libraries backed by a "
                          "foundation."));
    EXPECT_FALSE(narrates("Smoke testing is a quick check that the main functions of a build work. Regression testing "
                          "is broader: it runs the existing tests again after a change."));
    // "a commit", "AI": English words that are French auxiliaries elsewhere.
    EXPECT_FALSE(narrates("I push a commit and AI is used to review it. Then a human reads it."));
    EXPECT_FALSE(narrates("Pour intégrer la sécurité, je mets un scan dans la CI. On forme aussi les développeurs."));
    // عندما يكون عندي مهام كثيرة أجمعها في قائمة واحدة (when I have many tasks I gather them in one list).
    EXPECT_FALSE(narrates("\u0639\u0646\u062f\u0645\u0627 \u064a\u0643\u0648\u0646 \u0639\u0646\u062f\u064a "
                          "\u0645\u0647\u0627\u0645 \u0643\u062b\u064a\u0631\u0629 \u0623\u062c\u0645\u0639\u0647\u0627 "
                          "\u0641\u064a \u0642\u0627\u0626\u0645\u0629 \u0648\u0627\u062d\u062f\u0629."));
    EXPECT_DOUBLE_EQ(share(""), 0.0);
}

TEST(PastNarration, OnlyBehavioralQuestionsAskForAnEpisode) {
    EXPECT_TRUE(is_episode_type("behavioral"));
    EXPECT_TRUE(is_episode_type(" Behavioural "));
    EXPECT_FALSE(is_episode_type("situational"));
    EXPECT_FALSE(is_episode_type("technical"));
    EXPECT_TRUE(is_story_type("situational"));
}
