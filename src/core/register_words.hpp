// The word lists of an answer's register (informal_register, analysis.cpp) beyond WordInfo::informal:
// grammar of spoken French, kept with the other lists in lexicon_data.cpp.
#pragma once

#include "core/cpp_only.hpp"

#include <string_view>

namespace utopiahire::core {

bool is_ne_particle(std::string_view surface);        // ne, n (n'): the first half of a French negation
bool is_pas_particle(std::string_view surface);       // pas: the second half, which spoken French says alone
// ou, et, mais, non, donc, pourquoi, si: "pas" after one of these opens an elliptical negation ("ou
// pas", "mais pas seulement", "pourquoi pas"), which formal French writes without "ne" as well.
bool opens_negative_ellipsis(std::string_view surface);

}  // namespace utopiahire::core
