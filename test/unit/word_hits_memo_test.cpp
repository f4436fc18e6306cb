// The per-question memo of what answer words hit among the question's near-miss forms
// (WordHitsMemo, read by find_form_hits): the memo keeps each word's hits apart (by lexeme and
// surface both), stays within its bounds, and an answer analysed with the memo filled by other
// answers (or by itself) gets exactly the analysis it gets from a fresh model.
#include "core/analysis.hpp"
#include "core/matcher.hpp"
#include "core/word_hits_memo.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

using namespace utopiahire::core;

namespace {

using Hit = WordHitsMemo::Hit;

// A word's hits offered as find_form_hits offers them (when the memo does not know the word)
// until the memo keeps them: twice at most.
void memoise(WordHitsMemo& memo, std::string_view lexeme, std::string_view surface, const std::vector<Hit>& hits) {
    const WordHitsMemo::Key key = WordHitsMemo::key(lexeme, surface);
    WordHitsMemo::Hits known;
    for (int offers = 0; offers < 2 && !memo.find(key, &known); ++offers) memo.offer(key, hits);
}

std::vector<Hit> found(const WordHitsMemo& memo, std::string_view lexeme, std::string_view surface, bool* known) {
    WordHitsMemo::Hits hits;
    *known = memo.find(WordHitsMemo::key(lexeme, surface), &hits);
    return *known ? std::vector<Hit>(hits.begin(), hits.end()) : std::vector<Hit>();
}

TEST(WordHitsMemo, KeepsEachWordsHitsApart) {
    WordHitsMemo memo;
    bool known = true;
    EXPECT_TRUE(found(memo, "cach", "caching", &known).empty());
    EXPECT_FALSE(known);
    // Offered once, a word is not kept; offered again, it is.
    memo.offer(WordHitsMemo::key("cach", "caching"), {{3, 0.8}, {7, 1.0}});
    found(memo, "cach", "caching", &known);
    EXPECT_FALSE(known);
    memoise(memo, "cach", "caching", {{3, 0.8}, {7, 1.0}});
    memoise(memo, "cach", "cached", {{3, 1.0}});
    memoise(memo, "ab", "c", {});
    EXPECT_EQ(found(memo, "cach", "caching", &known), (std::vector<Hit>{{3, 0.8}, {7, 1.0}}));
    EXPECT_TRUE(known);
    EXPECT_EQ(found(memo, "cach", "cached", &known), (std::vector<Hit>{{3, 1.0}}));
    EXPECT_TRUE(known);
    // A word that hits nothing is known as such.
    EXPECT_TRUE(found(memo, "ab", "c", &known).empty());
    EXPECT_TRUE(known);
    // The same bytes split otherwise, or the same surface with another lexeme, are other words.
    found(memo, "a", "bc", &known);
    EXPECT_FALSE(known);
    found(memo, "caching", "caching", &known);
    EXPECT_FALSE(known);
    EXPECT_EQ(memo.words(), 3u);
}

TEST(WordHitsMemo, EmptiesItselfAtItsBounds) {
    WordHitsMemo memo;
    for (size_t i = 0; i < WordHitsMemo::max_words; ++i) {
        const std::string w = "w" + std::to_string(i);
        memoise(memo, w, w, {{static_cast<int>(i % 5), 0.5}});
    }
    EXPECT_EQ(memo.words(), WordHitsMemo::max_words);
    bool known = false;
    EXPECT_EQ(found(memo, "w17", "w17", &known), (std::vector<Hit>{{2, 0.5}}));
    EXPECT_TRUE(known);
    memoise(memo, "extra", "extra", {{1, 1.0}});   // past the bound: a fresh memo
    EXPECT_EQ(memo.words(), 1u);
    found(memo, "w17", "w17", &known);
    EXPECT_FALSE(known);
    EXPECT_EQ(found(memo, "extra", "extra", &known), (std::vector<Hit>{{1, 1.0}}));
    // Hits count too; a word with more hits than the memo holds is not kept.
    std::vector<Hit> many(WordHitsMemo::max_hits, Hit{0, 1.0});
    memoise(memo, "many", "many", many);
    EXPECT_EQ(memo.words(), 1u);   // "extra" was dropped to make room
    EXPECT_EQ(found(memo, "many", "many", &known).size(), WordHitsMemo::max_hits);
    memoise(memo, "more", "more", {{2, 1.0}});
    EXPECT_EQ(memo.words(), 1u);
    many.push_back(Hit{1, 1.0});
    memoise(memo, "too", "too", many);
    found(memo, "too", "too", &known);
    EXPECT_FALSE(known);
}

// Answers sharing words with each other and with the question: the same words, typos of the
// question's ("cahce", "transation", "serialisable"), other surfaces of its lexemes ("cached",
// "replicated"), words it does not have.
uh_test::Question question() {
    uh_test::Question q;
    q.question_text = "How do you keep a cache consistent with the database under concurrent transactions?";
    q.key_points = R"({"must_mention": ["invalidate the cache entry after the transaction commits",
                        "serializable isolation or row locks prevent lost updates",
                        {"point": "non-blocking reads from replicas", "aliases": ["read replicas"]}],
                       "bonus_points": ["measure latency/throughput before and after", "cache stampede on expiry"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "Caching everything forever is always safe",
                                  "correction": "Entries expire or are invalidated."}]})";
    q.sample = "Invalidate cached entries on commit; use serializable transactions or locking to avoid lost updates.";
    return q;
}

