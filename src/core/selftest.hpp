// Deliberate failures, so that a regression test can prove each kind of C++ exception becomes a
// clean PostgreSQL ERROR and the server keeps running (src/pg/selftest_fn.cpp).
#pragma once

#include <string>

namespace utopiahire::core {

// Throws what `kind` names: "invalid_argument", "malformed_json", "program_limit" (InputError),
// "bad_alloc", "runtime_error", "unknown" (a non-std exception); returns "ok" for "none".
std::string fail_on_purpose(const std::string& kind);

}  // namespace utopiahire::core
