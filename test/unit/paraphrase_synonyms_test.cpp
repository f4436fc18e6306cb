// Everyday words candidates use for what key points name (src/core/lexicon_data.cpp, synonym_groups):
// "the biggest hurdle" is an obstacle, "my theory" a hypothesis, "a doc with the pros and cons"
// documented trade-offs, "I pinged its maintainer" contacted the owner, "my VP" the leadership, and
// initialisms stand for their terms (BFS, DFS, DoS, TLS). Not words that as often mean something
// else: "challenge" (the behavioral question's own word), "executive" ("an executive summary"),
// "purge" (empties a whole store), "written" ("written in Go").
// English and French.
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

using uh_test::same_group;

PointStatus status_of(const char* type, const char* question, const char* point, const char* answer) {
    return uh_test::one_point_status(question, point, answer, type);
}

// The status of the point at `index` among a question's points (an answer's other points weigh in how
// a partly stated one is read).
PointStatus status_among(const char* type, const char* question, const char* points_json, size_t index, const char* answer) {
    uh_test::Question q;
    q.type = type;
    q.question_text = question;
    q.key_points = std::string(R"({"must_mention": )") + points_json + "}";
    return key_point_coverage(q.input(answer)).must.at(index).status;
}

}  // namespace

TEST(ParaphraseSynonyms, WordsShareAGroup) {
    EXPECT_TRUE(same_group("obstacle", "difficulty"));
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
    // Other words stay apart.
    EXPECT_FALSE(same_group("obstacle", "manager"));
    EXPECT_FALSE(same_group("theory", "documented"));
    EXPECT_FALSE(same_group("author", "contacted"));
    EXPECT_FALSE(same_group("doc", "docker"));
    // A cache evicts by its policy (least recently used), not any removal: "delete random items"
    // states no eviction of the least recently used entry.
    EXPECT_FALSE(same_group("evicted", "removed"));
    // Words that as often mean something else are in no group of what they may mean: "challenge" is
    // the word of behavioral questions ("tell me about a challenge") and of a story's task, which a
    // weak story says without naming a problem; an "executive summary" is no leadership; a purge
    // empties a whole store (no chosen entry removed); "written" is mostly code or tests ("the
    // service is written in Go"), while a doc is documentation.
    EXPECT_FALSE(same_group("challenge", "problem"));
    EXPECT_FALSE(same_group("challenges", "obstacles"));
    EXPECT_FALSE(same_group("executive", "leadership"));
    EXPECT_FALSE(same_group("purge", "delete"));
    EXPECT_FALSE(same_group("purged", "removed"));
    EXPECT_FALSE(same_group("written", "documentation"));
    EXPECT_FALSE(same_group("written", "docs"));
    EXPECT_TRUE(same_group("docs", "document"));
    // Wording that means other things is in no group: "data" (everywhere in technical answers),
    // "management" (memory management), "guess" (a hedge: "I guess").
    EXPECT_FALSE(same_group("management", "leadership"));
    EXPECT_FALSE(same_group("guess", "hypothesis"));
}

