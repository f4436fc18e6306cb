// Whether an answer narrates a past episode: the shape of an answer to "tell me about a time ...".
#pragma once

#include "core/text.hpp"

#include <string_view>

namespace utopiahire::core {

// A word that marks its sentence as told in the past: an English past form ("built", "asked",
// "was"), a French auxiliary of the passé composé or an imperfect ("j'ai", "avons", "était"), an
// Arabic first-person past verb or a form of "كان" ("تحدثت", "كنت").
bool past_marker(std::string_view surface);
// Share of the answer's sentences holding a past marker (0 for an empty answer).
double past_sentence_share(const Document& answer);
// An answer narrates an episode when half of its sentences or more are told in the past.
bool narrates_past_episode(const Document& answer);

}  // namespace utopiahire::core
