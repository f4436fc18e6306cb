// Denials said with a question (question_denials.cpp): a topic asked as a bare question and then
// denied ("Unit tests? I never use them."), and a rhetorical question left unanswered or followed by
// a denial ("Why would I write unit tests? They are a waste of time."). Review25 F2 found both read
// as covered. (The Arabic rows end their question with "?": the stand-in tokenizer of the unit tests
// joins "؟" to the word before it, PostgreSQL's parser does not; probe_qa.sql of qa26 has "؟".) The same questions answered by a reason or a purpose, or asking for the opposite
// ("why would I skip the tests?"), are no denial.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::must_points;
using uh_test::not_;

TEST(QuestionDenials, ABareTopicThenADenialOfItDeniesTheTopic) {
    uh_test::expect_rows(must_points({"write unit tests"}), {
        {"Unit tests? I never use them.", PointStatus::contradicted},
        {"Unit tests? Never.", PointStatus::contradicted},
        {"Unit tests? They are a waste of time.", PointStatus::contradicted},
        // The denial turned around, limited, or doubled: the topic is done.
        {"Unit tests? I never skip them.", not_(PointStatus::contradicted)},
        {"Unit tests? I never merge without them.", not_(PointStatus::contradicted)},
        {"Unit tests? Not just unit tests, integration tests too.", not_(PointStatus::contradicted)},
        {"Unit tests? Yes, I write them for every function.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"ask for a code review"}), {
        {"Code review? Not for us.", PointStatus::contradicted},
        {"Code review? We always ask for one before merging.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"\u00e9crire des tests unitaires"}), {
        {"Les tests unitaires ? Jamais.", PointStatus::contradicted},
        {"Les tests unitaires ? On n'en \u00e9crit pas.", PointStatus::contradicted},
        {"Les tests unitaires ? Je ne les oublie jamais.", not_(PointStatus::contradicted)},
        {"Les tests unitaires ? On ne peut pas s'en passer.", not_(PointStatus::contradicted)},
    });
    // كتابة اختبارات الوحدة / اختبارات الوحدة؟ لا نكتبها أبدا (we never write them)
    uh_test::expect_rows(must_points({"\u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a "
                                      "\u0627\u0644\u0648\u062d\u062f\u0629"}), {
        {"\u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629? "
         "\u0644\u0627 \u0646\u0643\u062a\u0628\u0647\u0627 \u0623\u0628\u062f\u0627.", PointStatus::contradicted},
        // ... لا يمكن الاستغناء عنها (we cannot do without them)
        {"\u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629? "
         "\u0644\u0627 \u064a\u0645\u0643\u0646 \u0627\u0644\u0627\u0633\u062a\u063a\u0646\u0627\u0621 \u0639\u0646\u0647\u0627.",
         not_(PointStatus::contradicted)},
    });
}

// The speaker's knowledge denied after the topic, or a guess asked, says nothing of the topic.
TEST(QuestionDenials, IgnoranceOrAGuessIsNoDenialOfTheTopic) {
    uh_test::expect_rows(must_points({"write unit tests"}), {
        {"Unit tests? I don't know much about them.", not_(PointStatus::contradicted)},
        {"Unit tests? We write them first. Mocks? Never.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"store secrets in a vault"}), {
        {"A vault probably? I don't remember it well.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"\u00e9crire des tests unitaires"}), {
        {"Les tests unitaires ? Je ne les connais pas bien.", not_(PointStatus::contradicted)},
    });
    // كتابة اختبارات الوحدة / اختبارات الوحدة؟ لا أعرفها جيدا (I don't know them well)
    uh_test::expect_rows(must_points({"\u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a "
                                      "\u0627\u0644\u0648\u062d\u062f\u0629"}), {
        {"\u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629? "
         "\u0644\u0627 \u0623\u0639\u0631\u0641\u0647\u0627 \u062c\u064a\u062f\u0627.", not_(PointStatus::contradicted)},
        // ... لا ننساها أبدا (we never forget them)
        {"\u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629? "
         "\u0644\u0627 \u0646\u0646\u0633\u0627\u0647\u0627 \u0623\u0628\u062f\u0627.", not_(PointStatus::contradicted)},
    });
}

TEST(QuestionDenials, ARhetoricalQuestionDeniesItsDoingUnlessAnswered) {
    uh_test::expect_rows(must_points({"write unit tests"}), {
        {"Why would I write unit tests? They are a waste of time.", PointStatus::contradicted},
        {"Why would I write unit tests?", PointStatus::contradicted},
        {"Why do we write unit tests? Because they catch regressions.", PointStatus::covered},
        {"Why should we write unit tests? To catch regressions before users do.", PointStatus::covered},
        {"Why would I skip the unit tests? They catch bugs.", not_(PointStatus::contradicted)},
        {"Why bother writing unit tests? Nobody runs them.", PointStatus::contradicted},
        {"Why bother writing unit tests? Nothing beats them for catching regressions.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"review the code"}), {
        {"Who needs to review the code? Nobody does it here.", PointStatus::contradicted},
        {"Who needs to review the code? Every developer, before each merge.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"set up monitoring"}), {
        {"What's the point of monitoring?", PointStatus::contradicted},
        {"What's the point of monitoring? To see failures before users do, so we set up monitoring.",
         PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"\u00e9crire des tests"}), {
        {"Pourquoi \u00e9crire des tests ?", PointStatus::contradicted},
        {"Pourquoi \u00e9crire des tests ? Pour \u00e9viter les r\u00e9gressions.", PointStatus::covered},
        {"Pourquoi devrais-je \u00e9crire des tests ? Franchement, \u00e7a ne sert \u00e0 rien.", PointStatus::contradicted},
        {"J'\u00e9cris des tests. Pourquoi sauter cette \u00e9tape ?", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"relire le code"}), {
        {"\u00c0 quoi bon relire le code ?", PointStatus::contradicted},
        {"\u00c0 quoi bon relire le code ? On le relit pour trouver les bugs avant la production.",
         not_(PointStatus::contradicted)},
    });
    // كتابة الاختبارات / لماذا أكتب الاختبارات؟ إنها مضيعة للوقت (why would I write the tests? it is a waste of time)
    uh_test::expect_rows(must_points({"\u0643\u062a\u0627\u0628\u0629 \u0627\u0644\u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a"}), {
        {"\u0644\u0645\u0627\u0630\u0627 \u0623\u0643\u062a\u0628 \u0627\u0644\u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a? "
         "\u0625\u0646\u0647\u0627 \u0645\u0636\u064a\u0639\u0629 \u0644\u0644\u0648\u0642\u062a.", PointStatus::contradicted},
    });
    // مراجعة الكود / ما فائدة مراجعة الكود؟ (what is the use of reviewing the code?) / ... لأنها تكشف الأخطاء (because it reveals the errors)
    uh_test::expect_rows(must_points({"\u0645\u0631\u0627\u062c\u0639\u0629 \u0627\u0644\u0643\u0648\u062f"}), {
        {"\u0645\u0627 \u0641\u0627\u0626\u062f\u0629 \u0645\u0631\u0627\u062c\u0639\u0629 \u0627\u0644\u0643\u0648\u062f?",
         PointStatus::contradicted},
        {"\u0644\u0645\u0627\u0630\u0627 \u0646\u0631\u0627\u062c\u0639 \u0627\u0644\u0643\u0648\u062f? "
         "\u0644\u0623\u0646\u0647\u0627 \u062a\u0643\u0634\u0641 \u0627\u0644\u0623\u062e\u0637\u0627\u0621 \u0645\u0628\u0643\u0631\u0627.",
         not_(PointStatus::contradicted)},
    });
}

// Review26 F2: a topic asked, then a denial of a way of handling it ("we never store them in plain
// text", "never trust it", "on ne les stocke jamais en clair", "لا نخزنها أبدا كنص عادي"): the speaker
// states a good practice on the topic, which is no denial of the topic. Only a verb of using, doing,
// having or needing with nothing after it that names how denies the topic itself.
TEST(QuestionDenials, ADenialOfAWayOfHandlingTheTopicIsNoDenialOfTheTopic) {
    uh_test::expect_rows(must_points({"hash the passwords"}), {
        {"Passwords? We never store them in plain text.", not_(PointStatus::contradicted)},
        {"Passwords? We never store them.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"store secrets in a vault"}), {
        {"Secrets? We never commit them to the repo.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"validate user input"}), {
        {"User input? Never trust it.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"write unit tests"}), {
        {"Unit tests? We never write them here.", PointStatus::contradicted},
        {"Unit tests? We don't bother with them.", PointStatus::contradicted},
        {"Unit tests? We never run them in production.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"hacher les mots de passe"}), {
        {"Les mots de passe ? On ne les stocke jamais en clair.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"valider les entr\u00e9es utilisateur"}), {
        {"Les entr\u00e9es utilisateur ? On ne leur fait jamais confiance.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"\u00e9crire des tests unitaires"}), {
        {"Les tests unitaires ? On n'en \u00e9crit pas.", PointStatus::contradicted},
        {"Les tests unitaires ? On n'en a pas besoin.", PointStatus::contradicted},
    });
    // تجزئة كلمات المرور / كلمات المرور؟ لا نخزنها أبدا كنص عادي (we never store them as plain text)
    uh_test::expect_rows(must_points({"\u062a\u062c\u0632\u0626\u0629 \u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631"}), {
        {"\u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631? \u0644\u0627 \u0646\u062e\u0632\u0646\u0647\u0627 \u0623\u0628\u062f\u0627 \u0643\u0646\u0635 \u0639\u0627\u062f\u064a.", not_(PointStatus::contradicted)},
    });
    // تخزين الأسرار في خزنة / الأسرار؟ لا نضعها أبدا في المستودع (we never put them in the repository)
    uh_test::expect_rows(must_points({"\u062a\u062e\u0632\u064a\u0646 \u0627\u0644\u0623\u0633\u0631\u0627\u0631 \u0641\u064a \u062e\u0632\u0646\u0629"}), {
        {"\u0627\u0644\u0623\u0633\u0631\u0627\u0631? \u0644\u0627 \u0646\u0636\u0639\u0647\u0627 \u0623\u0628\u062f\u0627 \u0641\u064a \u0627\u0644\u0645\u0633\u062a\u0648\u062f\u0639.", not_(PointStatus::contradicted)},
    });
    // كتابة اختبارات الوحدة / اختبارات الوحدة؟ لا نستخدمها أبدا (we never use them)
    uh_test::expect_rows(must_points({"\u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629"}), {
        {"\u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u0648\u062d\u062f\u0629? \u0644\u0627 \u0646\u0633\u062a\u062e\u062f\u0645\u0647\u0627 \u0623\u0628\u062f\u0627.", PointStatus::contradicted},
    });
}
