#include "core/cpp_only.hpp"

// The answer as the matcher reads it: its distinct lexemes grouped by first byte (so that a term
// scans only its own bucket), and its windows (each sentence, and each pair of neighbouring
// sentences) with how much each reads as an explanation rather than a list of terms.

#include "core/matcher_internal.hpp"

namespace utopiahire::core {

namespace {

// What explanation_factor reads of a run of tokens. The counts of two sentences add up to those
// of the pair: a sentence starts a clause (so no clause and no joining stop word spans two).
struct ExplanationCounts {
    int words = 0, stops = 0;
    size_t clauses = 0;
    ExplanationCounts operator+(const ExplanationCounts& o) const {
        return ExplanationCounts{words + o.words, stops + o.stops, clauses + o.clauses};
    }
};

ExplanationCounts explanation_counts(const Document& doc, int begin, int end) {
    ExplanationCounts c;
    int last_clause = -1;
    for (int i = begin; i < end; ++i) {
        const Token& t = doc.tokens[static_cast<size_t>(i)];
        ++c.words;
        // A stop word joining two words of one noun phrase ("couverture de code", "tests de bout en
        // bout") tells no explanation from a list of terms: a sentence needs stop words elsewhere.
        const bool joins = t.kind == raw_stop && i > begin && i + 1 < end &&
                           doc.tokens[static_cast<size_t>(i - 1)].content() && doc.tokens[static_cast<size_t>(i + 1)].content() &&
                           doc.tokens[static_cast<size_t>(i - 1)].clause == t.clause &&
                           doc.tokens[static_cast<size_t>(i + 1)].clause == t.clause;
        if ((t.kind == raw_stop && !joins) || t.negation_cue) ++c.stops;
        if (t.clause != last_clause) {   // clause numbers only grow along the text
            ++c.clauses;
            last_clause = t.clause;
        }
    }
    return c;
}

double explanation_factor(const ExplanationCounts& c, bool use_stop_words) {
    const int words = c.words, stops = c.stops;
    const size_t clauses = c.clauses;
    if (words == 0) return 0.0;
    // A short enumeration ("name, return type and parameter types") is a fine answer; a long
    // run of bare terms is a keyword list.
    if (clauses <= short_enumeration) return 1.0;
    const double per_clause = static_cast<double>(words) / static_cast<double>(clauses);
    const double clause_factor = std::clamp((per_clause - 1.5) / 4.0, 0.0, 1.0);
    double factor = clause_factor;
    if (use_stop_words) {
        const double stop_ratio = static_cast<double>(stops) / words;
        factor = std::max(factor, std::clamp(stop_ratio / 0.22, 0.0, 1.0));
    }
    return std::max(0.15, factor);
}

void build_windows(Context& ctx) {
    const Document& doc = ctx.answer;
    struct Sentence {
        int begin, end;
        ExplanationCounts counts;   // of a sentence short enough to be a window
    };
    std::vector<Sentence> sentences;
    sentences.reserve(static_cast<size_t>(std::max(doc.sentences, 0)));
    for (int i = 0; i < static_cast<int>(doc.tokens.size());) {
        int j = i;
        while (j < static_cast<int>(doc.tokens.size()) &&
               doc.tokens[static_cast<size_t>(j)].sentence == doc.tokens[static_cast<size_t>(i)].sentence)
            ++j;
        sentences.push_back(Sentence{i, j, j - i <= max_window_tokens ? explanation_counts(doc, i, j) : ExplanationCounts{}});
        i = j;
    }
    const bool stops = ctx.language_has_stop_words;
    auto add = [&](int begin, int end, bool pair, double explanation) {
        Window w;
        w.begin = begin;
        w.end = end;
        w.pair = pair;
        w.factor = pair ? pair_window_factor : 1.0;
        w.explanation = explanation;
        ctx.windows.push_back(w);
    };
    ctx.windows.reserve(2 * sentences.size());   // a sentence and a pair each, unless long
    for (size_t s = 0; s < sentences.size(); ++s) {
        const Sentence& one = sentences[s];
        const int b = one.begin, e = one.end;
        if (e - b <= max_window_tokens) {
            add(b, e, false, explanation_factor(one.counts, stops));
        } else {
            for (int start = b; start < e; start += max_window_tokens / 2) {
                const int stop = std::min(e, start + max_window_tokens);
                add(start, stop, false, explanation_factor(explanation_counts(doc, start, stop), stops));
                if (start + max_window_tokens >= e) break;
            }
        }
        if (s + 1 < sentences.size()) {
            const Sentence& next = sentences[s + 1];
            if (next.end - b <= max_window_tokens) {
                // Two sentences explain no better than the weaker one: a prose sentence next to a
                // keyword list does not make the list an explanation.
                add(b, next.end, true,
                    std::min({explanation_factor(one.counts + next.counts, stops), explanation_factor(one.counts, stops),
                              explanation_factor(next.counts, stops)}));
            }
        }
    }
}

// Distinct content lexemes in order of appearance (ctx.distinct_lexemes; ctx.lexeme_slot: lexeme
// -> index into them), each with its number of tokens; on the way, the tokens that score_terms
// reads besides match lists, and the answer's synonym groups. Returns the number of occurrences
// (tokens of all distinct lexemes).
int list_distinct_lexemes(Context& ctx) {
    std::vector<int>& slot = ctx.lexeme_slot;   // lexeme -> index into distinct
    slot.assign(ctx.lexicon.size(), -1);
    using Distinct = Context::DistinctLexeme;
    std::vector<Distinct>& distinct = ctx.distinct_lexemes;
    distinct.clear();
    distinct.reserve(ctx.answer.tokens.size());
    auto first_byte = [&](int lex) {
        const std::string& str = ctx.lexicon.str(lex);
        return str.empty() ? 0 : static_cast<int>(static_cast<unsigned char>(str[0]));
    };
    int occurrences = 0;
    for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
        const Token& t = ctx.answer.tokens[i];
        // The tokens that score_terms reads besides match lists.
        if (t.antonym >= 0) ctx.antonym_tokens.push_back(static_cast<int>(i));
        if (t.complexity >= 0 && !t.negated) ctx.complexity_tokens.push_back(static_cast<int>(i));
        if (t.content() && t.negated) ctx.negated_content_tokens.push_back(static_cast<int>(i));
        if (!t.content()) continue;
        for (int l : t.lex) {
            int& s = slot[static_cast<size_t>(l)];
            if (s < 0) {
                s = static_cast<int>(distinct.size());
                distinct.push_back(Distinct{l, static_cast<int>(i), 0, first_byte(l)});
            }
            ++distinct[static_cast<size_t>(s)].count;
            ++occurrences;
        }
        if (t.group >= 0) ctx.answer_groups.emplace_back(t.group, static_cast<int>(i));
    }
    std::sort(ctx.answer_groups.begin(), ctx.answer_groups.end());
    return occurrences;
}

// The distinct lexemes grouped by first byte (a counting sort, stable) so that a term scans only
// its own bucket: ctx.lexeme_bucket, and ctx.lexeme_position (distinct index -> its place in
// answer_lexemes).
void bucket_by_first_byte(Context& ctx) {
    using Distinct = Context::DistinctLexeme;
    const std::vector<Distinct>& distinct = ctx.distinct_lexemes;
    int* bucket = ctx.lexeme_bucket;
    std::fill(bucket, bucket + 257, 0);
    int lowest = 256, highest = -1;   // first bytes
    for (const Distinct& d : distinct) {
        const int b = d.first_byte;
        ++bucket[b + 1];
        lowest = std::min(lowest, b);
        highest = std::max(highest, b);
    }
    // Sums up to each byte: none below the lowest first byte, all of them past the highest.
    for (int b = lowest; b <= highest; ++b) bucket[b + 1] += bucket[b];
    std::fill(bucket + highest + 2, bucket + 257, static_cast<int>(distinct.size()));
    int cursor[256];
    std::copy(bucket, bucket + 256, cursor);
    std::vector<int>& position = ctx.lexeme_position;   // distinct index -> its place in answer_lexemes
    position.resize(distinct.size());
    for (size_t k = 0; k < distinct.size(); ++k) position[k] = cursor[distinct[k].first_byte]++;
}

// ctx.answer_lexemes in their places, each with its tokens (ctx.answer_lexeme_tokens, `occurrences`
// of them).
void fill_answer_lexemes(Context& ctx, int occurrences) {
    const std::vector<Context::DistinctLexeme>& distinct = ctx.distinct_lexemes;
    const std::vector<int>& slot = ctx.lexeme_slot;
    const std::vector<int>& position = ctx.lexeme_position;
    ctx.answer_lexemes.resize(distinct.size());
    int offset = 0;
    for (size_t k = 0; k < distinct.size(); ++k) {
        Context::AnswerLexeme& a = ctx.answer_lexemes[static_cast<size_t>(position[k])];
        a.lex = distinct[k].lex;
        a.first_token = distinct[k].first_token;
        a.lexeme = ctx.lexicon.str(a.lex);
        a.surface = ctx.answer.tokens[static_cast<size_t>(a.first_token)].surface;
        a.second = a.lexeme.size() >= 2 ? a.lexeme[1] : 0;
        a.tokens_begin = a.tokens_end = offset;
        offset += distinct[k].count;
    }
    ctx.answer_lexeme_tokens.resize(static_cast<size_t>(occurrences));
    for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
        const Token& t = ctx.answer.tokens[i];
        if (!t.content()) continue;
        for (int l : t.lex) {
            Context::AnswerLexeme& a =
                ctx.answer_lexemes[static_cast<size_t>(position[static_cast<size_t>(slot[static_cast<size_t>(l)])])];
            ctx.answer_lexeme_tokens[static_cast<size_t>(a.tokens_end++)] = static_cast<int>(i);
        }
    }
}

