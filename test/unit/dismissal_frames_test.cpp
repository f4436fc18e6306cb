// Dismissals said in a frame rather than by one word ("budget alerts are noise", "bots are a minor
// issue", "X is overrated", "c'est surfait", "مبالغ فيها"), and the dismissals that are not the
// speaker's verdict: a denied verdict ("never a waste of time", "far from overkill"), a supposition,
// a question, the opinion of others (dismissal_frames.cpp). Validation (dism25): "budget alerts are
// noise in my experience" and "des appels parasites" went unread; "pas besoin de" counted as a denial
// of a point's "besoin" (context_denial).
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::must_points;
using uh_test::not_;

// A noun of no worth said by a copula dismisses its subject; the same noun elsewhere ("we filter noise",
// "the problem is the noise") or said of something else ("latency is a minor issue; we filter bots")
// dismisses nothing of the point.
TEST(DismissalFrames, ANounOfNoWorthAfterACopulaDismissesItsSubject) {
    uh_test::expect_rows(must_points({"alert on error rates"}), {
        {"Error rate alerts are just noise.", PointStatus::contradicted},
        {"Error rate alerts are not noise: we alert on error rates.", PointStatus::covered},
        {"We alert on error rates and open a ticket if the alert turned out to be noise.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"filter bots before counting views"}), {
        {"Bots are a minor issue, so we count every view.", PointStatus::contradicted},
        {"Latency is a minor issue; we filter bots before counting views.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"filter noise from the sensor data"}), {
        {"We filter noise from the sensor data with a median filter.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"reduce fan noise"}), {
        {"The main problem is the noise of the fans, so we reduce fan noise with bigger fans.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"g\u00e9rer les requ\u00eates OPTIONS du navigateur"}), {
        {"Les requ\u00eates OPTIONS du navigateur sont des appels parasites.", PointStatus::contradicted},
    });
    // إعداد التنبيهات على الأخطاء / التنبيهات على الأخطاء مجرد ضجيج (the alerts on errors are mere noise)
    uh_test::expect_rows(must_points({"\u0625\u0639\u062f\u0627\u062f \u0627\u0644\u062a\u0646\u0628\u064a\u0647\u0627\u062a "
                                      "\u0639\u0644\u0649 \u0627\u0644\u0623\u062e\u0637\u0627\u0621"}), {
        {"\u0627\u0644\u062a\u0646\u0628\u064a\u0647\u0627\u062a \u0639\u0644\u0649 \u0627\u0644\u0623\u062e\u0637\u0627\u0621 "
         "\u0645\u062c\u0631\u062f \u0636\u062c\u064a\u062c.", PointStatus::contradicted},
    });
}

TEST(DismissalFrames, AVerdictOfExcessPraiseDismisses) {
    uh_test::expect_rows(must_points({"alert on error rates"}), {
        {"Alerting on error rates is overrated.", PointStatus::contradicted},
        {"Fancy dashboards are overrated; what matters is that we alert on error rates.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"\u00e9crire des tests d'int\u00e9gration"}), {
        {"\u00c9crire des tests d'int\u00e9gration est surfait.", PointStatus::contradicted},
    });
    // كتابة اختبارات التكامل / ... مبالغ فيها (is overdone)
    uh_test::expect_rows(must_points({"\u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a "
                                      "\u0627\u0644\u062a\u0643\u0627\u0645\u0644"}), {
        {"\u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u062a\u0643\u0627\u0645\u0644 "
         "\u0645\u0628\u0627\u0644\u063a \u0641\u064a\u0647\u0627.", PointStatus::contradicted},
    });
    // مبالغ alone is "amounts": تخزين مبالغ الدفع كأعداد صحيحة / نخزن مبالغ الدفع كأعداد صحيحة (we store payment amounts as integers)
    uh_test::expect_rows(must_points({"\u062a\u062e\u0632\u064a\u0646 \u0645\u0628\u0627\u0644\u063a \u0627\u0644\u062f\u0641\u0639 "
                                      "\u0643\u0623\u0639\u062f\u0627\u062f \u0635\u062d\u064a\u062d\u0629"}), {
        {"\u0646\u062e\u0632\u0646 \u0645\u0628\u0627\u0644\u063a \u0627\u0644\u062f\u0641\u0639 "
         "\u0643\u0623\u0639\u062f\u0627\u062f \u0635\u062d\u064a\u062d\u0629.", PointStatus::covered},
    });
}

// A negation of the copula denies the verdict itself, and the subject stands; a negation of another
// verb keeps the dismissal ("I wouldn't waste time on it").
TEST(DismissalFrames, ADeniedVerdictDismissesNothing) {
    uh_test::expect_rows(must_points({"write integration tests"}), {
        {"Writing integration tests is never a waste of time.", PointStatus::covered},
        {"Writing integration tests isn't useless.", PointStatus::covered},
        {"I wouldn't waste time writing integration tests.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"use a message queue between services"}), {
        {"A message queue between the services is far from overkill.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"\u00e9crire des tests d'int\u00e9gration"}), {
        {"\u00c9crire des tests d'int\u00e9gration n'est pas inutile.", PointStatus::covered},
    });
    // ... ليست مضيعة للوقت (is not a waste of time)
    uh_test::expect_rows(must_points({"\u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a "
                                      "\u0627\u0644\u062a\u0643\u0627\u0645\u0644"}), {
        {"\u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u062a\u0643\u0627\u0645\u0644 "
         "\u0644\u064a\u0633\u062a \u0645\u0636\u064a\u0639\u0629 \u0644\u0644\u0648\u0642\u062a.", PointStatus::covered},
    });
}

// A supposition, a question and the opinion of others are not the speaker's verdict. (A word of
// supposition embedded in the subject of a denied verdict is a question the verdict dismisses.)
TEST(DismissalFrames, ASuppositionAQuestionOrOthersOpinionIsNoVerdict) {
    uh_test::expect_rows(must_points({"write integration tests"}), {
        {"People say writing integration tests is a waste of time, but they saved us many times.", PointStatus::covered},
        {"Is writing integration tests a waste of time?", not_(PointStatus::contradicted)},
        {"If writing integration tests were a waste of time, we would skip them.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"\u00e9crire des tests d'int\u00e9gration"}), {
        {"Certains pensent qu'\u00e9crire des tests d'int\u00e9gration est inutile, mais ils nous ont sauv\u00e9s.",
         PointStatus::covered},
        {"Si \u00e9crire des tests d'int\u00e9gration \u00e9tait inutile, on ne le ferait pas.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"chercher dans les journaux si la faille a \u00e9t\u00e9 exploit\u00e9e"}), {
        {"Chercher dans les journaux si la faille a \u00e9t\u00e9 exploit\u00e9e ne sert \u00e0 rien.", PointStatus::contradicted},
    });
    // يرى البعض أن كتابة اختبارات التكامل مضيعة للوقت، لكنها أنقذتنا (some think ... is a waste of time, but it saved us)
    // إذا كانت كتابة اختبارات التكامل مضيعة للوقت فلن نكتبها (if ... were a waste of time, we would not write them)
    uh_test::expect_rows(must_points({"\u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a "
                                      "\u0627\u0644\u062a\u0643\u0627\u0645\u0644"}), {
        {"\u064a\u0631\u0649 \u0627\u0644\u0628\u0639\u0636 \u0623\u0646 \u0643\u062a\u0627\u0628\u0629 "
         "\u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a \u0627\u0644\u062a\u0643\u0627\u0645\u0644 "
         "\u0645\u0636\u064a\u0639\u0629 \u0644\u0644\u0648\u0642\u062a\u060c \u0644\u0643\u0646\u0647\u0627 "
         "\u0623\u0646\u0642\u0630\u062a\u0646\u0627.", PointStatus::covered},
        {"\u0625\u0630\u0627 \u0643\u0627\u0646\u062a \u0643\u062a\u0627\u0628\u0629 \u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a "
         "\u0627\u0644\u062a\u0643\u0627\u0645\u0644 \u0645\u0636\u064a\u0639\u0629 \u0644\u0644\u0648\u0642\u062a "
         "\u0641\u0644\u0646 \u0646\u0643\u062a\u0628\u0647\u0627.", not_(PointStatus::contradicted)},
    });
}

// French sets a topic at the head of the sentence and takes it up with "c'" / "ça": the verdict is on it.
TEST(DismissalFrames, AVerdictOnADislocatedTopicDismissesTheTopic) {
    uh_test::expect_rows(must_points({"\u00e9crire des tests d'int\u00e9gration"}), {
        {"Les tests d'int\u00e9gration, c'est surfait.", PointStatus::contradicted},
        {"On \u00e9crit des tests d'int\u00e9gration, c'est utile.", PointStatus::covered},
        {"Nous \u00e9crivons des tests d'int\u00e9gration, c'est rapide.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"mettre des alertes sur les erreurs"}), {
        {"Mettre des alertes sur les erreurs, c'est inutile.", PointStatus::contradicted},
    });
}

// "Besoin" in "pas besoin de supprimer" dismisses the deleting; it is no word of a point's "besoin
// métier" that a denial touches once another point is contradicted (context_denials).
TEST(DismissalFrames, TheNeedOfNoNeedToIsNoWordOfAPoint) {
    uh_test::Question q = must_points({"comprendre le besoin m\u00e9tier qui pousse les agents \u00e0 utiliser WhatsApp",
                                       "impliquer le juridique au regard de la loi sur les donn\u00e9es personnelles"});
    q.question_text = "Vos agents de terrain partagent des photos de pi\u00e8ces d'identit\u00e9 de clients dans des groupes "
                      "WhatsApp. Que faites-vous ?";
    q.type = "situational";
    EXPECT_TRUE(uh_test::points_are(
        q,
        "Je comprends le besoin des agents, ils doivent se coordonner vite. WhatsApp est chiffr\u00e9 de bout en bout, "
        "donc il n'y a pas vraiment de fuite et pas besoin de supprimer quoi que ce soit. Inutile aussi d'impliquer le "
        "juridique, la loi sur les donn\u00e9es personnelles concerne surtout les banques.",
        {not_(PointStatus::contradicted), PointStatus::contradicted}));
}

// The noun of no worth is the speaker's verdict only when a copula says it of the subject and nothing
// qualifies it after it (review25 F3): a verb in -ing before it does something to the noise ("is fitting
// noise"), and a relative or a word of worth after it makes it a detail that counts.
TEST(DismissalFrames, ANounDoneToOrQualifiedAfterItIsNoVerdict) {
    uh_test::expect_rows(must_points({"the model memorizes noise in the training data"}), {
        {"The model is memorizing noise in the training data.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"overfitting fits noise and fails to generalize"}), {
        {"Overfitting is fitting noise so the model fails to generalize.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"validate the input on the server"}), {
        {"Validating the input on the server is a detail that matters a lot.", PointStatus::covered},
        {"Validating the input on the server is a detail, we skip it.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"g\u00e9rer les fuseaux horaires"}), {
        {"G\u00e9rer les fuseaux horaires est un d\u00e9tail qui compte : on les g\u00e8re partout.", PointStatus::covered},
        {"Les fuseaux horaires sont un d\u00e9tail important, on les g\u00e8re partout.", PointStatus::covered},
        {"Les fuseaux horaires sont un d\u00e9tail.", PointStatus::contradicted},
        {"Les fuseaux horaires sont un d\u00e9tail qu'on ignore.", PointStatus::contradicted},
    });
    // A relative that says the thing is neglected confirms the verdict.
    uh_test::expect_rows(must_points({"monitor the error logs"}), {
        {"The error logs are noise that nobody reads.", PointStatus::contradicted},
    });
    // إعداد التنبيهات على الأخطاء / التنبيهات على الأخطاء ضجيج مهم (noise that matters) / مجرد ضجيج (mere noise)
    uh_test::expect_rows(must_points({"\u0625\u0639\u062f\u0627\u062f \u0627\u0644\u062a\u0646\u0628\u064a\u0647\u0627\u062a "
                                      "\u0639\u0644\u0649 \u0627\u0644\u0623\u062e\u0637\u0627\u0621"}), {
        {"\u0627\u0644\u062a\u0646\u0628\u064a\u0647\u0627\u062a \u0639\u0644\u0649 \u0627\u0644\u0623\u062e\u0637\u0627\u0621 "
         "\u0645\u062c\u0631\u062f \u0636\u062c\u064a\u062c \u0627\u0644\u0630\u064a \u064a\u0647\u0645\u0646\u0627.",
         not_(PointStatus::contradicted)},
        {"\u0627\u0644\u062a\u0646\u0628\u064a\u0647\u0627\u062a \u0639\u0644\u0649 \u0627\u0644\u0623\u062e\u0637\u0627\u0621 "
         "\u0645\u062c\u0631\u062f \u0636\u062c\u064a\u062c.", PointStatus::contradicted},
    });
}

// A small worry limited in time is a warning of what it grows into ("a small problem at first"), and a
// verdict of noise followed by "so we removed them" is the reason for the removal the point asks for.
TEST(DismissalFrames, AWorryAtFirstOrAReasonForRemovingIsNoDismissal) {
    uh_test::expect_rows(must_points({"fix memory leaks"}), {
        {"A memory leak is a small problem at first; left alone, it takes the server down.", not_(PointStatus::contradicted)},
        {"A memory leak is a small problem, we never fix it.", PointStatus::contradicted},
    });
    uh_test::expect_rows(must_points({"corriger les fuites m\u00e9moire"}), {
        {"Une fuite m\u00e9moire est un petit souci au d\u00e9but ; ensuite elle fait tomber le serveur.",
         not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"remove noisy alerts"}), {
        {"Most of those alerts were noise, so we removed them.", PointStatus::covered},
    });
    uh_test::expect_rows(must_points({"supprimer les alertes bruyantes"}), {
        {"La plupart de ces alertes \u00e9taient du bruit, donc on les a supprim\u00e9es.", not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(must_points({"monitor the error logs"}), {
        {"The error logs are just noise, we never look at them.", PointStatus::contradicted},
    });
}

// A French "ça / c'est" clause whose dismissal is said of a doing of its own ("de les sauter") dismisses
// that doing, not the topic at the head of the sentence.
TEST(DismissalFrames, ADismissedDoingOfItsOwnLeavesTheTopic) {
    uh_test::expect_rows(must_points({"\u00e9crire des tests unitaires"}), {
        {"Les tests unitaires, \u00e7a ne sert \u00e0 rien de les sauter : on en \u00e9crit toujours.", PointStatus::covered},
        {"Les tests unitaires, \u00e7a ne sert \u00e0 rien.", PointStatus::contradicted},
        {"Les tests unitaires, c'est inutile de les sauter.", PointStatus::covered},
        {"Les tests unitaires, c'est inutile.", PointStatus::contradicted},
    });
}
