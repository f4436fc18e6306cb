#include "core/text.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using utopiahire::core::edit_distance_capped;

namespace {

// Optimal string alignment distance, the textbook full table.
int reference_distance(const std::string& a, const std::string& b) {
    const size_t la = a.size(), lb = b.size();
    std::vector<std::vector<int>> d(la + 1, std::vector<int>(lb + 1));
    for (size_t i = 0; i <= la; ++i) d[i][0] = static_cast<int>(i);
    for (size_t j = 0; j <= lb; ++j) d[0][j] = static_cast<int>(j);
    for (size_t i = 1; i <= la; ++i)
        for (size_t j = 1; j <= lb; ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[la][lb];
}

std::vector<std::string> all_strings(const std::string& alphabet, size_t max_len) {
    std::vector<std::string> out{""};
    for (size_t start = 0; start < out.size(); ++start)
        if (out[start].size() < max_len)
            for (char c : alphabet) out.push_back(out[start] + c);
    return out;
}

}  // namespace

TEST(EditDistance, CappedDistanceIsTheReferenceClipped) {
    const auto strings = all_strings("abc", 5);
    for (const auto& a : strings)
        for (const auto& b : strings)
            for (int limit : {1, 2}) {
                ASSERT_EQ(edit_distance_capped(a, b, limit), std::min(reference_distance(a, b), limit + 1))
                    << '"' << a << "\" \"" << b << "\" limit " << limit;
            }
}

TEST(EditDistance, LongWordsCompareOnlyForEquality) {
    const std::string long_word(64, 'x');
    EXPECT_EQ(edit_distance_capped(long_word, long_word, 1), 0);
    EXPECT_EQ(edit_distance_capped(long_word, long_word.substr(1), 1), 2);
}
