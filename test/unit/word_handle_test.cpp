// Word handles (RawToken::word): a document built from tokens with handles is the document built
// from the same tokens without them, and the story cues read through a handle are those read
// from the surface.
#include "core/outcome_points.hpp"
#include "core/text.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace utopiahire::core;

namespace {

const char* const texts[] = {
    "We DON'T need a lock here: it is non-blocking, and O(n log n) in time. Return -1 when not found.",
    "As for tests, I never write them. Quant aux mocks, je ne les utilise jamais; l'Équipe a dit non.",
    "It turned out my bad: I rolled back, took charge and followed up with the team next sprint.",
    "أما الاختبارات، فلا نكتبها لمعرف المستخدم. Trade-off: read-only replicas, 10M rows, 5k users.",
};

std::vector<RawToken> without_handles(const uh_test::OwnedText& text) {
    std::vector<RawToken> tokens = text.tokens;
    for (RawToken& t : tokens) t.word = 0;
    return tokens;
}

void expect_same_token(const Token& a, const Token& b) {
    EXPECT_EQ(a.surface, b.surface);
    EXPECT_EQ(a.byte_start, b.byte_start);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(std::vector<int>(a.lex.begin(), a.lex.end()), std::vector<int>(b.lex.begin(), b.lex.end()));
    EXPECT_EQ(a.sentence, b.sentence);
    EXPECT_EQ(a.clause, b.clause);
    EXPECT_EQ(a.group, b.group);
    EXPECT_EQ(a.antonym, b.antonym);
    EXPECT_EQ(a.info.star, b.info.star);
    EXPECT_EQ(a.info.first_person, b.info.first_person);
    EXPECT_EQ(a.negation_cue, b.negation_cue);
    EXPECT_EQ(a.negated, b.negated);
    EXPECT_EQ(a.complexity, b.complexity);
    EXPECT_EQ(a.returned, b.returned);
    EXPECT_EQ(a.sameness, b.sameness);
    EXPECT_EQ(a.endorsed, b.endorsed);
    EXPECT_EQ(a.avoided, b.avoided);
    EXPECT_EQ(a.dismissed, b.dismissed);
    EXPECT_EQ(a.spared, b.spared);
    EXPECT_EQ(a.filler, b.filler);
    EXPECT_EQ(a.hedge, b.hedge);
    EXPECT_EQ(a.no_subject, b.no_subject);
}

}  // namespace

TEST(WordHandle, OneHandlePerLowerCaseSurface) {
    EXPECT_EQ(word_handle(""), 0u);
    const uint32_t the = word_handle("the");
    EXPECT_NE(the, 0u);
    EXPECT_EQ(word_handle("The"), the);
    EXPECT_EQ(word_handle("THE"), the);
    EXPECT_NE(word_handle("then"), the);
    EXPECT_EQ(word_handle("Éviter"), word_handle("éviter"));
}

TEST(WordHandle, DocumentsAreTheSameWithAndWithoutHandles) {
    for (const char* text : texts) {
        const auto owned = uh_test::tokenize(text);
        const std::vector<RawToken> plain = without_handles(*owned);
        const RawText raw = owned->raw();
        const RawText raw_plain{raw.text, raw.len, plain.data(), raw.ntokens};
        Lexicon with, without;
        const Document a = build_document(raw, with);
        const Document b = build_document(raw_plain, without);
        ASSERT_EQ(a.tokens.size(), b.tokens.size()) << text;
        for (size_t i = 0; i < a.tokens.size(); ++i) {
            SCOPED_TRACE(std::string(text) + " / token " + std::to_string(i));
            EXPECT_NE(a.tokens[i].word, 0u);
            EXPECT_EQ(b.tokens[i].word, 0u);
            expect_same_token(a.tokens[i], b.tokens[i]);
        }
        EXPECT_EQ(a.sentences, b.sentences);
        EXPECT_EQ(a.clauses, b.clauses);
        EXPECT_EQ(a.words, b.words);
        EXPECT_EQ(a.content_words, b.content_words);
        EXPECT_EQ(a.stop_words, b.stop_words);
        EXPECT_EQ(story_cues(a), story_cues(b)) << text;
        EXPECT_EQ(story_cues(a), story_cues(a)) << text;   // (the second time from the memo)
    }
}
