// Everyday words candidates use for what key points name (src/core/lexicon_data.cpp, synonym_groups):
// "the biggest challenge" is an obstacle, "my theory" a hypothesis, "a doc with the pros and cons"
// documented trade-offs, "I messaged its author" contacted the owner, "my VP" the leadership, a purge
// is a deletion, and initialisms stand for their terms (BFS, DFS, DoS, TLS).
// English and French.
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

using uh_test::same_group;

PointStatus status_of(const char* type, const char* question, const char* point, const char* answer) {
    uh_test::Question q;
    q.type = type;
    q.question_text = question;
    q.key_points = std::string(R"({"must_mention": [")") + point + R"("]})";
    return key_point_coverage(q.input(answer)).must.at(0).status;
}

}  // namespace

TEST(ParaphraseSynonyms, WordsShareAGroup) {
    EXPECT_TRUE(same_group("obstacle", "challenge"));
    EXPECT_TRUE(same_group("hurdles", "problems"));
    EXPECT_TRUE(same_group("difficulté", "problème"));
    EXPECT_TRUE(same_group("hypotheses", "theory"));
    EXPECT_TRUE(same_group("hunch", "hypothesis"));
    EXPECT_TRUE(same_group("hypothèses", "théorie"));
    EXPECT_TRUE(same_group("doc", "documented"));
    EXPECT_TRUE(same_group("documentation", "write-up"));
    EXPECT_TRUE(same_group("pros", "trade-offs"));
    EXPECT_TRUE(same_group("cons", "drawbacks"));
    EXPECT_TRUE(same_group("owner", "author"));
    EXPECT_TRUE(same_group("maintainer", "owner"));
    EXPECT_TRUE(same_group("contacted", "messaged"));
    EXPECT_TRUE(same_group("contacté", "contact"));
    EXPECT_TRUE(same_group("leadership", "vp"));
    EXPECT_TRUE(same_group("director", "manager"));
    EXPECT_TRUE(same_group("directeur", "boss"));
    EXPECT_TRUE(same_group("revisit", "reconsider"));
    EXPECT_TRUE(same_group("réévaluer", "revisit"));
    EXPECT_TRUE(same_group("purge", "delete"));
    // Other words stay apart.
    EXPECT_FALSE(same_group("challenge", "manager"));
    EXPECT_FALSE(same_group("theory", "documented"));
    EXPECT_FALSE(same_group("author", "contacted"));
    EXPECT_FALSE(same_group("doc", "docker"));
    // A cache evicts by its policy (least recently used), not any removal: "delete random items"
    // states no eviction of the least recently used entry.
    EXPECT_FALSE(same_group("evicted", "removed"));
    // Wording that means other things is in no group: "data" (everywhere in technical answers),
    // "management" (memory management), "guess" (a hedge: "I guess").
    EXPECT_FALSE(same_group("management", "leadership"));
    EXPECT_FALSE(same_group("guess", "hypothesis"));
}

TEST(ParaphraseSynonyms, APointIsStatedInTheCandidatesWords) {
    // "obstacle" / "challenge"
    EXPECT_EQ(status_of("behavioral", "Tell me about a project you built on your own.", "the main obstacle and its solution",
                        "I built a small budgeting app for my family. The main challenge was syncing between two phones; the "
                        "solution was a shared database."),
              PointStatus::covered);
    // "hypotheses" / "theory"
    EXPECT_EQ(status_of("behavioral", "Tell me about a hard bug you fixed.", "a hypothesis", "I had a theory."),
              PointStatus::covered);
    // "documented ... trade-offs" / "doc with the pros and cons"
    EXPECT_EQ(status_of("behavioral", "Tell me about a time you picked a technology.", "documented the decision and its tradeoffs",
                        "I wrote a short doc on the decision with the pros and cons and shared it with the team."),
              PointStatus::covered);
    // "contacted the former owner" / "messaged its former author"
    EXPECT_EQ(status_of("behavioral", "Tell me about a time you inherited a system.", "contacted the former owner",
                        "I messaged its former author on LinkedIn and he gave me two hints about the cron job."),
              PointStatus::covered);
    // "leadership" / "VP"
    EXPECT_EQ(status_of("behavioral", "Tell me about a time your team was overloaded.", "escalated to leadership",
                        "I took the overtime figures to my VP and we moved the deadline."),
              PointStatus::covered);
    // "revisit" / "reconsider"
    EXPECT_EQ(status_of("behavioral", "Tell me about a technical decision you made.", "revisit", "We agreed to reconsider."),
              PointStatus::covered);
    // French: "hypothèses" / "théorie"
    EXPECT_EQ(status_of("behavioral", "Parlez-moi d'un bug difficile.", "hypothèses", "J'avais une théorie."),
              PointStatus::covered);
}

TEST(ParaphraseSynonyms, InitialismsStandForTheirTerms) {
    EXPECT_TRUE(same_group("bfs", "breadth-first"));
    EXPECT_TRUE(same_group("dfs", "depth-first"));
    EXPECT_TRUE(same_group("dos", "denial"));
    EXPECT_TRUE(same_group("ddos", "denial-of-service"));
    EXPECT_TRUE(same_group("tls", "https"));
    EXPECT_TRUE(same_group("ssl", "tls"));
    EXPECT_FALSE(same_group("bfs", "dfs"));
    EXPECT_FALSE(same_group("depth-first", "breadth-first"));
    EXPECT_EQ(status_of("coding", "Return the level order traversal of a binary tree.", "breadth-first search with a queue",
                        "I'd do a BFS with a queue: put the root in, then take a node out, add its value to the result, and add "
                        "its children to the queue."),
              PointStatus::covered);
    EXPECT_EQ(status_of("coding", "Count the islands in a grid.", "depth-first", "I run a DFS from each land cell."),
              PointStatus::covered);
    EXPECT_EQ(status_of("technical", "Explain ReDoS.", "a denial of service", "Anyone can send that string: a DoS."),
              PointStatus::covered);
    EXPECT_EQ(status_of("technical", "What does a reverse proxy do?", "TLS", "It terminates HTTPS for the backends."),
              PointStatus::covered);
}

// A compound that names one thing: a "hash map" or "hash table" is a dictionary as a whole, so that
// "a dict" states both of its words (not only "map", which alone left such a point partly stated).
TEST(ParaphraseSynonyms, AHashMapIsADictionaryAsAWhole) {
    EXPECT_EQ(status_of("coding", "Group the anagrams in a list of words.", "a hash map", "They go in a dict."),
              PointStatus::covered);
    EXPECT_EQ(status_of("coding", "Count the distinct words of a text.", "count with a hash table",
                        "I count them with a dictionary."),
              PointStatus::covered);
    // The hash of a hash function is no dictionary.
    EXPECT_NE(status_of("technical", "How does a hash map work?", "the hash function spreads keys",
                        "I keep a dictionary."),
              PointStatus::covered);
}
