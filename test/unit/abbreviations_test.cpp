// Informal abbreviations (ppl, mgmt, svc, bdd, b4, bc, w/o ...) mean what their full words mean.
#include "core/lexicon_data.hpp"
#include "core/text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace utopiahire::core;

namespace {

bool same_group(std::string_view a, std::string_view b) {
    return word_info(a).group >= 0 && word_info(a).group == word_info(b).group;
}

}  // namespace

TEST(Abbreviations, ContentWordsShareTheGroupOfTheirFullWord) {
    EXPECT_TRUE(same_group("ppl", "people"));
    EXPECT_TRUE(same_group("mgmt", "management"));
    EXPECT_TRUE(same_group("mgr", "manager"));
    EXPECT_TRUE(same_group("devs", "developers"));
    EXPECT_TRUE(same_group("infra", "infrastructure"));
    EXPECT_TRUE(same_group("svc", "service"));
    EXPECT_TRUE(same_group("biz", "business"));
    EXPECT_TRUE(same_group("txn", "transaction"));
    EXPECT_TRUE(same_group("pwd", "password"));
    EXPECT_TRUE(same_group("cfg", "configuration"));
    // French
    EXPECT_TRUE(same_group("bdd", "database"));
    EXPECT_TRUE(same_group("mdp", "password"));
    EXPECT_TRUE(same_group("bcp", "beaucoup"));
    EXPECT_TRUE(same_group("appli", "application"));
    // Two different words stay apart.
    EXPECT_FALSE(same_group("svc", "business"));
}

TEST(Abbreviations, FunctionWordsWrittenShortKeepTheirRole) {
    EXPECT_TRUE(word_info("w/o").negation);   // one token for PostgreSQL's parser ("file")
    EXPECT_TRUE(word_info("w/out").negation);
    EXPECT_TRUE(word_info("bc").clause_break);
    EXPECT_TRUE(word_info("cuz").clause_break);
    EXPECT_TRUE(word_info("pcq").clause_break);   // parce que
    EXPECT_TRUE(word_info("tjs").endorsement);    // toujours
    EXPECT_GE(word_info("b4").antonym, 0);
    EXPECT_EQ(word_info("b4").antonym, word_info("before").antonym);
}

// "w/o" as the glue hands it over (PostgreSQL's default parser reads it as one token, a file
// path, with the lexeme "w/o"): it denies what follows, like "without", and spares a verb in -ing.
TEST(Abbreviations, WithoutWrittenShortNegatesLikeWithout) {
    const std::string text = "it works w/o locks and w/o blocking";
    const std::vector<std::string> words = {"it", "works", "w/o", "locks", "and", "w/o", "blocking"};
    const std::vector<std::string> lexemes = {"", "work", "w/o", "lock", "", "w/o", "block"};
    std::vector<RawToken> tokens;
    size_t at = 0;
    for (size_t k = 0; k < words.size(); ++k) {
        at = text.find(words[k], at);
        RawToken t{};
        t.byte_start = t.char_start = static_cast<int32_t>(at);
        t.byte_len = t.char_len = static_cast<int32_t>(words[k].size());
        t.kind = lexemes[k].empty() ? raw_stop : words[k] == "w/o" ? raw_other : raw_word;
        t.nlex = lexemes[k].empty() ? 0 : 1;
        t.lexemes = lexemes[k].c_str();
        tokens.push_back(t);
        at += words[k].size();
    }
    Lexicon lexicon;
    const Document doc = build_document(RawText{text.c_str(), static_cast<int32_t>(text.size()), tokens.data(),
                                                static_cast<int32_t>(tokens.size())},
                                        lexicon);
    ASSERT_EQ(doc.tokens.size(), words.size());
    EXPECT_TRUE(doc.tokens[2].negation_cue);
    EXPECT_TRUE(doc.tokens[2].lex.empty());   // a cue, not a content word
    EXPECT_TRUE(doc.tokens[3].negated);
    EXPECT_FALSE(doc.tokens[1].negated);
    EXPECT_TRUE(doc.tokens[6].spared);        // "without blocking": a manner, neither said nor denied
}
