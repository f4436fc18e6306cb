// _interview_guard_selftest(kind): runs core::fail_on_purpose through the guard.
#include "pg/postgres_headers.hpp"

#include "pg/guard.hpp"
#include "core/selftest.hpp"

using namespace utopiahire;

extern "C" {
PG_FUNCTION_INFO_V1(uh_guard_selftest);
}

extern "C" Datum uh_guard_selftest(PG_FUNCTION_ARGS) {
    const char* kind = text_to_cstring(PG_GETARG_TEXT_PP(0));
    pg::GuardBuffer result{};
    pg::GuardError error;
    if (!pg::run_guarded([&] { result = pg::to_guard_buffer(core::fail_on_purpose(kind)); }, &error))
        pg::report_guard_error(error);
    PG_RETURN_TEXT_P(pg::guard_buffer_to_text(&result));
}
