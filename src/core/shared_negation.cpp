#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header

#include "core/shared_negation.hpp"

#include <algorithm>

namespace utopiahire::core {

namespace {

// Two shared words at least: one word in common (often the question's subject) does not tell which
// sentence of the reference a clause says again.
constexpr int min_shared_words = 2;

void sorted_unique(std::vector<int>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

std::vector<char> negations_shared_with_sample(const Context& ctx) {
    const std::vector<Token>& tokens = ctx.answer.tokens;
    int clauses = 0;
    bool negated = false;
    for (const Token& t : tokens) {
        clauses = std::max(clauses, t.clause + 1);
        negated = negated || t.negated;
    }
    std::vector<char> shared(static_cast<size_t>(clauses), 0);
    const std::vector<Token>& sample = ctx.model.sample.tokens;
    if (!negated || sample.empty()) return shared;

    // The sample answer's sentences: their words (every lexeme of a content word but a negation cue)
    // and whether a negation is in them.
    int sentences = 0;
    for (const Token& t : sample) sentences = std::max(sentences, t.sentence + 1);
    std::vector<std::vector<int>> sentence_words(static_cast<size_t>(sentences));
    std::vector<char> sentence_negated(static_cast<size_t>(sentences), 0);
    for (const Token& t : sample) {
        const size_t s = static_cast<size_t>(t.sentence);
        if (t.negation_cue || t.negated) sentence_negated[s] = 1;
        if (t.content() && !t.negation_cue) sentence_words[s].insert(sentence_words[s].end(), t.lex.begin(), t.lex.end());
    }
    for (std::vector<int>& words : sentence_words) sorted_unique(words);

    std::vector<char> read(static_cast<size_t>(clauses), 0);
    std::vector<int> words;
    for (const Token& t : tokens) {
        const size_t c = static_cast<size_t>(t.clause);
        if (!t.negated || read[c]) continue;
        read[c] = 1;
        words.clear();
        for (const Token& u : tokens)
            if (u.clause == t.clause && u.content() && !u.negation_cue) words.insert(words.end(), u.lex.begin(), u.lex.end());
        sorted_unique(words);
        double best = 0.0;
        int best_shared = 0, best_sentence = -1;
        for (int s = 0; s < sentences; ++s) {
            const std::vector<int>& in_sentence = sentence_words[static_cast<size_t>(s)];
            double weight = 0.0;
            int n = 0;
            for (int lex : words)
                if (std::binary_search(in_sentence.begin(), in_sentence.end(), lex)) {
                    weight += ctx.model.weight_of(lex);
                    ++n;
                }
            if (weight > best) {
                best = weight;
                best_shared = n;
                best_sentence = s;
            }
        }
        shared[c] = best_sentence >= 0 && best_shared >= min_shared_words && sentence_negated[static_cast<size_t>(best_sentence)];
    }
    return shared;
}

}  // namespace utopiahire::core
