// A string -> int index with open addressing (power-of-two table, linear probing) and a cheap
// hash of 8 bytes at a time: the word lookups of the analysis (lexicon, word lists) take one
// hash and, nearly always, one probe. Keys are views: their bytes must outlive the index.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace utopiahire::core {

// Whether `word` is one of a short fixed list of words (an array of string_views): the word
// tests of the analysis that are too small for a table.
template <typename List>
bool one_of(std::string_view word, const List& list) {
    for (std::string_view w : list)
        if (w == word) return true;
    return false;
}

inline uint64_t string_hash(std::string_view s) {
    const char* p = s.data();
    size_t n = s.size();
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (static_cast<uint64_t>(n) * 0xFF51AFD7ED558CCDULL);
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    // The last 1..7 bytes in at most two loads (overlapping; the length is in the hash already),
    // not byte by byte through memory (a store the next load cannot forward).
    uint64_t w = 0;
    if (n >= 4) {
        uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        w = (static_cast<uint64_t>(a) << 32) | b;
    } else if (n > 0) {
        const auto* u = reinterpret_cast<const unsigned char*>(p);
        w = (static_cast<uint64_t>(u[0]) << 16) | (static_cast<uint64_t>(u[n / 2]) << 8) | u[n - 1];
    }
    h = (h ^ w) * 0x94D049BB133111EBULL;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
}

// a == b for strings of equal size: up to 16 bytes in two loads of each (overlapping), not a
// call to memcmp (the keys looked up are words: the hash matched, the bytes nearly always do).
inline bool same_bytes(const char* a, const char* b, size_t n) {
    if (n >= 8) {
        if (n > 16) return std::memcmp(a, b, n) == 0;
        uint64_t a1, b1, a2, b2;
        std::memcpy(&a1, a, 8);
        std::memcpy(&b1, b, 8);
        std::memcpy(&a2, a + n - 8, 8);
        std::memcpy(&b2, b + n - 8, 8);
        return ((a1 ^ b1) | (a2 ^ b2)) == 0;
    }
    if (n >= 4) {
        uint32_t a1, b1, a2, b2;
        std::memcpy(&a1, a, 4);
        std::memcpy(&b1, b, 4);
        std::memcpy(&a2, a + n - 4, 4);
        std::memcpy(&b2, b + n - 4, 4);
        return ((a1 ^ b1) | (a2 ^ b2)) == 0;
    }
    for (size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

class StringIndex {
public:
    // The value of key (hash = string_hash(key)), or -1.
    int find(std::string_view key, uint64_t hash) const {
        if (slots_.empty()) return -1;
        const size_t mask = slots_.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.value < 0) return -1;
            if (s.hash == hash && s.key.size() == key.size() && same_bytes(s.key.data(), key.data(), key.size()))
                return s.value;
        }
    }
    int find(std::string_view key) const { return find(key, string_hash(key)); }

    // Adds a key that is not in the index yet, with a value >= 0.
    void insert(std::string_view key, uint64_t hash, int value) {
        if ((count_ + 1) * 2 > slots_.size()) grow();
        const size_t mask = slots_.size() - 1;
        size_t i = hash & mask;
        while (slots_[i].value >= 0) i = (i + 1) & mask;
        slots_[i] = Slot{key, hash, value};
        ++count_;
    }

    size_t size() const { return count_; }

    // Room for `keys` keys in all without growing (a table built for one text at once grows
    // in one step rather than doubling from 16).
    void reserve(size_t keys) {
        size_t slots = slots_.empty() ? 16 : slots_.size();
        while (keys * 2 > slots) slots *= 2;
        if (slots > slots_.size()) rehash(slots);
    }

private:
    struct Slot {
        std::string_view key;
        uint64_t hash = 0;
        int value = -1;   // -1: empty
    };

    // Builds the larger table aside, then swaps: if the allocation throws, the index is as it
    // was (cached lexicons outlive a failed statement).
    void grow() { rehash(slots_.empty() ? 16 : slots_.size() * 2); }
    void rehash(size_t slots) {
        std::vector<Slot> grown(slots);
        const size_t mask = grown.size() - 1;
        for (const Slot& s : slots_) {
            if (s.value < 0) continue;
            size_t i = s.hash & mask;
            while (grown[i].value >= 0) i = (i + 1) & mask;
            grown[i] = s;
        }
        slots_.swap(grown);
    }

    std::vector<Slot> slots_;
    size_t count_ = 0;
};

// A fixed word -> value table for lookups, built once from a map of words (whose keys must
// outlive it, like the static word lists): the index gives a slot in a plain array of values.
template <typename Value>
class WordTable {
public:
    template <typename Map>
    explicit WordTable(const Map& words) {
        index_.reserve(words.size());
        values_.reserve(words.size());
        for (const auto& [word, value] : words) {
            index_.insert(word, string_hash(word), static_cast<int>(values_.size()));
            values_.push_back(value);
        }
    }
    // The value of word, or `absent`.
    Value find(std::string_view word, Value absent) const {
        const Value* v = get(word);
        return v == nullptr ? absent : *v;
    }
    // The value of word, or nullptr.
    const Value* get(std::string_view word) const {
        const int i = index_.find(word);
        return i < 0 ? nullptr : &values_[static_cast<size_t>(i)];
    }

private:
    StringIndex index_;
    std::vector<Value> values_;
};

}  // namespace utopiahire::core
