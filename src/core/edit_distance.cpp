#include "core/cpp_only.hpp"

// Lengths and distances of words as bytes: utf8_length and the capped edit distance that
// near-miss matching asks of word pairs.

#include "core/text.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <utility>

namespace utopiahire::core {

int utf8_length(std::string_view s) {
    int n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

namespace {

// The same as the dynamic programme below with limit 1 (the near-miss test), in one pass:
// 0 when equal, 1 for one substitution, insertion, deletion or adjacent transposition, else 2.
int edit_distance_at_most_one(std::string_view a, std::string_view b) {
    if (a.size() < b.size()) std::swap(a, b);   // a is the longer (the lengths differ by <= 1)
    size_t i = 0;
    while (i < b.size() && a[i] == b[i]) ++i;
    if (a.size() == b.size()) {
        if (i == a.size()) return 0;
        if (a.substr(i + 1) == b.substr(i + 1)) return 1;   // substitution
        if (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2))
            return 1;   // transposition
        return 2;
    }
    return a.substr(i + 1) == b.substr(i) ? 1 : 2;   // deletion from a
}

}  // namespace

int edit_distance_capped(std::string_view a, std::string_view b, int limit) {
    const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
    if (std::abs(la - lb) > limit) return limit + 1;
    constexpr int max_len = 63;
    if (la > max_len || lb > max_len) return a == b ? 0 : limit + 1;
    if (limit == 1) return edit_distance_at_most_one(a, b);
    // Optimal string alignment distance with three rolling rows on the stack.
    int rows[3][max_len + 1];
    int* prev2 = rows[0];
    int* prev = rows[1];
    int* cur = rows[2];
    for (int j = 0; j <= lb; ++j) prev[j] = j;
    for (int i = 1; i <= la; ++i) {
        cur[0] = i;
        int row_min = cur[0];
        for (int j = 1; j <= lb; ++j) {
            const int cost = a[static_cast<size_t>(i - 1)] == b[static_cast<size_t>(j - 1)] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[static_cast<size_t>(i - 1)] == b[static_cast<size_t>(j - 2)] &&
                a[static_cast<size_t>(i - 2)] == b[static_cast<size_t>(j - 1)])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            row_min = std::min(row_min, v);
        }
        if (row_min > limit) return limit + 1;
        int* recycled = prev2;
        prev2 = prev;
        prev = cur;
        cur = recycled;
    }
    return std::min(prev[lb], limit + 1);
}

}  // namespace utopiahire::core
