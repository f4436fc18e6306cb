// Which words of a question may match an answer word, by lookup: built once per question (its
// model is cached per backend), asked once per distinct answer lexeme, instead of every term
// being compared with every answer word of its first letter.
//
// A form is a term's (lexeme, surface): what the near-miss test (term_matching.cpp's string_quality)
// compares. candidates() gives every form that can match an answer word (lexeme, surface), a
// superset: the caller runs the test itself on each. A pair of words can match only when they
// start with the same byte and one of these holds, which is how forms are filed:
//   - the same lexeme;
//   - the same first 4 bytes (inflections, related forms sharing a stem);
//   - one lexeme of 2 or 3 bytes is a prefix of the other ("impact" / "impact/effort" by a
//     separator, "act" / "action" by a derivational suffix);
//   - both lexemes of 5 bytes or more, lengths one apart at most, with the same second byte or
//     the same last byte (one edit: at the second byte the rest agrees, elsewhere the second);
//   - both surfaces of 6 bytes or more, lengths one apart at most, with the same first two bytes
//     or the same last byte (one edit: at the end the first five agree, elsewhere the last).
// A new way string_quality accepts a pair must be filed here as well (near_miss_index_test.cpp
// checks the two agree on many words). The model's own lexemes have their matches by lexeme
// worked out once (set_known, see prepare_matching): an answer word of the question's vocabulary
// looks up its surface only.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace utopiahire::core {

class NearMissIndex {
public:
    // Files form i = forms[i]: (lexeme id, lexeme, surface). Lexeme ids below lexicon_size.
    struct Form {
        int lex;
        std::string_view lexeme, surface;
    };
    void build(const std::vector<Form>& forms, size_t lexicon_size);

    size_t size() const { return form_lex_.size(); }
    int lex(int form) const { return form_lex_[static_cast<size_t>(form)]; }
    std::string_view lexeme(int form) const { return view(form_lexeme_[static_cast<size_t>(form)]); }
    std::string_view surface(int form) const { return view(form_surface_[static_cast<size_t>(form)]); }

    // Calls visit(form) for every form that may match an answer word (lexeme id `lex`, its
    // string, its surface) by their lexemes or by their surfaces (the two calls below); a form
    // may be visited more than once.
    template <typename Visit>
    void candidates(int lex, std::string_view lexeme, std::string_view surface, Visit visit) const {
        lexeme_candidates(lex, lexeme, visit);
        surface_candidates(lexeme, surface, visit);
    }
    // The forms that may match a word by its lexeme (the same lexeme, a shared prefix, one edit).
    template <typename Visit>
    void lexeme_candidates(int lex, std::string_view lexeme, Visit visit) const {
        if (lex >= 0 && static_cast<size_t>(lex) + 1 < by_lex_.size())
            for (int i = by_lex_[static_cast<size_t>(lex)]; i < by_lex_[static_cast<size_t>(lex) + 1]; ++i)
                visit(lex_forms_[static_cast<size_t>(i)]);
        if (lexeme.empty() || slots_.empty()) return;
        const size_t n = lexeme.size();
        if (n >= 4) probe(prefix4_key(lexeme), visit);
        if (has_short_) {
            if (n >= 3) probe(short_key(kind_short_form, lexeme.substr(0, 2)), visit);
            if (n >= 4) probe(short_key(kind_short_form, lexeme.substr(0, 3)), visit);
        }
        if (n == 2 || n == 3) probe(short_key(kind_short_prefix, lexeme), visit);
        if (n >= min_edit_lexeme) {
            probe(edit_key(kind_lexeme_second, lexeme[0], lexeme[1], n), visit);
            probe(edit_key(kind_lexeme_last, lexeme[0], lexeme.back(), n), visit);
        }
    }
    // The forms that may match a word (its lexeme, its surface) by their surfaces only (one edit
    // between surfaces of 6 bytes or more, the lexemes starting alike).
    template <typename Visit>
    void surface_candidates(std::string_view lexeme, std::string_view surface, Visit visit) const {
        if (lexeme.empty() || slots_.empty() || surface.size() < min_edit_surface) return;
        probe(edit_key(kind_surface_start, lexeme[0], surface[0], surface[1], surface.size()), visit);
        probe(edit_key(kind_surface_last, lexeme[0], surface.back(), surface.size()), visit);
    }

    // What the caller found the model's own lexemes match by their strings alone, kept with the
    // index (set_known), so that an answer word of the question's vocabulary (most of them) needs
    // only its surface looked up: known[l] lists (form, quality) for lexeme l.
    void set_known(const std::vector<std::vector<std::pair<int, double>>>& known);
    struct Known {
        const std::pair<int, double>* first = nullptr;
        const std::pair<int, double>* last = nullptr;
        const std::pair<int, double>* begin() const { return first; }
        const std::pair<int, double>* end() const { return last; }
    };
    bool knows(int lex) const { return lex >= 0 && static_cast<size_t>(lex) + 1 < known_begin_.size(); }
    Known known(int lex) const {   // (knows(lex))
        const std::pair<int, double>* base = known_.data();
        return Known{base + known_begin_[static_cast<size_t>(lex)], base + known_begin_[static_cast<size_t>(lex) + 1]};
    }

