#include "pg/postgres_headers.hpp"

extern "C" {
#include "utils/jsonb.h"
#include "utils/numeric.h"
}

#include "pg/jsonb_flat.hpp"

#include "core/json_flat.hpp"

#include <cstdlib>

namespace utopiahire::pg {

namespace {

uint32 read_len(const char* p) {
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return static_cast<uint32>(b[0]) | (static_cast<uint32>(b[1]) << 8) | (static_cast<uint32>(b[2]) << 16) |
           (static_cast<uint32>(b[3]) << 24);
}

[[noreturn]] void corrupt() {
    ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("malformed analysis result stream")));
    pg_unreachable();
}

// An integer of at most 18 digits (scores, offsets, counts) made directly: the numeric
// numeric_in would make of the same text (no fraction, no exponent: scale 0).
bool small_integer(const char* p, uint32 len, Numeric* out) {
    if (len == 0 || len > 19) return false;
    uint32 i = p[0] == '-' ? 1 : 0;
    if (i == len || len - i > 18) return false;
    int64 value = 0;
    for (; i < len; ++i) {
        if (p[i] < '0' || p[i] > '9') return false;
        value = value * 10 + (p[i] - '0');
    }
    *out = int64_to_numeric(p[0] == '-' ? -value : value);
    return true;
}

// What jsonb_in builds from the same document: strings as they are (after the same length
// check), numbers through numeric_in.
Datum decode(const char* p, const char* end) {
    JsonbParseState* state = nullptr;
    JsonbValue* top = nullptr;
    while (p < end) {
        const char tag = *p++;
        JsonbValue v;
        switch (tag) {
            case core::flat_begin_object: top = pushJsonbValue(&state, WJB_BEGIN_OBJECT, nullptr); continue;
            case core::flat_end_object: top = pushJsonbValue(&state, WJB_END_OBJECT, nullptr); continue;
            case core::flat_begin_array: top = pushJsonbValue(&state, WJB_BEGIN_ARRAY, nullptr); continue;
            case core::flat_end_array: top = pushJsonbValue(&state, WJB_END_ARRAY, nullptr); continue;
            case core::flat_key:
            case core::flat_string:
            case core::flat_number: {
                if (end - p < 4) corrupt();
                const uint32 len = read_len(p);
                p += 4;
                if (static_cast<size_t>(end - p) < static_cast<size_t>(len) + 1) corrupt();
                if (tag == core::flat_number) {
                    v.type = jbvNumeric;
                    if (!small_integer(p, len, &v.val.numeric))
                        v.val.numeric = DatumGetNumeric(DirectFunctionCall3(
                            numeric_in, CStringGetDatum(p), ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
                } else {
                    if (len > JENTRY_OFFLENMASK)
                        ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
                                        errmsg("string too long to represent as jsonb string"),
                                        errdetail("Due to an implementation restriction, jsonb strings cannot exceed %d bytes.",
                                                  JENTRY_OFFLENMASK)));
                    v.type = jbvString;
                    v.val.string.val = const_cast<char*>(p);
                    v.val.string.len = static_cast<int>(len);
                }
                p += len + 1;
                break;
            }
            case core::flat_true: v.type = jbvBool; v.val.boolean = true; break;
            case core::flat_false: v.type = jbvBool; v.val.boolean = false; break;
            case core::flat_null: v.type = jbvNull; break;
            default: corrupt();
        }
        if (state == nullptr) corrupt();
        const JsonbIteratorToken token = tag == core::flat_key ? WJB_KEY
                                       : state->contVal.type == jbvArray ? WJB_ELEM : WJB_VALUE;
        top = pushJsonbValue(&state, token, &v);
    }
    if (top == nullptr || state != nullptr) corrupt();
    return PointerGetDatum(JsonbValueToJsonb(top));
}

}  // namespace

Datum json_result_to_jsonb(JsonResult* result) {
    if (!result->flat) return guard_buffer_to_jsonb(&result->buffer);
    Datum value = (Datum) 0;
    PG_TRY();
    {
        value = decode(result->buffer.data, result->buffer.data + result->buffer.size);
    }
    PG_FINALLY();
    {
        std::free(result->buffer.data);
        result->buffer.data = nullptr;
    }
    PG_END_TRY();
    return value;
}

}  // namespace utopiahire::pg
