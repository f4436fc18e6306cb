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

// A compound part taking sameness joins the sameness pass's marked tokens (merged with the
// plain words marked before it, in token order): each one of several compounds, between
// plain words of sameness, is read as a claim of sameness.
TEST(Compounds, EveryCompoundTakingSamenessIsReadAsAClaim) {
    Lexicon lexicon;
    std::unique_ptr<uh_test::OwnedText> owned;
    const Document d = doc_of(
        "put and post are inter-changeable, get and head are identical, patch and put are inter-changeable, "
        "the two are the same, soap and rest are inter-changeable",
        lexicon, owned);
    int compounds = 0, claims = 0;
    for (size_t i = 0; i < d.tokens.size(); ++i) {
        const Token& t = d.tokens[i];
        if (t.surface == "inter" && i + 1 < d.tokens.size() && d.tokens[i + 1].surface == "changeable") {
            ++compounds;
            EXPECT_TRUE(t.info.sameness || d.tokens[i + 1].info.sameness) << i;
            EXPECT_TRUE(t.sameness || d.tokens[i + 1].sameness) << i;
        }
        if (t.info.sameness) {
            ++claims;
            EXPECT_TRUE(t.sameness) << i;
        }
    }
    EXPECT_EQ(compounds, 3);
    EXPECT_EQ(claims, 4);   // the three compounds and "identical"
}
