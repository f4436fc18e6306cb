// A bonus point that is an answer's only contradiction, beside more than half of the must points
// covered, is read by its statements free of conflict (lone_bonus_denial.hpp); a bonus point
// contradicted beside a must point contradicted, or in an answer covering half of the must points
// or fewer, or beside another bonus point contradicted, stays contradicted; so does one whose denial
// restates it (most of its words in the denial: a good core and one extra wrong), and one spared
// is at most partial.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question on_call_question(const std::string& bonus) {
    Question q;
    q.question_text = "You are on call and a page fires for a service you do not know. What do you do?";
    q.key_points = R"({"must_mention": ["acknowledge the page", "check the dashboards for user impact",
                                       "escalate to the owning team"], "bonus_points": [)" + bonus + "]}";
    return q;
}

Question astreinte_question() {
    Question q;
    q.question_text = "Vous êtes d'astreinte et une alerte sonne pour un service que vous ne connaissez pas. Que faites-vous ?";
    q.key_points = R"({"must_mention": ["accuser réception de l'alerte",
                                       "consulter les tableaux de bord pour l'impact sur les utilisateurs",
                                       "escalader vers l'équipe responsable"],
                       "bonus_points": ["chercher un déploiement ou un changement récent"]})";
    return q;
}

PointStatus bonus_status(Question& q, const std::string& answer, size_t point = 0) {
    return key_point_coverage(q.input(answer)).bonus.at(point).status;
}

const std::string stated_core = "First I acknowledge the page. Then I check the dashboards for user impact. "
                                "If users are hurt I escalate to the owning team. ";
const std::string other_change = "I would not restart databases or change config I do not understand.";

// A question of three must points and one bonus point (no text beyond the question's).
Question three_and_one(const std::string& text, const std::string& must, const std::string& bonus) {
    Question q;
    q.question_text = text;
    q.key_points = R"({"must_mention": [)" + must + R"(], "bonus_points": [")" + bonus + R"("]})";
    return q;
}

}  // namespace

TEST(LoneBonusDenial, DenialRestatingTheBonusPointStaysContradicted) {
    // The core right and the extra itself denied, most of its words said again in the denial:
    // a true contradiction (review27 H1).
    Question en = three_and_one("How does a hash map work?",
                                R"x("Keys are hashed to a bucket index", "Collisions are handled by chaining or open addressing",
                                   "Average lookup time is O(1)")x",
                                "The table resizes when the load factor passes a threshold");
    EXPECT_EQ(bonus_status(en, "A hash map hashes each key to a bucket index. Collisions go into a linked list in the bucket "
                               "(chaining) or the map probes the next slot (open addressing). Lookups are O(1) on average. "
                               "The table never needs to resize, the load factor does not matter."),
              PointStatus::contradicted);
    Question fr = three_and_one("Comment fonctionne une table de hachage ?",
                                R"x("Les clés sont hachées vers un indice de case", "Les collisions sont gérées par chaînage ou adressage ouvert",
                                   "La recherche est en O(1) en moyenne")x",
                                "La table est redimensionnée quand le facteur de charge dépasse un seuil");
    EXPECT_EQ(bonus_status(fr, "Une table de hachage hache chaque clé vers un indice de case. Les collisions sont gérées par "
                               "chaînage dans une liste ou par adressage ouvert. La recherche est en O(1) en moyenne. La table "
                               "n'a jamais besoin d'être redimensionnée, le facteur de charge ne compte pas."),
              PointStatus::contradicted);
    Question ar = three_and_one("كيف يعمل جدول التجزئة؟",
                                R"x("يتم تجزئة المفاتيح إلى فهرس دلو", "تعالج التصادمات بالسلسلة أو العنونة المفتوحة", "متوسط زمن البحث O(1)")x",
                                "يتم تغيير حجم الجدول عندما يتجاوز عامل التحميل حدا معينا");
    EXPECT_EQ(bonus_status(ar, "يتم تجزئة كل مفتاح إلى فهرس دلو. تعالج التصادمات بالسلسلة أو العنونة المفتوحة. متوسط زمن "
                               "البحث O(1). لا يتم تغيير حجم الجدول أبدا ولا يهم عامل التحميل."),
              PointStatus::contradicted);
}

