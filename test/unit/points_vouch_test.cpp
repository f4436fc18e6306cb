// Points vouch for the subject only as far as the answer's words do: an answer to another question
// that meets a point or two of this one on the field's words ("client key", "TTL") is still
// about something else, and its points are set aside (see points_vouch_subject in scoring.cpp).
#include "core/analysis.hpp"
#include "core/scoring.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question idempotency_question() {
    Question q;
    q.question_text = "What does it mean for an API operation to be idempotent, and how would you make a payment "
                      "endpoint safe to retry?";
    q.key_points = R"kp({"must_mention": ["the same request repeated has the same effect",
                                        "GET, PUT and DELETE are idempotent, POST is not",
                                        "the client sends an idempotency key", "stored keys expire (TTL)"]})kp";
    q.sample = "An operation is idempotent when doing it twice has the same effect as doing it once. In HTTP, GET, PUT "
               "and DELETE are meant to be idempotent while POST is not, so a retried POST can charge a card twice. To "
               "make a payment endpoint safe, the client sends a unique idempotency key with each request; the server "
               "stores the key with the first response and, when the same key comes again, replays that response "
               "instead of charging again. Keys are kept for a day or so and then expire.";
    return q;
}

Question french_idempotency_question() {
    Question q;
    q.question_text = "Que signifie idempotent pour une opération d'API, et comment rendre un paiement sûr à rejouer ?";
    q.key_points = R"kp({"must_mention": ["la même requête répétée a le même effet",
                                        "GET, PUT et DELETE sont idempotents, POST ne l'est pas",
                                        "le client envoie une clé d'idempotence", "les clés stockées expirent (TTL)"]})kp";
    q.sample = "Une opération est idempotente quand la faire deux fois a le même effet que la faire une fois. En HTTP, "
               "GET, PUT et DELETE sont idempotents alors que POST ne l'est pas, donc un POST rejoué peut débiter une "
               "carte deux fois. Pour sécuriser un paiement, le client envoie une clé d'idempotence unique avec chaque "
               "requête ; le serveur stocke la clé avec la première réponse et, quand la même clé revient, renvoie "
               "cette réponse au lieu de débiter à nouveau. Les clés sont gardées un jour environ puis expirent.";
    return q;
}

int covered(const Coverage& c) {
    int n = 0;
    for (const PointResult& p : c.must) n += p.status == PointStatus::covered;
    return n;
}

// An answer to another question that meets points on the field's words (`off`) loses them all and
// scores 5 at most; an answer in the subject's words (`on`) keeps `on_covered` points at least and,
// where `on_overall` is not negative, that overall score at least.
void expect_set_aside(Question q, const char* off_answer, const char* on_answer, int on_covered, int on_overall = -1) {
    const AnalysisResult off = analyze(q.input(off_answer));
    EXPECT_EQ(covered(off.coverage), 0) << analysis_json(off);
    EXPECT_LE(off.overall, 5) << analysis_json(off);
    const AnalysisResult on = analyze(q.input(on_answer));
    EXPECT_GE(covered(on.coverage), on_covered) << analysis_json(on);
    if (on_overall >= 0) EXPECT_GE(on.overall, on_overall) << analysis_json(on);
}

}  // namespace

TEST(PointsVouch, InFullFromASubjectShareEnoughByItselfInProportionBelow) {
    EXPECT_DOUBLE_EQ(points_vouch(0.35), 1.0);
    EXPECT_DOUBLE_EQ(points_vouch(0.8), 1.0);
    EXPECT_NEAR(points_vouch(0.175), 0.5, 1e-12);
    EXPECT_DOUBLE_EQ(points_vouch(0.0), 0.0);
}

// A release plan with one sentence on rollout counters whose client key expires with a TTL: it
// covered "the client sends an idempotency key" and "stored keys expire (TTL)" (2 of 4 must points,
// overall 17), which made it on topic. Its words are a release plan's.
TEST(PointsVouch, AnAnswerToAnotherQuestionMeetingTwoPointsOnFieldWordsIsSetAside) {
    expect_set_aside(idempotency_question(),
        "For the mobile release I would plan two-week sprints with a feature freeze, run the regression suite on real "
        "phones and tablets, and roll out to five percent of users while watching crash reports, battery complaints "
        "and reviews in the store. Designers sign off the screenshots, marketing schedules the announcement, and "
        "support gets a short guide. The rollout counters live in Redis, where the client key expires with a TTL. "
        "Translators get the strings a week early.",
        // An answer in the subject's words keeps its points, however short.
        "A retry of a payment must not charge twice. The client sends a unique idempotency key with each payment "
        "request, and the server stores it with the first response; when the same key comes back it returns the "
        "stored response. Keys expire after a day with a TTL.",
        3, 70);
}

TEST(PointsVouch, FrenchAnswerToAnotherQuestionMeetingTwoPointsIsSetAside) {
    // (2 of 4 must points covered, overall 17, before.)
    expect_set_aside(french_idempotency_question(),
        "Pour la version mobile, je prévois des sprints de deux semaines avec un gel des fonctionnalités, je lance les "
        "tests de régression sur de vrais téléphones et je déploie d'abord à cinq pour cent des utilisateurs en "
        "surveillant les plantages et les avis du store. Les compteurs du déploiement sont dans Redis sous des clés "
        "avec un TTL, donc un client inactif ne coûte rien. Les traducteurs reçoivent les textes une semaine avant.",
        "Un paiement rejoué ne doit pas débiter deux fois. Le client envoie une clé d'idempotence unique avec chaque "
        "requête de paiement, et le serveur la stocke avec la première réponse ; quand la même clé revient, il renvoie "
        "la réponse stockée. Les clés expirent après un jour avec un TTL.",
        2);
}
