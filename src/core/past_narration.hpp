// Whether an answer narrates a past episode: the shape of an answer to "tell me about a time ...".
#pragma once

#include "core/text.hpp"

#include <string_view>
#include <vector>

namespace utopiahire::core {

// A word that marks its sentence as told in the past wherever it stands: an English irregular past
// form ("built", "was"), a French auxiliary of the passé composé or an imperfect ("avons", "était"),
// an Arabic first-person past verb or a form of "كان" ("تحدثت", "كنت"). An English -ed form is no
// marker alone ("distributed", "cached" describe the present too): see past_sentence_share.
bool past_marker(std::string_view surface);
// Share of the answer's sentences holding a past marker, a French passé composé ("j'ai répondu",
// "on a déployé") or an English -ed verb after its subject ("I asked", "two people booked", "we
// then agreed"; not "is distributed", "authenticated, cached and logged") (0 for an empty answer).
double past_sentence_share(const Document& answer);
// For each sentence of the answer, whether it holds one of those (1) or not (0).
std::vector<char> past_sentences(const Document& answer);
// An answer narrates an episode when half of its sentences or more are told in the past.
bool narrates_past_episode(const Document& answer);
// The same, from the answer's past_sentences already at hand.
bool narrates_past_episode(const Document& answer, const std::vector<char>& past);

}  // namespace utopiahire::core
