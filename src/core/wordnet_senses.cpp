#include "core/cpp_only.hpp"

#include "core/wordnet_senses.hpp"

#include "core/string_index.hpp"
#include "core/word_memo.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace utopiahire::core {

namespace {

struct WordnetEntry {
    const char* lemma;
    char pos;            // n, v, a, r
    uint32_t sense[2];   // 0: none (offset 0 of a data file is its licence, never a synset)
};
struct WordnetException {
    const char* form;
    const char* base;
    char pos;
};

// The generated table (sorted by lemma and part of speech; exceptions by form).
#include "wordnet_senses.inc"

// The entries of a lemma (one per part of speech), as [first, last).
std::pair<const WordnetEntry*, const WordnetEntry*> entries_of(std::string_view lemma) {
    const WordnetEntry* first = std::begin(wordnet_entries);
    const WordnetEntry* last = std::end(wordnet_entries);
    first = std::lower_bound(first, last, lemma, [](const WordnetEntry& e, std::string_view w) {
        return std::string_view(e.lemma) < w;
    });
    const WordnetEntry* end = first;
    while (end != last && std::string_view(end->lemma) == lemma) ++end;
    return {first, end};
}

void add_sense(WordnetSenses& senses, uint32_t id) {
    if (id == 0 || senses.count >= WordnetSenses::capacity) return;
    for (int i = 0; i < senses.count; ++i)
        if (senses.id[i] == id) return;
    senses.id[senses.count++] = id;
}

// Adds the senses of lemma in part of speech pos (any part of speech when pos is 0).
void add_lemma(WordnetSenses& senses, std::string_view lemma, char pos) {
    const auto [first, last] = entries_of(lemma);
    for (const WordnetEntry* e = first; e != last; ++e)
        if (pos == 0 || e->pos == pos)
            for (const uint32_t id : e->sense) add_sense(senses, id);
}

// WordNet's detachment rules (morphy), by part of speech: ending -> what replaces it.
struct Detachment {
    char pos;
    std::string_view ending, base;
};
constexpr Detachment detachments[] = {
    {'n', "s", ""},    {'n', "ses", "s"}, {'n', "xes", "x"}, {'n', "zes", "z"},  {'n', "ches", "ch"},
    {'n', "shes", "sh"}, {'n', "men", "man"}, {'n', "ies", "y"}, {'v', "s", ""},  {'v', "ies", "y"},
    {'v', "es", "e"},  {'v', "es", ""},   {'v', "ed", "e"},  {'v', "ed", ""},    {'v', "ing", "e"},
    {'v', "ing", ""},  {'a', "er", ""},   {'a', "est", ""},  {'a', "er", "e"},   {'a', "est", "e"},
};

bool wordnet_spelling(std::string_view w) {
    if (w.size() < 3) return false;
    for (const char c : w)
        if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
    return true;
}

WordnetSenses find_senses(std::string_view word) {
    WordnetSenses senses;
    if (!wordnet_spelling(word)) return senses;
    add_lemma(senses, word, 0);
    // Irregular forms first ("indices" -> "index", "ran" -> "run"), then the regular endings.
    const WordnetException* first = std::begin(wordnet_exceptions);
    const WordnetException* last = std::end(wordnet_exceptions);
    first = std::lower_bound(first, last, word,
                             [](const WordnetException& e, std::string_view w) { return std::string_view(e.form) < w; });
    for (; first != last && std::string_view(first->form) == word; ++first) add_lemma(senses, first->base, first->pos);
    std::string base;
    for (const Detachment& d : detachments) {
        if (word.size() <= d.ending.size() + 2 || word.compare(word.size() - d.ending.size(), d.ending.size(), d.ending) != 0)
            continue;
        base.assign(word.substr(0, word.size() - d.ending.size()));
        base.append(d.base);
        add_lemma(senses, base, d.pos);
    }
    return senses;
}

}  // namespace

bool WordnetSenses::shares(const WordnetSenses& other) const {
    for (int i = 0; i < count; ++i)
        for (int j = 0; j < other.count; ++j)
            if (id[i] == other.id[j]) return true;
    return false;
}

WordnetSenses wordnet_senses(std::string_view surface) {
    // Per thread, never destroyed (no static destructors), like the other word memos.
    thread_local WordMemo<WordnetSenses>* memo = nullptr;
    constexpr size_t max_words = 1 << 16;
    if (memo == nullptr || memo->size() >= max_words) {
        delete memo;
        memo = new WordMemo<WordnetSenses>;
    }
    const uint64_t hash = string_hash(surface);
    if (const WordnetSenses* known = memo->find(surface, hash)) return *known;
    const WordnetSenses senses = find_senses(surface);
    memo->insert(surface, hash, senses);
    return senses;
}

}  // namespace utopiahire::core
