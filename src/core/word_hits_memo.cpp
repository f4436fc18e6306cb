#include "core/cpp_only.hpp"

#include "core/word_hits_memo.hpp"

#include <cstring>

namespace utopiahire::core {

bool WordHitsMemo::same_word(const Word& w, const Key& key) const {
    return w.lexeme_len == key.lexeme.size() && w.surface_len == key.surface.size() &&
           same_bytes(bytes_.data() + w.bytes_at, key.lexeme.data(), key.lexeme.size()) &&
           same_bytes(bytes_.data() + w.bytes_at + w.lexeme_len, key.surface.data(), key.surface.size());
}

bool WordHitsMemo::find(const Key& key, Hits* hits) const {
    // A word never offered is not here (nor, most often, is one offered once: see offer).
    if (slots_.empty() || !(offered_[offered_word(key.hash)] & offered_mask(key.hash))) return false;
    const size_t mask = slots_.size() - 1;
    for (size_t i = key.hash & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.word < 0) return false;
        if (s.hash != key.hash) continue;
        const Word& w = words_[static_cast<size_t>(s.word)];
        if (!same_word(w, key)) continue;
        hits->first = hits_.data() + w.hits_first;
        hits->last = hits_.data() + w.hits_last;
        return true;
    }
}

bool WordHitsMemo::offered_before(uint64_t hash) {
    if (offered_.empty()) offered_.assign(offered_bits / 64, 0);
    uint64_t& word = offered_[offered_word(hash)];
    const bool before = (word & offered_mask(hash)) != 0;
    word |= offered_mask(hash);
    return before;
}

void WordHitsMemo::offer(const Key& key, const std::vector<Hit>& hits) {
    if (key.lexeme.size() > max_word_bytes || key.surface.size() > max_word_bytes || hits.size() > max_hits) return;
    if (!offered_before(key.hash)) return;
    if (words_.size() >= max_words || hits_.size() + hits.size() > max_hits) {
        clear();
        offered_before(key.hash);   // (its own bit, set again: find reads it first)
    }
    if (words_.empty() && words_.capacity() == 0) {
        // Room for a few hundred words at once: a question's first answers insert most of their
        // words, and growing from nothing cost as much as the lookups saved.
        words_.reserve(initial_words);
        bytes_.reserve(initial_words * 24);
        hits_.reserve(initial_words * 2);
        slots_.assign(initial_words * 2, Slot{});
    }
    if ((words_.size() + 1) * 2 > slots_.size()) grow();
    // Stored before a slot names the word: if an allocation throws, no slot names what is not there.
    Word w;
    w.bytes_at = static_cast<uint32_t>(bytes_.size());
    w.lexeme_len = static_cast<uint8_t>(key.lexeme.size());
    w.surface_len = static_cast<uint8_t>(key.surface.size());
    w.hits_first = static_cast<uint32_t>(hits_.size());
    w.hits_last = static_cast<uint32_t>(hits_.size() + hits.size());
    bytes_.resize(w.bytes_at + key.lexeme.size() + key.surface.size());
    std::memcpy(&bytes_[w.bytes_at], key.lexeme.data(), key.lexeme.size());
    std::memcpy(&bytes_[w.bytes_at + key.lexeme.size()], key.surface.data(), key.surface.size());
    for (const Hit& h : hits) hits_.push_back(h);
    words_.push_back(w);
    const size_t mask = slots_.size() - 1;
    size_t i = key.hash & mask;
    while (slots_[i].word >= 0) i = (i + 1) & mask;
    slots_[i] = Slot{key.hash, static_cast<int32_t>(words_.size() - 1)};
}

// Built aside, then swapped: if the allocation throws, the memo is as it was.
void WordHitsMemo::grow() {
    std::vector<Slot> grown(slots_.size() * 2);
    const size_t mask = grown.size() - 1;
    for (const Slot& s : slots_) {
        if (s.word < 0) continue;
        size_t i = s.hash & mask;
        while (grown[i].word >= 0) i = (i + 1) & mask;
        grown[i] = s;
    }
    slots_.swap(grown);
}

void WordHitsMemo::clear() {
    std::fill(slots_.begin(), slots_.end(), Slot{});
    std::fill(offered_.begin(), offered_.end(), 0);
    words_.clear();
    bytes_.clear();
    hits_.clear();
}

}  // namespace utopiahire::core
