#include "core/cpp_only.hpp"

#include "core/text_language.hpp"

#include "core/string_index.hpp"

#include <string_view>
#include <utility>
#include <vector>

namespace utopiahire::core {

namespace {

// Function words of one language only (no "on", "plus", "a", "me", shared with the other).
constexpr std::string_view english_markers[] = {"the", "is", "are", "and", "of", "to", "with", "that", "this",
                                                "it", "you", "we", "they", "was", "for", "in", "an", "be",
                                                "which", "because", "but", "not", "when", "can", "its"};
constexpr std::string_view french_markers[] = {"le", "la", "les", "une", "des", "du", "et", "est", "sont",
                                               "il", "elle", "ils", "je", "nous", "vous", "qui", "que", "qu",
                                               "pas", "ne", "avec", "pour", "dans", "sur", "mais", "donc",
                                               "cette", "ces", "leur", "au", "aux", "parce", "quand"};

// A word written in Arabic script (UTF-8 lead bytes 0xD8-0xDB: U+0600-U+06FF).
bool arabic_script(std::string_view word) {
    if (word.empty()) return false;
    const auto lead = static_cast<unsigned char>(word.front());
    return lead >= 0xD8 && lead <= 0xDB;
}

// Fewer markers than this say nothing (a one-line answer, a keyword list), and the language
// must hold this share of them (an English term or two in a French answer is usual).
constexpr int min_markers = 4;
constexpr double min_share = 0.6;

// Each marker word's language, one hash lookup per word.
const WordTable<WrittenIn>& marker_languages() {
    static const WordTable<WrittenIn>* const table = [] {
        std::vector<std::pair<std::string_view, WrittenIn>> words;
        for (std::string_view w : english_markers) words.emplace_back(w, WrittenIn::english);
        for (std::string_view w : french_markers) words.emplace_back(w, WrittenIn::french);
        return new WordTable<WrittenIn>(words);
    }();
    return *table;
}

}  // namespace

WrittenIn written_in(const Document& doc) {
    const WordTable<WrittenIn>& markers = marker_languages();
    int english = 0, french = 0, arabic = 0;
    for (const Token& t : doc.tokens) {
        if (arabic_script(t.surface)) {
            ++arabic;
            continue;
        }
        const WrittenIn language = markers.find(t.surface, WrittenIn::unknown);
        english += language == WrittenIn::english;
        french += language == WrittenIn::french;
    }
    const int all = english + french + arabic;
    if (all < min_markers) return WrittenIn::unknown;
    auto holds = [&](int n) { return n >= min_share * all; };
    if (holds(english)) return WrittenIn::english;
    if (holds(french)) return WrittenIn::french;
    if (holds(arabic)) return WrittenIn::arabic;
    return WrittenIn::unknown;
}

}  // namespace utopiahire::core
