#include "core/feedback.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace utopiahire::core;
using nlohmann::json;

namespace {

// An answer with owned strings, convertible to the borrowed AnswerFacts.
struct Answer {
    int scores[dimension_count];
    int time = -1;
    int words = -1;
    std::string sentiment = "neutral";
    std::string text;
    std::string category;
    std::vector<std::string_view> strengths, weaknesses, missing;
    bool analysed = true;   // false: the lists are NULL (no analysis)

    AnswerFacts facts() const {
        AnswerFacts f;
        for (int d = 0; d < dimension_count; ++d) f.scores[d] = scores[d];
        f.time_taken_seconds = time;
        f.word_count = words;
        f.sentiment = parse_sentiment(sentiment);
        f.answer_text = text;
        f.category = category;
        f.strengths = {strengths.data(), static_cast<int>(strengths.size()), analysed};
        f.weaknesses = {weaknesses.data(), static_cast<int>(weaknesses.size()), analysed};
        f.missing_points = {missing.data(), static_cast<int>(missing.size()), analysed};
        return f;
    }
};

Answer scored(int r, int c, int cl, int t, int cm, std::string category = "") {
    const int overall = static_cast<int>(r * .25 + c * .25 + t * .25 + cl * .15 + cm * .10);
    Answer a{{r, c, cl, t, cm, overall}};
    a.category = std::move(category);
    a.time = 120;
    a.words = 150;
    return a;
}

json area(const json& doc, const std::string& name) {
    for (const auto& a : doc["areas_to_improve"])
        if (a["area"] == name) return a;
    return nullptr;
}

}  // namespace

TEST(Feedback, AveragesAndRatingBands) {
    FeedbackAccumulator acc;
    acc.add(scored(90, 80, 70, 86, 60).facts());
    acc.add(scored(80, 70, 60, 84, 50).facts());
    const json doc = acc.document();
    EXPECT_EQ(doc["answers"], 2);
    EXPECT_DOUBLE_EQ(doc["averages"]["relevance"].get<double>(), 85.0);
    EXPECT_DOUBLE_EQ(doc["averages"]["technical_accuracy"].get<double>(), 85.0);
    // technical = .5*85 + .3*75 + .2*85 = 82 -> 4; communication = (65 + 55) / 2 = 60 -> 3
    EXPECT_DOUBLE_EQ(doc["rating_scores"]["technical"].get<double>(), 82.0);
    EXPECT_EQ(doc["ratings"]["technical"], 4);
    EXPECT_EQ(doc["ratings"]["communication"], 3);
}

TEST(Feedback, RatingBandEdges) {
    EXPECT_EQ(rating_from_score(100), 5);
    EXPECT_EQ(rating_from_score(85), 5);
    EXPECT_EQ(rating_from_score(84.99), 4);
    EXPECT_EQ(rating_from_score(70), 4);
    EXPECT_EQ(rating_from_score(69.9), 3);
    EXPECT_EQ(rating_from_score(55), 3);
    EXPECT_EQ(rating_from_score(54.9), 2);
    EXPECT_EQ(rating_from_score(40), 2);
    EXPECT_EQ(rating_from_score(39.9), 1);
    EXPECT_EQ(rating_from_score(0), 1);
}

TEST(Feedback, ConfidenceFromSentimentHedgingAndTime) {
    FeedbackAccumulator sure, unsure;
    for (int i = 0; i < 4; ++i) {
        Answer a = scored(70, 70, 70, 70, 70);
        a.sentiment = "positive";
        a.text = "The cache sits in front of the database and absorbs reads.";
        sure.add(a.facts());
        Answer b = scored(70, 70, 70, 70, 70);
        b.sentiment = "negative";
        b.time = 10;
        if (i % 2 == 0) {
            b.weaknesses = {"Hedging, uncertain language"};   // analysed: its finding counts
            b.text = "Direct words the aggregate does not read.";
        } else {
            b.analysed = false;                                // not analysed: the text is read
            b.text = "I think maybe it is a cache, I'm not sure, probably.";
        }
        unsure.add(b.facts());
    }
    const json s = sure.document(), u = unsure.document();
    EXPECT_EQ(s["ratings"]["confidence"], 5);     // 40 + 35 + 25
    EXPECT_EQ(u["ratings"]["confidence"], 1);     // 0 + 0 + 0
    EXPECT_EQ(u["confidence_signals"]["hedged_answers"], 4);
    EXPECT_EQ(u["confidence_signals"]["rushed_answers"], 4);
    EXPECT_EQ(area(u, "Confidence")["priority"], "high");
    EXPECT_TRUE(area(s, "Confidence").is_null());
}

