// Big-O notations read by their shape (complexity_class's helpers): which words name a size, and
// the shape of a notation of several sizes whatever they are called.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace utopiahire::core {

// Whether word (lower case) names a size in a big-O notation: a single letter ("n", "k", "R") or
// a size's name ("rows", "cols", "nodes", "edges" ...). Not "log", "sqrt", "amortized".
bool names_size(const std::string& word);

// The shape of a big-O argument of two or more sizes, the sizes renamed n, m, k ... in the order
// they come ("n log S" and "n log(sum of weights)" are "nlogm", "len(a) * len(b)" is "nm",
// "(V+E) log V" is "(n+m)logn"); "" for an argument of one size or one that is not read.
std::string complexity_shape(std::string_view argument);

// The sizes of such an argument in the order they come, as complexity_shape reads them ("n",
// "sumofweights", "len(a)"); empty for an argument complexity_shape gives "" for.
std::vector<std::string> complexity_sizes(std::string_view argument);

// complexity_shape read against a point's sizes (complexity_sizes of its notation): the point's
// sizes keep their letters and places, so "k log n" is not the point's "n log k"; only a size
// named otherwise than any of the point's stands for the point's size in its place ("n log S"
// is "n log(sum of weights)").
std::string complexity_shape(std::string_view argument, const std::vector<std::string>& point_sizes);

// Whether a class id is one of the known forms ("1", "n log n", "m + n" ...), not an argument of
// its own spelling ("width", "S"), which another spelling of the same size never matches.
bool known_complexity_class(int cls);
// Whether a known class holds a logarithm ("log n", "n log n", "n log k", "(V+E) log V").
bool logarithmic_class(int cls);

}  // namespace utopiahire::core
