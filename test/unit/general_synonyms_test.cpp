// Everyday synonyms (src/core/lexicon_data.cpp, synonym_groups): a point worded with one word is
// stated by an answer using the other ("cap the input length" / "limit how long the input can be").
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

bool same_group(const char* a, const char* b) { return word_info(a).group >= 0 && word_info(a).group == word_info(b).group; }

PointStatus status_of(const char* point, const char* answer) {
    uh_test::Question q;
    q.type = "technical";
    q.question_text = "How would you protect a web service from slow regular expressions?";
    q.key_points = std::string(R"({"must_mention": [")") + point + R"("]})";
    return key_point_coverage(q.input(answer)).must.at(0).status;
}

}  // namespace

TEST(GeneralSynonyms, EverydayWordsForTheSameThing) {
    EXPECT_TRUE(same_group("cap", "limit"));
    EXPECT_TRUE(same_group("capped", "limited"));
    EXPECT_TRUE(same_group("lately", "recent"));
    EXPECT_TRUE(same_group("recently", "recent"));
    EXPECT_TRUE(same_group("complete", "finish"));
    EXPECT_TRUE(same_group("completed", "finished"));
    EXPECT_TRUE(same_group("documented", "wrote"));
    EXPECT_TRUE(same_group("document", "written"));
    // Other words stay apart.
    EXPECT_FALSE(same_group("limit", "recent"));
    EXPECT_FALSE(same_group("finish", "start"));
}

TEST(GeneralSynonyms, APointIsStatedInTheOtherWord) {
    // "finished" / "complete": without the group the point is only partly stated.
    EXPECT_EQ(status_of("in-flight jobs are drained (finished) before exit",
                        "it closes the listener and waits for the jobs already running to complete, then exits"),
              PointStatus::covered);
    // "recent" / "lately".
    EXPECT_EQ(status_of("look for a recent release or change",
                        "then check if anything is broken for users, and if there was a release lately."),
              PointStatus::covered);
    // "documented" / "wrote ... down".
    EXPECT_EQ(status_of("documented the decision and its trade-offs",
                        "We picked the queue, and I wrote the decision and the trade-offs on the wiki page."),
              PointStatus::covered);
}
