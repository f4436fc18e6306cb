// A point that reduces, avoids or removes a thing (Term::absent: "reduces load on the database",
// "tuples use less memory", "remove single points of failure") is stated by a denial of a doing
// with the thing ("we don't query the database as often"), denied by a denial of the reduction
// itself ("caching doesn't reduce the load") or a dismissal of the removal ("no single point of
// failure is worth fixing"), and neither stated nor denied by an admission of not knowing.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

namespace {

Question tuple_question() {
    Question q;
    q.question_text = "In Python, what is the difference between a list and a tuple?";
    q.key_points = R"({"must_mention": ["lists are mutable, tuples are immutable", "tuples hashable / usable as dict keys", "tuples lighter in memory", "tuples avoid extra memory allocation"]})";
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
    EXPECT_EQ(status_of(en, "I measure first. Caching doesn't reduce the load on the database."), PointStatus::contradicted);
    EXPECT_EQ(status_of(en, "I measure first. A cache doesn't take any load off the database."), PointStatus::contradicted);

    Question fr;
    fr.question_text = "Comment accélérer une page produit lente ?";
    fr.key_points = R"({"must_mention": ["le cache réduit la charge sur la base de données", "mesurer avant d'optimiser"]})";
    EXPECT_EQ(status_of(fr, "Je mesure d'abord, puis j'ajoute un cache pour ne pas interroger la base de données à "
                            "chaque requête."),
              PointStatus::covered);
    EXPECT_EQ(status_of(fr, "Je mesure d'abord. Le cache ne soulage pas la base de données."), PointStatus::contradicted);

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
