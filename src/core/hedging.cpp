#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header
// Word counting and hedging markers, one pass over the bytes: this runs for every answer the
// feedback aggregate sees, so it allocates nothing and compares only short words.

#include "core/feedback.hpp"

#include <cstring>

namespace utopiahire::core {
namespace {

// A word character: ASCII letters and digits, the apostrophe (don't), and every byte of a
// multi-byte UTF-8 sequence (so accented and Arabic words count as words).
inline bool word_byte(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '\'' || c >= 0x80;
}

enum class Prev { other, i, not_, kind_sort, dont, no };

inline bool is(const char* word, std::size_t len, const char* literal) noexcept {
    return std::strlen(literal) == len && std::memcmp(word, literal, len) == 0;
}

// Weighted hedging marker for `word` (lower-case) after `prev`; updates prev.
int score_word(const char* w, std::size_t n, Prev& prev) noexcept {
    int marker = 0;
    Prev next = Prev::other;
    switch (n) {
        case 1:
            if (w[0] == 'i') next = Prev::i;
            break;
        case 2:
            if (is(w, n, "of") && prev == Prev::kind_sort) marker = 1;
            else if (is(w, n, "no")) next = Prev::no;
            break;
        case 3:
            if (is(w, n, "not")) next = Prev::not_;
            break;
        case 4:
            if (is(w, n, "sure") && prev == Prev::not_) marker = 2;
            else if (is(w, n, "kind") || is(w, n, "sort")) next = Prev::kind_sort;
            else if (is(w, n, "know") && prev == Prev::dont) marker = 2;
            else if (is(w, n, "idea") && prev == Prev::no) marker = 2;
            break;
        case 5:
            if (is(w, n, "maybe") || is(w, n, "might")) marker = 1;
            else if ((is(w, n, "guess") || is(w, n, "think")) && prev == Prev::i) marker = 1;
            else if (is(w, n, "don't") || is(w, n, "dont")) next = Prev::dont;
            break;
        case 6:
            if (is(w, n, "unsure")) marker = 1;
            break;
        case 7:
            if (is(w, n, "perhaps")) marker = 1;
            else if (is(w, n, "believe") && prev == Prev::i) marker = 1;
            break;
        case 8:
            if (is(w, n, "probably") || is(w, n, "possibly") || is(w, n, "somewhat")) marker = 1;
            break;
        default:
            break;
    }
    if (n == 4 && is(w, n, "dont")) next = Prev::dont;
    prev = next;
    return marker;
}

}  // namespace

int count_words(std::string_view text) noexcept {
    int words = 0;
    bool in_word = false;
    for (unsigned char c : text) {
        const bool w = word_byte(c);
        words += (w && !in_word);
        in_word = w;
    }
    return words;
}

int count_hedge_markers(std::string_view text) noexcept {
    if (text.size() > max_hedge_scan) text = text.substr(0, max_hedge_scan);
    int markers = 0;
    Prev prev = Prev::other;
    char word[9];
    std::size_t len = 0;
    bool too_long = false;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        if (word_byte(c)) {
            if (len < sizeof(word)) word[len++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            else too_long = true;
            continue;
        }
        if (len > 0) {
            if (too_long) prev = Prev::other;
            else markers += score_word(word, len, prev);
            len = 0;
            too_long = false;
        }
    }
    return markers;
}

}  // namespace utopiahire::core
