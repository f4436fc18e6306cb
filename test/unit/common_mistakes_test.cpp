// When an answer states one of the question's common mistakes (scoring.cpp, mistake_matching.cpp
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

// A mistake worded as an omission ("Neglecting clock drift", "Négliger la dérive d'horloge") is made
// by an answer that leaves the thing out in words of its own (neglect, negligible, ignore, skip,
// négliger, تجاهل ... on the mistake's object), not by one that names the thing to explain it.
namespace {

bool names_mistake(const AnalysisResult& r, const std::string& mistake) {
    for (const auto& w : r.weaknesses)
        if (w.find(mistake) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST(CommonMistakes, AnOmissionIsMadeByAnAnswerLeavingTheThingOut) {
    Question en;
    en.question_text = "How do you order events across several servers?";
    en.key_points = R"json({"must_mention": ["Lamport logical clocks", "clock drift makes physical timestamps unreliable"]})json";
    en.mistakes = R"json({"mistakes": [{"mistake": "Neglecting clock drift"}]})json";
    const AnalysisResult c3 = analyze(en.input(
        "Clock drift is negligible, so we can neglect clock drift and just use the servers' physical timestamps."));
    EXPECT_TRUE(names_mistake(c3, "Neglecting clock drift")) << c3.technical_accuracy;
    EXPECT_LT(c3.technical_accuracy, 50);
    const AnalysisResult c4 = analyze(en.input("I use Lamport logical clocks because clock drift makes physical timestamps unreliable."));
    EXPECT_FALSE(names_mistake(c4, "Neglecting clock drift"));
    EXPECT_EQ(c4.technical_accuracy, 100);

    Question fr;
    fr.question_text = "Comment ordonner des événements entre plusieurs serveurs ?";
    fr.key_points = R"json({"must_mention": ["horloges logiques de Lamport",
                                          "la dérive d horloge rend les horodatages physiques peu fiables"]})json";
    fr.mistakes = R"json({"mistakes": [{"mistake": "Négliger la dérive d horloge"}]})json";
    const AnalysisResult c1 = analyze(fr.input(
        "On peut négliger la dérive d horloge : les horodatages physiques des serveurs suffisent, NTP les garde synchrones."));
    EXPECT_TRUE(names_mistake(c1, "Négliger la dérive d horloge")) << c1.technical_accuracy;
    EXPECT_LT(c1.technical_accuracy, 50);
    const AnalysisResult c2 = analyze(fr.input(
        "J utilise des horloges logiques de Lamport, car la dérive d horloge rend les horodatages physiques peu fiables."));
    EXPECT_FALSE(names_mistake(c2, "Négliger la dérive d horloge"));
    EXPECT_EQ(c2.technical_accuracy, 100);
    // A word of omission that is the thing left out ("skip" of "Forgetting to skip spaces")
    // says nothing of its omission.
    Question pal;
    pal.question_text = "Write is_palindrome(s), ignoring case and non-alphanumeric characters.";
    pal.key_points = R"json({"must_mention": ["case-insensitive comparison", "skip non-alphanumeric characters"]})json";
    pal.mistakes = R"json({"mistakes": [{"mistake": "Forgetting to skip spaces and punctuation"}]})json";
    const AnalysisResult skips = analyze(pal.input(
        "Two pointers move towards each other; they skip spaces and punctuation and compare the characters case-insensitively."));
    EXPECT_FALSE(names_mistake(skips, "Forgetting to skip spaces"));
    // Denied, the omission word is no omission ("on ne peut pas négliger ...").
    const AnalysisResult denied = analyze(en.input("We cannot neglect clock drift, so physical timestamps are unreliable."));
    EXPECT_FALSE(names_mistake(denied, "Neglecting clock drift"));
}

// A mistake that leaves something out ("Oublier la dérive des horloges", "تجاهل ...") is an omission
// in French and Arabic as in English ("Forgetting ..."): an answer naming the thing is not making it.
TEST(CommonMistakes, FrenchAndArabicOmissionsAreNotMadeByNamingTheThing) {
    Question q;
    q.key_points = R"json({"must_mention": ["code dérivé de l'heure courante", "tolérance au décalage d'horloge"]})json";
    q.mistakes = R"json({"mistakes": [{"mistake": "Oublier la dérive des horloges", "correction": "Accepter une fenêtre d'un pas."}]})json";
    const AnalysisResult r = analyze(q.input(
        "Le code est dérivé de l'heure courante. La dérive des horloges des téléphones est corrigée : le serveur accepte le pas voisin."));
    for (const auto& w : r.weaknesses) EXPECT_EQ(w.find("dérive"), std::string::npos) << w;
    Question a;
    a.key_points = R"json({"must_mention": ["report the incident to the security team"]})json";
    a.mistakes = R"json({"mistakes": [{"mistake": "تجاهل التنبيه لأن أحداً لن يراه", "correction": "أبلغ الفريق"}]})json";
    const AnalysisResult s = analyze(a.input("التنبيه خطير لأن أحداً لن يراه بسرعة، لذلك أبلغ الفريق فوراً."));
    for (const auto& w : s.weaknesses) EXPECT_EQ(w.find("\u062a\u062c\u0627\u0647\u0644"), std::string::npos) << w;
}
