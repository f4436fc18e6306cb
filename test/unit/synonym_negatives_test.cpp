// What synonym groups must not reach: a word that only looks like a member of a group (an
// abbreviation's letters opening another word, a word one letter away, a word inside another)
// states nothing of a point written with that member, and an opposite is no synonym. Each case
// is a one-word point, where a wrong match alone would cover it.
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

struct Case {
    const char* point;
    const char* answer;
};

PointResult one_point(const Case& c) {
    uh_test::Question q;
    q.key_points = std::string(R"({"must_mention": [")") + c.point + "\"]}";
    return key_point_coverage(q.input(c.answer)).must.at(0);
}

// Both words in one synonym group.
bool same_group(const char* a, const char* b) {
    const int group = word_info(a).group;
    return group >= 0 && group == word_info(b).group;
}

}  // namespace

// The letters of an abbreviation in a group ("kube", "auth", "perms", "repo", "mem", "doc", "app",
// "req", "id", "info", "impl", "dept", "bot", "bin") open other words.
TEST(SynonymNegatives, AnAbbreviationIsNoPrefixOfOtherWords) {
    const Case cases[] = {
        {"kubernetes", "The data sits in an OLAP cube."},
        {"javascript", "The API returns JSON."},
        {"authentication", "The author of the commit reviewed it."},
        {"permissions", "The change is permanent."},
        {"repository", "I wrote a report."},
        {"environment", "Put it in an envelope."},
        {"memory", "A data member is private."},
        {"function", "It was fun to write."},
        {"library", "The liberal license."},
        {"documentation", "It runs in Docker."},
        {"application", "My approach was simple."},
        {"request", "That is a requirement."},
        {"identifier", "That is a good idea."},
        {"information", "We own the infrastructure."},
        {"implementation", "An implicit conversion happens."},
        {"department", "The tree has a depth of three."},
        {"crawler", "We tested both."},
        {"buckets", "Use a binary search."},
    };
    for (const Case& c : cases) EXPECT_EQ(one_point(c).status, PointStatus::missing) << c.point << " / " << c.answer;
    EXPECT_FALSE(same_group("kube", "cube"));
    EXPECT_FALSE(same_group("perms", "permanent"));
    EXPECT_FALSE(same_group("repo", "report"));
    EXPECT_FALSE(same_group("auth", "author"));
    EXPECT_FALSE(same_group("mem", "member"));
    EXPECT_FALSE(same_group("doc", "docker"));
    EXPECT_FALSE(same_group("info", "infra"));
    EXPECT_FALSE(same_group("bot", "both"));
    EXPECT_FALSE(same_group("bin", "binary"));
}

// A word a letter away from a group's word, or holding it, is another word: "text" is no test,
// "login" no log, "install" no stall, "account" no count, "again" no gain.
TEST(SynonymNegatives, ALookAlikeWordIsNoMember) {
    const Case cases[] = {
        {"tests", "Keep it as plain text."},
        {"logs", "The login page loads."},
        {"logs", "The logic is simple."},
        {"disk", "That is a risk."},
        {"merged", "A pattern emerged."},
        {"hotfix", "We dispatch events."},
        {"benefit", "Try again."},
        {"pauses", "Install the driver."},
        {"counting", "Open an account."},
        {"user", "I used a cache."},
        {"slow", "Each slot holds a key."},
        {"hash", "It has a key."},
        {"lock", "Look at the key."},
        {"null", "The disk is full."},
        {"help", "Deploy with a Helm chart."},
        {"expiry", "Ask an expert."},
        {"saved", "It is safe."},
        {"two", "It is too slow."},
        {"cache", "We take cash."},
        {"queries", "Put it in a queue."},
        {"retry", "We restore it."},
        {"bug", "We debug it."},
        {"copies", "Read the copyright."},
        {"learned", "A lean team."},
        {"test", "The latest version."},
        {"expand", "An expensive query."},
        {"trade-off", "The server was compromised."},
    };
    for (const Case& c : cases) EXPECT_EQ(one_point(c).status, PointStatus::missing) << c.point << " / " << c.answer;
    // Neighbouring groups stay apart.
    EXPECT_FALSE(same_group("log", "login"));
    EXPECT_FALSE(same_group("retry", "retire"));
    EXPECT_FALSE(same_group("store", "storage"));
    EXPECT_FALSE(same_group("sync", "async"));
    EXPECT_FALSE(same_group("mutable", "immutable"));
    EXPECT_FALSE(same_group("info", "infra"));
    EXPECT_FALSE(same_group("alter", "alternative"));
    EXPECT_FALSE(same_group("memory", "memorize"));
}

// An opposite shares letters with the point's word and is its denial, never a synonym.
TEST(SynonymNegatives, AnOppositeIsADenialNotASynonym) {
    const Case cases[] = {
        {"asynchronous", "The call is synchronous."},
        {"immutable", "The list is mutable."},
        {"visible", "The field is invisible."},
        {"unlimited", "The number is limited."},
    };
    for (const Case& c : cases) EXPECT_EQ(one_point(c).status, PointStatus::contradicted) << c.point << " / " << c.answer;
}

// A group word inside a fixed phrase of another sense leaves its group there only: "due to" is a
// cause, not a deadline; "source code" is no cause; a "feature flag" is no escalation; "5 pm" no
// project manager; a "drop in" traffic no deletion; a "traffic spike" no prototype; a "fixed size"
// no fix; the "global scope" no plan; a "valeur de retour" no feedback; what "can lead to" bugs no
// manager.
TEST(SynonymNegatives, AFixedPhraseOfAnotherSenseLeavesTheGroup) {
    const Case other_sense[] = {
        {"deadline", "It failed due to a timeout."},
        {"cause", "I read the source code."},
        {"escalated", "It ships behind a feature flag."},
        {"stakeholders", "We met at 5 pm."},
        {"delete", "We saw a drop in traffic."},
        {"prototype", "There was a traffic spike."},
        {"resolved", "The array has a fixed size."},
        {"plan", "The variable lives in the global scope."},
        {"feedback", "Je lis la valeur de retour."},
        {"manager", "Skipping the tests can lead to bugs."},
        {"manager", "Shortcuts which lead to outages cost more later."},
    };
    for (const Case& c : other_sense) EXPECT_EQ(one_point(c).status, PointStatus::missing) << c.point << " / " << c.answer;
    const Case same_sense[] = {
        {"deadline", "The report was due on Friday."},
        {"cause", "The source of the outage was a bad config."},
        {"escalated", "I flagged the risk to the team."},
        {"stakeholders", "I told the PM every morning."},
        {"delete", "We drop the old table."},
        {"prototype", "We built a spike first."},
        {"resolved", "I fixed the bug."},
        {"plan", "We cut the scope."},
        {"feedback", "J'ai eu un retour de l'équipe."},
        {"manager", "I went to my lead to ask."},
        {"manager", "I asked the support lead to inform the customers."},
    };
    for (const Case& c : same_sense) EXPECT_EQ(one_point(c).status, PointStatus::covered) << c.point << " / " << c.answer;
}
