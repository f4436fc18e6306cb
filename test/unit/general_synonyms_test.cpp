// Everyday synonyms (src/core/lexicon_data.cpp, synonym_groups): a point worded with one word is
// stated by an answer using the other ("cap the upload size" / "limit how big an upload can be").
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

using uh_test::same_group;

PointStatus status_of(const char* point, const char* answer) {
    return uh_test::one_point_status("How would you protect a web service from slow regular expressions?", point,
                                     answer);
}

}  // namespace

TEST(GeneralSynonyms, EverydayWordsForTheSameThing) {
    EXPECT_TRUE(same_group("cap", "limit"));
    EXPECT_TRUE(same_group("capped", "limited"));
    EXPECT_TRUE(same_group("lately", "recent"));
    EXPECT_TRUE(same_group("recently", "recent"));
    EXPECT_TRUE(same_group("completed", "finished"));
    EXPECT_TRUE(same_group("completing", "finish"));
    EXPECT_TRUE(same_group("documented", "write-up"));
    // "write", "written" (write tests, writes to the database, written in Go) and "complete" (also the
    // adjective, "a complete list") are mostly other things.
    EXPECT_FALSE(same_group("documented", "wrote"));
    EXPECT_FALSE(same_group("document", "written"));
    EXPECT_FALSE(same_group("document", "write"));
    EXPECT_FALSE(same_group("complete", "finish"));
    // Other words stay apart.
    EXPECT_FALSE(same_group("limit", "recent"));
    EXPECT_FALSE(same_group("finish", "start"));
}

TEST(GeneralSynonyms, APointIsStatedInTheOtherWord) {
    // "finished" / "completed": without the group the point is only partly stated.
    EXPECT_EQ(status_of("running tasks are drained (finished) before shutdown",
                        "it stops taking requests and waits until the tasks already running have completed, then shuts down"),
              PointStatus::covered);
    // "recent" / "lately".
    EXPECT_EQ(status_of("check for a recent deploy or a config edit",
                        "then see whether checkout fails for customers, and whether there was a deploy lately."),
              PointStatus::covered);
    // "documented" / "write-up".
    EXPECT_EQ(status_of("documented the choice of database and its trade-offs",
                        "We picked Postgres, and I put the choice of database and the trade-offs in a write-up for the team."),
              PointStatus::covered);
}

// The other senses of "write" and "complete" state nothing of a point about documenting or
// finishing: writing tests is not documenting, a complete list is not a finished migration.
TEST(GeneralSynonyms, OtherSensesStayApart) {
    auto status = [](const char* question, const char* point, const char* answer) {
        uh_test::Question q;
        q.question_text = question;
        q.key_points = std::string(R"({"must_mention": [")") + point + R"("]})";
        return key_point_coverage(q.input(answer)).must.at(0).status;
    };
    EXPECT_EQ(status("How do you make sure a change to the parser is safe?", "write unit tests for the parser",
                     "I documented the parser and its grammar on the wiki."),
              PointStatus::missing);
    EXPECT_EQ(status("How did you handle the migration?", "finish the migration before the deadline",
                     "I wrote a complete list of the tables."),
              PointStatus::missing);
}
