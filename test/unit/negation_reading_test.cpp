// Negations that deny nothing the answer does: the lack of a thing as the reason for it ("without
// a queue the services would fail together"), the lack denied again ("HTTP without TLS is never
// acceptable"), a restriction denied ("don't just monitor average latency"); and the forms of a
// removal a point may use ("removed", "get rid of") that an answer saying the thing is absent states.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

// "Without X, Y would ...": what the lack of X would bring, a reason for X. Said by the speaker
// ("without a queue, I would call them directly") it is a plan without X, and still denies it.
TEST(NegationReading, ConsequenceOfALackIsNoDenial) {
    Question q;
    q.question_text = "How do you decouple two services?";
    q.key_points = R"({"must_mention": ["use a message queue"]})";
    uh_test::expect_rows(q, {
        {"Without a message queue the services would call each other directly and fail together. "
         "We put RabbitMQ between them so work is buffered.", PointStatus::covered},
        {"Without a message queue, I would just let the services call each other directly.", PointStatus::contradicted},
    });
    Question f;
    f.key_points = R"({"must_mention": ["utiliser une file de messages"]})";
    EXPECT_EQ(status_of(f, "Sans file de messages, les services tomberaient ensemble. Nous utilisons une file entre eux."),
              PointStatus::covered);
}

// "X without Y is never acceptable", "requests without a token are not accepted": the lack denied
// again says that Y is needed. A lack followed by "and never ..." is still a lack.
TEST(NegationReading, LackDeniedAgainStatesTheThing) {
    Question q;
    q.question_text = "How do you secure service traffic?";
    q.key_points = R"({"must_mention": ["enable TLS"]})";
    uh_test::expect_rows(q, {
        {"Plain HTTP without TLS is never acceptable; every service talks over HTTPS.", PointStatus::covered},
        {"Requests without TLS are not accepted, every service talks over HTTPS.", PointStatus::covered},
        {"We ship plain HTTP without TLS and never looked back.", PointStatus::contradicted},
    });
    Question f;
    f.key_points = R"({"must_mention": ["activer TLS"]})";
    EXPECT_EQ(status_of(f, "Le HTTP sans TLS n'est jamais acceptable : chaque service parle en HTTPS."),
              PointStatus::covered);
}

// "I won't ship it without a review", "je ne déploie jamais sans revue", "لا ننشر بدون مراجعة": a
// negation whose scope holds a lack denies the lack, and so says that what follows it is needed.
// A lack alone still denies it.
TEST(NegationReading, NegationOverALackStatesTheThing) {
    Question q;
    q.question_text = "How do you handle a risky release?";
    q.key_points = R"({"must_mention": ["get a security review"]})";
    uh_test::expect_rows(q, {
        {"I'm not comfortable shipping it without a security review from the platform team.", PointStatus::covered},
        {"We never release anything without a security review, it is the one gate we keep.", PointStatus::covered},
        {"We shipped it without a security review to hit the date.", PointStatus::contradicted},
    });
    uh_test::expect_rows(uh_test::must_points({"obtenir une revue de sécurité"}), {
        {"Je ne déploie jamais sans une revue de sécurité de l'équipe plateforme.", PointStatus::covered},
        {"Nous avons déployé sans revue de sécurité pour tenir la date.", PointStatus::contradicted},
    });
    Question a;
    a.key_points = R"({"must_mention": ["\u0645\u0631\u0627\u062c\u0639\u0629 \u0623\u0645\u0646\u064a\u0629"]})";   // مراجعة أمنية
    EXPECT_EQ(status_of(a, "\u0644\u0627 \u0646\u0646\u0634\u0631 \u0623\u064a \u0625\u0635\u062f\u0627\u0631 "   // لا ننشر أي إصدار
                           "\u062f\u0648\u0646 \u0645\u0631\u0627\u062c\u0639\u0629 \u0623\u0645\u0646\u064a\u0629."),   // دون مراجعة أمنية.
              PointStatus::covered);
    EXPECT_EQ(status_of(a, "\u0646\u0634\u0631\u0646\u0627 \u0627\u0644\u0625\u0635\u062f\u0627\u0631 "   // نشرنا الإصدار
                           "\u0628\u062f\u0648\u0646 \u0645\u0631\u0627\u062c\u0639\u0629 \u0623\u0645\u0646\u064a\u0629."),   // بدون مراجعة أمنية.
              PointStatus::contradicted);
}

