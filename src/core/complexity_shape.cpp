#include "core/cpp_only.hpp"

#include "core/complexity_shape.hpp"
#include "core/string_index.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace utopiahire::core {

bool names_size(const std::string& word) {
    static constexpr std::string_view sizes[] = {
        "rows", "cols", "columns", "width", "height", "nodes", "edges", "vertices", "length", "len", "depth",
        "cells", "items", "elements", "keys", "words", "chars", "characters", "lines", "levels", "lignes", "colonnes",
        "largeur", "hauteur", "longueur", "sommets", "noeuds", "profondeur"};
    return word.size() == 1 || one_of(word, sizes);
}

namespace {

// The shape of a big-O notation of two or more sizes whatever they are called, or "" (then the
// notation is read as before): the sizes renamed n, m, k ... in the order they come, so that
// "n log S", "n log(sum of weights)" and "m log n" are all "nlogm", "len(a) * len(b)" is "nm"
// (complexity_class's product of two sizes) and "(V+E) log V" is "(n+m)logn". Brackets nest; a
// logarithm takes the word or the bracket after it as its size ("log sum", "log2(sum)"), a word
// before a bracket is a size ("len(a)"), and a bracket of words that are not all sizes is one
// size ("(sum of weights)"). A notation of one size ("n log n", "k^2") gives "".
class ShapeReader {
public:
    // (names: sizes whose letters are given, the i-th one's the i-th letter.)
    explicit ShapeReader(std::string_view arg, std::vector<std::string> names = {}) : s_(arg), names_(std::move(names)), given_(names_.size()) {}
    std::string read() {
        std::string out;
        if (!sum(&out) || (skip(), i_ != s_.size()) || (given_ == 0 && names_.size() < 2)) return "";
        return out;
    }
    // The sizes read, in the order they come (after read, without given names).
    const std::vector<std::string>& names() const { return names_; }

private:
    std::string_view s_;
    size_t i_ = 0;
    std::vector<std::string> names_;
    size_t given_;

