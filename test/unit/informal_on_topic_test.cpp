// The informal touch of promote_coherent (a must point touched by a weaker match in an informal answer,
// analysis.cpp informal_touch_on_topic) only for an answer about the question, read before any benefit
// of the doubt. An answer to another question of the field written informally ("tbh lol gonna kinda",
// "bon ouais genre jsp", "كده عشان مش ده") touched most points of this one by the field's words
// (a store "such as Redis", a client, a server instance): promoted, they vouched for a topic they made
// up, and such answers scored 65 to 81 where the same answer written formally scores 0 (review26 F6).
// An informal answer to this question keeps its points, in English, French and Arabic. (The French and
// Arabic answers to another question written for these tests flip in analyze_answer through psql, but
// this tokenizer (test_tokens.hpp) reads them as on topic with or without the rule, so they are not here.)
#include "core/analysis.hpp"

#include "coverage_cases.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::not_;

namespace {

uh_test::Question rate_limit(const char* text, const char* sample, const char* points) {
    uh_test::Question q;
    q.question_text = text;
    q.sample = sample;
    q.key_points = points;
    return q;
}
uh_test::Question english() {
    return rate_limit("How would you add rate limiting to a public REST API?",
        "I would give every client API key a token bucket: each request takes a token, tokens refill at "
        "a fixed rate, and the bucket size allows short bursts. The counters live in a shared store such "
        "as Redis so every API server instance sees the same limit, updated atomically with a script. "
        "When a client runs out of tokens the API answers 429 Too Many Requests with a Retry-After "
        "header so well-behaved clients back off. Limits differ by plan tier, and I would monitor "
        "rejected requests to tune them.",
        R"({"must_mention": ["token bucket or sliding window per client API key", "counters in a shared store such as Redis, updated atomically", "429 Too Many Requests with a Retry-After header", "different limits per plan tier"], "bonus_points": ["monitor rejected requests"]})");
}
uh_test::Question french() {
    return rate_limit("Comment limiteriez-vous le débit d'une API REST publique ?",
        "Je donnerais à chaque clé d'API un seau de jetons : chaque requête consomme un jeton, les "
        "jetons se rechargent à un rythme fixe et la taille du seau autorise de courtes rafales. Les "
        "compteurs sont dans un stockage partagé comme Redis, pour que chaque instance du serveur voie "
        "la même limite, mis à jour de façon atomique par un script. Quand un client n'a plus de jetons, "
        "l'API répond 429 Too Many Requests avec un en-tête Retry-After pour que les clients patientent. "
        "Les limites changent selon l'offre, et je surveille les requêtes rejetées pour les ajuster.",
        R"({"must_mention": ["seau de jetons ou fenêtre glissante par clé d'API du client", "compteurs dans un stockage partagé comme Redis, mis à jour de façon atomique", "réponse 429 Too Many Requests avec un en-tête Retry-After", "limites différentes selon l'offre"], "bonus_points": ["surveiller les requêtes rejetées"]})");
}
uh_test::Question arabic() {
    return rate_limit("كيف تضيف تحديد معدل الطلبات إلى واجهة برمجة عامة؟",
        "أعطي كل مفتاح واجهة للعميل دلو رموز: كل طلب يستهلك رمزاً، والرموز تمتلئ بمعدل ثابت، وحجم الدلو "
        "يسمح بدفعات قصيرة. العدادات محفوظة في مخزن مشترك مثل Redis حتى ترى كل نسخة من الخادم الحد نفسه، "
        "وتحدث بشكل ذري عبر سكربت. عندما تنفد رموز العميل ترد الواجهة بالرمز 429 مع ترويسة Retry-After "
        "حتى ينتظر العملاء. تختلف الحدود حسب الباقة، وأراقب الطلبات المرفوضة لضبطها.",
        R"({"must_mention": ["دلو رموز أو نافذة منزلقة لكل مفتاح عميل", "العدادات في مخزن مشترك مثل Redis تحدث بشكل ذري", "الرد بالرمز 429 مع ترويسة Retry-After", "حدود مختلفة حسب الباقة"], "bonus_points": ["مراقبة الطلبات المرفوضة"]})");
}

const std::vector<uh_test::Expected> none_covered = {not_(PointStatus::covered), not_(PointStatus::covered),
                                                     not_(PointStatus::covered), not_(PointStatus::covered)};
const std::vector<uh_test::Expected> all_covered = {PointStatus::covered, PointStatus::covered, PointStatus::covered,
                                                    PointStatus::covered};

}  // namespace

