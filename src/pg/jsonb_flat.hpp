// A JSON result leaving the inner frame either as the core's flat stream (core/json_flat.hpp),
// turned straight into a jsonb with pushJsonbValue, or as JSON text for jsonb_in when the
// flat stream would not be faithful. Both give the same jsonb; the flat one skips the text
// round trip (serialise, then lex and parse again).
#pragma once

#include "pg/postgres_headers.hpp"

#include "pg/guard.hpp"

#include <string>

namespace utopiahire::pg {

struct JsonResult {
    GuardBuffer buffer;
    bool flat;
};

// Inner frame: flat when flat_ok, else the JSON text that make_text() returns.
template <typename MakeText>
JsonResult json_result(bool flat_ok, const std::string& flat, MakeText&& make_text) {
    if (flat_ok) return JsonResult{to_guard_buffer(flat), true};
    return JsonResult{to_guard_buffer(make_text()), false};
}

// Outer frame: the jsonb Datum, freeing the malloc'd bytes whatever happens.
Datum json_result_to_jsonb(JsonResult* result);

// Defines utopiahire_interview.check_jsonb (from _PG_init).
void define_jsonb_settings();

}  // namespace utopiahire::pg
