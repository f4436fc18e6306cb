#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header

#include "core/shared_negation.hpp"

#include <algorithm>

namespace utopiahire::core {

namespace {

// Two shared words at least: one word in common (often the question's subject) does not tell which
// sentence of the reference a clause says again.
constexpr int min_shared_words = 2;

}  // namespace

void index_sample_sentences(QuestionModel& model) {
    model.sample_sentence_words.clear();
    model.sample_sentence_negated.clear();
    for (const Token& t : model.sample.tokens) {
        const size_t s = static_cast<size_t>(t.sentence);
        if (model.sample_sentence_negated.size() <= s) model.sample_sentence_negated.resize(s + 1, 0);
        if (t.negation_cue || t.negated) model.sample_sentence_negated[s] = 1;
        if (t.content() && !t.negation_cue)
            for (int lex : t.lex) model.sample_sentence_words.emplace_back(lex, t.sentence);
    }
    std::vector<std::pair<int, int>>& words = model.sample_sentence_words;
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
}

std::vector<char> negations_shared_with_sample(const Context& ctx) {
    const std::vector<Token>& tokens = ctx.answer.tokens;
    const int clauses = tokens.empty() ? 0 : tokens.back().clause + 1;
    std::vector<char> shared(static_cast<size_t>(std::max(clauses, 0)), 0);
    const QuestionModel& model = ctx.model;
    const size_t sentences = model.sample_sentence_negated.size();
    if (sentences == 0) return shared;

    std::vector<double> weight(sentences);
    std::vector<int> count(sentences);
    std::vector<int> words;
    // Clauses are runs of tokens (Token::clause grows along the text): each is read once, when it ends.
    auto read_clause = [&](int clause) {
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        std::fill(weight.begin(), weight.end(), 0.0);
        std::fill(count.begin(), count.end(), 0);
        for (int lex : words) {
            auto it = std::lower_bound(model.sample_sentence_words.begin(), model.sample_sentence_words.end(),
                                       std::make_pair(lex, -1));
            for (; it != model.sample_sentence_words.end() && it->first == lex; ++it) {
                weight[static_cast<size_t>(it->second)] += model.weight_of(lex);
                ++count[static_cast<size_t>(it->second)];
            }
        }
        double best = 0.0;
        size_t best_sentence = sentences;
        for (size_t s = 0; s < sentences; ++s)
            if (weight[s] > best) {
                best = weight[s];
                best_sentence = s;
            }
        if (best_sentence < sentences && count[best_sentence] >= min_shared_words && clause >= 0 && clause < clauses)
            shared[static_cast<size_t>(clause)] = model.sample_sentence_negated[best_sentence];
    };
    int clause = -1;
    bool negated = false;
    for (const Token& t : tokens) {
        if (t.clause != clause) {
            if (negated) read_clause(clause);
            clause = t.clause;
            negated = false;
            words.clear();
        }
        negated = negated || t.negated;
        if (t.content() && !t.negation_cue) words.insert(words.end(), t.lex.begin(), t.lex.end());
    }
    if (negated) read_clause(clause);
    return shared;
}

}  // namespace utopiahire::core
