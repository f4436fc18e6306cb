#include "pg/guard.hpp"

#include <cstdlib>
#include <cstring>

namespace utopiahire::pg {

void set_guard_error(GuardError* error, int sqlstate, const char* message, const char* detail) noexcept {
    error->sqlstate = sqlstate;
    std::strncpy(error->message, message ? message : "", sizeof(error->message) - 1);
    error->message[sizeof(error->message) - 1] = '\0';
    std::strncpy(error->detail, detail ? detail : "", sizeof(error->detail) - 1);
    error->detail[sizeof(error->detail) - 1] = '\0';
}

int sqlstate_for(core::ErrorKind kind) noexcept {
    switch (kind) {
        case core::ErrorKind::invalid_argument: return ERRCODE_INVALID_PARAMETER_VALUE;
        case core::ErrorKind::malformed_json: return ERRCODE_INVALID_TEXT_REPRESENTATION;
        case core::ErrorKind::program_limit: return ERRCODE_PROGRAM_LIMIT_EXCEEDED;
    }
    return ERRCODE_INTERNAL_ERROR;
}

void report_guard_error(const GuardError& error) {
    ereport(ERROR, (errcode(error.sqlstate), errmsg("%s", error.message),
                    error.detail[0] ? errdetail("%s", error.detail) : 0));
    pg_unreachable();
}

GuardBuffer to_guard_buffer(const std::string& text) {
    GuardBuffer buffer{static_cast<char*>(std::malloc(text.size() + 1)), text.size()};
    if (buffer.data == nullptr) core::throw_out_of_memory();  // caught by run_guarded
    std::memcpy(buffer.data, text.data(), text.size());
    buffer.data[text.size()] = '\0';
    return buffer;
}

text* guard_buffer_to_text(GuardBuffer* buffer) {
    text* result = nullptr;
    PG_TRY();
    {
        result = cstring_to_text_with_len(buffer->data, static_cast<int>(buffer->size));
    }
    PG_FINALLY();
    {
        std::free(buffer->data);
        buffer->data = nullptr;
    }
    PG_END_TRY();
    return result;
}

Datum guard_buffer_to_jsonb(GuardBuffer* buffer) {
    Datum result = (Datum) 0;
    PG_TRY();
    {
        result = DirectFunctionCall1(jsonb_in, CStringGetDatum(buffer->data));
    }
    PG_FINALLY();
    {
        std::free(buffer->data);
        buffer->data = nullptr;
    }
    PG_END_TRY();
    return result;
}

}  // namespace utopiahire::pg
