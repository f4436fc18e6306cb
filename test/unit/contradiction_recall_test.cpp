// Contradiction recall: denials the matcher used to miss, each rule with a case that must be
// contradicted and a correct answer that must not be.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

// A wording of the point denied in full (here its alternative "RE2", dismissed) outweighs a clean
// match just past clean_ceiling made of the point's common words met elsewhere ("engine", "match",
// "time"); a clear statement of the point stands, even beside a dismissal of its alternative.
TEST(FullDenial, AWholeWordingDismissedOutweighsCommonWordsElsewhere) {
    uh_test::expect_rows(uh_test::must_points({"use linear-time engines (RE2) or a match timeout"}), {
        {"I use the default engine, and a failed match can take a long time. Switching to RE2 is "
         "overkill.", PointStatus::contradicted},
        {"I would use RE2, a linear-time engine, or a timeout on every match.", PointStatus::covered},
        {"I use a linear-time engine or a match timeout. RE2 itself is overkill, the built-in "
         "linear mode is enough.", PointStatus::covered},
    });
}

// A point of alternatives joined by "or" is stated by one of them said in full, word for word
// (not "time" for "timeout"), whatever the answer says of the others: "I set a timeout on every
// match. Switching to RE2 is overkill" uses the match timeout. Dismissing both still denies it.
TEST(FullDenial, OneAlternativeStatedBesideAnotherDismissedIsCovered) {
    Question q;
    q.question_text = "How do you protect a service from regex denial of service?";
    q.key_points = R"({"must_mention": ["use linear-time engines (RE2) or a match timeout"]})";
    uh_test::expect_rows(q, {
        {"I set a timeout on every match. Switching to RE2 is overkill for us.", PointStatus::covered},
        {"Every match runs with a timeout of 50 ms, so a bad pattern cannot hang a worker.", PointStatus::covered},
        {"Switching to RE2 or adding timeouts is overkill.", PointStatus::contradicted},
        {"The match fails and that is where the time goes. Switching to RE2 is overkill.", PointStatus::contradicted},
    });
    Question f;
    f.key_points = R"({"must_mention": ["utiliser un moteur en temps linéaire (RE2) ou un délai maximal par correspondance"]})";
    EXPECT_EQ(status_of(f, "Je mets un délai maximal sur chaque correspondance. Passer à RE2 est excessif pour nous."),
              PointStatus::covered);
}

// A one-word alias is mostly a product name, one way among others to do what the point asks:
// dismissing it ("Kafka isn't necessary, RabbitMQ is enough") denies that product, not the point,
// which the answer states ("decouple the services with a queue").
TEST(FullDenial, AOneWordAliasDismissedIsNoDenialOfThePoint) {
    Question q;
    q.question_text = "How do you decouple two services?";
    q.key_points = R"({"must_mention": [{"point": "decouple the services with a message queue", "aliases": ["Kafka"]}]})";
    EXPECT_EQ(status_of(q, "We decouple the services with a queue. Kafka isn't necessary at our volume; RabbitMQ is "
                           "enough."),
              PointStatus::covered);
}

// A point that states an absence by a word of its own ("prevent", "avoid", "missing") agrees with
// an answer saying the thing is absent, not with one denying that word: "we don't (need to)
// prevent a single point of failure" denies the point with all the words it goes on to deny.
TEST(ContradictionRecall, DenyingThePointsWordOfAbsenceDeniesThePoint) {
    Question q;
    q.question_text = "How do you keep the app available?";
    q.key_points = R"({"must_mention": ["prevent a single point of failure"]})";
    uh_test::expect_rows(q, {
        {"We don't need to prevent a single point of failure, one server is enough.", PointStatus::contradicted},
        {"We don't prevent a single point of failure.", PointStatus::contradicted},
        {"We run three replicas, so there is no single point of failure.", PointStatus::covered},
        {"We prevent a single point of failure with replicas.", PointStatus::covered},
    });
    uh_test::expect_rows(uh_test::must_points({"avoid lock contention"}), {
        {"We never avoid lock contention, it is cheap.", PointStatus::contradicted},
        {"Each thread keeps its own counter, so there is no lock contention.", PointStatus::covered},
    });
}