// "Don't just X" in an answer does X and asks for more; a plain denial still denies. In a key
// point the same words rule out X alone: an answer doing X alone as the fix contradicts it.
TEST(NegationReading, RestrictionDeniedInAnAnswerDeniesNothing) {
    Question q;
    q.question_text = "How do you watch a service in production?";
    q.key_points = R"({"must_mention": ["monitor latency"]})";
    uh_test::expect_rows(q, {
        {"Don't just monitor average latency: we track p99 latency and error rates with alerts.", PointStatus::covered},
        {"We never only monitor latency, we alert on errors too.", PointStatus::covered},
        {"We do not monitor latency at all.", PointStatus::contradicted},
    });
    Question f;
    f.key_points = R"({"must_mention": ["surveiller la latence"]})";
    EXPECT_EQ(status_of(f, "Ne surveillez pas seulement la latence moyenne : nous surveillons la latence p99."),
              PointStatus::covered);
    Question r;
    r.key_points = R"({"must_mention": ["the fix is not just adding automatic retries"]})";
    EXPECT_EQ(status_of(r, "The best fix is to add automatic retries to every test."), PointStatus::contradicted);
}

// A point that removes a thing in the past tense or with "get rid of" is stated by an answer saying
// the thing is absent, as "remove" is.
TEST(NegationReading, EveryFormOfARemovalIsStatedByTheAbsence) {
    const char* answer = "We added a second server behind a load balancer, so there is no single point of failure.";
    for (const char* point : {"removed the single point of failure", "get rid of single points of failure",
                              "eliminated single points of failure"}) {
        Question q;
        q.question_text = "How do you make the service highly available?";
        q.key_points = std::string(R"({"must_mention": [")") + point + "\"]}";
        EXPECT_EQ(status_of(q, answer), PointStatus::covered) << point;
    }
}

// "Can't just X", "never simply X": in English mostly "don't X". Without an addition after it
// ("we also ..."), such a restriction keeps its negation, so a correct answer is not charged with
// the common mistake it rules out; "we do not just store them in plain text, we also keep a
// hashed copy" still says it does.
TEST(NegationReading, JustOrSimplyDeniedWithoutAnAdditionStillDenies) {
    Question q;
    q.question_text = "How should you store user passwords?";
    q.key_points = R"({"must_mention": ["hash passwords with bcrypt"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "Storing passwords in plain text"}]})";
    auto mistaken = [&](const std::string& answer) {
        const AnalysisResult r = analyze(q.input(answer));
        for (const auto& w : r.weaknesses)
            if (w.find("Common mistake") != std::string::npos) return true;
        return false;
    };
    EXPECT_FALSE(mistaken("You can't just store passwords in plain text; hash them with bcrypt."));
    EXPECT_FALSE(mistaken("Never simply store passwords in plain text. Hash them with bcrypt."));
    EXPECT_FALSE(mistaken("We do not simply store the password in plain text; we hash it with bcrypt."));
    EXPECT_FALSE(mistaken("We never just store passwords in plain text: every password is hashed with bcrypt."));
    EXPECT_TRUE(mistaken("We do not just store passwords in plain text, we also keep a hashed copy with bcrypt."));
    EXPECT_EQ(status_of(q, "You can't just store passwords in plain text; hash them with bcrypt."), PointStatus::covered);
}

// "Without X, Y could still ..., so I would not add one": the consequence tells that things work
// without X, and the speaker goes on to reject it: the lack stays a denial. "Without X, Y would
// ..." followed by X put in place is still a reason for X (ConsequenceOfALackIsNoDenial).
TEST(NegationReading, ConsequenceTheSpeakerGoesOnToRejectStillDenies) {
    Question q;
    q.question_text = "Why put a message queue between two services?";
    q.key_points = R"({"must_mention": ["use a message queue to decouple the services", "absorb load spikes"]})";
    uh_test::expect_rows(q, {
        {"Without a message queue the services could still talk over HTTP, so I would not add one; "
         "spikes are absorbed by autoscaling.", PointStatus::contradicted},
        {"Without a message queue the services would call each other directly and fail together, and "
         "a spike would hit the slow service; the queue decouples them and absorbs load spikes.", PointStatus::covered},
    });
}

