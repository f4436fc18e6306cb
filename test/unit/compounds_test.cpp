// Hyphenated compounds the word lists name ("trade-off", "non-blocking", "read-only"): the
// glue hands over their parts only, and the parts take what the compound means.
#include "core/lexicon_data.hpp"
#include "core/text.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

Document doc_of(const std::string& text, Lexicon& lexicon, std::unique_ptr<uh_test::OwnedText>& owned) {
    owned = uh_test::tokenize(text);
    return build_document(owned->raw(), lexicon);
}

}  // namespace

TEST(Compounds, TheFirstWordStandsForACompoundOfPlainWords) {
    Lexicon lexicon;
    std::unique_ptr<uh_test::OwnedText> owned;
    const Document d = doc_of("every trade-off, a read-only view, on the server-side", lexicon, owned);
    ASSERT_EQ(d.tokens[1].surface, "trade");
    EXPECT_EQ(d.tokens[1].group, word_info("tradeoff").group);   // listed run together too
    EXPECT_TRUE(d.tokens[1].info.distinction);
    EXPECT_LT(d.tokens[2].group, 0);                             // "off": one word, not two
    ASSERT_EQ(d.tokens[4].surface, "read");
    EXPECT_EQ(d.tokens[4].group, word_info("readonly").group);
    ASSERT_EQ(d.tokens[9].surface, "server");
    EXPECT_EQ(d.tokens[9].group, word_info("backend").group);
}

TEST(Compounds, APartWithAMeaningOfItsOwnMeansTheCompoundInstead) {
    Lexicon lexicon;
    std::unique_ptr<uh_test::OwnedText> owned;
    const Document d = doc_of("non-blocking io, blocking io, machine-learning, single-threaded", lexicon, owned);
    ASSERT_EQ(d.tokens[1].surface, "blocking");
    EXPECT_EQ(d.tokens[1].antonym, word_info("asynchronous").antonym);   // not "blocking"'s side
    EXPECT_EQ(d.tokens[1].group, word_info("async").group);
    EXPECT_EQ(d.tokens[3].antonym, word_info("synchronous").antonym);    // "blocking" alone
    ASSERT_EQ(d.tokens[6].surface, "learning");
    EXPECT_EQ(d.tokens[6].group, word_info("ml").group);
    EXPECT_NE(d.tokens[6].group, word_info("learn").group);
    // "single" already takes the compound's side; "threaded" stays as it is.
    ASSERT_EQ(d.tokens[8].surface, "threaded");
    EXPECT_EQ(d.tokens[7].antonym, word_info("single").antonym);
    EXPECT_LT(d.tokens[8].antonym, 0);
}

TEST(Compounds, OnlyWordsJoinedByOneHyphen) {
    Lexicon lexicon;
    std::unique_ptr<uh_test::OwnedText> owned;
    const Document d = doc_of("a trade - off, a trade off, a trade--off", lexicon, owned);
    for (const Token& t : d.tokens)
        if (t.surface == "trade") {
            EXPECT_LT(t.group, 0);
            EXPECT_FALSE(t.info.distinction);
        }
}
