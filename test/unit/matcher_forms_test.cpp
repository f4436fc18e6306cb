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
