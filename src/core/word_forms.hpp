// The forms an inflected word may have been made from, for word lists keyed by surface form:
// English plurals and verb forms (-s, -es, -ies, -ed, -ied, -ing, -est) and French plurals and
// feminines (-s, -x, -aux, -ée, -elle, -nte, -ale), so that a list naming "rapide" or "lent"
// also knows "rapides" or "lentes". A candidate is only a string: the caller keeps the first
// that its list knows. Guarded against the common false hits: no -s is taken off "-ss" / "-us"
// ("process", "status"), no ending leaves fewer than three bytes, no -e comes off a stem the
// French feminines do not make ("plane" is not "plan", "note" not "not"). Forms that add
// letters live in the object's own buffer: no allocation.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace utopiahire::core {

class BaseForms {
public:
    explicit BaseForms(std::string_view word);
    BaseForms(const BaseForms&) = delete;   // the forms point into buffer_
    BaseForms& operator=(const BaseForms&) = delete;

    const std::string_view* begin() const { return forms_; }
    const std::string_view* end() const { return forms_ + count_; }
    size_t size() const { return count_; }
    // The forms come in order: first those of plurals and feminines (a word of the same kind:
    // "rapides" -> "rapide"), then those of verb forms and superlatives ("sharing" -> "share",
    // which the verb may mean otherwise than the adjective "shared").
    bool same_kind(const std::string_view* form) const { return form < forms_ + inflection_forms_; }

private:
    static constexpr size_t max_forms = 16;
    static constexpr size_t max_word_bytes = 48;   // longer words are left as they are
    void add(std::string_view form);                                // a prefix of the word
    void add(std::string_view stem, std::string_view ending);       // stem + ending, copied
    void add_feminine(std::string_view form);                       // form's masculine, if any

    std::string_view forms_[max_forms];
    size_t count_ = 0;
    size_t inflection_forms_ = 0;
    char buffer_[4 * max_word_bytes];
    size_t used_ = 0;
};

// The word without its French accents ("après" -> "apres", "données" -> "donnees", "œuvre" ->
// "oeuvre"), as informal answers type it; false when it has none.
bool unaccented(std::string_view word, std::string* out);
// False when the word surely has no accent unaccented() removes: no lead byte of à .. ü or œ
// (most words: ASCII). Cheaper than unaccented(), which copies the word.
bool may_be_accented(std::string_view word);
// The word ends with this suffix (std::string_view::ends_with is C++20).
inline bool ends_with(std::string_view w, std::string_view suffix) {
    return w.size() >= suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}
// A lower-case ASCII vowel, y included (the spelling rules of English word forms).
inline bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Storage for the spellings a word list built once adds (add_unaccented, add_inflections): it
// lives as long as the process and stays reachable from a static, so that leak checkers (make
// fuzz runs LeakSanitizer) see it as kept, not lost. Thread-safe.
std::deque<std::string>* new_spelling_store();

// Adds to a word list (a map keyed by string_view) its French words typed without their
// accents ("apres", "plutot", "donnees"), as informal answers do, with the same values: not when
// the plain spelling is a word of the list itself, or two listed words share it, or it is short
// enough to be another word ("sur" is no "sûr"). For lists built once and never destroyed: the
// spellings' bytes live as long as the process.
template <typename Map>
void add_unaccented(Map* words) {
    constexpr size_t min_bytes = 4;
    std::deque<std::string>* spellings = new_spelling_store();
    std::unordered_map<std::string_view, typename Map::mapped_type> plain;
    std::unordered_map<std::string_view, int> seen;
    std::string out;
    for (const auto& [word, value] : *words) {
        if (!unaccented(word, &out) || out.size() < min_bytes || words->count(out) > 0) continue;
        auto it = seen.find(out);
        if (it != seen.end()) {
            ++it->second;
            continue;
        }
        spellings->push_back(out);
        seen.emplace(spellings->back(), 1);
        plain.emplace(spellings->back(), value);
    }
    for (const auto& [spelling, value] : plain)
        if (seen[spelling] == 1) words->emplace(spelling, value);
}

// The plurals and feminines of a word ("minute" -> "minutes", "livré" -> "livrée", "livrés",
// "livrées", "manuel" -> "manuelle", "horizontal" -> "horizontaux"): the words whose
// BaseForms may lead back to it (a candidate is kept by the caller only if they do).
std::vector<std::string> inflection_candidates(std::string_view word);

// Adds to a word list (a map keyed by string_view) the plurals and feminines of its words that
// it does not name, with their base's value: exactly the forms whose first plural or feminine
// base form (BaseForms) the list names. Lists built once and never destroyed, like
// add_unaccented.
template <typename Map>
void add_inflections(Map* words) {
    std::deque<std::string>* spellings = new_spelling_store();
    std::vector<std::pair<std::string_view, typename Map::mapped_type>> found;
    for (const auto& [word, value] : *words) {
        for (std::string& form : inflection_candidates(word)) {
            if (words->count(form) > 0) continue;
            const BaseForms bases(form);
            for (const std::string_view& base : bases) {
                if (!bases.same_kind(&base)) break;
                if (words->count(base) == 0) continue;
                if (base == word) {
                    spellings->push_back(std::move(form));
                    found.emplace_back(spellings->back(), value);
                }
                break;
            }
        }
    }
    for (const auto& [form, value] : found) words->emplace(form, value);   // the first of duplicates
}

}  // namespace utopiahire::core