TEST(InformalOnTopic, AnInformalAnswerToAnotherQuestionCoversNothing) {
    uh_test::Question q = english();
    EXPECT_TRUE(uh_test::points_are(q,
        "tbh lol gonna kinda I would hash the long URL into a short base62 code, store the mapping in a "
        "key-value store such as Redis or DynamoDB, and redirect with a 301 when a client requests the "
        "code. Collisions are checked on write. Popular codes are cached at the edge, and every server "
        "instance reads the same store. Analytics on clicks are written to a log asynchronously so the "
        "redirect stays fast. Custom aliases are allowed for paid users, and a link can carry an expiry "
        "date after which it returns 404. Malicious destinations are checked against a blocklist before "
        "a code is issued.",
        none_covered));
}

TEST(InformalOnTopic, TheSameAnswerWrittenFormallyCoversNothingEither) {
    uh_test::Question q = english();
    EXPECT_TRUE(uh_test::points_are(q,
        "I would hash the long URL into a short base62 code, store the mapping in a key-value store such "
        "as Redis or DynamoDB, and redirect with a 301 when a client requests the code. Collisions are "
        "checked on write. Popular codes are cached at the edge, and every server instance reads the "
        "same store. Analytics on clicks are written to a log asynchronously so the redirect stays fast. "
        "Custom aliases are allowed for paid users, and a link can carry an expiry date after which it "
        "returns 404. Malicious destinations are checked against a blocklist before a code is issued.",
        none_covered));
}

TEST(InformalOnTopic, AnInformalAnswerToThisQuestionKeepsItsPoints) {
    uh_test::Question q = english();
    EXPECT_TRUE(uh_test::points_are(q,
        "tbh lol gonna keep it simple, every api key gets a bucket of tokens, each request eats one and "
        "they refill slowly so u can burst a bit. the counts sit in redis so all the servers agree, "
        "gotta do it atomic with a lua script. when ur out u get a 429 and a retry after header so ppl "
        "back off. paid plans get bigger limits kinda",
        all_covered));
}

TEST(InformalOnTopic, FrenchInformalAnswerToThisQuestionKeepsItsPoints) {
    uh_test::Question q = french();
    EXPECT_TRUE(uh_test::points_are(q,
        "bon ouais genre chaque clé d'api a un seau de jetons, chaque requête en mange un et ça se "
        "recharge doucement, jsp trop mais on peut faire une rafale. les compteurs sont dans redis pour "
        "que tous les serveurs soient d'accord, en atomique avec un script. quand t'as plus de jetons tu "
        "prends un 429 avec un en-tête retry after. les offres payantes ont des limites plus grandes",
        all_covered));
}

TEST(InformalOnTopic, ArabicInformalAnswerToThisQuestionKeepsItsPoints) {
    uh_test::Question q = arabic();
    EXPECT_TRUE(uh_test::points_are(q,
        "كده ببساطة كل مفتاح عميل عنده دلو رموز، كل طلب ياكل رمز والرموز تتملى بالراحة عشان تقدر تعمل "
        "دفعة صغيرة. العدادات في Redis عشان كل الخوادم تشوف نفس الحد، ولازم التحديث يكون ذري بسكربت. لما "
        "الرموز تخلص العميل ياخد 429 مع ترويسة Retry-After عشان يستنى. الباقات المدفوعة حدودها أكبر مش "
        "زي المجانية",
        all_covered));
}
