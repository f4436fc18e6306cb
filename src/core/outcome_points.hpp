// Outcome points: key points that ask for the result of a story rather than for a fact
// ("measurable outcome", "outcome delivered", "résultat concret", "quantified impact"). Their
// words are abstract, so candidates never repeat them: they tell what happened ("cut the
// tickets by 70% within a month", "we shipped on Friday"). Such a point is stated by a result
// sentence of the answer (one with a result word, a change verb or, for a point asking for a
// measure, a number). General vocabulary of English, French and Arabic; never per question.
#pragma once

#include "core/matcher.hpp"

namespace utopiahire::core {

enum class OutcomeKind { none = 0, outcome = 1, measured = 2 };

// What kind of outcome point a key point's document is: every content word (up to a
// parenthesis, which lists examples) names a result, a measure or frames the point, and at
// least one names a result or a measure.
OutcomeKind outcome_kind(const Document& point);

struct OutcomeEvidence {
    double score = 0.0;
    int first = -1, last = -1;   // answer tokens of the result sentence
};

// The answer's best result sentence for an outcome point (score 0 when it has none): a sentence
// that states a result (a number for a measured outcome), not inside a negation.
OutcomeEvidence outcome_evidence(const Document& answer, OutcomeKind kind);

}  // namespace utopiahire::core
