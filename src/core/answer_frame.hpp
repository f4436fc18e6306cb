// The task an answer says it answers. An answer often opens by naming what it is about to do:
// "To walk a grid diagonally, I keep two indices", "For spell checking I'd build a trie",
// "Pour trier une liste chaînée, ...", "لمراقبة مئتي خدمة أعتمد على ...". An answer to
// the question asked names the question's own task there ("To rotate the matrix in place, I ...");
// a fluent answer to another question of the same field names the other one, in the field's words
// but not in the question's.
#pragma once

#include "core/matcher.hpp"

namespace utopiahire::core {

struct AnswerFrame {
    int words = 0;            // distinct words naming a subject in the frame (0: the answer opens with none)
    int question_words = 0;   // ... of those, the question's own (its text's words, near misses and synonyms)
    int vocabulary_words = 0; // ... of those, words of the question's vocabulary (its text, sample answer,
                              // key points; the question's own included)
};

// The purpose or topic phrase the answer opens with: "to" / "for" (English), "pour" / "afin de"
// (French), a noun with the prefix li- ("لحماية", not "لنفترض") or "لكي" (Arabic), up to the end of its clause or the
// first subject pronoun ("For autocomplete I'd build ..."). Not a discourse marker ("To be honest",
// "For example"). Words naming no subject ("every", "one", "first") are left out.
AnswerFrame answer_frame(Context& ctx);

}  // namespace utopiahire::core
