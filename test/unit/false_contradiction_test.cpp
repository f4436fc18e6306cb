// Correct answers read as contradicting a point: the point's prefixed word said as its negated
// base ("unvisited" / "haven't visited"), and words inside a reported question of the point
// ("why they disagreed"), which the point names but does not assert.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

// "Not yet visited" and "haven't visited" (in a condition too) state "unvisited"; the visited set
// named elsewhere is the other state the point assumes. The base alone still opposes it.
TEST(FalseContradiction, NegatedBaseStatesThePrefixedWord) {
    uh_test::expect_rows(uh_test::must_points({"walk the grid; every unvisited land cell opens a new island"}), {
        {"I loop over every cell; when I hit land that I haven't visited, that's a new island. "
         "Skip anything already in the visited set.", uh_test::not_(PointStatus::contradicted)},
        {"I scan every cell; a land cell not yet visited starts a new island.",
         uh_test::not_(PointStatus::contradicted)},
        {"I scan every cell; a land cell not yet visited starts a new island and I mark the visited cells.",
         uh_test::not_(PointStatus::contradicted)},
        {"I loop over every cell; when I hit visited land, that's a new island.", PointStatus::contradicted},
    });
}

// "Why they disagreed": the answer saying that others agreed does not deny it; outside a reported
// question the opposite still does.
TEST(FalseContradiction, ReportedQuestionIsNotAsserted) {
    Question q;
    q.key_points = R"({"must_mention": ["a specific instance of the policy and why they disagreed"]})";
    EXPECT_NE(status_of(q, "We had a rule that every function needed a docstring, and I thought it was a waste of time. "
                           "A few teammates agreed with me."),
              PointStatus::contradicted);
    Question r;
    r.key_points = R"({"must_mention": ["the reviewers disagreed with the rule"]})";
    EXPECT_EQ(status_of(r, "The reviewers agreed with the rule."), PointStatus::contradicted);
}

// A function word of the point (Arabic أو "or", is_function_word) that a negation of the answer
// passes over is no denial of the point: "لا حاجة إلى Kafka أو أي طابور وسيط" (no need for Kafka or
// any queue) says nothing of "sampling or quotas to cut the cost". Denying the point's own words
// still does.
TEST(FalseContradiction, ADeniedFunctionWordDeniesNothing) {
    Question q;
    q.key_points = R"({"must_mention": ["\u0625\u062e\u0641\u0627\u0621 \u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u0627\u0644\u062d\u0633\u0627\u0633\u0629", "\u0623\u062e\u0630 \u0639\u064a\u0646\u0627\u062a \u0623\u0648 \u062d\u0635\u0635 \u0644\u062a\u0642\u0644\u064a\u0644 \u0627\u0644\u062a\u0643\u0644\u0641\u0629"]})";
    // ترسل كل خدمة سجلاتها مباشرة إلى Elasticsearch، فلا حاجة إلى Kafka أو أي طابور وسيط.
    const std::string answer = "\u062a\u0631\u0633\u0644 \u0643\u0644 \u062e\u062f\u0645\u0629 \u0633\u062c\u0644\u0627\u062a\u0647\u0627 \u0645\u0628\u0627\u0634\u0631\u0629 \u0625\u0644\u0649 Elasticsearch\u060c \u0641\u0644\u0627 \u062d\u0627\u062c\u0629 \u0625\u0644\u0649 Kafka \u0623\u0648 \u0623\u064a \u0637\u0627\u0628\u0648\u0631 \u0648\u0633\u064a\u0637.";
    EXPECT_NE(status_of(q, answer, 1), PointStatus::contradicted);   // was contradicted
    // لا نأخذ عينات أو حصص، نحتفظ بكل السجلات.
    EXPECT_EQ(status_of(q, "\u0644\u0627 \u0646\u0623\u062e\u0630 \u0639\u064a\u0646\u0627\u062a \u0623\u0648 \u062d\u0635\u0635\u060c \u0646\u062d\u062a\u0641\u0638 \u0628\u0643\u0644 \u0627\u0644\u0633\u062c\u0644\u0627\u062a.", 1), PointStatus::contradicted);
}

// A negative quantifier that heads a phrase with no verb ("nothing secret in the sandbox", "rien de
// secret") denies that phrase only, as "no" does; one that is the subject of a verb the point does
// not name ("nobody can modify the shared buffer", "personne ne peut modifier") denies that other
// doing, not the sharing.
TEST(FalseContradiction, NegativeQuantifierDeniesTheWordsItOpens) {
    Question q;
    q.key_points = R"({"must_mention": ["two views share one underlying buffer", "the build runs in an isolated sandbox"]})";
    EXPECT_NE(status_of(q, "Two views are fine for read-only data, since nobody can modify the shared underlying buffer anyway."),
              PointStatus::contradicted);
    EXPECT_NE(status_of(q, "The build runs in a fresh container, nothing secret in the sandbox.", 1), PointStatus::contradicted);
    // Denying the point's own word still contradicts it.
    EXPECT_EQ(status_of(q, "With two views nothing is shared: the underlying buffer is copied too."), PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["deux vues partagent un seul tampon sous-jacent", "le build tourne dans un bac à sable isolé"]})";
    EXPECT_NE(status_of(f, "Deux vues suffisent pour des données en lecture seule, car personne ne peut modifier le tampon partagé."),
              PointStatus::contradicted);
    EXPECT_NE(status_of(f, "Le build tourne dans un conteneur neuf, rien de secret dans le bac à sable.", 1), PointStatus::contradicted);
}

