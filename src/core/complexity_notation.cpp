#include "core/cpp_only.hpp"

// Big-O notation: the asymptotic class of a notation's argument or a word ("O(n log n)",
// "quadratic", "m*n", "max(n, m)"), and where a notation's argument is in a document's text.

#include "core/text.hpp"
#include "core/complexity_shape.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace utopiahire::core {

using namespace std::string_view_literals;

namespace {

// Normalised big-O argument: lower case, no spaces, "^2" / "**2" / "*n" squared as "²".
std::string normalise_complexity(std::string_view arg) {
    std::string out;
    for (size_t i = 0; i < arg.size(); ++i) {
        const char c = arg[i];
        if (c == ' ' || c == '\t' || c == '.') continue;   // spaces, "n . log n"
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    auto replace_all = [&](const std::string& from, const std::string& to) {
        for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size()))
            out.replace(at, from.size(), to);
    };
    replace_all("**", "^");
    replace_all("log(n)", "logn");
    replace_all("lg(n)", "logn");
    replace_all("lgn", "logn");
    replace_all("*", "");
    replace_all("^2", "\xC2\xB2");
    replace_all("^3", "\xC2\xB3");
    replace_all("nn", "n\xC2\xB2");
    return out;
}

// The form of the known classes (complexity_class's table) that a notation of sizes stands for,
// whatever the sizes are called, or "": two different sizes multiplied ("m*n", "R*C", "rows x
// cols", "n k", "w \u00d7 h") is "mn", added ("V + E") "m+n"; one size squared, cubed or
// factorial ("n squared", "n cubed", "n factorial") "n\u00b2", "n\u00b3", "n!". The sign of a
// product may be left out only between sizes ("n k", not "n amortized", "sqrt n"). The larger of
// two sizes ("max(n, m)") grows as their sum: "m+n".
std::string sizes_form(std::string_view arg) {
    // ("max(", "Max(", "MAX(": any case)
    const bool max_of = arg.size() > 5 && std::tolower(static_cast<unsigned char>(arg[0])) == 'm' &&
                        std::tolower(static_cast<unsigned char>(arg[1])) == 'a' &&
                        std::tolower(static_cast<unsigned char>(arg[2])) == 'x' && arg[3] == '(';
    if (max_of && arg.back() == ')') {
        const std::string_view inner = arg.substr(4, arg.size() - 5);
        const size_t comma = inner.find(',');
        if (comma == std::string_view::npos) return "";
        auto size_word = [](std::string_view w) {
            while (!w.empty() && w.front() == ' ') w.remove_prefix(1);
            while (!w.empty() && w.back() == ' ') w.remove_suffix(1);
            std::string lower(w);
            for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            return std::all_of(lower.begin(), lower.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })
                       ? lower : std::string();
        };
        const std::string a = size_word(inner.substr(0, comma)), b = size_word(inner.substr(comma + 1));
        return !a.empty() && a != b && names_size(a) && names_size(b) ? "m+n" : "";
    }
    std::string words[3];
    size_t count = 0;
    char sign = 0;   // '*' or '+' between the two sizes, 0 for none
    for (size_t i = 0; i < arg.size();) {
        const unsigned char c = static_cast<unsigned char>(arg[i]);
        if (std::isalpha(c)) {
            if (count == 3) return "";
            while (i < arg.size() && std::isalpha(static_cast<unsigned char>(arg[i])))
                words[count] += static_cast<char>(std::tolower(static_cast<unsigned char>(arg[i++])));
            ++count;
            continue;
        }
        const bool times = c == '*' || (c == 0xC3 && i + 1 < arg.size() && static_cast<unsigned char>(arg[i + 1]) == 0x97) ||
                           (c == 0xC2 && i + 1 < arg.size() && static_cast<unsigned char>(arg[i + 1]) == 0xB7);
        if (times || c == '+') {
            if (sign != 0 || count != 1) return "";
            sign = times ? '*' : '+';
            i += c >= 0x80 ? 2 : 1;
        } else if (c == ' ') {
            ++i;
        } else {
            return "";
        }
    }
    if (count == 2 && sign == 0 && names_size(words[0])) {   // "n squared"
        if (words[1] == "squared") return "n\xC2\xB2";
        if (words[1] == "cubed" || words[1] == "cube") return "n\xC2\xB3";
        if (words[1] == "factorial" || words[1] == "factorielle") return "n!";
    }
    if (count == 3) {   // "rows x cols"
        if (sign != 0 || words[1] != "x") return "";
        words[1] = words[2];
        sign = '*';
    } else if (count != 2) {
        return "";
    }
    if (words[0] == words[1] || !names_size(words[0]) || !names_size(words[1])) return "";
    return sign == '+' ? "m+n" : "mn";
}

}  // namespace

