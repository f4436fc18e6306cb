// Big-O notations read by their shape (complexity_class's helpers): which words name a size, and
// the shape of a notation of several sizes whatever they are called.
#pragma once

#include <string>
#include <string_view>

namespace utopiahire::core {

// Whether word (lower case) names a size in a big-O notation: a single letter ("n", "k", "R") or
// a size's name ("rows", "cols", "nodes", "edges" ...). Not "log", "sqrt", "amortized".
bool names_size(const std::string& word);

// The shape of a big-O argument of two or more sizes, the sizes renamed n, m, k ... in the order
// they come ("n log S" and "n log(sum of weights)" are "nlogm", "len(a) * len(b)" is "nm",
// "(V+E) log V" is "(n+m)logn"); "" for an argument of one size or one that is not read.
std::string complexity_shape(std::string_view argument);

}  // namespace utopiahire::core