// A negative quantifier the subject of the point's own verb denies the point as "not" does: its
// whole clause, not the first words only ("nothing is validated on the server" is "the server
// validates nothing"; "personne ne relit les changements"; a partitive "none of the duplicated
// messages are removed" does not say the duplicates are absent).
TEST(FalseContradiction, NegativeQuantifierSubjectDeniesThePoint) {
    Question q;
    q.key_points = R"({"must_mention": ["validate every input on the server", "record every access to card data"]})";
    EXPECT_EQ(status_of(q, "Nothing is validated on the server, the client already checks the input."), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "Every input is validated on the server. Nothing gets recorded when card data is accessed, it is too noisy.", 1),
              PointStatus::contradicted);
    Question d;
    d.key_points = R"({"must_mention": ["remove duplicated messages with an idempotency key"]})";
    EXPECT_EQ(status_of(d, "None of the duplicated messages are removed, we ignore the idempotency key."), PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["valider chaque entrée côté serveur", "un second ingénieur relit chaque changement"]})";
    EXPECT_EQ(status_of(f, "Chaque entrée est validée côté serveur. Personne ne relit les changements, on fait confiance à chaque ingénieur.", 1),
              PointStatus::contradicted);
}

// A negative quantifier the object of the verb before it, last in its phrase ("the pinned release
// receives none", "a restart loses nothing"), denies that verb: "won't receive any security fixes"
// and "doesn't lose anything" state the point.
TEST(FalseContradiction, NegativeQuantifierAfterAVerbDeniesIt) {
    Question q;
    q.key_points = R"({"must_mention": ["the pinned release receives none"]})";
    EXPECT_NE(status_of(q, "The pinned release won't receive any security fixes."), PointStatus::contradicted);
    Question r;
    r.key_points = R"({"must_mention": ["a restart loses nothing"]})";
    EXPECT_NE(status_of(r, "A restart doesn't lose anything."), PointStatus::contradicted);
}

// A negative quantifier denies a thing outright, as "no" does: "nothing is duplicated" states
// "remove duplicated messages" (Term::absent), in French ("rien n'est dupliqué") and Arabic (لا
// شيء). Not removing it still contradicts the point.
TEST(FalseContradiction, NegativeQuantifierStatesAnAbsence) {
    uh_test::expect_rows(uh_test::must_points({"remove duplicated messages"}), {
        {"With the idempotency key, nothing is duplicated in the messages.", uh_test::not_(PointStatus::contradicted)},
        {"We never remove duplicated messages.", PointStatus::contradicted},
    });
    Question f;
    f.key_points = R"({"must_mention": ["supprimer les messages dupliqués"]})";
    EXPECT_NE(status_of(f, "Avec la clé d'idempotence, rien n'est dupliqué dans les messages."), PointStatus::contradicted);
    Question a;
    // إزالة نقطة الفشل الواحدة (remove the single point of failure)
    a.key_points = R"({"must_mention": ["\u0625\u0632\u0627\u0644\u0629 \u0646\u0642\u0637\u0629 \u0627\u0644\u0641\u0634\u0644 \u0627\u0644\u0648\u0627\u062d\u062f\u0629"]})";
    // مع نسختين لا شيء يمثل نقطة الفشل الواحدة (with two replicas nothing is a single point of failure)
    EXPECT_NE(status_of(a, "\u0645\u0639 \u0646\u0633\u062e\u062a\u064a\u0646 \u0644\u0627 \u0634\u064a\u0621 \u064a\u0645\u062b\u0644 \u0646\u0642\u0637\u0629 \u0627\u0644\u0641\u0634\u0644 \u0627\u0644\u0648\u0627\u062d\u062f\u0629"),
              PointStatus::contradicted);
}