    // What an answer word spelt as one of the forms (its lexeme and its surface: most words of
    // the model an answer uses) matches in all, worked out by the caller once (set_exact, by
    // form): such a word needs no lookup at all. exact_form gives its form, or -1.
    void set_exact(const std::vector<std::vector<std::pair<int, double>>>& exact);
    int exact_form(int lex, std::string_view surface) const {
        if (lex < 0 || static_cast<size_t>(lex) + 1 >= by_lex_.size() || exact_begin_.empty()) return -1;
        for (int i = by_lex_[static_cast<size_t>(lex)]; i < by_lex_[static_cast<size_t>(lex) + 1]; ++i) {
            const int form = lex_forms_[static_cast<size_t>(i)];
            if (surface == this->surface(form)) return form;
        }
        return -1;
    }
    Known exact(int form) const {   // (exact_form gave it)
        const std::pair<int, double>* base = exact_.data();
        return Known{base + exact_begin_[static_cast<size_t>(form)], base + exact_begin_[static_cast<size_t>(form) + 1]};
    }

    // Lengths from which string_quality tries one edit between lexemes / between surfaces.
    static constexpr size_t min_edit_lexeme = 5, min_edit_surface = 6;

private:
    enum Kind : uint64_t {
        kind_prefix4 = 1,
        kind_short_form = 2,     // a lexeme of 2 or 3 bytes, by itself
        kind_short_prefix = 3,   // a longer lexeme, by its first 2 or 3 bytes
        // By the lexeme's first byte, two more bytes and a length, filed at length - 1, length
        // and length + 1: the lexeme's second or last byte and its length, the surface's first
        // two or its last byte and its length.
        kind_lexeme_second = 4,
        kind_lexeme_last = 5,
        kind_surface_start = 6,
        kind_surface_last = 7,
    };
    static uint64_t bytes_of(std::string_view s) {   // up to 4 bytes
        uint64_t v = 0;
        for (size_t i = 0; i < s.size() && i < 4; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(s[i])) << (8 * i);
        return v;
    }
    static uint64_t prefix4_key(std::string_view s) { return (uint64_t{kind_prefix4} << 56) | bytes_of(s.substr(0, 4)); }
    static uint64_t short_key(Kind kind, std::string_view s) {
        return (uint64_t{kind} << 56) | (static_cast<uint64_t>(s.size()) << 32) | bytes_of(s);
    }
    static uint64_t edit_key(Kind kind, char first, char b1, char b2, size_t length) {
        return (uint64_t{kind} << 56) | (static_cast<uint64_t>(static_cast<unsigned char>(first)) << 48) |
               (static_cast<uint64_t>(static_cast<unsigned char>(b1)) << 40) |
               (static_cast<uint64_t>(static_cast<unsigned char>(b2)) << 32) | static_cast<uint64_t>(length & 0xFFFFFFFF);
    }
    static uint64_t edit_key(Kind kind, char first, char b1, size_t length) { return edit_key(kind, first, b1, 0, length); }
    struct Slot {
        uint64_t key = 0;   // 0: empty (every key has a kind in its top byte)
        uint32_t begin = 0, end = 0;
    };
    static size_t slot_of(uint64_t key, size_t mask) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 40) & mask; }
    // (Always inlined: with the caller's visit inlined too, a probe costs some 45 instructions
    // less, and an answer makes some seventy.)
    template <typename Visit>
    __attribute__((always_inline)) void probe(uint64_t key, Visit& visit) const {
        const Slot* s = find(key);
        if (s != nullptr)
            for (uint32_t i = s->begin; i < s->end; ++i) visit(bucket_forms_[i]);
    }
    const Slot* find(uint64_t key) const {
        const size_t mask = slots_.size() - 1;
        for (size_t i = slot_of(key, mask);; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.key == key) return &s;
            if (s.key == 0) return nullptr;
        }
    }
    std::string_view view(std::pair<uint32_t, uint32_t> range) const {
        return std::string_view(text_).substr(range.first, range.second);
    }

    std::string text_;   // the forms' lexemes and surfaces (offset, length) below point into it
    std::vector<int> form_lex_;
    std::vector<std::pair<uint32_t, uint32_t>> form_lexeme_, form_surface_;
    std::vector<int> by_lex_;       // forms of lexeme l: lex_forms_[by_lex_[l] .. by_lex_[l + 1])
    std::vector<int> lex_forms_;
    std::vector<Slot> slots_;       // open addressing, power-of-two size
    std::vector<int> bucket_forms_;
    bool has_short_ = false;        // some lexeme of 2 or 3 bytes
    std::vector<int> known_begin_;  // known matches of lexeme l: known_[known_begin_[l] .. known_begin_[l + 1])
    std::vector<std::pair<int, double>> known_;
    std::vector<int> exact_begin_;  // exact matches of form f: exact_[exact_begin_[f] .. exact_begin_[f + 1])
    std::vector<std::pair<int, double>> exact_;
};

}  // namespace utopiahire::core