size_t notation_close(std::string_view text, size_t open) {
    for (size_t at = open + 1, depth = 1; at < text.size() && at - open <= 24; ++at) {
        if (text[at] == '(') ++depth;
        if (text[at] == ')' && --depth == 0) return at;
    }
    return text.find(')', open);
}

namespace {

// Classes from here up are arguments of no known form ("width", "S", "E α(E)"), an id per spelling.
constexpr int first_unknown_class = 100;

// The known classes: a form or a word naming one, and its id. The words are general language:
// English, French (masculine and feminine: "temps constant", "mémoire constante") and Arabic
// (ثابت ثابتة ثابتا constant, خطي خطية خطيا linear, لوغاريتمي logarithmic, تربيعي quadratic).
// "constant" and its twins are read only beside a measure (constant_words, read_complexity in text.cpp).
const std::unordered_map<std::string, int>& known_forms() {
    static const std::unordered_map<std::string, int>* const known = new std::unordered_map<std::string, int>{
        {"1", 1}, {"constant", 1}, {"constante", 1},
        {"\u062b\u0627\u0628\u062a", 1}, {"\u062b\u0627\u0628\u062a\u0629", 1}, {"\u062b\u0627\u0628\u062a\u0627", 1},
        {"logn", 2}, {"logarithmic", 2}, {"logarithmique", 2},
        {"\u0644\u0648\u063a\u0627\u0631\u064a\u062a\u0645\u064a", 2}, {"\u0644\u0648\u063a\u0627\u0631\u064a\u062a\u0645\u064a\u0629", 2},
        {"n", 3}, {"linear", 3}, {"lin\u00e9aire", 3},
        {"\u062e\u0637\u064a", 3}, {"\u062e\u0637\u064a\u0629", 3}, {"\u062e\u0637\u064a\u0627", 3},
        {"nlogn", 4}, {"linearithmic", 4}, {"n\xC2\xB2", 5}, {"quadratic", 5}, {"quadratique", 5},
        {"\u062a\u0631\u0628\u064a\u0639\u064a", 5}, {"\u062a\u0631\u0628\u064a\u0639\u064a\u0629", 5},
        {"n\xC2\xB3", 6}, {"cubic", 6}, {"2^n", 7}, {"exponential", 7}, {"exponentielle", 7}, {"n!", 8},
        {"m+n", 9}, {"n+m", 9}, {"mn", 10}, {"nm", 10},
        // (Shapes of several sizes, ShapeReader's: "n log k", "E log V"; "(V+E) log V".)
        {"nlogm", 11}, {"(n+m)logn", 12}, {"(n+m)logm", 12}, {"(m+n)logn", 12}, {"(m+n)logm", 12}};
    return *known;
}

int class_of_form(const std::string& norm) {
    if (norm.empty()) return -1;
    const auto& known = known_forms();
    auto it = known.find(norm);
    if (it != known.end()) return it->second;
    return first_unknown_class + static_cast<int>(std::hash<std::string>()(norm) % 1000000);
}

}  // namespace

bool known_complexity_class(int cls) { return cls >= 0 && cls < first_unknown_class; }

bool logarithmic_class(int cls) {
    // (Read from the table: a class is logarithmic when one of its forms holds a logarithm, "logn",
    // "nlogm", "logarithmic", so that a class added to the table needs no second list here.)
    static const std::unordered_set<int>* const logarithmic = [] {
        auto* ids = new std::unordered_set<int>;
        for (const auto& [form, id] : known_forms())
            if (form.find("log") != std::string::npos) ids->insert(id);
        return ids;
    }();
    return logarithmic->count(cls) > 0;
}

int complexity_class(std::string_view argument) {
    std::string sizes = sizes_form(argument);
    // (A word alone is no shape of several sizes: most arguments here are the words of texts.)
    const bool one_word = std::all_of(argument.begin(), argument.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    if (sizes.empty() && !one_word) sizes = complexity_shape(argument);
    return class_of_form(sizes.empty() ? normalise_complexity(argument) : sizes);
}

int complexity_class(std::string_view argument, const std::vector<std::string>& point_sizes) {
    if (point_sizes.empty() || !sizes_form(argument).empty()) return complexity_class(argument);
    const std::string shape = complexity_shape(argument, point_sizes);
    return shape.empty() ? complexity_class(argument) : class_of_form(shape);
}

std::string_view notation_argument(const Document& doc, const Token& t) {
    if (t.surface != "o"sv) return {};
    const size_t end = static_cast<size_t>(t.byte_start + t.byte_len);
    if (end >= doc.text.size() || doc.text[end] != '(') return {};
    const size_t close = notation_close(doc.text, end);
    if (close == std::string_view::npos || close - end > 24) return {};
    return doc.text.substr(end + 1, close - end - 1);
}

}  // namespace utopiahire::core
