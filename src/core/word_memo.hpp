// A memo of a small value per word (what the word lists say of a surface form), laid out for the
// cache: a word of up to max_bytes bytes (nearly every word) is kept in its slot, with its hash
// and its value, one cache line each. A lookup then reads one line, where a StringIndex over
// strings kept aside reads three (the slot, the string's bytes, the value), each a miss once the
// memo holds a few thousand words: that was a tenth of an analysis' time.
#pragma once

#include "core/string_index.hpp"

#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <vector>

namespace utopiahire::core {

template <typename Value>
class WordMemo {
    static_assert(std::is_trivially_copyable_v<Value>, "values are copied as bytes");

public:
    static constexpr size_t max_bytes = 64 - sizeof(uint64_t) - sizeof(Value) - 1;
    static_assert(max_bytes >= 12 && max_bytes < 256, "a value that leaves room for a word in a cache line");

    // The value memoised for word (hash = string_hash(word)), or null.
    const Value* find(std::string_view word, uint64_t hash) const {
        if (slots_.empty() || word.empty() || word.size() > max_bytes) return nullptr;
        const size_t mask = slots_.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.size == 0) return nullptr;
            if (s.hash == hash && s.size == word.size() && same_bytes(s.bytes, word.data(), word.size())) return &s.value;
        }
    }

    // Memoises the value of a word that find() did not find; words of more than max_bytes bytes
    // (or none) are not kept.
    void insert(std::string_view word, uint64_t hash, const Value& value) {
        if (word.empty() || word.size() > max_bytes) return;
        if ((count_ + 1) * 2 > slots_.size()) grow();
        const size_t mask = slots_.size() - 1;
        size_t i = hash & mask;
        while (slots_[i].size != 0) i = (i + 1) & mask;
        Slot& s = slots_[i];
        s.hash = hash;
        s.value = value;
        s.size = static_cast<uint8_t>(word.size());
        std::memcpy(s.bytes, word.data(), word.size());
        ++count_;
    }

    size_t size() const { return count_; }

private:
    struct alignas(64) Slot {
        uint64_t hash = 0;
        Value value{};
        uint8_t size = 0;   // 0: empty
        char bytes[max_bytes] = {};
    };
    static_assert(sizeof(Slot) == 64, "one slot per cache line");

    // Built aside, then swapped: if the allocation throws, the memo is as it was.
    void grow() {
        std::vector<Slot> grown(slots_.empty() ? 1024 : slots_.size() * 2);
        const size_t mask = grown.size() - 1;
        for (const Slot& s : slots_) {
            if (s.size == 0) continue;
            size_t i = s.hash & mask;
            while (grown[i].size != 0) i = (i + 1) & mask;
            grown[i] = s;
        }
        slots_.swap(grown);
    }

    std::vector<Slot> slots_;
    size_t count_ = 0;
};

// The value of `word` from this thread's memo for the call site (`compute` is a distinct type per
// call site), computed and memoised on a miss. Per thread and never destroyed (no static
// destructors); started again once it holds 65536 words, so it stays bounded.
template <typename Value, typename Compute>
Value memoized_per_thread(std::string_view word, Compute compute) {
    thread_local WordMemo<Value>* memo = nullptr;
    constexpr size_t max_words = 1 << 16;
    if (memo == nullptr || memo->size() >= max_words) {
        delete memo;
        memo = new WordMemo<Value>;
    }
    const uint64_t hash = string_hash(word);
    if (const Value* known = memo->find(word, hash)) return *known;
    const Value value = compute(word);
    memo->insert(word, hash, value);   // (not a word longer than a slot holds: those are rare)
    return value;
}

}  // namespace utopiahire::core
