// A quoted literal of punctuation (',,', '.', ';') is a value the answer names: it breaks neither the
// clause nor the sentence it stands in, so a denial after it keeps its subject ("a blank row or
// something like ';;' never reaches deduplication": what the blank row does, not the speaker).
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"
#include "core/text.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

namespace {

Document doc_of(const std::string& text, Lexicon& lexicon, std::unique_ptr<uh_test::OwnedText>& owned) {
    owned = uh_test::tokenize(text);
    return build_document(owned->raw(), lexicon);
}

// The token of doc whose surface is w (the first).
const Token& token(const Document& doc, std::string_view w) {
    for (const Token& t : doc.tokens)
        if (t.surface == w) return t;
    ADD_FAILURE() << "no token " << w;
    return doc.tokens.front();
}

}  // namespace

TEST(QuotedLiteral, QuotedPunctuationBreaksNothing) {
    Lexicon lexicon;
    std::unique_ptr<uh_test::OwnedText> owned;
    Document d = doc_of("I split on '.' and join the parts; a line like ',,' never matches.", lexicon, owned);
    EXPECT_EQ(token(d, "split").sentence, token(d, "join").sentence);
    EXPECT_EQ(token(d, "split").clause, token(d, "join").clause);
    EXPECT_EQ(token(d, "like").clause, token(d, "never").clause);
    EXPECT_NE(token(d, "parts").sentence, token(d, "line").sentence);   // a bare ";" still ends it
    // Closed before a mark: "a '!', and" keeps the comma's break, not the "!"'s end of sentence.
    d = doc_of("the lexer stops at a '!', and the reader skips ahead", lexicon, owned);
    EXPECT_EQ(token(d, "stops").sentence, token(d, "reader").sentence);
    EXPECT_NE(token(d, "stops").clause, token(d, "reader").clause);
    // French and Arabic answers quote the same way.
    d = doc_of("je coupe sur ';' puis je joins les morceaux", lexicon, owned);
    EXPECT_EQ(token(d, "coupe").sentence, token(d, "joins").sentence);
    // أقسم على '.' ثم أجمع الأجزاء
    d = doc_of("\u0623\u0642\u0633\u0645 \u0639\u0644\u0649 '.' \u062b\u0645 \u0623\u062c\u0645\u0639 \u0627\u0644\u0623\u062c\u0632\u0627\u0621",
               lexicon, owned);
    EXPECT_EQ(d.tokens.front().sentence, d.tokens.back().sentence);
}

TEST(QuotedLiteral, QuotesAroundWordsStillBreak) {
    Lexicon lexicon;
    std::unique_ptr<uh_test::OwnedText> owned;
    // The punctuation lies between a closing and an opening quote: it is the answer's own.
    Document d = doc_of("it returns 'yes'. 'no' means failure", lexicon, owned);
    EXPECT_NE(token(d, "yes").sentence, token(d, "no").sentence);
    d = doc_of("values 'a', 'b' or 'c'", lexicon, owned);
    EXPECT_NE(token(d, "a").clause, token(d, "b").clause);
    d = doc_of("it failed. ',' is the separator", lexicon, owned);   // a period before the quote
    EXPECT_NE(token(d, "failed").sentence, token(d, "is").sentence);
}

// The denial after the literal is the blank input's doing, which says nothing of the step it skips.
TEST(QuotedLiteral, DenialAfterALiteralKeepsItsSubject) {
    Question q;
    q.key_points = R"({"must_mention": ["deduplication of rows"]})";
    EXPECT_NE(status_of(q, "sort() puts equal rows side by side. A blank row or something like ';;' never reaches "
                           "deduplication and returns early."),
              PointStatus::contradicted);
    q.key_points = R"({"must_mention": ["whitespace trimming"]})";
    EXPECT_NE(status_of(q, "strip() turns ' x' into 'x'. An empty field or something like ',,' never reaches "
                           "trimming and returns False."),
              PointStatus::contradicted);
}
