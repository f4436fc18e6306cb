// A bonus point of an informal answer (analysis.hpp, promote_coherent and promote_told_story,
// informal_bonus_words): its partial match is promoted only when it holds two words of the point's
// own wording. Such an answer says its points in few words, and one word of a bonus point is as
// often a word said in passing as the refinement told (on the dev and validation sets, bonus points
// so promoted in informal answers were wrong 18 times and right 6).
#include "core/analysis.hpp"

#include "coverage_cases.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

constexpr auto point = uh_test::point_result;
using uh_test::own_words;
using uh_test::statuses_are;

// Two must points stated, one touched, and two bonus points matched partly: by one word of their
// own and by two.
Coverage two_stated() {
    Coverage c;
    c.must = {point(PointStatus::covered, 0.8), point(PointStatus::covered, 0.6), own_words(point(PointStatus::partial, 0.3), 1)};
    c.bonus = {own_words(point(PointStatus::partial, 0.3), 1), own_words(point(PointStatus::partial, 0.3), 2)};
    return c;
}

// The same, its touched must point stated: 3 of 5 points, a story told in full.
Coverage three_stated() {
    Coverage c = two_stated();
    c.must[2].status = PointStatus::covered;
    c.must[2].score = 0.5;
    return c;
}

void told_story_pass(Coverage& c, bool informal) { promote_told_story(c, informal); }

}  // namespace

TEST(InformalBonus, OneWordOfItsOwnIsNoBonusToldInAnInformalAnswer) {
    const uh_test::ByRegister r = uh_test::by_register(two_stated(), uh_test::coherent_pass);
    EXPECT_TRUE(statuses_are(r.informal.bonus, {PointStatus::partial, PointStatus::covered}));
    EXPECT_LT(r.informal.bonus[0].score, 0.4);
    // A must point keeps the benefit of the doubt on one word: the answer is expected to say it.
    EXPECT_EQ(r.informal.must[2].status, PointStatus::covered);
    // The same matches in a formal answer: both bonus points are promoted, as before.
    EXPECT_TRUE(statuses_are(r.formal.bonus, {PointStatus::covered, PointStatus::covered}));
}

TEST(InformalBonus, AStoryToldInFullInformallyKeepsOneWordBonusPartial) {
    const uh_test::ByRegister r = uh_test::by_register(three_stated(), told_story_pass);
    EXPECT_TRUE(statuses_are(r.informal.bonus, {PointStatus::partial, PointStatus::covered}));
    EXPECT_EQ(r.formal.bonus[0].status, PointStatus::covered);
}

namespace {

uh_test::Question retry_question() {
    uh_test::Question q;
    q.question_text = "What does it mean for an API operation to be idempotent, and how would you make a payment "
                      "endpoint safe to retry?";
    q.key_points = R"j({"must_mention": ["the same request repeated has the same effect",
                                        "GET, PUT and DELETE are idempotent, POST is not",
                                        "the client sends an idempotency key", "stored keys expire (TTL)"],
                       "bonus_points": ["exponential backoff with jitter"]})j";
    return q;
}

const std::string retry_stated =
    "The same request repeated has the same effect, doing it twice is like doing it once. GET, PUT and DELETE are "
    "idempotent, POST is not. For payments the client sends an idempotency key with each request and the stored "
    "keys expire after a day.";

}  // namespace

TEST(InformalBonus, AppliedByKeyPointCoverage) {
    uh_test::Question q = retry_question();
    // "jitter" alone: in a formal answer the benefit of the doubt, in an informal one a word in passing.
    const Coverage formal = key_point_coverage(q.input(retry_stated + " Add some jitter as well."));
    ASSERT_EQ(formal.bonus.size(), 1u);
    ASSERT_EQ(formal.must[0].status, PointStatus::covered) << coverage_json(formal);
    EXPECT_EQ(formal.bonus[0].status, PointStatus::covered) << coverage_json(formal);
    const Coverage informal = key_point_coverage(q.input("ok so " + retry_stated + " tbh add some jitter."));
    ASSERT_EQ(informal.must[0].status, PointStatus::covered) << coverage_json(informal);
    EXPECT_EQ(informal.bonus[0].status, PointStatus::partial) << coverage_json(informal);
}

TEST(InformalBonus, FrenchInformalAnswer) {
    uh_test::Question q;
    q.question_text = "Comment rendre un point de paiement sûr à relancer ?";
    q.key_points = R"({"must_mention": ["la requête répétée a le même effet", "le client envoie une clé d'idempotence",
                                        "les clés stockées expirent"],
                       "bonus_points": ["gigue aléatoire entre essais"]})";
    const std::string stated = "La requête répétée a le même effet. Le client envoie une clé d'idempotence avec "
                               "chaque requête, et les clés stockées expirent après un jour.";
    const Coverage formal = key_point_coverage(q.input(stated + " Il faut ajouter de la gigue aussi."));
    ASSERT_EQ(formal.must[0].status, PointStatus::covered) << coverage_json(formal);
    EXPECT_EQ(formal.bonus[0].status, PointStatus::covered) << coverage_json(formal);
    const Coverage informal =
        key_point_coverage(q.input("bon ben " + stated + " franchement faut ajouter de la gigue, genre."));
    ASSERT_EQ(informal.must[0].status, PointStatus::covered) << coverage_json(informal);
    EXPECT_EQ(informal.bonus[0].status, PointStatus::partial) << coverage_json(informal);
}