// A subject made a norm by its adjective ("a good login system", "un bon système") says what the
// speaker holds should be done: its denial of the point's word denies the point, as the speaker's
// own would ("I never store hashed passwords"). A plain other subject ("the login system") still
// tells of another thing's doing, and a norm described by "be" denies nothing.
TEST(ContradictionRecall, ANormsDenialIsTheSpeakers) {
    Question q;
    q.question_text = "How should a web app store user passwords?";
    q.key_points = R"({"must_mention": ["hash passwords with a slow salted hash like bcrypt"]})";
    uh_test::expect_rows(q, {
        {"A good login system never stores hashed passwords; it encrypts them with AES so support "
         "can recover them.", PointStatus::contradicted},
        {"I never store hashed passwords.", PointStatus::contradicted},
        {"The login system never stores hashed passwords.", PointStatus::missing},
        {"A good login system hashes passwords with bcrypt, a slow salted hash.", PointStatus::covered},
    });
}

// Only an "or" between alternatives of their own marks them: "two or more availability zones" is
// one point (a quantifier), "rooted or jailbroken devices" too (two words sharing one head), and a
// keyword list states no alternative. An alternative denied elsewhere in the answer is no clean
// statement of the point.
TEST(FullDenial, OrOfQuantifiersOrOfADeniedAlternativeMarksNoAlternative) {
    Question q;
    q.question_text = "How do you design storage for durability?";
    q.key_points = R"({"must_mention": ["replicate data across two or more availability zones",
                                        "take regular backups and test restores"]})";
    EXPECT_EQ(status_of(q, "We keep everything in a single availability zone, more zones are too expensive. We take backups."),
              PointStatus::contradicted);
    // (A list of terms: the score of its words, not a full statement: 0.43.)
    const PointResult listed = key_point_coverage(q.input("Availability zones, more zones, backups.")).must.at(0);
    EXPECT_EQ(listed.status, PointStatus::covered);
    EXPECT_LT(listed.score, 0.6);
    Question r;
    r.question_text = "How do you protect a service from catastrophic regex backtracking (ReDoS)?";
    r.key_points = R"({"must_mention": ["use linear-time engines (RE2) or a match timeout"]})";
    uh_test::expect_rows(r, {
        {"I set a timeout on every match in tests. In production we never set a match timeout and do not use RE2.",
         PointStatus::contradicted},
        {"I set a timeout on every match. Switching to RE2 is overkill for us.", PointStatus::covered},
    });
    Question p;
    p.question_text = "What does certificate pinning give a mobile app, and what are its limits?";
    p.key_points = R"({"must_mention": ["Bypassed on rooted or jailbroken devices"]})";
    EXPECT_LT(key_point_coverage(p.input("Pinning lets a user-installed CA read the traffic, and it works the same on "
                                         "jailbroken devices.")).must.at(0).score,
              0.6);
}

// A denial of a point's word of absence denies the point when the speaker says it ("we don't need
// to prevent ...", "I never bother to avoid ...", "on n'a pas besoin d'éviter", Arabic لا نحتاج),
// not when it tells what another subject cannot do ("one server cannot prevent a single point of
// failure, so we run three instances"): that argues for the point.
TEST(ContradictionRecall, AnotherSubjectsDenialOfTheWordOfAbsenceIsNoDenial) {
    Question q;
    q.question_text = "How do you make a web service highly available?";
    q.key_points = R"({"must_mention": ["run several instances behind a load balancer", "prevent a single point of failure",
                       "health checks remove bad instances"]})";
    uh_test::expect_rows(q, {
        {"One server cannot prevent a single point of failure, so we run three instances behind a load "
         "balancer, with health checks that remove bad instances.", PointStatus::covered},
        {"Running one instance does not prevent a single point of failure. Run several instances "
         "behind a load balancer; health checks remove bad instances.", PointStatus::covered},
        {"We did not prevent a single point of failure at first, and an outage taught us: now several "
         "instances run behind a load balancer, health checks remove bad ones.", PointStatus::covered},
        {"We don't need to prevent a single point of failure; one big server is enough.", PointStatus::contradicted},
    }, 1);
    Question m;
    m.question_text = "How do you reduce lock contention in a concurrent hash map?";
    m.key_points = R"({"must_mention": ["avoid lock contention by sharding the locks", "use atomics for counters"]})";
    uh_test::expect_rows(m, {
        {"A single global mutex cannot avoid lock contention, so I shard the locks per bucket and use "
         "atomics for the counters.", PointStatus::covered},
        {"I don't try to avoid lock contention; one global lock is simpler. Counters use atomics.",
         PointStatus::contradicted},
    });
    Question r;
    r.question_text = "How do you write a recursive function safely?";
    r.key_points = R"({"must_mention": ["a base case stops the recursion", "avoid stack overflow on deep inputs"]})";
    uh_test::expect_rows(r, {
        {"Tail calls do not avoid stack overflow in Python, so for deep inputs I convert the recursion "
         "to a loop; a base case stops the recursion.", PointStatus::covered},
        {"I never bother to avoid stack overflow; a base case stops the recursion and that is enough.",
         PointStatus::contradicted},
    }, 1);
    Question f;
    f.question_text = "Comment rendre un service web hautement disponible ?";
    f.key_points = R"({"must_mention": ["plusieurs instances derrière un répartiteur de charge",
                       "éviter un point de défaillance unique"]})";
    uh_test::expect_rows(f, {
        {"Un seul serveur ne peut pas éviter un point de défaillance unique, donc on déploie plusieurs "
         "instances derrière un répartiteur de charge.", PointStatus::covered},
        {"On n'a pas besoin d'éviter un point de défaillance unique, un seul gros serveur suffit.",
         PointStatus::contradicted},
    }, 1);
}

