#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header
// The feedback accumulator: per-answer transition, merge of partial states, and the binary
// form that carries a partial state between parallel workers.

#include "core/error.hpp"
#include "core/feedback.hpp"
#include "core/string_index.hpp"

#include <algorithm>
#include <cstring>

namespace utopiahire::core {
namespace {

// The tallied strings are hashed like the analysis's word lookups (string_hash: eight bytes at a
// time, the tail in whole loads), mixed with the group.
inline std::uint64_t hash_text(std::string_view text, std::uint32_t group) noexcept {
    return string_hash(text) ^ (static_cast<std::uint64_t>(group) * 0x9E3779B97F4A7C15ull);
}

// ASCII case and space tests (not <cctype>: those go through the locale, per character).
inline char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline bool ascii_space(char c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool starts_with_nocase(std::string_view text, std::string_view prefix) noexcept {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (ascii_lower(text[i]) != prefix[i]) return false;
    return true;
}

std::string_view trim(std::string_view text) noexcept {
    while (!text.empty() && ascii_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && (ascii_space(text.back()) || text.back() == '.'))
        text.remove_suffix(1);
    return text;
}

// Importance of a missed point: earlier in the answer's list first (the analysis lists
// must-mention points before bonus points), and more when the answer scored low.
inline std::uint64_t gap_weight(int position, int answer_overall) noexcept {
    const std::uint64_t by_position = position < 3 ? 4 - position : 1;
    const std::uint64_t by_score = answer_overall < 0 ? 0 : answer_overall < 50 ? 2 : answer_overall < 70 ? 1 : 0;
    return by_position + by_score;
}

// --- binary state: little helpers with bounds checks ---
template <typename T>
void put(std::string& out, T value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
void put_text(std::string& out, const std::string& text) {
    put<std::uint32_t>(out, static_cast<std::uint32_t>(text.size()));
    out.append(text);
}

struct Reader {
    const char* data;
    std::size_t size;
    std::size_t at = 0;
    [[noreturn]] static void corrupt() {
        throw InputError(ErrorKind::invalid_argument, "corrupt interview_feedback_agg state",
                         "The serialized aggregate state is truncated or was written by another version.");
    }
    template <typename T>
    T get() {
        if (size - at < sizeof(T)) corrupt();
        T value;
        std::memcpy(&value, data + at, sizeof value);
        at += sizeof value;
        return value;
    }
    std::string get_text() {
        const auto len = get<std::uint32_t>();
        if (size - at < len) corrupt();
        std::string text(data + at, len);
        at += len;
        return text;
    }
};

constexpr std::uint32_t state_magic = 0x55484643;   // "UHFC", version 2

}  // namespace

// Whole-word compares: each byte OR 0x20 equals a lower-case letter exactly when the byte is
// that letter in either case, so a folded word equal to the lower-case word is a match.
Sentiment parse_sentiment(std::string_view text) noexcept {
    constexpr std::uint64_t fold8 = 0x2020202020202020ull;
    constexpr std::uint32_t fold4 = 0x20202020u;
    auto word8 = [](const char* p) { std::uint64_t w; std::memcpy(&w, p, 8); return w; };
    auto word4 = [](const char* p) { std::uint32_t w; std::memcpy(&w, p, 4); return w; };
    if (text.size() == 8) {
        const std::uint64_t folded = word8(text.data()) | fold8;
        if (folded == word8("positive")) return Sentiment::positive;
        if (folded == word8("negative")) return Sentiment::negative;
        return Sentiment::unknown;
    }
    if (text.size() == 7)   // "neutral": bytes 0..3 and 3..6
        return (word4(text.data()) | fold4) == word4("neut") && (word4(text.data() + 3) | fold4) == word4("tral")
            ? Sentiment::neutral : Sentiment::unknown;
    return Sentiment::unknown;
}

const char* dimension_name(int dimension) noexcept {
    static const char* const names[] = {"relevance", "completeness", "clarity",
                                        "technical_accuracy", "communication", "overall"};
    return dimension >= 0 && dimension < dimension_count ? names[dimension] : "";
}

const char* dimension_area(int dimension) noexcept {
    static const char* const areas[] = {"Answer Relevance", "Depth & Completeness", "Answer Structure",
                                        "Technical Knowledge", "Communication", "Overall"};
    return dimension >= 0 && dimension < dimension_count ? areas[dimension] : "";
}

int rating_from_score(double score) noexcept {
    if (score >= 85) return 5;
    if (score >= 70) return 4;
    if (score >= 55) return 3;
    if (score >= 40) return 2;
    return 1;
}

bool needs_answer_text(const AnswerFacts& answer) noexcept {
    return !answer.weaknesses.present || answer.word_count < 0;
}

namespace {

bool contains_nocase(std::string_view text, std::string_view needle) noexcept {
    for (std::size_t i = 0; i + needle.size() <= text.size(); ++i)
        if (starts_with_nocase(text.substr(i), needle)) return true;
    return false;
}

// Spaces, no-break spaces (U+00A0, U+202F) and one colon after a gap prefix; false when the
// prefix is followed by a letter (it was the start of a longer word) or, when a colon is
// required, by no colon.
bool skip_gap_separator(std::string_view& text, bool colon_required) noexcept {
    bool separated = text.empty();
    bool colon = false;
    for (;;) {
        if (!text.empty() && ascii_space(text.front())) {
            text.remove_prefix(1);
        } else if (text.size() >= 2 && text[0] == '\xc2' && text[1] == '\xa0') {
            text.remove_prefix(2);
        } else if (text.size() >= 3 && text[0] == '\xe2' && text[1] == '\x80' && text[2] == '\xaf') {
            text.remove_prefix(3);
        } else if (!colon && !text.empty() && text.front() == ':') {
            text.remove_prefix(1);
            colon = true;
        } else {
            break;
        }
        separated = true;
    }
    return separated && (colon || !colon_required);
}

}  // namespace

bool notes_hedging(std::string_view weakness) noexcept {
    // English "hedg" (hedging, hedges) or "uncertain", any case, as the analysis and other
    // applications word it; French "hésit" or "incertain" ("Formulations hésitantes, langage
    // incertain"); Arabic "متردد" (hesitant) or "غير جازم" / "غير واثق" (not assertive / not
    // confident: "لغة مترددة وغير جازمة").
    for (std::string_view marker : {"hedg", "uncertain", "h\xc3\xa9sit", "incertain", "متردد", "غير جازم", "غير واثق"})
        if (contains_nocase(weakness, marker)) return true;
    return false;
}

std::string_view gap_name(std::string_view point) noexcept {
    point = trim(point);
    // Every prefix starts with d, m, n, o, p or an Arabic letter (lead byte 0xD8/0xD9): most
    // points are left alone after one comparison.
    const char first = point.empty() ? '\0' : ascii_lower(point[0]);
    if (first != 'd' && first != 'm' && first != 'n' && first != 'o' && first != 'p' && first != '\xd8' &&
        first != '\xd9')
        return point;
    struct Prefix {
        const char* text;     // lower case
        bool colon_required;  // "Missing: X", never "Missing X" (a point may start with "Missing")
    };
    static const Prefix prefixes[] = {
        // English
        {"did not mention", false}, {"didn't mention", false}, {"missing", true}, {"missed", true},
        {"not mentioned", true}, {"no mention of", false},
        // French
        {"n'a pas mentionn\xc3\xa9", false}, {"n\xe2\x80\x99" "a pas mentionn\xc3\xa9", false},
        {"non mentionn\xc3\xa9", true}, {"pas mentionn\xc3\xa9", true}, {"point manquant", true},
        {"manquant", true}, {"omis", true},
        // Arabic: did not mention (he / she / passive), missing, lacking
        {"لم يذكر", false}, {"لم تذكر", false}, {"لم يتم ذكر", false}, {"نقطة مفقودة", true},
        {"مفقود", true}, {"ناقص", true},
    };
    for (const Prefix& prefix : prefixes) {
        if (!starts_with_nocase(point, prefix.text)) continue;
        std::string_view rest = point.substr(std::strlen(prefix.text));
        if (!skip_gap_separator(rest, prefix.colon_required)) continue;
        return trim(rest);
    }
    return point;
}

// ---------------------------------------------------------------- TallyTable

void FeedbackAccumulator::TallyTable::grow() {
    std::vector<Slot> old = std::move(slots_);
    const std::size_t size = old.empty() ? 16 : old.size() * 2;   // small: one state per GROUP BY group
    slots_.assign(size, Slot{});
    for (const Slot& entry : old) {
        if (entry.count == 0) continue;
        std::size_t slot = entry.hash & (size - 1);
        while (slots_[slot].count != 0) slot = (slot + 1) & (size - 1);
        slots_[slot] = entry;
    }
}

bool FeedbackAccumulator::TallyTable::add(std::string_view text, std::uint32_t group,
                                          std::uint64_t weight, std::uint32_t count) {
    if (text.empty() || count == 0) return false;
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t hash = hash_text(text, group);
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = hash & mask;
    while (slots_[slot].count != 0) {
        Slot& entry = slots_[slot];
        if (entry.hash == hash && entry.group == group && entry.length == text.size() &&
            std::memcmp(arena_.data() + entry.offset, text.data(), text.size()) == 0) {
            entry.count += count;
            entry.weight += weight;
            return entry.notes_hedging != 0;
        }
        slot = (slot + 1) & mask;
    }
    if (arena_.size() + text.size() > 0xFFFFFFFFu || text.size() > 0x7FFFFFFFu)
        throw InputError(ErrorKind::program_limit, "too much feedback text for interview_feedback_agg",
                         "The distinct strengths, weaknesses and missed points exceed 4 GB.");
    const bool hedging = notes_hedging(text);
    slots_[slot] = Slot{hash, weight, group, count, static_cast<std::uint32_t>(arena_.size()),
                        static_cast<std::uint32_t>(text.size()), hedging ? 1u : 0u};
    arena_.append(text);
    ++size_;
    return hedging;
}

std::vector<FeedbackAccumulator::Tally> FeedbackAccumulator::TallyTable::entries() const {
    std::vector<Tally> out;
    out.reserve(size_);
    for (const Slot& e : slots_)
        if (e.count != 0)
            out.push_back(Tally{e.hash, e.group, e.count, e.weight, arena_.substr(e.offset, e.length), e.notes_hedging != 0});
    return out;
}

// ---------------------------------------------------------------- accumulator

FeedbackAccumulator::FeedbackAccumulator() { categories_.push_back(Category{}); }

std::uint32_t FeedbackAccumulator::category_index(std::string_view name) {
    if (name.empty()) return 0;
    for (std::size_t i = 1; i < categories_.size(); ++i)
        if (categories_[i].name == name) return static_cast<std::uint32_t>(i);
    Category category;
    category.name = std::string(name);
    categories_.push_back(std::move(category));
    return static_cast<std::uint32_t>(categories_.size() - 1);
}

void FeedbackAccumulator::add(const AnswerFacts& answer) {
    ++answers_;
    const std::uint32_t group = category_index(trim(answer.category));
    Category& category = categories_[group];
    ++category.answers;
    for (int d = 0; d < dimension_count; ++d) {
        const int score = answer.scores[d];
        if (score < 0) continue;
        score_sum_[d] += score;
        ++score_count_[d];
        category.score_sum[d] += score;
        ++category.score_count[d];
    }
    const int answer_overall = answer.scores[Dimension::overall];
    if (answer_overall >= 0) {
        score_min_ = std::min<std::int64_t>(score_min_, answer_overall);
        score_max_ = std::max<std::int64_t>(score_max_, answer_overall);
    }

    int words = answer.word_count;
    if (words < 0 && !answer.answer_text.empty()) words = count_words(answer.answer_text);
    if (words >= 0) {
        words_sum_ += words;
        ++words_count_;
        if (words < short_answer_words) ++short_answers_;
    }
    if (answer.time_taken_seconds >= 0) {
        const int seconds = answer.time_taken_seconds;
        time_sum_ += seconds;
        ++time_count_;
        if (seconds < rushed_seconds) ++rushed_answers_;
        else if (seconds >= 60 && words >= 0 &&
                 static_cast<std::int64_t>(words) * 60 < static_cast<std::int64_t>(hesitant_words_per_minute) * seconds)
            ++hesitant_answers_;
    }
    ++sentiment_[static_cast<int>(answer.sentiment)];
    const std::uint64_t score_weight = answer_overall < 0 ? 1 : static_cast<std::uint64_t>(answer_overall) + 1;
    for (int i = 0; i < answer.strengths.count; ++i)
        strengths_.add(trim(answer.strengths.items[i]), group, score_weight);
    // Hedging: the analysis's finding when the answer was analysed (a weakness naming it,
    // recognised once per distinct weakness string), else counted in the answer text.
    bool hedged = false;
    for (int i = 0; i < answer.weaknesses.count; ++i)
        hedged = weaknesses_.add(trim(answer.weaknesses.items[i]), group, gap_weight(i, answer_overall)) || hedged;
    if (!answer.weaknesses.present && !answer.answer_text.empty())
        hedged = count_hedge_markers(answer.answer_text) >= hedging_threshold;
    if (hedged) ++hedged_answers_;
    for (int i = 0; i < answer.missing_points.count; ++i)
        missing_.add(gap_name(answer.missing_points.items[i]), group, gap_weight(i, answer_overall));
}

void FeedbackAccumulator::merge(const FeedbackAccumulator& other) {
    answers_ += other.answers_;
    for (int d = 0; d < dimension_count; ++d) {
        score_sum_[d] += other.score_sum_[d];
        score_count_[d] += other.score_count_[d];
    }
    score_min_ = std::min(score_min_, other.score_min_);
    score_max_ = std::max(score_max_, other.score_max_);
    time_sum_ += other.time_sum_;
    time_count_ += other.time_count_;
    words_sum_ += other.words_sum_;
    words_count_ += other.words_count_;
    for (int s = 0; s < 4; ++s) sentiment_[s] += other.sentiment_[s];
    hedged_answers_ += other.hedged_answers_;
    rushed_answers_ += other.rushed_answers_;
    hesitant_answers_ += other.hesitant_answers_;
    short_answers_ += other.short_answers_;

    // Category indices are local to each state: translate the other's by name.
    std::vector<std::uint32_t> group_of(other.categories_.size(), 0);
    for (std::size_t i = 0; i < other.categories_.size(); ++i) {
        const Category& theirs = other.categories_[i];
        group_of[i] = i == 0 ? 0 : category_index(theirs.name);
        Category& mine = categories_[group_of[i]];
        mine.answers += theirs.answers;
        for (int d = 0; d < dimension_count; ++d) {
            mine.score_sum[d] += theirs.score_sum[d];
            mine.score_count[d] += theirs.score_count[d];
        }
    }
    auto merge_table = [&](TallyTable& mine, const TallyTable& theirs) {
        for (const Tally& t : theirs.entries()) mine.add(t.text, group_of[t.group], t.weight, t.count);
    };
    merge_table(strengths_, other.strengths_);
    merge_table(weaknesses_, other.weaknesses_);
    merge_table(missing_, other.missing_);
}

std::string FeedbackAccumulator::serialize() const {
    std::string out;
    out.reserve(256 + 48 * (strengths_.size() + weaknesses_.size() + missing_.size()));
    put(out, state_magic);
    put(out, answers_);
    for (int d = 0; d < dimension_count; ++d) {
        put(out, score_sum_[d]);
        put(out, score_count_[d]);
    }
    for (std::int64_t v : {score_min_, score_max_, time_sum_, time_count_, words_sum_, words_count_,
                           sentiment_[0], sentiment_[1], sentiment_[2], sentiment_[3],
                           hedged_answers_, rushed_answers_, hesitant_answers_, short_answers_})
        put(out, v);
    put<std::uint32_t>(out, static_cast<std::uint32_t>(categories_.size()));
    for (const Category& c : categories_) {
        put_text(out, c.name);
        put(out, c.answers);
        for (int d = 0; d < dimension_count; ++d) {
            put(out, c.score_sum[d]);
            put(out, c.score_count[d]);
        }
    }
    for (const TallyTable* table : {&strengths_, &weaknesses_, &missing_}) {
        const std::vector<Tally> entries = table->entries();
        put<std::uint32_t>(out, static_cast<std::uint32_t>(entries.size()));
        for (const Tally& t : entries) {
            put(out, t.group);
            put(out, t.count);
            put(out, t.weight);
            put_text(out, t.text);
        }
    }
    return out;
}

FeedbackAccumulator FeedbackAccumulator::deserialize(const char* data, std::size_t size) {
    Reader in{data, size};
    if (in.get<std::uint32_t>() != state_magic) Reader::corrupt();
    FeedbackAccumulator state;
    state.answers_ = in.get<std::int64_t>();
    for (int d = 0; d < dimension_count; ++d) {
        state.score_sum_[d] = in.get<std::int64_t>();
        state.score_count_[d] = in.get<std::int64_t>();
    }
    for (std::int64_t* v : {&state.score_min_, &state.score_max_, &state.time_sum_, &state.time_count_,
                            &state.words_sum_, &state.words_count_, &state.sentiment_[0], &state.sentiment_[1],
                            &state.sentiment_[2], &state.sentiment_[3],
                            &state.hedged_answers_, &state.rushed_answers_, &state.hesitant_answers_,
                            &state.short_answers_})
        *v = in.get<std::int64_t>();
    const auto categories = in.get<std::uint32_t>();
    if (categories == 0 || categories > size) Reader::corrupt();
    state.categories_.clear();
    for (std::uint32_t i = 0; i < categories; ++i) {
        Category c;
        c.name = in.get_text();
        c.answers = in.get<std::int64_t>();
        for (int d = 0; d < dimension_count; ++d) {
            c.score_sum[d] = in.get<std::int64_t>();
            c.score_count[d] = in.get<std::int64_t>();
        }
        state.categories_.push_back(std::move(c));
    }
    for (TallyTable* table : {&state.strengths_, &state.weaknesses_, &state.missing_}) {
        const auto entries = in.get<std::uint32_t>();
        if (entries > size) Reader::corrupt();
        for (std::uint32_t i = 0; i < entries; ++i) {
            const auto group = in.get<std::uint32_t>();
            const auto count = in.get<std::uint32_t>();
            const auto weight = in.get<std::uint64_t>();
            const std::string text = in.get_text();
            if (group >= categories) Reader::corrupt();
            table->add(text, group, weight, count);
        }
    }
    if (in.at != size) Reader::corrupt();
    return state;
}

}  // namespace utopiahire::core