// Each token's first and last window (ctx.token_windows): mark_windows looks no further.
void index_token_windows(Context& ctx) {
    ctx.token_windows.assign(ctx.answer.tokens.size(), std::make_pair(-1, -1));
    for (size_t k = 0; k < ctx.windows.size(); ++k)
        for (int i = ctx.windows[k].begin; i < ctx.windows[k].end; ++i) {
            auto& [first, last] = ctx.token_windows[static_cast<size_t>(i)];
            if (first < 0) first = static_cast<int>(k);
            last = static_cast<int>(k);
        }
}

}  // namespace

void build_answer(const RawText& answer, Context& ctx) {
    // The answer's own lexemes are fewer than half its tokens, nearly always (the rest are
    // the question's, or repeated): room for that many at once.
    ctx.lexicon.reserve(static_cast<size_t>(std::max(answer.ntokens, 0)) / 2);
    ctx.answer = build_document(answer, ctx.lexicon, std::move(ctx.answer.tokens), Reading::answer);
    const int occurrences = list_distinct_lexemes(ctx);
    bucket_by_first_byte(ctx);
    fill_answer_lexemes(ctx, occurrences);
    ctx.language_has_stop_words = ctx.model.stop_words > 0 || ctx.answer.stop_words > ctx.answer.words / 10;
    build_windows(ctx);
    index_token_windows(ctx);
}

}  // namespace utopiahire::core