// The speaker's own bare inability to do what a point of absence asks ("we cannot avoid lock
// contention", "nous ne pouvons pas éviter ...") denies the point; an inability with a limit after
// it ("... entirely", "... with one global mutex") or of another subject argues for it.
TEST(ContradictionRecall, TheSpeakersBareInabilityDeniesTheWordOfAbsence) {
    Question q;
    q.question_text = "How do you reduce lock contention in a concurrent hash map?";
    q.key_points = R"({"must_mention": ["avoid lock contention"]})";
    uh_test::expect_rows(q, {
        {"We cannot avoid lock contention.", PointStatus::contradicted},
        {"I can't avoid lock contention; one lock is simpler.", PointStatus::contradicted},
        {"We cannot avoid lock contention entirely, so we shard the locks.", PointStatus::covered},
        {"You cannot avoid lock contention with one global mutex, so we shard the locks.", PointStatus::covered},
        {"A single global mutex cannot avoid lock contention, so I shard the locks.", PointStatus::covered},
    });
    Question f;
    f.key_points = R"({"must_mention": ["éviter la contention des verrous"]})";
    EXPECT_EQ(status_of(f, "Nous ne pouvons pas éviter la contention des verrous."), PointStatus::contradicted);
}

// An inability the speaker limits by a word of degree or quantity ("in every case", "never
// totally", "pas toujours", "في كل الحالات") says the thing is avoided in part, and one that goes
// on with a consequence naming the point's other words ("..., so we shard the locks") is the
// honest limit of the remedy the point asks for: neither denies the point (review17 F3). A bare
// inability, one that goes on with no other word of the point ("so we live with one lock") and
// "not at all" still do.
TEST(ContradictionRecall, TheSpeakersLimitedInabilityWithARemedyStatesThePoint) {
    Question q;
    q.question_text = "How do you reduce lock contention in a multithreaded service?";
    q.key_points = R"({"must_mention": ["avoid lock contention by sharding or striping locks"]})";
    uh_test::expect_rows(q, {
        {"We can't avoid lock contention in every case, so we shard the locks by key.", PointStatus::covered},
        {"We can never totally avoid lock contention, so we shard the locks by key.", PointStatus::covered},
        {"We can't avoid lock contention, so we shard the locks by key.", PointStatus::covered},
        {"We can't avoid lock contention, so we live with one global lock.", PointStatus::contradicted},
        {"We can't avoid lock contention at all, one lock is simpler.", PointStatus::contradicted},
    });
    uh_test::expect_rows(uh_test::must_points({"avoid lock contention"}), {
        {"We cannot always avoid lock contention.", PointStatus::covered},
        {"We cannot avoid all lock contention.", PointStatus::covered},
    });
    uh_test::expect_rows(uh_test::must_points({"éviter la contention des verrous"}), {
        {"Nous ne pouvons pas toujours éviter la contention des verrous.", PointStatus::covered},
        {"Nous ne pouvons pas éviter la contention des verrous du tout.", PointStatus::contradicted},
    });
}

// No need of a point's word of absence rejects the point in every form of the lexicon's words of
// need (role_need: "necessaire" typed without its accent too); a word of importance is no need
// ("nothing is more important than preventing X" argues for the point).
TEST(ContradictionRecall, EveryWordOfNeedRejectsTheWordOfAbsence) {
    Question f;
    f.key_points = R"({"must_mention": ["eviter un point de defaillance unique"]})";
    EXPECT_EQ(status_of(f, "Pour nous il n'est pas necessaire d'eviter un point de defaillance unique, un seul serveur suffit."),
              PointStatus::contradicted);
    Question q;
    q.question_text = "How do you make a web service highly available?";
    q.key_points = R"({"must_mention": ["prevent a single point of failure"]})";
    EXPECT_EQ(status_of(q, "Nothing is more important than to prevent a single point of failure, so we run three replicas."),
              PointStatus::covered);
}
