// The language of the per-answer feedback texts (English, French, Arabic), and the documented
// rule that chooses it from the text-search configuration an analysis runs with. The glue reads
// the configuration's catalogue entries (plain strings) and hands them over; the rule is here,
// free of PostgreSQL, so that it is unit-tested.
//
// The rule (README "Feedback language"):
//   1. The dictionaries of the configuration's `word` mapping, then of its `asciiword` mapping,
//      in mapping order: the first language dictionary decides. A language dictionary is one of
//      the built-in snowball template (its Language option names the language) or the built-in
//      ispell template, which also serves Hunspell files (its DictFile option when that names
//      French or Arabic, else the dictionary's own name). Other dictionaries (simple, synonym, thesaurus, unaccent, ...)
//      decide nothing.
//   2. No language dictionary: the configuration's name.
//   3. A name is French when it is, or starts with, "french", "francais", "français" or "fr",
//      followed by the end or a non-letter ("fr_fr", "french_unaccent"); Arabic likewise for
//      "arabic" and "ar". Any other language is English.
// So the built-in 'french' and 'arabic' configurations (french_stem / arabic_stem) give French
// and Arabic, a copy of them too, a copy of 'simple' named french_simple gives French, and
// 'english', 'simple', 'german', ... give English.
#pragma once

#include <cstdint>
#include <string_view>

namespace utopiahire::core {

enum class FeedbackLanguage : std::int32_t { english = 0, french = 1, arabic = 2 };
constexpr int feedback_language_count = 3;

// "en", "fr", "ar".
const char* language_code(FeedbackLanguage language) noexcept;

// French or Arabic when `name` names one (rule 3, ASCII case-insensitive), else `otherwise`.
FeedbackLanguage language_named(std::string_view name, FeedbackLanguage otherwise) noexcept;

// One dictionary of a configuration mapping, as the glue reads it from the catalogue.
struct DictionaryFacts {
    std::string_view template_name;    // pg_ts_template.tmplname
    bool builtin_template = false;     // the template is in pg_catalog
    std::string_view language_option;  // the Language option ("" when none)
    std::string_view dict_file_option; // the DictFile option ("" when none)
    std::string_view name;             // pg_ts_dict.dictname
};

// Rules 1 and 2 over the dictionaries of `word` then `asciiword`, in mapping order.
FeedbackLanguage choose_feedback_language(const DictionaryFacts* dictionaries, int count,
                                          std::string_view configuration_name) noexcept;

}  // namespace utopiahire::core