TEST(LoneBonusDenial, SparedBonusPointIsAtMostPartial) {
    // The extra's words said of something else ("re-run once to see whether it's intermittent" for
    // "report flaky tests instead of re-running until green", holdout4 V-009-a, label 0): the
    // denial is spared, but the statements free of conflict beside it read the point covered, a
    // false cover (review27 L5). Read partial at most. (Through PostgreSQL's english config the
    // branch before the cap read it covered; the test tokenizer's stems give it a lower clean score,
    // so here this row guards the reading rather than reproducing the false cover.)
    Question q;
    q.type = "situational";
    q.question_text = "You are a junior developer. All the tests pass on your laptop, but the CI pipeline fails on your "
                      "pull request with an error in a test you did not touch. The rest of the team is busy with a "
                      "release. What do you do?";
    q.key_points = "{\"must_mention\": [\"read the full CI log and error\", \"check whether it also fails on main or is "
                     "flaky\", {\"point\": \"look for differences between CI and local (versions, environment variables, "
                     "OS, test order)\", \"aliases\": [\"environment differences between the pipeline and my machine\"]}, "
                     "\"reproduce the CI environment locally (same container, clean checkout)\", \"ask for help after a "
                     "time-box with a specific, prepared question\"], \"bonus_points\": [\"fix the cause instead of "
                     "skipping or disabling the test\", \"report flaky tests instead of re-running until green\"]}";
    q.sample = "First I read the full CI log, not just the last line: the failing test, the stack trace, and the "
               "setup steps before it, which often show a different dependency version or a missing environment "
               "variable. I check whether the same test fails on the main branch or on other people's recent "
               "pipelines; if it does, the failure is not mine (a broken main or a flaky test), and re-running once "
               "tells me whether it is intermittent. If it is specific to my branch, I look for what differs "
               "between CI and my laptop: dependency versions (a lock file not committed), environment variables "
               "and secrets, the OS or time zone, a clean database versus my local data, test order and parallelism "
               "(a test depending on state left by another), and network access. I try to reproduce CI locally by "
               "running in the same container image, with a clean checkout, or with the same test order and seed. "
               "Then I fix the real cause rather than skipping the test. If I am stuck after a reasonable time-box, "
               "I ask for help with a short, specific message: the link to the run, what I have ruled out, and my "
               "best guess, so a busy teammate can help in five minutes. If the test turns out to be flaky, I "
               "report it rather than quietly re-running until green.";
    const std::string answer = "First I'd open the CI job and read the whole log, not just the red line at the bottom: the setup "
                               "steps often show something like a different Node version or a package resolved to a newer version "
                               "than mine. Then I'd check whether the same test is failing on main or on other open PRs; if it is, "
                               "it's not my change, and I'd re-run once to see whether it's intermittent. If it's only my branch, "
                               "I'd go through what's different between the runner and my laptop: lock file committed or not, "
                               "environment variables CI sets, time zone, since CI runs in UTC and I'm in UTC+3, a fresh empty "
                               "database instead of my local data, and test order, because CI runs tests in parallel and a test "
                               "might depend on something another one left behind. I'd try to reproduce it by running the tests in "
                               "the same Docker image CI uses, from a clean clone. Once I find it, I fix the cause rather than "
                               "marking the test as skipped. If after an hour or so I'm still stuck, I'd post in the team channel "
                               "with the link to the run, what I've ruled out and my guess, so someone can look in five minutes "
                               "even during the release.";
    EXPECT_EQ(key_point_coverage(q.input(answer)).bonus.at(1).status, PointStatus::partial);
}

TEST(LoneBonusDenial, BonusDenialBesideTheCoreStatedIsNoContradiction) {
    Question q = on_call_question(R"("look for a recent deploy or change")");
    // The same words deny the bonus point in an answer stating one must point of three ...
    ASSERT_EQ(bonus_status(q, "First I acknowledge the page. " + other_change), PointStatus::contradicted);
    // ... and are said of something else in one stating all three.
    ASSERT_TRUE(uh_test::points_are(q, stated_core + other_change,
                                    {PointStatus::covered, PointStatus::covered, PointStatus::covered}));
    EXPECT_NE(bonus_status(q, stated_core + other_change), PointStatus::contradicted);
}

TEST(LoneBonusDenial, FrenchBonusDenialBesideTheCoreStated) {
    Question q = astreinte_question();
    const std::string denial = "Je ne ferais aucun changement de configuration que je ne comprends pas.";
    ASSERT_EQ(bonus_status(q, "D'abord j'accuse réception de l'alerte. " + denial), PointStatus::contradicted);
    const std::string core = "D'abord j'accuse réception de l'alerte. Ensuite je consulte les tableaux de bord pour voir "
                             "l'impact sur les utilisateurs. Si les utilisateurs sont touchés, j'escalade vers l'équipe "
                             "responsable. ";
    EXPECT_NE(bonus_status(q, core + denial), PointStatus::contradicted);
}

TEST(LoneBonusDenial, BonusStaysContradictedBesideAnotherContradiction) {
    // A must point denied too: the answer thinks otherwise on the subject.
    Question q = on_call_question(R"("look for a recent deploy or change")");
    const std::string must_denied = "First I acknowledge the page. Then I check the dashboards for user impact. "
                                    "I would never escalate to the owning team. ";
    ASSERT_TRUE(uh_test::points_are(q, must_denied + other_change,
                                    {PointStatus::covered, PointStatus::covered, PointStatus::contradicted}));
    EXPECT_EQ(bonus_status(q, must_denied + other_change), PointStatus::contradicted);
    // Two bonus points denied: neither is alone.
    Question two = on_call_question(R"("look for a recent deploy or change", "write a runbook afterwards")");
    const std::string answer = stated_core + other_change + " I would not write a runbook afterwards.";
    EXPECT_EQ(bonus_status(two, answer, 0), PointStatus::contradicted);
    EXPECT_EQ(bonus_status(two, answer, 1), PointStatus::contradicted);
}
