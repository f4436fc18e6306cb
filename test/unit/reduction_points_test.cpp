// A point that reduces, avoids or removes a thing (Term::absent: "reduces load on the database",
// "tuples use less memory", "remove single points of failure") is stated by a denial of a doing
// with the thing ("we don't query the database as often"), denied by a denial of the reduction
// itself ("caching doesn't reduce the load") or a dismissal of the removal ("no single point of
// failure is worth fixing"), and neither stated nor denied by an admission of not knowing.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

namespace {

Question tuple_question() {
    Question q;
    q.question_text = "In Python, what is the difference between a list and a tuple?";
    q.key_points = R"({"must_mention": ["lists are mutable, tuples are immutable", "tuples are hashable, so they work as dict keys", "tuples lighter in memory", "tuples avoid extra memory allocation"]})";
    return q;
}

}  // namespace

TEST(ReductionPoints, ADenialOfADoingWithTheThingReducedStatesThePoint) {
    Question en;
    en.question_text = "How would you speed up a slow product page?";
    en.key_points = R"({"must_mention": ["cache reduces load on the database", "measure before optimising"]})";
    EXPECT_EQ(status_of(en, "I measure first, then add a cache so we don't hit the database on every request."),
              PointStatus::covered);   // was contradicted
    // A denial of the reduction itself, or a denied doing without the whole, still denies the point.
    uh_test::expect_rows(en, {
        {"I measure first. Caching doesn't reduce the load on the database.", PointStatus::contradicted},
        {"I measure first. A cache doesn't take any load off the database.", PointStatus::contradicted},
    });

    Question fr;
    fr.question_text = "Comment accélérer une page produit lente ?";
    fr.key_points = R"({"must_mention": ["le cache réduit la charge sur la base de données", "mesurer avant d'optimiser"]})";
    uh_test::expect_rows(fr, {
        {"Je mesure d'abord, puis j'ajoute un cache pour ne pas interroger la base de données à "
         "chaque requête.", PointStatus::covered},
        {"Je mesure d'abord. Le cache ne soulage pas la base de données.", PointStatus::contradicted},
    });

    // A bare "not X" names what the answer does instead: no statement of "limit recursion".
    Question r;
    r.key_points = R"({"must_mention": ["limit nesting depth / recursion"]})";
    EXPECT_EQ(status_of(r, "Since it uses loops, not recursion on the right, it stays left associative."), PointStatus::missing);
}

TEST(ReductionPoints, AnAdmissionOfNotKnowingIsNoContradiction) {
    Question q = tuple_question();
    const std::string answer = "Lists are mutable and tuples are immutable. I don't know much about how their memory use compares.";
    EXPECT_NE(status_of(q, answer, 2), PointStatus::contradicted);   // was contradicted
    EXPECT_NE(status_of(q, answer, 3), PointStatus::covered);
    Question fr;
    fr.key_points = R"({"must_mention": ["les tuples utilisent moins de mémoire"]})";
    EXPECT_NE(status_of(fr, "Je ne sais pas comment les tuples utilisent la mémoire."), PointStatus::contradicted);
}

TEST(ReductionPoints, ADismissalOfTheRemovalDeniesIt) {
    Question q;
    q.question_text = "How do you make a service highly available?";
    q.key_points = R"({"must_mention": ["remove single points of failure", "health checks and failover"]})";
    EXPECT_EQ(status_of(q, "No single point of failure is worth fixing. Health checks are enough."),
              PointStatus::contradicted);   // was covered
    EXPECT_EQ(status_of(q, "There is no single point of failure: every node has a replica."), PointStatus::covered);
}

// "Lock-free" is without a lock: a dismissal of the mutex it does without agrees with it.
TEST(ReductionPoints, ADismissalOfWhatAFreeCompoundDoesWithoutAgrees) {
    Question q;
    q.question_text = "When would you use atomic operations instead of a mutex?";
    q.key_points = R"({"must_mention": ["lock-free: no mutex needed", "atomics avoid lock contention"]})";
    const std::string answer = "For a simple counter I use an atomic increment, where a mutex is overkill.";
    EXPECT_NE(status_of(q, answer, 0), PointStatus::contradicted);   // was contradicted
    EXPECT_NE(status_of(q, answer, 1), PointStatus::contradicted);
    // Recommending the lock still denies it.
    EXPECT_EQ(status_of(q, "For a simple counter I always take a lock; lock-free code is never worth it."),
              PointStatus::contradicted);
}

