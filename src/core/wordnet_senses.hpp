// The frequent WordNet senses of an English word form: what lets a key point's word be met by an
// answer's word for the same thing that no synonym group of lexicon_data.cpp lists ("switch" /
// "swap", "meanwhile" / "meantime"), on questions nobody wrote groups for. The table is derived at
// build time from Debian's wordnet-base (test/scripts/gen_wordnet_senses.sh: single words, the
// senses the sense-tagged corpora count a quarter as often as the word's most frequent one or more,
// not the most common words, synsets two such words share); inflected forms reach their lemmas by
// WordNet's own detachment rules and exception lists (morphy: "swapped" -> "swap", "switches" ->
// "switch").
#pragma once

#include <cstdint>
#include <string_view>

namespace utopiahire::core {

struct WordnetSenses {
    static constexpr int capacity = 7;   // a word's bases and parts of speech seldom have more
    uint32_t id[capacity] = {};
    uint8_t count = 0;
    // Whether the two forms share a sense.
    bool shares(const WordnetSenses& other) const;
};

// The senses of a lower-case word form, memoised per thread; none for a word of other letters
// than a-z and hyphens, or of fewer than three.
WordnetSenses wordnet_senses(std::string_view surface);

}  // namespace utopiahire::core
