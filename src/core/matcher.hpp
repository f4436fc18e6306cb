// Matching key points against an answer: term weights (rare words of the question above
// common ones, words of the question itself below), near misses, synonym groups, per-point
// aliases, each point widened with the sample-answer sentence that best matches it, windows
// (terms of one point must meet in one sentence), explanation vs bare keyword lists, and
// negation in scope. Internal to the core (analysis.cpp and scoring.cpp use it); the question
// side is built in question_model.cpp, the answer side and the matching in matcher.cpp.
#pragma once

#include "core/analysis.hpp"
#include "core/text.hpp"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <optional>
#include <vector>

namespace utopiahire::core {

// Weight of the question's own words relative to others (naming what was asked is cheap).
constexpr double question_word_factor = 0.35;

struct Term {
    int lex = -1;
    int group = -1;
    double weight = 1.0;
    bool negated = false;     // inside a negation in the key point itself
    int antonym = -1;         // a word with an opposite (least / most ...): matched by class
    int complexity = -1;      // an asymptotic class the point states ("O(n)", "linear"): matched by class
    std::string surface;
    // A word denying its own base by a prefix ("unlimited", "immutable", "non-blocking"): the
    // base (lexeme and surface) that a negation in the answer restates ("no limit").
    std::string denied_lexeme, denied_surface;
};

// Fills term.denied_* when the term's word is a negative-prefix form (un-, non-, in-, im-, ir-, il-).
void set_denied_base(const Lexicon& lexicon, Term& term);

struct PointModel {
    std::string text;
    std::vector<std::vector<Term>> variants;   // the point itself, then each alias
    std::vector<std::vector<Term>> support;    // from the best-matching sample sentences
    bool negated = false;                      // the point is itself a negative statement
    std::vector<char> written;                 // by variant: an alternative written into the point
    bool distinction = false;                  // the point tells two things apart (vs, difference, faster)
    std::vector<int> complexities;             // asymptotic classes the point states ("O(n log n)")
    bool complexity_space = false;             // ... of memory, not of time
    std::vector<std::pair<int, int>> quantities;   // (value, counted word) it states ("3 decimals")
    std::vector<int> values;                   // every number it names
    std::vector<int> returned;                 // values it says are returned ("return -1")
    // "X before Y" / "X after Y": the order word (its antonym value) and the terms on each side.
    int order_word = -1;
    std::vector<Term> order_left, order_right;
    int outcome = 0;                           // OutcomeKind (outcome_points.hpp): asks for a story's result
};

struct MistakeModel {
    std::string mistake;
    std::string correction;
    std::vector<Term> terms;
    // The key point the correction restates (stating the mistake denies it), or -1.
    int point = -1;
    bool point_is_bonus = false;
};

// A window of answer tokens [begin, end) where the terms of one point may meet.
struct Window {
    int begin = 0, end = 0;
    double factor = 1.0;        // adjacent-sentence windows count a little less
    double explanation = 1.0;   // 1 for prose, low for a bare list of keywords
};

// Everything derived from the question alone (built once per question, then read-only).
struct QuestionModel {
    Lexicon lexicon;
    Document question, sample;
    std::vector<Document> item_docs;
    std::vector<PointModel> must, bonus;
    std::vector<MistakeModel> mistakes;
    std::vector<double> lex_weight;            // by lexeme id
    std::vector<char> in_question;             // by lexeme id
    int stop_words = 0;                        // stop words seen in the question's texts
    std::vector<Term> sample_terms;            // weighted content terms of the sample answer
    std::vector<Term> question_terms;          // content terms of the question text (deduplicated, not discounted)
    std::vector<Term> vocabulary;              // of the question, sample and key points (deduplicated)
    std::string question_type, difficulty;
    FeedbackLanguage language = FeedbackLanguage::english;   // of the feedback texts
    double weight_of(int lex) const {
        return lex >= 0 && static_cast<size_t>(lex) < lex_weight.size() ? lex_weight[static_cast<size_t>(lex)] : 1.0;
    }
    bool is_question_word(int lex) const {
        return lex >= 0 && static_cast<size_t>(lex) < in_question.size() && in_question[static_cast<size_t>(lex)];
    }
};

struct PointMatch {
    double score = 0.0;         // 0..1, positive evidence
    bool contradicted = false;
    double clean = 0.0;         // best score of a statement free of conflict
    int first = -1, last = -1;  // answer tokens of the evidence
};

// One answer against a question model.
struct Context {
    explicit Context(const QuestionModel& question_model) : model(question_model), lexicon(&question_model.lexicon) {}
    const QuestionModel& model;
    Lexicon lexicon;                           // the model's, extended with the answer's lexemes
    Document answer;
    std::vector<Window> windows;
    bool language_has_stop_words = true;
    // Distinct answer lexemes, grouped by their first byte (near misses keep the first letter):
    // those starting with byte b are answer_lexemes[lexeme_bucket[b] .. lexeme_bucket[b + 1]).
    struct AnswerLexeme {
        int lex;
        int first_token;          // its first token (whose surface near misses compare)
        int tokens_begin, tokens_end;   // its tokens: answer_lexeme_tokens[begin .. end)
        // Its string and its first token's surface (views into the lexicon and the answer's
        // tokens, both left in place for the answer's life): term_matches compares them often.
        std::string_view lexeme, surface;
    };
    std::vector<AnswerLexeme> answer_lexemes;
    std::vector<int> answer_lexeme_tokens;
    int lexeme_bucket[257] = {};
    std::vector<std::pair<int, int>> answer_groups;   // (synonym group, token), sorted
    // Answer tokens that score_terms reads besides match lists (token indexes, in order): words
    // with an antonym class, asymptotic classes stated (not negated), negated content words.
    std::vector<int> antonym_tokens, complexity_tokens, negated_content_tokens;
    // By token: the first and last window holding it (windows are listed by their first token).
    std::vector<std::pair<int, int>> token_windows;
    std::vector<uint64_t> window_bits;   // match_point's working buffer (see list_candidates)
    // Memo of term_matches: (answer token index, quality) of every answer token a term (its
    // lexeme and synonym group) matches. match_head[lexeme] is the first key of that lexeme,
    // chained through next (one per synonym group and surface); match_lists[i] holds the list of
    // match_keys[i] (a deque keeps the lists in place; the keys, walked often, sit in a vector).
    struct MatchKey {
        int group;
        int next;
        std::string surface;   // of the term: forms of one lexeme may match differently
    };
    std::vector<int> match_head;
    std::vector<std::pair<int, double>> match_scratch;   // term_matches' working buffer
    std::vector<MatchKey> match_keys;
    std::deque<std::vector<std::pair<int, double>>> match_lists;
    // Memo of the answer tokens that may be a term's opposite by a negative prefix ("guessable"
    // for "unguessable"), or its prefixed form written apart ("non constant"), by term lexeme.
    // prefix_slot[lexeme + 1]: its list in prefix_opposites, or -1 (a deque keeps the lists in place).
    std::vector<int> prefix_slot;
    std::deque<std::vector<int>> prefix_opposites;
    bool prefix_index_built = false;
    std::vector<int> prefixed_tokens;          // answer tokens starting like a negative prefix, or after "non"
    // How well the answer states each common mistake (mistake_match), once computed.
    std::vector<std::optional<PointMatch>> mistake_matches;
};

// Builds the question side (input.answer is ignored).
void build_question_model(const AnalysisInput& input, QuestionModel& model);
// Tokens, windows and indexes of the answer.
void build_answer(const RawText& answer, Context& ctx);


// Quality 0..1 with which an answer token matches a term (1 same lexeme, 0.9 synonym, 0.8 near miss).
double term_quality(const Context& ctx, const Term& term, const Token& token);

// Quality of two surface forms the stemmer gave one lexeme: 1, unless they start alike but share
// less than half of the longer one ("localization" / "locally", "organization" / "organ"): then
// only a related form. (Words differing from the first letter on, like Arabic ones with and
// without the article, are left to the stemmer.)
double same_lexeme_quality(std::string_view a, std::string_view b);

// Near-miss / related-form quality of two terms by their strings only (0 when unrelated).
double term_quality_strings(const Lexicon& lexicon, const Term& a, const Term& b);

// All answer tokens matching a term, memoised.
const std::vector<std::pair<int, double>>& term_matches(Context& ctx, const Term& term);


PointMatch match_point(Context& ctx, const PointModel& point);

// match_point of common mistake i's terms, computed once per answer (coverage and scoring ask).
const PointMatch& mistake_match(Context& ctx, size_t i);
// A common mistake counts as stated when it matches this well.
constexpr double mistake_stated_score = 0.6;

// Weighted share of a term list found anywhere in the answer (no windows), 0..1.
double weighted_recall(Context& ctx, const std::vector<Term>& terms);

// Content terms of a document (deduplicated), weighted.
std::vector<Term> document_terms(const QuestionModel& model, const Document& doc, double question_factor = 0.5);

}  // namespace utopiahire::core
