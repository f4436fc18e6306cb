#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header

#include "core/selftest.hpp"

#include "core/error.hpp"

#include <new>
#include <stdexcept>

namespace utopiahire::core {

std::string fail_on_purpose(const std::string& kind) {
    if (kind == "none") return "ok";
    if (kind == "invalid_argument") throw InputError(ErrorKind::invalid_argument, "test failure: invalid argument", "Raised on purpose.");
    if (kind == "malformed_json") throw InputError(ErrorKind::malformed_json, "test failure: malformed json");
    if (kind == "program_limit") throw InputError(ErrorKind::program_limit, "test failure: program limit");
    if (kind == "bad_alloc") throw std::bad_alloc();
    if (kind == "runtime_error") throw std::runtime_error("test failure: runtime error");
    if (kind == "unknown") throw 42;
    throw InputError(ErrorKind::invalid_argument, "unknown failure kind", "Got \"" + kind + "\".");
}

}  // namespace utopiahire::core
