// The one exception type the core throws for bad input. The PostgreSQL glue maps its kind
// to a SQLSTATE (src/pg/guard.hpp); the core knows nothing of SQLSTATEs.
#pragma once

#include <stdexcept>
#include <string>

namespace utopiahire::core {

enum class ErrorKind {
    invalid_argument,   // a value outside its domain (SQLSTATE 22023)
    malformed_json,     // JSON that does not parse or has the wrong shape (22P02)
    program_limit,      // input too large to handle (54000)
};

class InputError : public std::runtime_error {
public:
    InputError(ErrorKind kind, const std::string& message, std::string detail = {})
        : std::runtime_error(message), kind_(kind), detail_(std::move(detail)) {}
    ErrorKind kind() const noexcept { return kind_; }
    const std::string& detail() const noexcept { return detail_; }

private:
    ErrorKind kind_;
    std::string detail_;
};

// Throws std::bad_alloc: for callers outside the core (the glue never spells `throw`).
[[noreturn]] void throw_out_of_memory();

}  // namespace utopiahire::core