const char* const answers[] = {
    "I would invalidate the cahce entry after the transation commits, with serialisable isolation.",
    "Caching everything forever is safe. Replicas serve nonblocking reads; latencies and througput matter.",
    "The cached entries get invalidated; the db locks rows so no update is lost, indexes help. Stampedes on expiry.",
    "Serializable serializable serialization; replica replicate replicated; throughput/latency measured.",
    "I would not add a cache at all, the database is fast enough and caches only hide slow queries.",
    "",
};

// What the model's terms match in an answer, by the memo (term_matches: find_form_hits), each
// checked against the comparison of the term with every answer word (no memo, no index).
void expect_matches_as_compared(const QuestionModel& model, const RawText& answer, const std::string& text) {
    Context ctx(model);
    build_answer(answer, ctx);
    auto compare = [&](const std::vector<Term>& terms) {
        for (const Term& t : terms) {
            Term unnumbered = t;   // a term the model does not know: compared with every answer word
            unnumbered.key = -1;
            const TermMatches by_memo = term_matches(ctx, t);
            const TermMatches by_comparison = term_matches(ctx, unnumbered);
            EXPECT_EQ(std::vector<Hit>(by_memo.begin(), by_memo.end()), std::vector<Hit>(by_comparison.begin(), by_comparison.end()))
                << "term '" << t.surface << "' in answer '" << text << "'";
        }
    };
    for (const auto* points : {&model.must, &model.bonus})
        for (const PointModel& p : *points) {
            for (const auto& v : p.variants) compare(v);
            for (const auto& s : p.support) compare(s);
        }
    for (const MistakeModel& m : model.mistakes) compare(m.terms);
    compare(model.sample_terms);
    compare(model.question_terms);
    compare(model.vocabulary);
}

TEST(WordHitsMemo, TermsMatchAsTheComparisonFindsWithTheMemoFilled) {
    uh_test::keep_slashed_words() = true;
    uh_test::Question q = question();
    QuestionModel model;
    build_question_model(q.input(""), model);   // (q keeps the texts the model reads)
    // Each answer three times, in one order then the other: its words are memoised the second
    // time they are met (in it or in the answers before it), read from the memo after that.
    const size_t n = sizeof answers / sizeof answers[0];
    for (int round = 0; round < 3; ++round)
        for (size_t i = 0; i < n; ++i) {
            const std::string text = answers[round == 1 ? n - 1 - i : i];
            const auto answer = uh_test::tokenize(text);
            expect_matches_as_compared(model, answer->raw(), text);
        }
    EXPECT_GT(model.word_hits.words(), 20u);   // the answers did go through the memo
    uh_test::keep_slashed_words() = false;
}

TEST(WordHitsMemo, AnAnswerIsAnalysedAsWithAFreshModel) {
    uh_test::Question q = question();
    using Model = std::unique_ptr<QuestionModel, void (*)(QuestionModel*)>;
    std::vector<std::unique_ptr<uh_test::OwnedText>> texts;
    for (const char* a : answers) texts.push_back(uh_test::tokenize(a));
    // Each answer against a model of its own (an empty memo) ...
    std::vector<std::string> fresh;
    for (const auto& text : texts) {
        Model model(build_question_model(q.input("")), destroy_question_model);
        fresh.push_back(analysis_json(analyze(*model, text->raw())));
    }
    // ... and against one model, after the others and again after itself, in both orders.
    Model shared(build_question_model(q.input("")), destroy_question_model);
    for (int round = 0; round < 3; ++round)
        for (size_t i = 0; i < texts.size(); ++i) {
            const size_t k = round == 1 ? texts.size() - 1 - i : i;
            EXPECT_EQ(analysis_json(analyze(*shared, texts[k]->raw())), fresh[k]) << "answer " << k << ", round " << round;
        }
    EXPECT_GT(shared->word_hits.words(), 20u);
}

}  // namespace
