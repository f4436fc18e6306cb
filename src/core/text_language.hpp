// Which language a text is written in (English, French, Arabic), from its function words and
// its script: a candidate may answer an English question in French or Arabic (or the reverse),
// and measures that compare the answer's words with the question's own words (the on-topic
// factor) must not take a change of language for a change of subject.
#pragma once

#include "core/text.hpp"

namespace utopiahire::core {

enum class WrittenIn { unknown, english, french, arabic };

// The language of most of doc's markers (English and French function words, Arabic-script
// words), when it has enough of them; else unknown.
WrittenIn written_in(const Document& doc);

// Whether two texts are surely in different languages (both known, not the same).
inline bool other_language(WrittenIn a, WrittenIn b) {
    return a != WrittenIn::unknown && b != WrittenIn::unknown && a != b;
}

}  // namespace utopiahire::core
