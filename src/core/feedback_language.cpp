#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header
// The rule that picks the feedback language from a text-search configuration (see the header).

#include "core/feedback_language.hpp"

namespace utopiahire::core {
namespace {

inline char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

inline bool ascii_letter(char c) noexcept {
    c = ascii_lower(c);
    return c >= 'a' && c <= 'z';
}

// `name` is `stem`, or starts with it followed by something other than an ASCII letter or a
// UTF-8 byte (so "fr_fr" and "french2" count, "friendly" and "arabica" do not).
bool named(std::string_view name, std::string_view stem) noexcept {
    if (name.size() < stem.size()) return false;
    for (std::size_t i = 0; i < stem.size(); ++i)
        if (ascii_lower(name[i]) != stem[i]) return false;
    if (name.size() == stem.size()) return true;
    const char next = name[stem.size()];
    return !ascii_letter(next) && static_cast<unsigned char>(next) < 0x80;
}

bool is_builtin(const DictionaryFacts& d, std::string_view template_name) noexcept {
    return d.builtin_template && d.template_name == template_name;
}

}  // namespace

const char* language_code(FeedbackLanguage language) noexcept {
    switch (language) {
        case FeedbackLanguage::french: return "fr";
        case FeedbackLanguage::arabic: return "ar";
        case FeedbackLanguage::english: break;
    }
    return "en";
}

FeedbackLanguage language_named(std::string_view name, FeedbackLanguage otherwise) noexcept {
    for (std::string_view stem : {"french", "francais", "fran\xc3\xa7" "ais", "fr"})
        if (named(name, stem)) return FeedbackLanguage::french;
    for (std::string_view stem : {"arabic", "ar"})
        if (named(name, stem)) return FeedbackLanguage::arabic;
    return otherwise;
}

FeedbackLanguage choose_feedback_language(const DictionaryFacts* dictionaries, int count,
                                          std::string_view configuration_name) noexcept {
    for (int i = 0; dictionaries != nullptr && i < count; ++i) {
        const DictionaryFacts& d = dictionaries[i];
        if (is_builtin(d, "snowball")) return language_named(d.language_option, FeedbackLanguage::english);
        if (is_builtin(d, "ispell")) {
            const FeedbackLanguage by_name = language_named(d.name, FeedbackLanguage::english);
            return d.dict_file_option.empty() ? by_name : language_named(d.dict_file_option, by_name);
        }
    }
    return language_named(configuration_name, FeedbackLanguage::english);
}

}  // namespace utopiahire::core
