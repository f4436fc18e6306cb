#include "core/overall_score.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>

using utopiahire::core::DimensionScores;
using utopiahire::core::ErrorKind;
using utopiahire::core::InputError;
using utopiahire::core::overall_score;

TEST(OverallScore, SpecWorkedExampleTruncates) {
    // 85*.25 + 78*.25 + 82*.25 + 90*.15 + 88*.10 = 83.35
    EXPECT_EQ(overall_score({85, 78, 90, 82, 88}), 83);
}

TEST(OverallScore, Bounds) {
    EXPECT_EQ(overall_score({0, 0, 0, 0, 0}), 0);
    EXPECT_EQ(overall_score({100, 100, 100, 100, 100}), 100);
}

TEST(OverallScore, WeightsPerDimension) {
    EXPECT_EQ(overall_score({100, 0, 0, 0, 0}), 25);   // relevance
    EXPECT_EQ(overall_score({0, 100, 0, 0, 0}), 25);   // completeness
    EXPECT_EQ(overall_score({0, 0, 100, 0, 0}), 15);   // clarity
    EXPECT_EQ(overall_score({0, 0, 0, 100, 0}), 25);   // technical accuracy
    EXPECT_EQ(overall_score({0, 0, 0, 0, 100}), 10);   // communication
}

TEST(OverallScore, TruncatesNotRounds) {
    // 99*.25*3 + 99*.15 + 99*.10 = 98.01 -> 98; 1 in clarity alone = 0.15 -> 0
    EXPECT_EQ(overall_score({99, 99, 99, 99, 99}), 99);
    EXPECT_EQ(overall_score({0, 0, 1, 0, 0}), 0);
    EXPECT_EQ(overall_score({3, 0, 0, 0, 0}), 0);
    EXPECT_EQ(overall_score({4, 0, 0, 0, 0}), 1);
}

TEST(OverallScore, RejectsOutOfRange) {
    for (int bad : {-1, 101, 1000}) {
        try {
            overall_score({bad, 50, 50, 50, 50});
            FAIL() << "accepted " << bad;
        } catch (const InputError& e) {
            EXPECT_EQ(e.kind(), ErrorKind::invalid_argument);
        }
    }
    EXPECT_THROW(overall_score({50, 50, 50, 50, 101}), InputError);
    EXPECT_THROW(overall_score({50, 50, -5, 50, 50}), InputError);
}