TEST(Feedback, HedgingFromAnalysisOrText) {
    EXPECT_TRUE(notes_hedging("Hedging, uncertain language"));
    EXPECT_TRUE(notes_hedging("Sounds UNCERTAIN"));
    EXPECT_FALSE(notes_hedging("Missing trade-offs"));
    FeedbackAccumulator acc;
    Answer analysed = scored(60, 60, 60, 60, 60);
    analysed.text = "I think maybe, not sure";   // the analysis found no hedging: trusted
    acc.add(analysed.facts());
    EXPECT_FALSE(needs_answer_text(analysed.facts()));
    EXPECT_EQ(acc.document()["confidence_signals"]["hedged_answers"], 0);
    Answer raw = analysed;
    raw.analysed = false;
    EXPECT_TRUE(needs_answer_text(raw.facts()));
    acc.add(raw.facts());
    EXPECT_EQ(acc.document()["confidence_signals"]["hedged_answers"], 1);
}

TEST(Feedback, HedgeMarkers) {
    EXPECT_EQ(count_hedge_markers("The answer is a B-tree index."), 0);
    EXPECT_EQ(count_hedge_markers("I think it is maybe a hash"), 2);
    EXPECT_EQ(count_hedge_markers("I'm not sure"), 2);
    EXPECT_EQ(count_hedge_markers("I don't know"), 2);
    EXPECT_EQ(count_hedge_markers("kind of like a queue, sort of"), 2);
    EXPECT_EQ(count_hedge_markers("PERHAPS Probably"), 2);
    EXPECT_EQ(count_hedge_markers("we think in terms of"), 0);   // "think" without "I"
    EXPECT_EQ(count_words("one two  three\nfour"), 4);
    EXPECT_EQ(count_words(""), 0);
}

TEST(Feedback, GapsMostFrequentThenMostImportantFirst) {
    FeedbackAccumulator acc;
    Answer a = scored(40, 30, 50, 40, 50, "System Design");
    a.missing = {"Did not mention load balancing", "Database sharding", "Caching layer"};
    Answer b = scored(45, 35, 50, 40, 50, "System Design");
    b.missing = {"Caching layer", "Rate limiting"};
    acc.add(a.facts());
    acc.add(b.facts());
    const json doc = acc.document();
    const json sd = area(doc, "System Design");
    ASSERT_FALSE(sd.is_null());
    EXPECT_EQ(sd["priority"], "high");
    // Caching layer missed twice; then by weight (earlier in its answer's list, lower score):
    // load balancing 4+2, then sharding and rate limiting 3+2 each, tie broken by text.
    EXPECT_EQ(sd["specific_gaps"], json({"Caching layer", "Load balancing", "Database sharding", "Rate limiting"}));
    EXPECT_EQ(doc["resource_criteria"]["categories"], json({"System Design"}));
    // Most urgent first: high priority (under 50) before medium and low, lowest score first.
    EXPECT_EQ(doc["areas_to_improve"][0]["priority"], "high");
    EXPECT_EQ(doc["areas_to_improve"][0]["area"], "Depth & Completeness");   // 32.5 < 41
}

TEST(Feedback, CategoriesSplitStrengthsAndAreas) {
    FeedbackAccumulator acc;
    Answer good = scored(90, 88, 85, 92, 86, "API Design");
    good.strengths = {"Clear explanation of endpoints"};
    Answer weak = scored(50, 40, 60, 45, 60, "Databases");
    weak.missing = {"Isolation levels"};
    acc.add(good.facts());
    acc.add(weak.facts());
    const json doc = acc.document();
    EXPECT_EQ(doc["key_strengths"][0]["area"], "API Design");
    EXPECT_EQ(doc["key_strengths"][0]["examples"], json({"Clear explanation of endpoints"}));
    EXPECT_FALSE(area(doc, "Databases").is_null());
    EXPECT_TRUE(area(doc, "API Design").is_null());
    EXPECT_EQ(doc["categories"][0]["category"], "Databases");   // weakest first
}

TEST(Feedback, AlwaysSomethingToImproveAndNoneWhenEmpty) {
    FeedbackAccumulator acc;
    Answer a = scored(95, 90, 88, 96, 92);
    a.sentiment = "positive";
    acc.add(a.facts());
    const json doc = acc.document();
    ASSERT_EQ(doc["areas_to_improve"].size(), 1u);
    EXPECT_EQ(doc["areas_to_improve"][0]["priority"], "low");
    EXPECT_EQ(doc["areas_to_improve"][0]["area"], "Answer Structure");   // clarity is lowest

    const json empty = FeedbackAccumulator().document();
    EXPECT_EQ(empty["answers"], 0);
    EXPECT_TRUE(empty["ratings"]["technical"].is_null());
    EXPECT_TRUE(empty["areas_to_improve"].empty());
}

