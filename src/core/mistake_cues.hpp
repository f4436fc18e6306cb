// Grammar words that tell how an answer says a common mistake it matches (apply_mistakes): as its
// own shortcut ("I'd just call rand()", "which is good enough", "il suffit de ...", "ويكفي أن
// ...") or set against what it does instead ("unlike X", "au lieu de X", "بدلا من X"). The word lists
// are in lexicon_data.cpp with the other closed lists. (Plain word tests rather than WordRole values:
// a word such as "just" already has role_restriction, and a word has one role.)
#pragma once

#include <string_view>

namespace utopiahire::core {

// just, simply, merely, enough, suffice, simplement, juste, suffit, يكفي, فقط ...: the speaker
// presents what the clause says as all that is needed (not "only": "only owners can touch
// production flags" restricts who, it cuts no corner); and the way of least effort taken as its own
// (simplest, quickest, le plus simple, الأسهل ...). `previous` is the word before (an answer
// token's surface).
bool is_shortcut_word(std::string_view previous, std::string_view surface);

// unlike, contrairement (à), au lieu (de), بدلاً (من), على عكس, خلافا (ل): what follows in the clause is
// what the speaker sets aside. `previous` is the word before (an answer token's surface). ("Instead
// of", "rather than", "plutôt que", بدلا are negation cues already: Token::negation_cue. Not
// "contrary": "on the contrary, X" states X.)
bool is_contrast_frame(std::string_view previous, std::string_view surface);

}  // namespace utopiahire::core
