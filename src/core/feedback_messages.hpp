// The message catalogue of the per-answer feedback (strengths, weaknesses, suggestions and
// ai_feedback) in English, French and Arabic: every text feedback_text.cpp writes comes from
// here. A template holds at most one "{}", replaced by a key point, a mistake, a list of
// quoted key points or a number. The English texts are the ones the analysis always wrote.
#pragma once

#include "core/feedback_language.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace utopiahire::core {

enum class Message : int {
    // strengths
    covers,                    // {} = key point
    uses_examples,
    follows_star,
    clear_structure,
    // weaknesses
    contradicts_point,         // {} = key point
    common_mistake,            // {} = the question's mistake text
    only_touches_on,           // {} = key point
    no_attempt,
    lists_terms,
    many_fillers,
    hedging,                   // recognised by notes_hedging() in every language
    no_star,
    very_short,
    off_topic,
    // suggestions
    revisit_contradicted,      // {} = key point
    explain_point,             // {} = key point
    develop_point,             // {} = key point
    add_example,
    structure_star,
    cut_fillers,
    // ai_feedback: sentences, joined with one space
    no_answer,
    does_not_attempt,
    band_strong,
    band_solid,
    band_partial,
    band_weak,
    it_covers,                 // {} = quoted list
    it_touches_on,             // {} = quoted list
    it_contradicts,            // {} = quoted list
    it_misses,                 // {} = quoted list
    it_repeats_mistake,        // {} = the question's mistake text
    terms_listed,
    about_something_else,
    // quoted lists of key points
    quoted,                    // {} = key point
    list_separator,
    list_last_separator,
    more_one,                  // {} = number; the plural forms of "(and N more)"
    more_two,
    more_few,
    more_many,
    count_
};
constexpr int message_count = static_cast<int>(Message::count_);

// The template (UTF-8, never empty).
std::string_view message_template(Message message, FeedbackLanguage language) noexcept;

// Whether the template takes an argument.
bool message_takes_argument(Message message) noexcept;

// The template with its "{}" replaced by argument (a template without "{}" is returned as is).
std::string message_text(Message message, FeedbackLanguage language, std::string_view argument = {});

// The same text appended to out (no string of its own).
void append_message(std::string& out, Message message, FeedbackLanguage language, std::string_view argument = {});

// The template before and after its "{}" (all of it before, when it takes no argument): for an
// argument written straight into the text.
struct MessageSplit {
    std::string_view before, after;
};
MessageSplit message_split(Message message, FeedbackLanguage language) noexcept;

// The suffix after a cut list of key points: " (and 2 more)", " (et 2 autres)", ... with the
// plural form the language needs for `more` (Arabic: one, two, 3-10, 11-99 and others).
std::string more_points_text(FeedbackLanguage language, std::size_t more);

}  // namespace utopiahire::core
