// The session feedback: an accumulator over scored answers (the state of the SQL aggregate
// interview_feedback_agg) and the feedback document built from it.
//
// The accumulator is built for a parallel aggregate: add() is cheap per answer (integer sums,
// and hashed tallies of the answers' strength / weakness / missed-point strings, no allocation
// for a string already seen), merge() combines partial states, and serialize()/deserialize()
// carry a state between processes. Everything it keeps is integral, and every list in the
// document is ordered by (count, weight, text), so a state gives the same document whatever the
// order in which answers were added or states merged: a parallel plan equals the serial one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace utopiahire::core {

enum class Sentiment : std::uint8_t { unknown = 0, positive, neutral, negative };

// "positive" / "neutral" / "negative" (any case); anything else is unknown.
Sentiment parse_sentiment(std::string_view text) noexcept;

// A borrowed list of strings (the items of a JSON array of strings). `present` is false when
// the column was NULL (the answer was not analysed), true for a list, even an empty one.
struct TextList {
    const std::string_view* items = nullptr;
    int count = 0;
    bool present = false;
};

// The dimensions of an answer, in the order of AnswerFacts::scores.
enum Dimension : int {
    relevance = 0, completeness, clarity, technical_accuracy, communication, overall,
    dimension_count
};
const char* dimension_name(int dimension) noexcept;   // column stem, e.g. "technical_accuracy"
const char* dimension_area(int dimension) noexcept;   // feedback area, e.g. "Technical Knowledge"

// One answer row, borrowed (views into the row's memory; nothing is kept after add()).
struct AnswerFacts {
    int scores[dimension_count];   // 0..100, or -1 when NULL
    int time_taken_seconds = -1;   // -1 when NULL
    int word_count = -1;           // -1 when NULL (then counted from answer_text)
    Sentiment sentiment = Sentiment::unknown;
    // The candidate's answer. Read only when needs_answer_text(): an analysed answer carries
    // its hedging finding in `weaknesses` (the analysis read the text on insert).
    std::string_view answer_text;
    std::string_view category;     // question category, empty when unknown
    TextList strengths;
    TextList weaknesses;
    TextList missing_points;
};

// Whether add() reads answer_text for these facts: only for an answer without analysis lists
// (weaknesses NULL) or without a word count. The glue skips detoasting the text otherwise.
bool needs_answer_text(const AnswerFacts& answer) noexcept;

// Whether an analysis weakness reports hedging, in any feedback language ("Hedging, uncertain
// language", "Formulations hésitantes, langage incertain", "لغة مترددة وغير جازمة", ...).
bool notes_hedging(std::string_view weakness) noexcept;

// Hedging markers in an answer ("maybe", "I think", "not sure", ...; French "peut-être",
// "je pense", "pas sûr", ...; Arabic "ربما", "أظن", "لست متأكدا", ...), counted on words.
// "I don't know", "not sure" and their French and Arabic equivalents count 2. Only the first max_hedge_scan bytes are read.
constexpr std::size_t max_hedge_scan = 8192;
int count_hedge_markers(std::string_view text) noexcept;
int count_words(std::string_view text) noexcept;

// Documented bands (README): a 0..100 score -> rating 1..5.
//   >= 85 -> 5, >= 70 -> 4, >= 55 -> 3, >= 40 -> 2, else 1.
int rating_from_score(double score) noexcept;

// Confidence signals of an answer (documented in feedback_document.cpp).
constexpr int hedging_threshold = 2;        // weighted hedge markers that make an answer hedged
constexpr int rushed_seconds = 20;          // answered in under this many seconds
constexpr int hesitant_words_per_minute = 40;  // slower than this (with >= 60 s) is hesitant
constexpr int short_answer_words = 25;      // fewer words than this is a short answer

class FeedbackAccumulator {
public:
    FeedbackAccumulator();

    void add(const AnswerFacts& answer);
    void merge(const FeedbackAccumulator& other);

    std::string serialize() const;
    // Throws InputError(invalid_argument) on a truncated or foreign state.
    static FeedbackAccumulator deserialize(const char* data, std::size_t size);

    // The feedback document (see feedback_document.cpp for its shape).
    nlohmann::json document() const;
    // The same document as the flat stream of core/json_flat.hpp (the glue builds the jsonb
    // from it without a text round trip); false when that stream would not be faithful (then
    // use document().dump()).
    bool document_flat(std::string& out) const;

    std::int64_t answers() const noexcept { return answers_; }

    struct Tally {   // a tallied string: text, occurrences, summed importance weight, group
        std::uint64_t hash;
        std::uint32_t group;      // category index (0 = no category)
        std::uint32_t count;
        std::uint64_t weight;
        std::string text;
        bool notes_hedging;       // weaknesses: computed once per distinct string
    };
    struct Category {
        std::string name;
        std::int64_t answers = 0;
        std::int64_t score_sum[dimension_count] = {};
        std::int64_t score_count[dimension_count] = {};
    };

private:
    // Strings tallied by (group, text): an open-addressing table whose slots hold the counts
    // (one cache line visited per probe) and whose texts live in one arena, so that a repeated
    // string costs a hash, a probe and one compare. Iteration order does not matter: every
    // list built from a table is sorted.
    class TallyTable {
    public:
        // Returns whether the string notes hedging (false for an empty text, not tallied).
        bool add(std::string_view text, std::uint32_t group, std::uint64_t weight, std::uint32_t count = 1);
        std::vector<Tally> entries() const;   // copies, for merge / serialize / document
        std::size_t size() const noexcept { return size_; }
    private:
        // 32 bytes, aligned: a probe reads one slot from one cache line.
        struct alignas(32) Slot {
            std::uint64_t hash;
            std::uint64_t weight;
            std::uint32_t group;
            std::uint32_t count;    // 0 = empty slot
            std::uint32_t offset;   // of the text in arena_
            std::uint32_t length : 31;
            std::uint32_t notes_hedging : 1;
        };
        void grow();
        std::vector<Slot> slots_;
        std::string arena_;
        std::size_t size_ = 0;
    };

    std::uint32_t category_index(std::string_view name);

    std::int64_t answers_ = 0;
    std::int64_t score_sum_[dimension_count] = {};
    std::int64_t score_count_[dimension_count] = {};
    std::int64_t score_min_ = 101, score_max_ = -1;   // of overall
    std::int64_t time_sum_ = 0, time_count_ = 0;
    std::int64_t words_sum_ = 0, words_count_ = 0;
    std::int64_t sentiment_[4] = {};   // by Sentiment
    std::int64_t hedged_answers_ = 0;
    std::int64_t rushed_answers_ = 0, hesitant_answers_ = 0, short_answers_ = 0;
    std::vector<Category> categories_;   // [0] is the unnamed category
    TallyTable strengths_, weaknesses_, missing_;

    friend nlohmann::json build_feedback_document(const FeedbackAccumulator&);
};

nlohmann::json build_feedback_document(const FeedbackAccumulator& state);

// Strips a leading "Did not mention", "Missing:", ... from a missed key point, and the French
// and Arabic wordings ("N’a pas mentionné", "Manquant :", "لم يذكر", "مفقود:", ...).
std::string_view gap_name(std::string_view missing_point) noexcept;

}  // namespace utopiahire::core
