// Matching key points against an answer: term weights (rare words of the question above
// common ones, words of the question itself below), near misses, synonym groups, per-point
// aliases, each point widened with the sample-answer sentence that best matches it, windows
// (terms of one point must meet in one sentence), explanation vs bare keyword lists, and
// negation in scope. Internal to the core (analysis.cpp and scoring.cpp use it).
#pragma once

#include "core/analysis.hpp"
#include "core/text.hpp"

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace utopiahire::core {

struct Term {
    int lex = -1;
    int group = -1;
    double weight = 1.0;
    bool negated = false;     // inside a negation in the key point itself
    std::string surface;
};

struct PointModel {
    std::string text;
    std::vector<std::vector<Term>> variants;   // the point itself, then each alias
    std::vector<Term> support;                 // from the best-matching sample sentence
    bool negated = false;                      // the point is itself a negative statement
};

struct MistakeModel {
    std::string mistake;
    std::string correction;
    std::vector<Term> terms;
};

// A window of answer tokens [begin, end) where the terms of one point may meet.
struct Window {
    int begin = 0, end = 0;
    double factor = 1.0;        // adjacent-sentence windows count a little less
    double explanation = 1.0;   // 1 for prose, low for a bare list of keywords
};

struct Context {
    Lexicon lexicon;
    Document answer, question, sample;
    std::vector<Document> item_docs;
    std::vector<PointModel> must, bonus;
    std::vector<MistakeModel> mistakes;
    std::vector<Window> windows;
    std::vector<double> lex_weight;            // by lexeme id (after all documents are built)
    std::vector<char> in_question;             // by lexeme id
    bool language_has_stop_words = true;
    // term lexeme -> (answer token index, quality) of every answer token it matches
    std::unordered_map<long long, std::vector<std::pair<int, double>>> match_cache;
};

void build_context(const AnalysisInput& input, Context& ctx);

// Quality 0..1 with which an answer token matches a term (1 same lexeme, 0.9 synonym, 0.8 near miss).
double term_quality(const Context& ctx, const Term& term, const Token& token);

// All answer tokens matching a term, memoised.
const std::vector<std::pair<int, double>>& term_matches(Context& ctx, const Term& term);

struct PointMatch {
    double score = 0.0;         // 0..1, positive evidence
    bool contradicted = false;
    int first = -1, last = -1;  // answer tokens of the evidence
};

PointMatch match_point(Context& ctx, const PointModel& point);

// Weighted share of a term list found anywhere in the answer (no windows), 0..1.
double weighted_recall(Context& ctx, const std::vector<Term>& terms);

// Content terms of a document (deduplicated), weighted.
std::vector<Term> document_terms(const Context& ctx, const Document& doc, double question_factor = 0.5);

}  // namespace utopiahire::core
