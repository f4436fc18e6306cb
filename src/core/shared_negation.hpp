// Negations the reference makes too. A correct answer puts some of its words under a negation
// where the sample answer does as well ("never compare floats with ==", "don't rebase a shared
// branch"); a wrong answer denies what the sample answer states. An answer's clause is read against
// the sample-answer sentence it shares the most (weighted) words with.
#pragma once

#include "core/matcher.hpp"

#include <vector>

namespace utopiahire::core {

// Fills the model's sample_sentence_words and sample_sentence_negated from its sample answer (once
// per question: every answer's clauses are read against them).
void index_sample_sentences(QuestionModel& model);

// By answer clause (Token::clause): 1 when the clause holds a negated word and the sample-answer
// sentence it matches best (sharing two words or more, rarer words weighing more) holds a negation
// too, so its negation says what the reference says; 0 otherwise (no negated word, no sample
// sentence shared, or one the sample answer states affirmatively: a denial).
std::vector<char> negations_shared_with_sample(const Context& ctx);

}  // namespace utopiahire::core
