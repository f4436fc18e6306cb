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
#include <string_view>

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

}  // namespace utopiahire::core