TEST(Feedback, NullScoresAreSkipped) {
    FeedbackAccumulator acc;
    Answer a = scored(80, 80, 80, 80, 80);
    for (int& s : a.scores) s = -1;
    acc.add(a.facts());
    acc.add(scored(60, 60, 60, 60, 60).facts());
    const json doc = acc.document();
    EXPECT_EQ(doc["answers"], 2);
    EXPECT_DOUBLE_EQ(doc["averages"]["clarity"].get<double>(), 60.0);
}

// The parallel plan's contract: any split of the answers, merged in any order, through the
// binary form, gives the very same document as adding them all to one state.
TEST(Feedback, MergeAndSerializeEqualSerial) {
    std::vector<Answer> answers;
    const char* categories[] = {"API Design", "Databases", "System Design", ""};
    const char* points[] = {"Caching", "Indexes", "Sharding", "Idempotency", "Pagination"};
    for (int i = 0; i < 40; ++i) {
        Answer a = scored(30 + i % 60, 20 + (i * 7) % 75, 40 + (i * 3) % 55, 25 + (i * 11) % 70, 50 + i % 45,
                          categories[i % 4]);
        a.sentiment = i % 3 == 0 ? "positive" : i % 3 == 1 ? "neutral" : "negative";
        a.text = i % 5 == 0 ? "maybe, I think" : "direct answer";
        a.time = 10 + i * 9;
        a.missing = {points[i % 5], points[(i * 3) % 5]};
        a.strengths = {points[(i + 1) % 5]};
        a.weaknesses = {"Vague"};
        answers.push_back(std::move(a));
    }
    FeedbackAccumulator serial;
    for (const auto& a : answers) serial.add(a.facts());

    FeedbackAccumulator parts[3];
    for (std::size_t i = 0; i < answers.size(); ++i) parts[(i * 5) % 3].add(answers[i].facts());
    FeedbackAccumulator merged;
    for (int p : {2, 0, 1}) {
        const std::string bytes = parts[p].serialize();
        merged.merge(FeedbackAccumulator::deserialize(bytes.data(), bytes.size()));
    }
    EXPECT_EQ(serial.document().dump(), merged.document().dump());
}

TEST(Feedback, CorruptStateIsRejected) {
    FeedbackAccumulator acc;
    acc.add(scored(50, 50, 50, 50, 50, "X").facts());
    std::string bytes = acc.serialize();
    EXPECT_THROW(FeedbackAccumulator::deserialize(bytes.data(), bytes.size() - 1), InputError);
    EXPECT_THROW(FeedbackAccumulator::deserialize("nope", 4), InputError);
    bytes += "x";
    EXPECT_THROW(FeedbackAccumulator::deserialize(bytes.data(), bytes.size()), InputError);
}

TEST(Feedback, GapNames) {
    EXPECT_EQ(gap_name("Did not mention caching strategies."), "caching strategies");
    EXPECT_EQ(gap_name("  Missing: RTL support "), "RTL support");
    EXPECT_EQ(gap_name("REST uses multiple endpoints"), "REST uses multiple endpoints");
    EXPECT_EQ(parse_sentiment("Positive"), Sentiment::positive);
    EXPECT_EQ(parse_sentiment("mixed"), Sentiment::unknown);
}

// parse_sentiment compares folded words: any case of the three words, nothing else.
TEST(Feedback, SentimentWords) {
    EXPECT_EQ(parse_sentiment("positive"), Sentiment::positive);
    EXPECT_EQ(parse_sentiment("NEGATIVE"), Sentiment::negative);
    EXPECT_EQ(parse_sentiment("NeUtRaL"), Sentiment::neutral);
    EXPECT_EQ(parse_sentiment("neutral"), Sentiment::neutral);
    for (const char* other : {"", "p", "positiv", "positive ", " neutral", "neutra1", "nEutral!", "negat1ve",
                              "p\x10sitive", "neu\x14ral", "POSITIVF", "mixed", "neutrals"})
        EXPECT_EQ(parse_sentiment(other), Sentiment::unknown) << other;
    // Bytes that fold onto a letter only from a non-letter: '0' | 0x20 is '0', '@' | 0x20 is '`'.
    EXPECT_EQ(parse_sentiment(std::string_view("@ositive")), Sentiment::unknown);
    EXPECT_EQ(parse_sentiment(std::string_view("positive\0", 9)), Sentiment::unknown);
}