// "Not as often" (as much, pas aussi souvent, pas autant: WordRole role_frequency after "as" / "so")
// leaves the doing in part, as "not on every request" does: it states the reduction.
TEST(ReductionPoints, ADoingDeniedAsOftenStatesThePoint) {
    Question en;
    en.question_text = "How would you speed up a slow product page?";
    en.key_points = R"({"must_mention": ["cache reduces load on the database", "measure before optimising"]})";
    EXPECT_NE(status_of(en, "I would measure first, then add a cache, so we don't query the database as often."),
              PointStatus::contradicted);   // was contradicted (review18 F3)

    Question fr;
    fr.question_text = "Comment accélérer une page produit lente ?";
    fr.key_points = R"({"must_mention": ["le cache réduit la charge sur la base de données", "mesurer avant d'optimiser"]})";
    EXPECT_NE(status_of(fr, "Je mesure d'abord, puis j'ajoute un cache pour ne plus interroger la base de données "
                            "aussi souvent."),
              PointStatus::contradicted);   // (not contradicted before either: "ne plus")
}

// A verb of relief (save, spare, relieve, take ... off, économiser, soulager, alléger, يخفف: WordRole
// role_relief) is the reduction itself: its denial denies the point even with a whole after it.
TEST(ReductionPoints, ADenialOfReliefDeniesThePointWithAWholeAfterIt) {
    Question en;
    en.question_text = "How would you speed up a slow product page?";
    en.key_points = R"({"must_mention": ["cache reduces load on the database", "measure before optimising"]})";
    EXPECT_EQ(status_of(en, "I measure first. Honestly a cache doesn't take any load off the database for every "
                            "request, it is useless."),
              PointStatus::contradicted);   // was covered (review18 F3)
    EXPECT_EQ(status_of(en, "I measure first. A cache never takes load off the database in all cases I have seen."),
              PointStatus::contradicted);   // was covered
    EXPECT_EQ(status_of(en, "I measure first. A cache doesn't save the database any load on every request."),
              PointStatus::contradicted);   // was covered

    Question fr;
    fr.question_text = "Comment accélérer une page produit lente ?";
    fr.key_points = R"({"must_mention": ["le cache réduit la charge sur la base de données", "mesurer avant d'optimiser"]})";
    EXPECT_EQ(status_of(fr, "Je mesure d'abord. Le cache n'allège pas la charge de la base de données à chaque requête."),
              PointStatus::contradicted);   // (contradicted before too, by the window's other words)

    Question ar;
    ar.key_points = R"({"must_mention": ["\u0627\u0644\u0643\u0627\u0634 \u064a\u0642\u0644\u0644 \u0627\u0644\u062d\u0645\u0644 \u0639\u0644\u0649 \u0642\u0627\u0639\u062f\u0629 \u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a"]})";
    // الكاش لا يخفف الحمل عن قاعدة البيانات في كل طلب. (The cache does not lighten the database's load on every request.)
    EXPECT_EQ(status_of(ar, "\u0627\u0644\u0643\u0627\u0634 \u0644\u0627 \u064a\u062e\u0641\u0641 \u0627\u0644\u062d\u0645\u0644 \u0639\u0646 \u0642\u0627\u0639\u062f\u0629 \u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u0641\u064a \u0643\u0644 \u0637\u0644\u0628."),
              PointStatus::contradicted);   // was covered
}

// A point's "save" stores rather than lightens: no point of reduction (a guard: "we don't save the
// user data" denies it, as before the words of relief).
TEST(ReductionPoints, SavingInAPointIsNoReduction) {
    Question q;
    q.question_text = "What states can an iOS app be in?";
    q.key_points = R"({"must_mention": ["save user data when entering background"]})";
    EXPECT_EQ(status_of(q, "We don't save any user data when the app enters the background."), PointStatus::contradicted);
}