    void skip() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '.')) ++i_;
    }
    bool at(char c) { skip(); return i_ < s_.size() && s_[i_] == c; }
    // The letter of a size, a new one for a name not seen before.
    std::string size_letter(const std::string& name) {
        static constexpr char letters[] = {'n', 'm', 'k', 'p', 'q', 'r'};
        size_t k = std::find(names_.begin(), names_.end(), name) - names_.begin();
        if (k == names_.size()) names_.push_back(name);
        return k < sizeof letters ? std::string(1, letters[k]) : "s" + std::to_string(k);
    }
    std::string word() {
        skip();
        std::string w;
        while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_') &&
               (!w.empty() || std::isalpha(static_cast<unsigned char>(s_[i_]))))
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(s_[i_++])));
        return w;
    }
    static bool is_log(const std::string& w) { return w == "log" || w == "lg" || w == "ln" || w == "log2" || w == "log10"; }
    // A sign of product: "*", "\u00d7", "\u00b7" or the word "x".
    bool times() {
        skip();
        if (at('*')) { ++i_; return true; }
        if (i_ + 1 < s_.size() && static_cast<unsigned char>(s_[i_]) == 0xC3 && static_cast<unsigned char>(s_[i_ + 1]) == 0x97) { i_ += 2; return true; }
        if (i_ + 1 < s_.size() && static_cast<unsigned char>(s_[i_]) == 0xC2 && static_cast<unsigned char>(s_[i_ + 1]) == 0xB7) { i_ += 2; return true; }
        if (i_ + 1 < s_.size() && s_[i_] == 'x' && (s_[i_ + 1] == ' ' || s_[i_ + 1] == '(')) { ++i_; return true; }
        return false;
    }
    bool sum(std::string* out) {
        if (!product(out)) return false;
        while (at('+')) {
            ++i_;
            *out += '+';
            if (!product(out)) return false;
        }
        return true;
    }
    bool product(std::string* out) {
        if (!power(out)) return false;
        for (;;) {
            const size_t save = i_;
            const bool sign = times();
            skip();
            if (i_ == s_.size() || s_[i_] == ')' || s_[i_] == '+') { i_ = save; return !sign; }
            if (!power(out)) return false;
        }
    }
    bool power(std::string* out) {
        if (!atom(out)) return false;
        skip();
        if (i_ + 1 < s_.size() && static_cast<unsigned char>(s_[i_]) == 0xC2 &&
            (static_cast<unsigned char>(s_[i_ + 1]) == 0xB2 || static_cast<unsigned char>(s_[i_ + 1]) == 0xB3)) {
            *out += s_.substr(i_, 2);
            i_ += 2;
        } else if (at('^')) {
            ++i_;
            skip();
            if (i_ == s_.size() || !std::isdigit(static_cast<unsigned char>(s_[i_]))) return false;
            *out += s_[i_] == '2' ? "\xC2\xB2" : s_[i_] == '3' ? "\xC2\xB3" : "^" + std::string(1, s_[i_]);
            ++i_;
        }
        return true;
    }
    // The text of a bracket (after its "("), through its ")".
    bool bracket_text(std::string* text) {
        int depth = 1;
        for (; i_ < s_.size(); ++i_) {
            if (s_[i_] == '(') ++depth;
            if (s_[i_] == ')' && --depth == 0) { ++i_; return true; }
            if (s_[i_] != ' ' && s_[i_] != '.') *text += static_cast<char>(std::tolower(static_cast<unsigned char>(s_[i_])));
        }
        return false;
    }
    // A bracket: a sum of sizes ("(V+E)"), else one size named by its words ("(sum of weights)").
    bool bracket(std::string* out, bool one_size) {
        const size_t start = i_;
        std::string inner;
        const size_t names = names_.size();
        if (!one_size && sum(&inner) && at(')')) {
            ++i_;
            *out += inner.find('+') != std::string::npos ? "(" + inner + ")" : inner;
            return true;
        }
        names_.resize(names);
        i_ = start;
        std::string text;
        if (!bracket_text(&text)) return false;
        // (A bracket of one size is that size: "log(n)" is "log n".)
        ShapeReader single(text);
        const std::string w = single.word();
        *out += size_letter(single.i_ == text.size() ? w : text);
        return true;
    }
    bool atom(std::string* out) {
        skip();
        if (i_ == s_.size()) return false;
        if (s_[i_] == '(') { ++i_; return bracket(out, false); }
        if (std::isdigit(static_cast<unsigned char>(s_[i_]))) {
            while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) *out += s_[i_++];
            return true;
        }
        const std::string w = word();
        if (w.empty()) return false;
        if (is_log(w)) {
            *out += "log";
            if (at('(')) { ++i_; return bracket(out, true); }
            const std::string arg = word();
            if (arg.empty() || is_log(arg)) return false;
            *out += size_letter(arg);
            return true;
        }
        if (i_ < s_.size() && s_[i_] == '(') {   // "len(a)": a size
            std::string text;
            ++i_;
            if (!bracket_text(&text)) return false;
            *out += size_letter(w + "(" + text + ")");
            return true;
        }
        if (!names_size(w)) return false;
        *out += size_letter(w);
        return true;
    }
};

}  // namespace

std::string complexity_shape(std::string_view argument) { return ShapeReader(argument).read(); }

std::vector<std::string> complexity_sizes(std::string_view argument) {
    ShapeReader reader(argument);
    if (reader.read().empty()) return {};
    return reader.names();
}

std::string complexity_shape(std::string_view argument, const std::vector<std::string>& point_sizes) {
    const std::vector<std::string> own = complexity_sizes(argument);
    if (own.size() < 2 || point_sizes.empty()) return complexity_shape(argument);
    // The point's sizes keep their letters; a size of the argument named otherwise than all of
    // them takes the letter of the point's size in its place (the i-th size read), when the
    // argument does not name that size itself, else a letter of its own.
    std::vector<std::string> letters = point_sizes;
    std::vector<bool> taken(point_sizes.size(), false);
    for (const std::string& name : own) {
        const auto at = std::find(point_sizes.begin(), point_sizes.end(), name);
        if (at != point_sizes.end()) taken[static_cast<size_t>(at - point_sizes.begin())] = true;
    }
    for (size_t i = 0; i < own.size(); ++i) {
        if (std::find(point_sizes.begin(), point_sizes.end(), own[i]) != point_sizes.end()) continue;
        if (i < point_sizes.size() && !taken[i]) {
            letters[i] = own[i];
            taken[i] = true;
        } else {
            letters.push_back(own[i]);
        }
    }
    return ShapeReader(argument, std::move(letters)).read();
}

}  // namespace utopiahire::core
