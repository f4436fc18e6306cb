// Denials said with a question, read by build_document after its other passes (question_denials.cpp):
//   a topic asked as a bare question, then denied: "Unit tests? I never use them.", "Code review?
//   Not for us.", "Les tests ? On n'en fait pas.", "اختبارات الوحدة؟ لا نستخدمها أبدا.";
//   a rhetorical question left unanswered or followed by a denial: "Why would I write unit tests?
//   They are a waste of time.", "Who needs code review?", "À quoi bon relire le code ?", "ما فائدة
//   المراجعة؟".
// The topic, or the question's doing, is denied (negated; dismissed when the reply is a dismissal).
// A question answered by a reason or a purpose ("Because they catch regressions", "To see failures
// before users do", "Pour ...", "لأن ...") is an explanation, and a doing turned around ("why would I
// skip the tests?", "never without them") is said, not denied: both are left alone.
#pragma once

#include "core/cpp_only.hpp"
#include "core/text.hpp"

namespace utopiahire::core {

void read_question_denials(Document& doc);

}  // namespace utopiahire::core
