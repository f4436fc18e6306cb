// What an answer word matches among a question's near-miss forms (term_matching.cpp's find_form_hits),
// memoised per question across the answers to it.
//
// Why: find_form_hits looks up, for every distinct lexeme of every answer, the model's forms it
// may match (NearMissIndex probes) and runs the near-miss test on each (string_quality): some
// 450 instructions per such lexeme, 29 of them in a dev answer. Which forms a word hits, and how
// well, depends on the question and on the word's lexeme and surface alone (a lexeme of the
// question has its id there; any other has none that a form has), and answers to one question
// share many of their words (vocabulary is Zipfian): a word met again finds its hits here in
// one lookup (about 100 instructions). The memo pays off only when a question is answered often
// in one backend: the first answers to a question cost more (the lookups and inserts), the
// later ones less (see the commit that added it for the figures).
//
// A word is memoised the second time it is offered (its hits found again): most words of an
// answer are met once only in the first answers to a question, and memoising each of those
// cost more than the lookups of the others saved. A bitset of the words offered (by hash; a collision
// only memoises a word sooner) tells which are met again.
//
// Bounded: at most max_words words and max_hits hits; a word that would pass either bound
// empties the memo first (the words that come back often are soon back in). The memo lives in
// the cached question model and is filled while the model is read by one thread at a time (a
// backend's cache; the core runs no threads), hence `mutable` there.
#pragma once

#include "core/string_index.hpp"

#include <cstdint>
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace utopiahire::core {

class WordHitsMemo {
public:
    using Hit = std::pair<int, double>;   // (form, quality), as find_form_hits records them
    struct Hits {
        const Hit* first = nullptr;
        const Hit* last = nullptr;
        const Hit* begin() const { return first; }
        const Hit* end() const { return last; }
    };
    // An answer word as looked up: its lexeme, its surface and their hash.
    struct Key {
        std::string_view lexeme, surface;
        uint64_t hash;
    };

    static constexpr size_t max_words = 4096, max_hits = 16384;
    static constexpr size_t max_word_bytes = 255;
    static constexpr size_t initial_words = 64;   // of a lexeme or a surface; longer words are not kept

    // (Hashed by the surface alone: its lexeme is nearly always a function of it; the lookup
    // compares both.)
    static Key key(std::string_view lexeme, std::string_view surface) {
        return Key{lexeme, surface, string_hash(surface) ^ lexeme.size()};
    }
    // The hits memoised for the word, in the order they were found; valid until the next
    // insert. False when the word is not known.
    bool find(const Key& key, Hits* hits) const;
    // The hits of a word that find() did not know, found: memoised when the word was offered
    // before (since the memo was last emptied).
    void offer(const Key& key, const std::vector<Hit>& hits);

    size_t words() const { return words_.size(); }
    void clear();

private:
    struct Word {
        uint32_t bytes_at;                    // its lexeme then its surface, in bytes_
        uint8_t lexeme_len, surface_len;
        uint32_t hits_first, hits_last;       // in hits_
    };
    struct Slot {
        uint64_t hash = 0;
        int32_t word = -1;   // -1: empty
    };
    bool same_word(const Word& w, const Key& key) const;
    bool offered_before(uint64_t hash);   // (and notes that it is)
    // A word's bit in offered_: by bits of its hash other than those that pick its slot.
    static size_t offered_word(uint64_t hash) { return static_cast<size_t>(hash >> 20) % offered_bits / 64; }
    static uint64_t offered_mask(uint64_t hash) { return uint64_t{1} << ((hash >> 20) % 64); }
    void grow();

    std::vector<Slot> slots_;   // open addressing (linear probing), power-of-two size
    std::vector<Word> words_;
    std::vector<char> bytes_;
    std::vector<Hit> hits_;
    static constexpr size_t offered_bits = 8192;
    std::vector<uint64_t> offered_;   // bits by hash: the words offered (see offered_before)
};

}  // namespace utopiahire::core