// "No extra memory", "without additional space", "sans mémoire supplémentaire", "بدون ذاكرة إضافية"
// name a constant amount of extra space, O(1): they state "done in place using O(1) extra space" rather
// than deny its "extra space". A denied O(1) still contradicts it.
TEST(FalseContradiction, NoExtraSpaceIsConstantSpace) {
    uh_test::expect_rows(uh_test::must_points({"done in place using O(1) extra space"}), {
        {"The array is reversed in place and needs no extra memory.", uh_test::not_(PointStatus::contradicted)},
        {"It is done in place, it doesn't use any extra memory.", uh_test::not_(PointStatus::contradicted)},
        {"It is not O(1) extra space, it needs O(n) extra memory.", PointStatus::contradicted},
    });
    Question f;
    f.key_points = R"({"must_mention": ["en place avec O(1) d'espace supplémentaire"]})";
    EXPECT_EQ(status_of(f, "C'est fait en place, on n'utilise pas de mémoire supplémentaire."), PointStatus::covered);
    Question a;
    // في المكان مع ذاكرة إضافية O(1) (in place, O(1) extra memory)
    a.key_points = R"json({"must_mention": ["\u0641\u064a \u0627\u0644\u0645\u0643\u0627\u0646 \u0645\u0639 \u0630\u0627\u0643\u0631\u0629 \u0625\u0636\u0627\u0641\u064a\u0629 O(1)"]})json";
    // الحل في المكان بدون ذاكرة إضافية (the solution is in place without extra memory)
    EXPECT_NE(status_of(a, "\u0627\u0644\u062d\u0644 \u0641\u064a \u0627\u0644\u0645\u0643\u0627\u0646 \u0628\u062f\u0648\u0646 \u0630\u0627\u0643\u0631\u0629 \u0625\u0636\u0627\u0641\u064a\u0629"),
              PointStatus::contradicted);
}

// A negation in a loop's condition said of a thing another point names ("while the queue is not
// empty": one point says "a queue") tests that thing's state; it does not deny this point's word
// ("an empty task list"). A subject naming this point's word ("the task list is never empty")
// still denies it, and so does a plain statement about another point's thing ("Redis does not
// need a TTL", "delivery never needs idempotent consumers").
TEST(FalseContradiction, DenialOfAnotherPointsThing) {
    Question q;
    q.key_points = R"({"must_mention": ["take the tasks in order from a queue", "cope with an empty task list"]})";
    uh_test::expect_rows(q, {
        {"The tasks go through a queue: while the queue is not empty, take the next task and run it.",
         uh_test::not_(PointStatus::contradicted)},
        {"The task list is never empty, so I skip that case.", PointStatus::contradicted},
    }, 1);
    Question f;
    f.key_points = R"({"must_mention": ["prendre les tâches dans l'ordre depuis une file", "gérer une liste de tâches vide"]})";
    EXPECT_NE(status_of(f, "Les tâches passent par une file : tant que la file n'est pas vide, on prend la tâche suivante.", 1),
              PointStatus::contradicted);
    Question a;
    // البحث بالعرض باستخدام قائمة انتظار / التعامل مع شجرة فارغة (BFS with a queue / handle an empty tree)
    a.key_points = R"({"must_mention": ["\u0627\u0644\u0628\u062d\u062b \u0628\u0627\u0644\u0639\u0631\u0636 \u0628\u0627\u0633\u062a\u062e\u062f\u0627\u0645 \u0642\u0627\u0626\u0645\u0629 \u0627\u0646\u062a\u0638\u0627\u0631", "\u0627\u0644\u062a\u0639\u0627\u0645\u0644 \u0645\u0639 \u0634\u062c\u0631\u0629 \u0641\u0627\u0631\u063a\u0629"]})";
    // الشجرة ليست فارغة أبدا (the tree is never empty)
    EXPECT_EQ(status_of(a, "\u0627\u0644\u0634\u062c\u0631\u0629 \u0644\u064a\u0633\u062a \u0641\u0627\u0631\u063a\u0629 \u0623\u0628\u062f\u0627", 1),
              PointStatus::contradicted);
    Question c;
    c.key_points = R"({"must_mention": ["cache responses in Redis", "set a TTL so stale entries expire", "invalidate on writes"]})";
    EXPECT_EQ(status_of(c, "I cache responses in Redis. Redis does not need a TTL, entries never go stale. I invalidate the key on writes.", 1),
              PointStatus::contradicted);
    Question k;
    k.key_points = R"({"must_mention": ["message queue with at-least-once delivery", "make consumers idempotent", "dead letter queue"]})";
    EXPECT_EQ(status_of(k, "Kafka delivers exactly once: delivery never needs idempotent consumers.", 1), PointStatus::contradicted);
}

// The point's prefixed word said as its negated base misspelt ("not visitd", "pas previsble") states
// it as the base spelt right does; the base said elsewhere is the other state. The base alone
// still opposes it. (Arabic negates with a separate word, not a prefix: no case.)
TEST(FalseContradiction, NegatedMisspeltBaseStatesThePrefixedWord) {
    uh_test::expect_rows(uh_test::must_points({"every unvisited node opens a new component"}), {
        {"go thru the nodes, when a node is not visitd, components += 1 and run bfs from it. "
         "i keep visited nodes in a set.", uh_test::not_(PointStatus::contradicted)},
        {"go thru the nodes, components += 1 and run bfs from each. i keep visited nodes in a set.",
         PointStatus::contradicted},
    });
    Question f;
    f.key_points = R"({"must_mention": ["des identifiants imprévisibles pour les commandes"]})";
    // (Informal French drops accents too.)
    uh_test::expect_rows(f, {
        {"Les identifiants des commandes ne sont pas previsble, car les identifiants previsibles se devinent.",
         uh_test::not_(PointStatus::contradicted)},
        {"Les identifiants des commandes sont prévisibles.", PointStatus::contradicted},
    });
}
