// Claims the speaker names but does not make (claim_frames.cpp): a belief named as wrong ("the
// mistake is to think X", "it's a myth that X", "l'erreur est de croire que X", "من الخطأ الاعتقاد
// أن X") and a claim of others reported and then answered ("my manager said X; I showed him ...",
// "some people think X, but ...", "يقول البعض إن X لكن ..."). What such a clause denies or
// dismisses is no denial of the speaker's, and what it proposes no act of theirs.
#pragma once

#include "core/cpp_only.hpp"

#include "core/text.hpp"

namespace utopiahire::core {

// The first token of token i's sentence.
size_t sentence_start(const Document& doc, size_t i);
// Whether token i comes after a name of a wrong claim in its sentence that frames it: the name (not
// denied) with a copula, a belief or "that" after it, or apart from what follows when it is no
// predicate ("the mistake is to think: I'll just merge it myself", "it's a myth that X", "l'erreur
// est de croire « je fusionne moi-même »", "الخطأ هو أن أدمجه بنفسي", "my mistake: I merged it myself"),
// or "wrong" / "faux" before a belief ("it is wrong to believe X"); with no word of contrast, dash or
// colon of the speaker's own between. (Not a name that frames nothing: "mistakes happen, so I merge
// it myself", "waiting is a trap: I merge it".)
bool said_as_mistake(const Document& doc, size_t i);
// Whether token i is inside a claim reported of someone other than the speaker (in the clause of the
// verb of saying, before a word of consequence or an "and" of the speaker's) and answered after it by
// a word of contrast or by the speaker's proof, in its sentence or the next, that does not agree with it.
bool reported_and_answered(const Document& doc, size_t i);
// Either: the claim at token i is not the speaker's.
inline bool claim_not_speakers(const Document& doc, size_t i) {
    return said_as_mistake(doc, i) || reported_and_answered(doc, i);
}
// Spares the negated words of the claims that are not the speaker's: neither said nor denied.
void spare_framed_denials(Document& doc);

}  // namespace utopiahire::core
