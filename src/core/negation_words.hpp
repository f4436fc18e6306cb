// The word lists by which one negation goes on with another and the verb it denies is found
// (agreeing_negation.cpp, negation_readings.cpp): grammar of
// English, French and Arabic, kept with the other lists in lexicon_data.cpp (declared here so that
// lexicon_data.hpp, which nearly every file includes, stays as it is).
#pragma once

#include "core/cpp_only.hpp"

#include <string_view>

namespace utopiahire::core {

bool is_correlative_negation(std::string_view surface);  // nor, ni, ولا: "neither X nor Y", "ni X ni Y", "لا X ولا Y"
bool needs_french_ne(std::string_view surface);
bool is_ability_word(std::string_view surface);          // can, cannot, able, peut, يمكن, يستطيع: before the verb they qualify          // ni, personne, rien, aucun(e): "personne ne", "aucune colonne ne"

}  // namespace utopiahire::core
