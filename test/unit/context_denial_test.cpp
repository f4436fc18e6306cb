// A must point half stated beside a denial of its words is contradicted in an answer that
// contradicts another point outright (context_denial.hpp), and only there.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

namespace {

Question bucket_question() {
    Question q;
    q.question_text = "How would you implement a token bucket rate limiter?";
    q.key_points = R"({"must_mention": ["cap the bucket at its capacity", "atomic check-and-update for thread safety"]})";
    return q;
}

}  // namespace

TEST(ContextDenial, HalfStatedPointBesideADenialInAnAnswerDenyingAnotherPoint) {
    Question q = bucket_question();
    const std::string denied = "I never cap the bucket at its capacity. ";
    const std::string half_denied = "Two threads can't really interfere here.";
    ASSERT_EQ(status_of(q, denied + half_denied, 0), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, denied + half_denied, 1), PointStatus::contradicted);
    // The evidence cites the denying clause.
    const Coverage c = key_point_coverage(q.input(denied + half_denied));
    ASSERT_TRUE(c.must.at(1).has_evidence);
    EXPECT_NE(c.must.at(1).evidence_text.find("threads can't really interfere"), std::string::npos);
    // Alone, the same half statement beside a denial is no contradiction: the answer denies no point.
    const std::string stated = "I cap the bucket at its capacity. ";
    ASSERT_EQ(status_of(q, stated + half_denied, 0), PointStatus::covered);
    uh_test::expect_rows(q, {
        {stated + half_denied, uh_test::not_(PointStatus::contradicted)},
        // Nor is a half statement without a denial next to the point's word, in the answer denying the
        // other point: plainly said, or with a denial of something else further on.
        {denied + "Two threads share the bucket here.", uh_test::not_(PointStatus::contradicted)},
        {denied + "Two threads share the bucket and the old logs are not kept.",
         uh_test::not_(PointStatus::contradicted)},
        // A point the answer states is left alone.
        {denied + "The check and the update are atomic, for thread safety; no lock is held long.",
         PointStatus::covered},
    }, 1);
}

// A denial is counted once: one already read as a contradiction of a point, or next to a word of a
// contradicted point, is that point's, not another's sharing the word.
TEST(ContextDenial, DenialOfTheContradictedPointIsNotReadAgainstAnother) {
    Question q;
    q.question_text = "In Python, what is the difference between a list and a tuple?";
    q.key_points = R"({"must_mention": ["mutability difference", "tuples are hashable, so they work as dict keys", "tuples lighter in memory"]})";
    const std::string answer = "Tuples are not hashable, so neither lists nor tuples can be dictionary keys.";
    ASSERT_EQ(status_of(q, answer, 1), PointStatus::contradicted);
    uh_test::expect_rows(q, {
        {answer, uh_test::not_(PointStatus::contradicted)},
        // Said of the other point's own words, the denial counts.
        {answer + " Tuples are not lighter either.", PointStatus::contradicted},
    }, 2);
}

// review17 F2: one slip elsewhere in the answer (a must point contradicted outright) must not turn a
// point stated with "don't / doesn't" into a contradiction. A point of reduction or avoidance ("use
// less memory", "reduces load on the database", "avoid lock contention") is said by denying the
// thing reduced ("Python doesn't reserve spare memory", "we don't query the database as often",
// "threads don't wait on one global lock"); the reviewer's probes stay partial, as before the rule.
namespace {

Question tuple_question() {
    Question q;
    q.question_text = "In Python, what is the difference between a list and a tuple?";
    q.key_points = R"({"must_mention": ["lists are mutable, tuples are immutable", "tuples are hashable and usable as dict keys", "tuples use less memory"]})";
    q.sample = "A list is mutable: you can append, remove or change its elements in place. A tuple is immutable: once "
               "created it cannot change. Because of that, a tuple of hashable elements is itself hashable and can be "
               "used as a dictionary key or put in a set, which a list cannot. Tuples are also a little lighter in "
               "memory and faster to create, since Python does not need to over-allocate room for growth. Use a tuple "
               "for fixed records and a list for collections that change.";
    return q;
}

Question lock_question() {
    Question q;
    q.question_text = "How do you reduce lock contention in a multithreaded service?";
    q.key_points = R"({"must_mention": ["avoid lock contention by sharding or striping locks", "keep critical sections short", "use lock-free or atomic operations where possible"]})";
    q.sample = "Lock contention happens when many threads wait for the same lock. First measure it with a profiler. Then "
               "split one global lock into many: stripe or shard the locks by key so that threads touching different "
               "data do not wait for each other. Keep the critical sections short: do the expensive work outside the "
               "lock and hold it only to publish the result. Where a counter or a flag is all you need, use atomic "
               "operations or a lock-free structure instead of a mutex. Read-write locks help read-heavy data.";
    return q;
}

}  // namespace

TEST(ContextDenial, ADontStatingTheReductionIsNoDenialBesideASlip) {
    Question tu = tuple_question();
    const std::string tu_answer = "Lists are mutable and tuples are immutable. Tuples can't be used as dictionary keys. "
                                  "A tuple is smaller because Python doesn't reserve spare memory for it.";
    ASSERT_EQ(status_of(tu, tu_answer, 1), PointStatus::contradicted);
    EXPECT_EQ(status_of(tu, tu_answer, 2), PointStatus::partial);   // was contradicted

    Question lc = lock_question();
    const std::string lc_answer = "We shard the locks by key so threads don't wait on one global lock. Critical sections "
                                  "don't need to be short, that never matters. Atomic counters help for simple flags.";
    ASSERT_EQ(status_of(lc, lc_answer, 1), PointStatus::contradicted);
    EXPECT_EQ(status_of(lc, lc_answer, 0), PointStatus::partial);   // was contradicted

}

// A slip in a bonus point costs no must point: the rule reads an answer contradicting a must point.
TEST(ContextDenial, ABonusSlipTriggersNothing) {
    Question q = tuple_question();
    q.key_points = R"({"must_mention": ["lists are mutable, tuples are immutable", "tuples use less memory"], "bonus_points": ["namedtuple gives named fields"]})";
    const std::string base = "Lists are mutable and tuples are immutable. A tuple is smaller because Python doesn't "
                             "reserve spare memory for it.";
    EXPECT_EQ(status_of(q, base + " A namedtuple doesn't give you named fields, it is just a tuple.", 1),
              PointStatus::partial);   // was contradicted
}
