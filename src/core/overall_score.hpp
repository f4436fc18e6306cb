// The spec's composite score: relevance, completeness and technical accuracy weigh 0.25 each,
// clarity 0.15 and communication 0.10; the weighted sum is truncated to an integer.
#pragma once

namespace utopiahire::core {

struct DimensionScores {
    int relevance;
    int completeness;
    int clarity;
    int technical_accuracy;
    int communication;
};

// Throws InputError(invalid_argument) when a score is outside 0..100.
int overall_score(const DimensionScores& scores);

}  // namespace utopiahire::core
