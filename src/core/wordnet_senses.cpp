#include "core/cpp_only.hpp"

#include "core/wordnet_senses.hpp"

#include "core/string_index.hpp"
#include "core/word_memo.hpp"

#include <algorithm>
#include <cstring>

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

// Whether table word a sorts before w, and whether it is w: byte by byte, without measuring a
// (std::string_view(a) would run strlen at every step of the binary searches, for every lookup).
bool sorts_before(const char* a, std::string_view w) {
    for (const char c : w) {
        if (*a != c) return *a == '\0' || static_cast<unsigned char>(*a) < static_cast<unsigned char>(c);
        ++a;
    }
    return false;   // a is w, or w followed by more
}
bool same_word(const char* a, std::string_view w) { return std::strncmp(a, w.data(), w.size()) == 0 && a[w.size()] == '\0'; }

// Where each two-letter start begins in a table sorted by its words, so that a lookup searches
// the few dozen words that start like it rather than the whole table: most answer words are
// looked up once, with their bases, before the memo knows them. Built at the first lookup, once
// per process (a few instructions per table word); a table word of other letters than a-z and
// hyphens (none: see gen_wordnet_senses.sh) leaves the index unbuilt and lookups search it all.
class StartIndex {
public:
    template <typename Entry>
    StartIndex(const Entry* first, const Entry* last, const char* Entry::*word) {
        int next = 0;
        for (const Entry* e = first; e != last; ++e) {
            const int k = key((e->*word)[0] != '\0' ? std::string_view(e->*word, 2) : std::string_view());
            if (k < 0 || k < next - 1) return;   // another letter, or not sorted as the index reads it
            while (next <= k) begin_[next++] = static_cast<uint32_t>(e - first);
        }
        while (next <= starts) begin_[next++] = static_cast<uint32_t>(last - first);
        built_ = true;
    }
    // The [first, last) positions of the table words that start like w, and how many letters
    // they share with it; the whole table (0 letters) when the index cannot tell.
    template <typename Entry>
    std::pair<const Entry*, const Entry*> range(const Entry* first, const Entry* last, std::string_view w,
                                                size_t& shared) const {
        shared = 0;
        const int k = w.size() >= 2 && w[1] != '\0' ? key(w.substr(0, 2)) : -1;
        if (!built_ || k < 0) return {first, last};
        shared = 2;
        return {first + begin_[k], first + begin_[k + 1]};
    }

private:
    // A letter's rank in the table's byte order: the end of the word, a hyphen, a to z.
    static int rank(char c) {
        if (c == '\0') return 0;
        if (c == '-') return 1;
        return c >= 'a' && c <= 'z' ? c - 'a' + 2 : -1;
    }
    static constexpr int ranks = 28, starts = ranks * ranks;
    // The bucket of a word's first two letters (-1 for another letter). (A word of one letter
    // is passed as its letter and the end; an empty one is no table word.)
    static int key(std::string_view two) {
        if (two.empty()) return -1;
        const int a = rank(two[0]), b = rank(two.size() > 1 ? two[1] : '\0');
        return a <= 0 || b < 0 ? -1 : a * ranks + b;
    }
    uint32_t begin_[starts + 1] = {};
    bool built_ = false;
};

const StartIndex& entry_starts() {
    static const StartIndex index(std::begin(wordnet_entries), std::end(wordnet_entries), &WordnetEntry::lemma);
    return index;
}
const StartIndex& exception_starts() {
    static const StartIndex index(std::begin(wordnet_exceptions), std::end(wordnet_exceptions), &WordnetException::form);
    return index;
}

// The entries of a table sorted by word whose word is w, as [first, last).
template <typename Entry>
std::pair<const Entry*, const Entry*> lookup(const StartIndex& index, const Entry* table_first, const Entry* table_last,
                                             const char* Entry::*word, std::string_view w) {
    size_t shared = 0;
    auto [first, last] = index.range(table_first, table_last, w, shared);
    const std::string_view rest = w.substr(shared);
    first = std::lower_bound(first, last, rest,
                             [&](const Entry& e, std::string_view r) { return sorts_before(e.*word + shared, r); });
    const Entry* end = first;
    while (end != last && same_word(end->*word + shared, rest)) ++end;
    return {first, end};
}

// The entries of a lemma (one per part of speech), as [first, last).
std::pair<const WordnetEntry*, const WordnetEntry*> entries_of(std::string_view lemma) {
    return lookup(entry_starts(), std::begin(wordnet_entries), std::end(wordnet_entries), &WordnetEntry::lemma, lemma);
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

// find_senses builds a base in place of an ending in a buffer the word itself fits in: that holds
// only while no rule's base is longer than its ending.
constexpr bool bases_fit_in_their_words() {
    for (const Detachment& d : detachments)
        if (d.base.size() > d.ending.size()) return false;
    return true;
}
static_assert(bases_fit_in_their_words(), "a detachment's base must be no longer than its ending");

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
    const auto [first, last] = lookup(exception_starts(), std::begin(wordnet_exceptions), std::end(wordnet_exceptions),
                                      &WordnetException::form, word);
    for (const WordnetException* e = first; e != last; ++e) add_lemma(senses, e->base, e->pos);
    // (The bases are built in a buffer on the stack: a word longer than it has no lemma in the
    // table, whose longest has 31 letters; a base is no longer than its word, see
    // bases_fit_in_their_words.)
    char base[64];
    if (word.size() >= sizeof(base)) return senses;
    for (const Detachment& d : detachments) {
        if (word.size() <= d.ending.size() + 2 || word.back() != d.ending.back()) continue;
        const size_t stem = word.size() - d.ending.size();
        if (std::memcmp(word.data() + stem, d.ending.data(), d.ending.size()) != 0) continue;
        std::memcpy(base, word.data(), stem);
        std::memcpy(base + stem, d.base.data(), d.base.size());
        add_lemma(senses, std::string_view(base, stem + d.base.size()), d.pos);
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
    return memoized_per_thread<WordnetSenses>(surface, [](std::string_view w) { return find_senses(w); });
}

}  // namespace utopiahire::core