// "Don't just X; Y" with no addition after it ("also", "too", "aussi") warns against X done
// alone: X is said (a key point of X stays covered), but it is no common mistake the answer
// makes. "We do not just X, we also Y" still makes it.
TEST(NegationReading, DontJustWithoutAnAdditionWarnsAgainstTheMistake) {
    auto mistaken = [](Question& q, const std::string& answer) {
        const AnalysisResult r = analyze(q.input(answer));
        for (const auto& w : r.weaknesses)
            if (w.find("Common mistake") != std::string::npos || w.find("Erreur fr") != std::string::npos) return true;
        return false;
    };
    Question q;
    q.question_text = "How should you store user passwords?";
    q.key_points = R"({"must_mention": ["hash passwords with bcrypt"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "Storing passwords in plain text"}]})";
    EXPECT_FALSE(mistaken(q, "Don't just store passwords in plain text; hash them."));
    EXPECT_FALSE(mistaken(q, "Don't just store passwords in plain text; hash them with bcrypt."));
    EXPECT_TRUE(mistaken(q, "We do not just store passwords in plain text, we also keep a hashed copy with bcrypt."));
    EXPECT_TRUE(mistaken(q, "We store passwords in plain text and hash them with bcrypt later."));
    Question f;
    f.question_text = "Comment stocker les mots de passe ?";
    f.key_points = R"({"must_mention": ["hacher les mots de passe avec bcrypt"]})";
    f.mistakes = R"({"mistakes": [{"mistake": "Stocker les mots de passe en clair"}]})";
    EXPECT_FALSE(mistaken(f, "Ne stockez pas juste les mots de passe en clair ; hachez-les avec bcrypt."));
    EXPECT_TRUE(mistaken(f, "Nous stockons les mots de passe en clair dans la base."));
    Question m;
    m.question_text = "How do you watch a service in production?";
    m.key_points = R"({"must_mention": ["monitor latency"]})";
    EXPECT_EQ(status_of(m, "Don't just monitor average latency: we track p99 latency and error rates with alerts."),
              PointStatus::covered);
}

// Arabic says "would" after a fronted "بدون" (without) with a verb in the future (ستسقط, سوف): the
// consequence of the lack, a reason for the thing, as "without a queue the services would fail
// together". In the first person (سأترك: "I would leave") it is the speaker's plan, and denies.
TEST(NegationReading, ArabicFutureAfterWithoutIsAConsequence) {
    Question q;
    q.question_text = "\u0643\u064a\u0641 \u062a\u0641\u0635\u0644 \u0628\u064a\u0646 \u062e\u062f\u0645\u062a\u064a\u0646\u061f";
    q.key_points = "{\"must_mention\": [\"\u0627\u0633\u062a\u062e\u062f\u0627\u0645 \u0637\u0627\u0628\u0648\u0631 "
                   "\u0631\u0633\u0627\u0626\u0644\"]}";   // استخدام طابور رسائل
    // بدون طابور رسائل ستتصل الخدمات ببعضها مباشرة وستسقط معا. وضعنا RabbitMQ بينها لتخزين العمل مؤقتا.
    uh_test::expect_rows(q, {
        {"\u0628\u062f\u0648\u0646 \u0637\u0627\u0628\u0648\u0631 \u0631\u0633\u0627\u0626\u0644 "
         "\u0633\u062a\u062a\u0635\u0644 \u0627\u0644\u062e\u062f\u0645\u0627\u062a "
         "\u0628\u0628\u0639\u0636\u0647\u0627 \u0645\u0628\u0627\u0634\u0631\u0629 "
         "\u0648\u0633\u062a\u0633\u0642\u0637 \u0645\u0639\u0627. \u0648\u0636\u0639\u0646\u0627 "
         "RabbitMQ \u0628\u064a\u0646\u0647\u0627 \u0644\u062a\u062e\u0632\u064a\u0646 "
         "\u0627\u0644\u0639\u0645\u0644 \u0645\u0624\u0642\u062a\u0627.", PointStatus::covered},
        // بدون طابور رسائل سوف تسقط الخدمات معا. وضعنا RabbitMQ بينها.
        {"\u0628\u062f\u0648\u0646 \u0637\u0627\u0628\u0648\u0631 \u0631\u0633\u0627\u0626\u0644 "
         "\u0633\u0648\u0641 \u062a\u0633\u0642\u0637 \u0627\u0644\u062e\u062f\u0645\u0627\u062a "
         "\u0645\u0639\u0627. \u0648\u0636\u0639\u0646\u0627 RabbitMQ \u0628\u064a\u0646\u0647\u0627.",
         PointStatus::covered},
        // بدون طابور رسائل، سأترك الخدمات تتصل ببعضها مباشرة.
        {"\u0628\u062f\u0648\u0646 \u0637\u0627\u0628\u0648\u0631 \u0631\u0633\u0627\u0626\u0644\u060c "
         "\u0633\u0623\u062a\u0631\u0643 \u0627\u0644\u062e\u062f\u0645\u0627\u062a "
         "\u062a\u062a\u0635\u0644 \u0628\u0628\u0639\u0636\u0647\u0627 \u0645\u0628\u0627\u0634\u0631\u0629.",
         PointStatus::contradicted},
    });
}

