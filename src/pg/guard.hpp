// The boundary between PostgreSQL and C++: the one way SQL entry points run C++ code.
//
// PostgreSQL reports errors with longjmp, which skips C++ destructors; a C++ exception that
// escapes into PostgreSQL terminates the backend and makes the postmaster restart the server.
// So each entry point has two frames:
//   - the outer frame (the PG_FUNCTION_INFO_V1 function) holds only trivially destructible
//     locals and does everything that may ereport: reading arguments, SPI, palloc, building
//     Datums, and finally ereport itself;
//   - the inner frame is a lambda run by run_guarded(), which is noexcept: it owns every C++
//     object, calls no PostgreSQL function that can ereport, catches every exception and hands
//     back a GuardError (a plain struct) for the outer frame to report once the C++ frames are gone.
//
//     GuardError error;
//     if (!run_guarded([&] { result = core::something(input); }, &error))
//         report_guard_error(error);
//
// Results that outlive the inner frame are plain values, or malloc'd buffers (GuardBuffer) that
// the outer frame copies into palloc'd memory and frees.
#pragma once

#include "pg/postgres_headers.hpp"

#include <cstddef>
#include <new>
#include <string>

#include "core/error.hpp"

namespace utopiahire::pg {

struct GuardError {
    int sqlstate;          // a MAKE_SQLSTATE value
    char message[256];
    char detail[768];
};

// Fills a GuardError; never throws (truncates to the buffers).
void set_guard_error(GuardError* error, int sqlstate, const char* message, const char* detail) noexcept;

// SQLSTATE for a core input error: 22023, 22P02 or 54000.
int sqlstate_for(core::ErrorKind kind) noexcept;

template <typename Work>
bool run_guarded(Work&& work, GuardError* error) noexcept {
    try {
        work();
        return true;
    } catch (const core::InputError& e) {
        set_guard_error(error, sqlstate_for(e.kind()), e.what(), e.detail().c_str());
    } catch (const std::bad_alloc&) {
        set_guard_error(error, ERRCODE_OUT_OF_MEMORY, "out of memory in utopiahire_interview", "");
    } catch (const std::exception& e) {
        set_guard_error(error, ERRCODE_INTERNAL_ERROR, "internal error in utopiahire_interview", e.what());
    } catch (...) {
        set_guard_error(error, ERRCODE_INTERNAL_ERROR, "internal error in utopiahire_interview",
                        "A C++ exception of unknown type was caught.");
    }
    return false;
}

// ereport(ERROR) with the recorded SQLSTATE, message and detail. Call only from the outer frame.
[[noreturn]] void report_guard_error(const GuardError& error);

// A malloc'd byte buffer carrying a result out of the inner frame (no destructor, so the outer
// frame may hold it across calls that ereport).
struct GuardBuffer {
    char* data;
    size_t size;
};

// Inside the inner frame: copy a string into a GuardBuffer (throws std::bad_alloc on failure).
GuardBuffer to_guard_buffer(const std::string& text);

// In the outer frame: the buffer as a palloc'd text, freeing the malloc'd bytes whatever happens.
text* guard_buffer_to_text(GuardBuffer* buffer);
// In the outer frame: the buffer (JSON text) parsed into a jsonb Datum, freeing the bytes.
Datum guard_buffer_to_jsonb(GuardBuffer* buffer);

}  // namespace utopiahire::pg
