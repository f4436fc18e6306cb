// Word forms the matcher accepts as the same word: near misses, related forms, compounds.
#include "core/matcher.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

double quality(const std::string& a, const std::string& b) {
    Lexicon lexicon;
    Term x, y;
    x.lex = lexicon.intern(a);
    x.surface = a;
    y.lex = lexicon.intern(b);
    y.surface = b;
    return term_quality_strings(lexicon, x, y);
}

}  // namespace

TEST(WordForms, InflectionsAndTyposMatch) {
    EXPECT_GT(quality("order", "orders"), 0.0);
    EXPECT_GT(quality("immutable", "imutable"), 0.0);
}

TEST(WordForms, AWordRunIntoACompoundDoesNot) {
    EXPECT_EQ(quality("order", "ordereddict"), 0.0);
    EXPECT_EQ(quality("ordereddict", "order"), 0.0);
}

TEST(WordForms, TheFirstOfWordsJoinedByASeparatorMatches) {
    EXPECT_GT(quality("impact", "impact/effort"), 0.7);
    EXPECT_GT(quality("filter", "filtered/joined/sorted"), 0.0);
}

TEST(WordForms, OneLexemeForVeryDifferentSurfacesIsOnlyRelated) {
    EXPECT_EQ(same_lexeme_quality("indexes", "index"), 1.0);
    EXPECT_EQ(same_lexeme_quality("caching", "cache"), 1.0);
    EXPECT_LT(same_lexeme_quality("localization", "locally"), 1.0);   // English stems both to "local"
    EXPECT_LT(same_lexeme_quality("organization", "organ"), 1.0);
    EXPECT_EQ(same_lexeme_quality("\xd8\xa7\xd9\x84\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8", "\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8"), 1.0);   // with / without the article
}