// A word that starts as a future does (س and a prefix of the present) is a future verb only when
// the rest is a verb Arabic says in the present: the loanwords سيرفر (server) and سيستم (system)
// are nouns, and "بدون ذاكرة تخزين مؤقت سيرفر قاعدة البيانات يتحمل كل القراءات" (no cache: the
// database server carries every read) denies the cache as "بدون ... الخادم يتحمل" does; "ستنهار"
// (would collapse) is still the consequence of the lack (review17 F4).
TEST(NegationReading, ArabicLoanwordIsNoFutureVerb) {
    Question q;
    q.question_text = "\u0643\u064a\u0641 \u062a\u0633\u062a\u062e\u062f\u0645 \u0630\u0627\u0643\u0631\u0629 \u0627\u0644\u062a\u062e\u0632\u064a\u0646 \u0627\u0644\u0645\u0624\u0642\u062a \u0644\u062a\u0633\u0631\u064a\u0639 \u062a\u0637\u0628\u064a\u0642 \u0648\u064a\u0628\u061f";   // كيف تستخدم ذاكرة التخزين المؤقت لتسريع تطبيق ويب؟
    q.key_points = "{\"must_mention\": [\"\u0627\u0633\u062a\u062e\u062f\u0627\u0645 \u0630\u0627\u0643\u0631\u0629 \u062a\u062e\u0632\u064a\u0646 \u0645\u0624\u0642\u062a \u0645\u062b\u0644 Redis \u0644\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u0627\u0644\u0645\u0642\u0631\u0648\u0621\u0629 \u0643\u062b\u064a\u0631\u0627\", \"\u062a\u062d\u062f\u064a\u062f \u0645\u062f\u0629 \u0635\u0644\u0627\u062d\u064a\u0629 \u0644\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u0627\u0644\u0645\u062e\u0632\u0646\u0629\"]}";
    // بدون ذاكرة تخزين مؤقت سيرفر قاعدة البيانات يتحمل كل القراءات وهذا يكفينا تماما.
    uh_test::expect_rows(q, {
        {"\u0628\u062f\u0648\u0646 \u0630\u0627\u0643\u0631\u0629 \u062a\u062e\u0632\u064a\u0646 \u0645\u0624\u0642\u062a \u0633\u064a\u0631\u0641\u0631 \u0642\u0627\u0639\u062f\u0629 \u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u064a\u062a\u062d\u0645\u0644 \u0643\u0644 \u0627\u0644\u0642\u0631\u0627\u0621\u0627\u062a \u0648\u0647\u0630\u0627 \u064a\u0643\u0641\u064a\u0646\u0627 \u062a\u0645\u0627\u0645\u0627.",
         PointStatus::contradicted},
        // بدون ذاكرة تخزين مؤقت سيستم قاعدة البيانات يتحمل كل القراءات وهذا يكفينا تماما.
        {"\u0628\u062f\u0648\u0646 \u0630\u0627\u0643\u0631\u0629 \u062a\u062e\u0632\u064a\u0646 \u0645\u0624\u0642\u062a \u0633\u064a\u0633\u062a\u0645 \u0642\u0627\u0639\u062f\u0629 \u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u064a\u062a\u062d\u0645\u0644 \u0643\u0644 \u0627\u0644\u0642\u0631\u0627\u0621\u0627\u062a \u0648\u0647\u0630\u0627 \u064a\u0643\u0641\u064a\u0646\u0627 \u062a\u0645\u0627\u0645\u0627.",
         PointStatus::contradicted},
        // بدون ذاكرة تخزين مؤقت الخادم يتحمل كل القراءات وهذا يكفينا تماما.
        {"\u0628\u062f\u0648\u0646 \u0630\u0627\u0643\u0631\u0629 \u062a\u062e\u0632\u064a\u0646 \u0645\u0624\u0642\u062a \u0627\u0644\u062e\u0627\u062f\u0645 \u064a\u062a\u062d\u0645\u0644 \u0643\u0644 \u0627\u0644\u0642\u0631\u0627\u0621\u0627\u062a \u0648\u0647\u0630\u0627 \u064a\u0643\u0641\u064a\u0646\u0627 \u062a\u0645\u0627\u0645\u0627.",
         PointStatus::contradicted},
        // بدون ذاكرة تخزين مؤقت ستنهار قاعدة البيانات في أوقات الذروة، لذلك نضع Redis أمامها ونحدد مدة صلاحية لكل مفتاح.
        {"\u0628\u062f\u0648\u0646 \u0630\u0627\u0643\u0631\u0629 \u062a\u062e\u0632\u064a\u0646 \u0645\u0624\u0642\u062a \u0633\u062a\u0646\u0647\u0627\u0631 \u0642\u0627\u0639\u062f\u0629 \u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u0641\u064a \u0623\u0648\u0642\u0627\u062a \u0627\u0644\u0630\u0631\u0648\u0629\u060c \u0644\u0630\u0644\u0643 \u0646\u0636\u0639 Redis \u0623\u0645\u0627\u0645\u0647\u0627 \u0648\u0646\u062d\u062f\u062f \u0645\u062f\u0629 \u0635\u0644\u0627\u062d\u064a\u0629 \u0644\u0643\u0644 \u0645\u0641\u062a\u0627\u062d.",
         PointStatus::covered},
    });
}
