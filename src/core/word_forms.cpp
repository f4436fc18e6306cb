#include "core/cpp_only.hpp"

#include "core/word_forms.hpp"

#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace utopiahire::core {

namespace {

constexpr size_t min_base_bytes = 3;   // "use" from "uses"; not "it" from "its"

// English doubles a final consonant before -ed / -ing / -est ("planned", "logging", "biggest",
// British "cancelled"), never s, f or z ("missed" is "miss", not "mis").
bool doubled(std::string_view stem) {
    const size_t n = stem.size();
    if (n < 2 || stem[n - 1] != stem[n - 2]) return false;
    const char c = stem[n - 1];
    return c >= 'a' && c <= 'z' && !is_vowel(c) && c != 's' && c != 'f' && c != 'z';
}

}  // namespace

void BaseForms::add(std::string_view form) {
    if (form.size() >= min_base_bytes && count_ < max_forms) forms_[count_++] = form;
}

void BaseForms::add(std::string_view stem, std::string_view ending) {
    const size_t n = stem.size() + ending.size();
    if (n < min_base_bytes || count_ == max_forms || used_ + n > sizeof buffer_) return;
    char* out = buffer_ + used_;
    std::memcpy(out, stem.data(), stem.size());
    std::memcpy(out + stem.size(), ending.data(), ending.size());
    used_ += n;
    forms_[count_++] = std::string_view(out, n);
}

// French feminines: partagée -> partagé, manuelle -> manuel, lente -> lent, horizontale ->
// horizontal. Only these endings: a bare -e comes off nothing else ("plane", "note", "site").
void BaseForms::add_feminine(std::string_view form) {
    if (ends_with(form, "\xC3\xA9" "e")) add(form.substr(0, form.size() - 1));   // -ée
    else if (ends_with(form, "elle") || ends_with(form, "enne") || ends_with(form, "ette")) add(form.substr(0, form.size() - 2));
    else if (ends_with(form, "nte") || ends_with(form, "ale")) add(form.substr(0, form.size() - 1));
}

BaseForms::BaseForms(std::string_view w) {
    if (w.size() > max_word_bytes || w.size() <= min_base_bytes) return;
    const size_t n = w.size();
    // Plurals and the English third person: -s (not -ss, -us: "process", "status"), -es after a
    // sibilant ("hashes"), -ies ("queries"); French -aux ("généraux"), -eux / -oux ("jeux").
    if (ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us")) {
        const std::string_view singular = w.substr(0, n - 1);
        add(singular);
        if (ends_with(w, "ies")) add(w.substr(0, n - 3), "y");
        if (ends_with(w, "es")) {
            const std::string_view stem = w.substr(0, n - 2);
            if (ends_with(stem, "s") || ends_with(stem, "x") || ends_with(stem, "z") || ends_with(stem, "ch") || ends_with(stem, "sh")) add(stem);
        }
        add_feminine(singular);   // lentes -> lente -> lent
    } else if (ends_with(w, "aux")) {
        add(w.substr(0, n - 3), "al");
        add(w.substr(0, n - 1));
    } else if (ends_with(w, "eux") || ends_with(w, "oux")) {
        add(w.substr(0, n - 1));
    }
    add_feminine(w);
    inflection_forms_ = count_;
    // English verb forms and superlatives: the stem with its -e ("stored", "safest": the least
    // taken off first, so "based" is "base", not "bas"), the stem ("deployed"), the stem with
    // its -e put back ("storing"), the stem with its doubled consonant undone ("planned").
    if (ends_with(w, "ied")) {
        add(w.substr(0, n - 3), "y");   // retried -> retry
        return;
    }
    std::string_view stem;
    if (ends_with(w, "ed") || ends_with(w, "est")) {
        stem = w.substr(0, w.rfind('e'));
        add(w.substr(0, stem.size() + 1));
        add(stem);
    } else if (ends_with(w, "ing")) {
        stem = w.substr(0, n - 3);
        add(stem);
        add(stem, "e");
    } else {
        return;
    }
    if (doubled(stem)) add(stem.substr(0, stem.size() - 1));
}

std::vector<std::string> inflection_candidates(std::string_view word) {
    std::vector<std::string> out;
    if (word.size() < min_base_bytes) return out;
    const std::string w(word);
    const char last = w.back();
    // Plurals: -s, -es, -ies, -x, -aux.
    out.push_back(w + "s");
    out.push_back(w + "es");
    if (last == 'y') out.push_back(w.substr(0, w.size() - 1) + "ies");
    if (ends_with(w, "au") || ends_with(w, "eu") || ends_with(w, "ou")) out.push_back(w + "x");
    if (ends_with(w, "al")) out.push_back(w.substr(0, w.size() - 2) + "aux");
    // Feminines, and their plurals: -e, -es, a doubled consonant (manuel -> manuelle).
    for (const std::string& f : {w + "e", w + std::string(1, last) + "e"}) {
        out.push_back(f);
        out.push_back(f + "s");
    }
    return out;
}

bool may_be_accented(std::string_view word) {
    return word.find('\xC3') != std::string_view::npos || word.find('\xC5') != std::string_view::npos;
}

bool unaccented(std::string_view word, std::string* out) {
    if (!may_be_accented(word)) {   // (copied in one go, not byte by byte)
        out->assign(word);
        return false;
    }
    out->clear();
    bool changed = false;
    for (size_t i = 0; i < word.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(word[i]);
        const unsigned char d = i + 1 < word.size() ? static_cast<unsigned char>(word[i + 1]) : 0;
        char plain = 0;
        if (c == 0xC3 && d >= 0xA0 && d <= 0xBC) {   // à .. ü (Latin-1 lower case)
            static constexpr char letters[] = "aaaaaaaceeeeiiii" "\0nooooo\0\0uuuu";
            plain = letters[d - 0xA0];
        } else if (c == 0xC5 && d == 0x93) {         // œ
            out->append("oe");
            changed = true;
            ++i;
            continue;
        }
        if (plain != 0) {
            *out += plain;
            changed = true;
            ++i;
        } else {
            *out += static_cast<char>(c);
        }
    }
    return changed;
}

std::deque<std::string>* new_spelling_store() {
    static std::mutex mutex;
    static auto* stores = new std::vector<std::deque<std::string>*>;
    auto* store = new std::deque<std::string>;
    const std::lock_guard<std::mutex> lock(mutex);
    stores->push_back(store);
    return store;
}

}  // namespace utopiahire::core
