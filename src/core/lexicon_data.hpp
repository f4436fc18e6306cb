// Small closed word lists the scorer relies on (English, French, Arabic surface forms,
// lower-cased): negation cues, clause breaks, fillers, hedges, example and STAR markers,
// sentiment words, and synonym / abbreviation groups of interview vocabulary. General
// language, never tied to one question.
#pragma once

#include <string_view>

namespace utopiahire::core {

bool is_negation_cue(std::string_view surface);
bool is_clause_break_word(std::string_view surface);   // but, however, mais, لكن ...
bool is_filler(std::string_view surface);              // um, uh, euh ... (whole tokens only)
bool is_hedge(std::string_view surface);               // maybe, probably, peut-être, ربما ...
bool is_example_marker(std::string_view surface);      // example, instance, e.g., exemple, مثل ...
bool is_ignorance_marker(std::string_view surface);    // "know" in "I don't know", idea, sure ...
int star_component(std::string_view surface);          // 0 none, 1 situation, 2 task, 3 action, 4 result
int sentiment_of(std::string_view surface);            // +1, -1 or 0
bool is_meta_word(std::string_view surface);           // saying, claiming ... (in common mistakes)
// Words interviewers use to frame a point rather than to state it (difference, use case,
// concrete, ...): they weigh less in key points.
bool is_generic_word(std::string_view surface);
bool is_first_person(std::string_view surface);        // i, we, my, je, nous, أنا ...

}  // namespace utopiahire::core
