// A number a key point gives aside, not as its claim: an example value ("cache lines (e.g. 64
// bytes)", "a small pool, say 10 connections", "par exemple 15 minutes", "مثلا 15 دقيقة") or the
// base another number is stated for ("roughly 8 steps for 200 commits"). An answer naming another
// value there ("128-byte lines on M1", "5 to 10 minutes", "even 1000 commits need 10 steps") gives
// its own example or base, so it is no wrong number of the point (matcher.cpp, other_statements).
#pragma once

#include "core/text.hpp"

#include <cstddef>

namespace utopiahire::core {

// Whether the quantity at token k of a point's text (quantity_at) is given aside.
bool quantity_given_aside(const Document& doc, size_t k);

}  // namespace utopiahire::core
