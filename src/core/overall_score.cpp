#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header

#include "core/overall_score.hpp"

#include "core/error.hpp"

#include <string>

namespace utopiahire::core {

namespace {

void check_range(const char* name, int value) {
    if (value < 0 || value > 100)
        throw InputError(ErrorKind::invalid_argument,
                         std::string(name) + " score must be between 0 and 100",
                         std::string("Got ") + std::to_string(value) + ".");
}

}  // namespace

int overall_score(const DimensionScores& s) {
    check_range("relevance", s.relevance);
    check_range("completeness", s.completeness);
    check_range("clarity", s.clarity);
    check_range("technical_accuracy", s.technical_accuracy);
    check_range("communication", s.communication);
    // Integer arithmetic in hundredths: exact, so 85,78,90,82,88 gives 83.35 -> 83 with no
    // floating-point rounding surprises at the boundaries.
    const int hundredths = 25 * s.relevance + 25 * s.completeness + 25 * s.technical_accuracy +
                           15 * s.clarity + 10 * s.communication;
    return hundredths / 100;
}

}  // namespace utopiahire::core