TEST(ParaphraseSynonyms, APointIsStatedInTheCandidatesWords) {
    // "obstacle" / "hurdle"
    EXPECT_EQ(status_of("behavioral", "Tell me about a side project.", "an obstacle",
                        "The hardest hurdle was keeping two phones in sync."),
              PointStatus::covered);
    // "hypotheses" / "theory"
    EXPECT_EQ(status_of("behavioral", "Tell me about a hard bug you fixed.", "a hypothesis", "I had a theory."),
              PointStatus::covered);
    // "documented ... tradeoffs" / "doc with the pros and cons"
    EXPECT_EQ(status_of("behavioral", "Tell me about a time you chose between two libraries.",
                        "documented the choice with its tradeoffs",
                        "I put the choice in a one-page doc listing the pros and cons of both libraries for the team."),
              PointStatus::covered);
    // "contacted the ... owner" / "pinged its maintainer"
    EXPECT_EQ(status_of("behavioral", "Tell me about code you took over from someone else.", "contacted the previous owner",
                        "I pinged the previous maintainer on Slack and she walked me through the nightly import."),
              PointStatus::covered);
    // "leadership" / "VP"
    EXPECT_EQ(status_of("behavioral", "Tell me about a time your team was overloaded.", "flagged the overtime to leadership",
                        "I flagged it to our VP, and the release date moved."),
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
    EXPECT_EQ(status_of("coding", "Print a binary tree one level per line.", "a breadth-first traversal using a queue",
                        "I'd do BFS: push the root into a queue, then pop each node, print it and push its two children."),
              PointStatus::covered);
    EXPECT_EQ(status_of("coding", "Count the islands in a grid.", "depth-first", "A DFS from each land cell counts them."),
              PointStatus::covered);
    EXPECT_EQ(status_of("technical", "Why cap the size of uploaded files?", "denial of service",
                        "Huge uploads are an easy DoS."),
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

// Words that as often mean something else state no point: a weak debugging story saying "challenge"
// names no problem it found the root cause of; an "executive summary" goes to no leadership; purging
// a whole cache removes no least recently used entry; code "written in Go" is no documentation.
// The good paraphrases still state their points ("my hunch", "our VP", "mon chef").
TEST(ParaphraseSynonyms, WordsOfOtherMeaningsStateNoPoint) {
    const char* bug_points =
        R"(["formed a hypothesis and tested it", "found the root cause of the problem", "added a test so it does not come back"])";
    EXPECT_NE(status_among("behavioral", "Tell me about a hard bug you tracked down.", bug_points, 1,
                           "In theory the code was fine and it was tested. It was a real challenge, but after a restart it "
                           "worked again, so I moved on."),
              PointStatus::covered);
    EXPECT_EQ(status_among("behavioral", "Tell me about a hard bug you tracked down.", bug_points, 1,
                           "My hunch was a clash of cache keys, which two test accounts confirmed. The root cause of the "
                           "issue was the key format; I fixed it and added a regression test."),
              PointStatus::covered);
    // The word alone names no problem (in a story or in French, "un vrai challenge").
    EXPECT_NE(status_of("behavioral", "Tell me about a hard bug you tracked down.", "the problem",
                        "It was a real challenge, but after a restart it worked again, so I moved on."),
              PointStatus::covered);
    EXPECT_NE(status_of("behavioral", "Parlez-moi d'un bug difficile.", "le problème",
                        "C'était un vrai challenge, mais après un redémarrage ça marchait."),
              PointStatus::covered);
    EXPECT_EQ(status_of("behavioral", "Tell me about a hard bug you tracked down.", "the problem",
                        "The hardest obstacle was a race between two workers."),
              PointStatus::covered);
    EXPECT_NE(status_among("behavioral", "Parlez-moi d'un bug difficile.",
                           R"(["trouver la cause du problème", "ajouter un test de non-régression"])", 0,
                           "Le code était bon et testé. C'était un vrai challenge, mais après un redémarrage ça marchait, "
                           "donc je suis passé à autre chose."),
              PointStatus::covered);

    const char* disagree_points =
        R"(["raised the concern with leadership using data", "offered another option", "went along with the final call"])";
    EXPECT_NE(status_among("behavioral", "Tell me about a time you disagreed with your team.", disagree_points, 0,
                           "I wrote an executive summary of the data for my teammates and then I did what I was told."),
              PointStatus::covered);
    EXPECT_EQ(status_among("behavioral", "Tell me about a time you disagreed with your team.", disagree_points, 0,
                           "I raised the concern with our VP using the incident data, offered a smaller test suite instead, "
                           "and when she said no I went along with it."),
              PointStatus::covered);
    EXPECT_EQ(status_of("behavioral", "Parlez-moi d'un désaccord.", "montré les chiffres au manager",
                        "J'ai montré les chiffres à mon chef."),
              PointStatus::covered);

    EXPECT_NE(status_of("technical", "Design an LRU cache.", "removed entries",
                        "When it is full I purge the whole cache and start again."),
              PointStatus::covered);

    EXPECT_NE(status_of("behavioral", "How do you hand over a service to another team?", "documentation",
                        "It is written in Go."),
              PointStatus::covered);
    EXPECT_EQ(status_of("behavioral", "How do you hand over a service to another team?", "documentation",
                        "I write docs."),
              PointStatus::covered);
}
