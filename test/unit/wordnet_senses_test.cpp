// WordNet senses (src/core/wordnet_senses.cpp, a table derived from Debian's wordnet-base at build
// time): a key point's word is met by an answer word sharing one of its frequent senses, a little
// below the word itself; rarer senses, other subjects and denials keep their readings.
#include "core/analysis.hpp"
#include "core/matcher.hpp"
#include "core/scoring.hpp"
#include "core/word_matches.hpp"
#include "core/wordnet_senses.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace utopiahire::core;

namespace {

bool share(const char* a, const char* b) { return wordnet_senses(a).shares(wordnet_senses(b)); }

PointStatus status_of(const char* question, const char* point, const char* answer) {
    return uh_test::one_point_status(question, point, answer);
}

constexpr const char* slow_page = "How would you make a slow web page load faster for its users?";

}  // namespace

TEST(WordnetSenses, WordsOfOneFrequentSense) {
    EXPECT_TRUE(share("reduce", "cut"));
    EXPECT_TRUE(share("swap", "switch"));
    EXPECT_TRUE(share("error", "mistake"));
    // Inflected forms reach their lemmas: by the detachment rules ("reduced", "switching") and by
    // the exception lists ("cutting" -> "cut", "swapped" -> "swap").
    EXPECT_TRUE(share("reduced", "cutting"));
    EXPECT_TRUE(share("swapped", "switching"));
}

TEST(WordnetSenses, RarerSensesAndOtherWordsStayApart) {
    // "to table" a motion is to postpone it, a sense much rarer than the noun's; "bug" is a glitch
    // only in a rarer sense (its frequent ones are insects and germs).
    EXPECT_FALSE(share("table", "postpone"));
    EXPECT_FALSE(share("bug", "glitch"));
    // The most common words have too many senses for one to say much: "time" / "clock".
    EXPECT_FALSE(share("time", "clock"));
    EXPECT_FALSE(share("reduce", "increase"));
    // Short words, other letters, and words WordNet does not know have no senses.
    EXPECT_EQ(wordnet_senses("go").count, 0);
    EXPECT_EQ(wordnet_senses("réduire").count, 0);
    EXPECT_EQ(wordnet_senses("kubernetes").count, 0);
}

TEST(WordnetSenses, APointIsStatedInAWordOfTheSameSense) {
    // "swap" for "switch": without its sense, only "pages" (a word of the question) is stated.
    EXPECT_EQ(status_of(slow_page, "switch pages", "I would swap pages when the first one is slow."), PointStatus::covered);
    EXPECT_EQ(status_of(slow_page, "switch pages", "I would swap pages."), PointStatus::covered);
}

// A word of the sense said of another thing states nothing more than the point's own word would:
// the point's other words are still needed.
TEST(WordnetSenses, AnAnswerOnAnotherSubjectGainsNothing) {
    EXPECT_NE(status_of(slow_page, "switch to lighter image formats", "We swapped seats on the train and then went to the cinema."),
              PointStatus::covered);
    EXPECT_NE(status_of(slow_page, "switch the image format", "We swapped seats on the train and then went to the cinema."),
              PointStatus::covered);
}

