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

// The word before, when it starts a two-word marker: English "I think", "not sure", "kind of",
// "don't know", "no idea"; French "je pense", "pas sûr", "ne sais", "me semble", "peut-être";
// Arabic "لست متأكدا" (I am not sure), "لا أعرف" (I do not know).
enum class Prev { other, i, not_, kind_sort, dont, no, je, pas, ne, me, peut, lastu, la };

inline bool is(const char* word, std::size_t len, const char* literal) noexcept {
    return std::strlen(literal) == len && std::memcmp(word, literal, len) == 0;
}

// Arabic one-word markers, also with the conjunction و joined to the front ("وربما").
bool arabic_hedge(const char* w, std::size_t n) noexcept {
    for (int pass = 0; pass < 2; ++pass) {
        if (is(w, n, "ربما") || is(w, n, "لعل") || is(w, n, "أظن") || is(w, n, "أعتقد")) return true;
        if (n <= 2 || std::memcmp(w, "و", 2) != 0) return false;
        w += 2;
        n -= 2;
    }
    return false;
}

// French and Arabic markers (words with accents or in Arabic script are UTF-8 bytes).
int score_word_fr_ar(const char* w, std::size_t n, Prev prev, Prev& next) noexcept {
    // Every marker word starts with one of these bytes (0xC3: "être"; 0xD8/0xD9: Arabic).
    const auto first = static_cast<unsigned char>(w[0]);
    if (std::strchr("cjmnps", first) == nullptr && first != 0xC3 && first != 0xD8 && first != 0xD9) return 0;
    if (is(w, n, "je")) next = Prev::je;
    else if (is(w, n, "pas")) next = Prev::pas;
    else if (is(w, n, "ne")) next = Prev::ne;
    else if (is(w, n, "me")) next = Prev::me;
    else if (is(w, n, "peut")) next = Prev::peut;
    else if (is(w, n, "لست")) next = Prev::lastu;
    else if (is(w, n, "لا")) next = Prev::la;
    else if (is(w, n, "probablement") || arabic_hedge(w, n)) return 1;
    else if (prev == Prev::je && (is(w, n, "pense") || is(w, n, "crois") || is(w, n, "suppose")))
        return 1;
    else if (prev == Prev::me && is(w, n, "semble")) return 1;
    else if (prev == Prev::peut && is(w, n, "\xc3\xaatre")) return 1;                          // peut-être
    else if (prev == Prev::pas && (is(w, n, "s\xc3\xbbr") || is(w, n, "s\xc3\xbbre"))) return 2;  // pas sûr(e)
    else if (prev == Prev::ne && is(w, n, "sais")) return 2;                                  // je ne sais pas
    else if (prev == Prev::lastu && (is(w, n, "متأكد") || is(w, n, "متأكدا") || is(w, n, "متأكدة"))) return 2;
    else if (prev == Prev::la && is(w, n, "أعرف")) return 2;
    return 0;
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
    if (marker == 0 && next == Prev::other) marker = score_word_fr_ar(w, n, prev, next);
    prev = next;
    return marker;
}

// Two-byte punctuation that word_byte() takes for letters, at either end of a word: the Arabic
// comma, semicolon and question mark (، ؛ ؟) and the guillemets (« »).
void trim_punctuation(const char*& word, std::size_t& len) noexcept {
    auto punctuation = [](const char* p) {
        const auto a = static_cast<unsigned char>(p[0]), b = static_cast<unsigned char>(p[1]);
        return (a == 0xD8 && (b == 0x8C || b == 0x9B || b == 0x9F)) || (a == 0xC2 && (b == 0xAB || b == 0xBB));
    };
    while (len >= 2 && punctuation(word + len - 2)) len -= 2;
    while (len >= 2 && punctuation(word)) {
        word += 2;
        len -= 2;
    }
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
    char word[16];   // the longest marker: "probablement", "متأكدا" (12 bytes)
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
            const char* start = word;
            if (!too_long) trim_punctuation(start, len);
            if (too_long || len == 0) prev = Prev::other;
            else markers += score_word(start, len, prev);
            len = 0;
            too_long = false;
        }
    }
    return markers;
}

}  // namespace utopiahire::core
