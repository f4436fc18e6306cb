// The story lists know the plurals and feminines of the words they name ("minutes" like
// "minute", "livrée" like "livré"), and their French words typed without accents.
#include "core/outcome_points.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

uint64_t cues_of(const std::string& word) {
    auto owned = uh_test::tokenize("x " + word);
    Lexicon lexicon;
    const Document doc = build_document(owned->raw(), lexicon);
    return story_cues(doc).at(1);
}

}  // namespace

TEST(StoryCueForms, PluralsAndFemininesTellWhatTheirBaseTells) {
    ASSERT_NE(cues_of("minute"), 0u);
    EXPECT_EQ(cues_of("minutes"), cues_of("minute"));
    EXPECT_EQ(cues_of("hours"), cues_of("hour"));
    ASSERT_NE(cues_of("livr\xC3\xA9"), 0u);
    EXPECT_EQ(cues_of("livr\xC3\xA9" "e"), cues_of("livr\xC3\xA9"));
    EXPECT_EQ(cues_of("mesur\xC3\xA9" "es"), cues_of("mesur\xC3\xA9"));
}

TEST(StoryCueForms, FrenchTypedWithoutAccentsTellsTheSame) {
    ASSERT_NE(cues_of("\xC3\xA9" "conomis\xC3\xA9"), 0u);
    EXPECT_EQ(cues_of("economise"), cues_of("\xC3\xA9" "conomis\xC3\xA9"));
    EXPECT_EQ(cues_of("reduit"), cues_of("r\xC3\xA9" "duit"));
    EXPECT_EQ(cues_of("lecons"), cues_of("le\xC3\xA7on"));   // and its plural
}

TEST(StoryCueForms, OtherWordsTellNothing) {
    EXPECT_EQ(cues_of("process"), 0u);
    EXPECT_EQ(cues_of("minuted"), 0u);   // a verb form is not the noun
}