// The word of the same sense is a statement of the point's word: denied, it denies the point, as the
// point's own word would ("we never switch pages").
TEST(WordnetSenses, ADeniedWordOfTheSameSenseStillContradicts) {
    EXPECT_EQ(status_of(slow_page, "switch pages", "We never swap pages; the first page stays for good."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(slow_page, "switch pages", "We do not swap pages."), PointStatus::contradicted);
}

// English only: a French or Arabic question's points keep their own matching (WordNet's words are
// English; in a French answer "swap" would be a borrowed word, not this sense). The question's
// configuration says so, and so do its texts.
TEST(WordnetSenses, OnlyForEnglishQuestions) {
    auto status = [](FeedbackLanguage language, const char* question) {
        uh_test::Question q;
        q.question_text = question;
        q.key_points = R"({"must_mention": ["switch pages"]})";
        AnalysisInput in = q.input("I would swap pages.");
        in.language = language;
        return key_point_coverage(in).must.at(0).status;
    };
    EXPECT_EQ(status(FeedbackLanguage::english, "How would you make a slow web page load faster for its users?"),
              PointStatus::covered);
    EXPECT_NE(status(FeedbackLanguage::french, "How would you make a slow web page load faster for its users?"),
              PointStatus::covered);
    EXPECT_NE(status(FeedbackLanguage::english, "Comment rendre plus rapide une page web qui est lente pour les utilisateurs et leur téléphone ?"),
              PointStatus::covered);
}

namespace {

PointResult first_point(const char* question, const char* points, const char* answer) {
    uh_test::Question q;
    q.question_text = question;
    q.key_points = points;
    return key_point_coverage(q.input(answer)).must.at(0);
}

}  // namespace

// The nouns of filler phrases ("a lot of", "some kind of", "to some degree") name nothing: WordNet's
// everyday senses of them ("lot" / "heap", "kind" / "sort", "degree" / "level") meet no point word.
TEST(WordnetSenses, FillerPhrasesMeetNoPointWord) {
    EXPECT_NE(first_point("Where are objects allocated in Java and how are they freed?",
                          R"({"must_mention": ["objects live on the heap", "the garbage collector frees unreachable objects"]})",
                          "A lot of objects are created on the stack of each method, and the garbage collector frees the "
                          "ones that are unreachable.")
                  .status,
              PointStatus::covered);
    EXPECT_NE(first_point("How would you merge two large log files by timestamp?",
                          R"({"must_mention": ["sort each file by timestamp first", "merge with two pointers", "stream instead of loading into memory"]})",
                          "I would use some kind of two pointers merge, reading both files line by line as a stream so I "
                          "never load them into memory.")
                  .status,
              PointStatus::covered);
    EXPECT_NE(first_point("How would you prevent two transactions from reading inconsistent data?",
                          R"({"must_mention": ["choose an isolation level such as serializable", "row locks with select for update", "retry on serialization failure"]})",
                          "To some degree the database handles it, but I lock the rows with select for update and retry "
                          "when the transaction fails.")
                  .status,
              PointStatus::covered);
}

// A word of the same sense said beside the point's other words still adds to it: "halt" the
// rollout is "stop" it.
TEST(WordnetSenses, AWordOfTheSameSenseBesideThePointsWordsStillCounts) {
    auto score = [](const char* verb) {
        const std::string answer = std::string("I send the change to a small canary share of traffic first and watch the error "
                                               "rate; if it rises I ") +
                                   verb + " the rollout and roll back automatically.";
        uh_test::Question q;
        q.question_text = "How do you roll out a risky change to production?";
        q.key_points = R"({"must_mention": ["stop the rollout when the error rate rises", "canary to a small share of traffic", "automatic rollback"]})";
        return key_point_coverage(q.input(answer.c_str())).must.at(0);
    };
    EXPECT_EQ(score("halt").status, PointStatus::covered);
    EXPECT_GT(score("halt").score, score("document").score);
}

namespace {

// What the readers of a point's match lists other than its windows read of an answer, for the
// point's first wording: the answer words the rules asking which tokens say the point's words
// find (for_each_word_match: the own-goal and context-denial rules), and the recall of its words
// beyond the question's (the dimension scores).
struct OtherReaders {
    std::vector<std::string> words_said;
    double recall = 0.0;
};

OtherReaders other_readers(const char* point, const char* answer) {
    uh_test::Question q;
    q.question_text = slow_page;
    q.key_points = std::string(R"({"must_mention": [")") + point + R"("]})";
    const AnalysisInput in = q.input(answer);
    QuestionModel model;
    build_question_model(in, model);
    Context ctx(model);
    build_answer(in.answer, ctx);
    const std::vector<Term>& terms = model.must.at(0).variants.at(0);
    OtherReaders r;
    for_each_word_match(ctx, terms, [&](int tok, const Term& term) {
        r.words_said.push_back(std::string(ctx.answer.tokens[static_cast<size_t>(tok)].surface) + " for " + term.surface);
    });
    r.recall = recall_beyond_question(ctx, terms);
    return r;
}

}  // namespace

// The support rule holds wherever a point's word is read, not only in the point's windows: a word
// met through WordNet alone, with none of the wording's other words in its sentence, says nothing
// of the point to the rules asking which answer words say its words, nor to its recall ("swapped
// seats" says no "switch" of "switch pages"); beside them it does ("swap pages").
TEST(WordnetSenses, EveryReaderOfAPointsWordsKeepsTheSupportRule) {
    const OtherReaders alone = other_readers("switch pages", "We swapped seats on the train and then went to the cinema.");
    EXPECT_EQ(alone.words_said, std::vector<std::string>{});
    EXPECT_EQ(alone.recall, 0.0);
    const OtherReaders beside = other_readers("switch pages", "I would swap pages when the first one is slow.");
    EXPECT_EQ(beside.words_said, (std::vector<std::string>{"swap for switch", "pages for pages"}));
    EXPECT_GT(beside.recall, 0.5);
    // A point of one word has no other words to stand beside: WordNet alone never says it.
    EXPECT_EQ(other_readers("switch", "I would swap pages.").words_said, std::vector<std::string>{});
}
