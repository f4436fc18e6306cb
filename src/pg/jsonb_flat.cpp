#include "pg/postgres_headers.hpp"

extern "C" {
#include "utils/guc.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
}

#include "pg/jsonb_flat.hpp"

#include "core/json_flat.hpp"

#include <cstdlib>
#include <cstring>

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

// The direct encoder: the flat stream straight into jsonb's binary layout, the bytes
// JsonbValueToJsonb writes for the value decode() builds (jsonb_util.c: convertJsonbArray,
// convertJsonbObject, convertJsonbScalar), without the JsonbValue tree in between, its
// per-object key sort, and the walk over it. utopiahire_interview.check_jsonb builds both and
// compares the bytes (make test runs the regression tests with it on).
bool check_jsonb = false;

// Streams this large (and anything the encoder does not handle: a scalar document, an object
// with a repeated key) take decode(), which reports jsonb's size limits as jsonb does.
constexpr size_t max_direct_bytes = 64 * 1024 * 1024;

// The containers of a stream in pre-order (the order their openings appear), found by one
// walk: an object's keys are needed before its values are written, and this lets the encoder
// step over a container without reading it again.
struct Container {
    int count;         // children (pairs for an object)
    const char* end;   // the stream position after it
    int next;          // the index of the first container after it (its descendants come first)
};

struct Containers {
    Container* items;
    int size, capacity;
};

int add_container(Containers* c) {
    if (c->size == c->capacity) {
        c->capacity *= 2;
        c->items = static_cast<Container*>(repalloc(c->items, sizeof(Container) * c->capacity));
    }
    return c->size++;
}

// The bytes of a key / string / number record at p (just after its tag); *next after it.
const char* record_bytes(const char* p, const char* end, uint32* len, const char** next) {
    if (end - p < 4) corrupt();
    *len = read_len(p);
    p += 4;
    if (static_cast<size_t>(end - p) < static_cast<size_t>(*len) + 1) corrupt();
    *next = p + *len + 1;
    return p;
}

// Checks the value at p and lists its containers; returns the position after it.
const char* scan_value(const char* p, const char* end, Containers* c) {
    check_stack_depth();
    if (p >= end) corrupt();
    const char tag = *p++;
    uint32 len;
    const char* next;
    switch (tag) {
        case core::flat_begin_object:
        case core::flat_begin_array: {
            const bool object = tag == core::flat_begin_object;
            const int index = add_container(c);
            int count = 0;
            for (;; ++count) {
                if (p >= end) corrupt();
                if (*p == (object ? core::flat_end_object : core::flat_end_array)) break;
                if (object) {
                    if (*p != core::flat_key) corrupt();
                    record_bytes(p + 1, end, &len, &next);
                    p = next;
                    if (p >= end) corrupt();
                }
                // Scalars here, containers (and bad tags) by the recursion.
                if (*p == core::flat_string || *p == core::flat_number) {
                    record_bytes(p + 1, end, &len, &next);
                    p = next;
                } else if (*p == core::flat_true || *p == core::flat_false || *p == core::flat_null) {
                    ++p;
                } else {
                    p = scan_value(p, end, c);
                }
            }
            c->items[index] = Container{count, p + 1, c->size};
            return p + 1;
        }
        case core::flat_string:
        case core::flat_number:
            record_bytes(p, end, &len, &next);
            return next;
        case core::flat_true:
        case core::flat_false:
        case core::flat_null:
            return p;
        default:
            corrupt();
    }
}

bool is_container(const char* p) { return *p == core::flat_begin_object || *p == core::flat_begin_array; }

// The position after the (checked) value at p, and the index of the next container after it.
const char* step_over(const Containers& c, const char* p, int* index) {
    if (is_container(p)) {
        const Container& it = c.items[*index];
        *index = it.next;
        return it.end;
    }
    if (*p == core::flat_string || *p == core::flat_number) return p + 5 + read_len(p + 1) + 1;
    return p + 1;
}

struct FlatPair {
    const char* key;
    uint32 len;
    const char* value;   // its stream position
    int index;           // its container index, when it is one
};

// jsonb's key order (lengthCompareJsonbStringValue): shorter first, then bytewise.
int compare_keys(const void* a, const void* b) {
    const FlatPair* x = static_cast<const FlatPair*>(a);
    const FlatPair* y = static_cast<const FlatPair*>(b);
    if (x->len != y->len) return x->len > y->len ? 1 : -1;
    return std::memcmp(x->key, y->key, x->len);
}

// padBufferToInt: zero bytes up to a multiple of four; returns how many.
int pad_to_int(StringInfo buf) {
    const int pad = INTALIGN(buf->len) - buf->len;
    for (int i = 0; i < pad; ++i) appendStringInfoCharMacro(buf, '\0');
    return pad;
}

// appendBinaryStringInfo, without its call when the bytes fit (the buffer is allocated at
// about the result's size, so they nearly always do).
void append(StringInfo buf, const char* data, int n) {
    if (buf->len + n < buf->maxlen) {
        std::memcpy(buf->data + buf->len, data, n);
        buf->len += n;
        buf->data[buf->len] = '\0';
    } else {
        appendBinaryStringInfo(buf, data, n);
    }
}

// reserveFromBuffer: room for n bytes (filled in later); returns where they start.
int reserve(StringInfo buf, int n) {
    if (buf->len + n >= buf->maxlen) enlargeStringInfo(buf, n);
    const int at = buf->len;
    buf->len += n;
    buf->data[buf->len] = '\0';
    return at;
}

// Every JB_OFFSET_STRIDE'th child stores its end offset instead of its length.
JEntry child_entry(JEntry meta, int index, uint32 end_offset) {
    return index % JB_OFFSET_STRIDE == 0 ? (meta & JENTRY_TYPEMASK) | end_offset | JENTRY_HAS_OFF : meta;
}

void put_entry(StringInfo buf, int at, JEntry meta) { std::memcpy(buf->data + at, &meta, sizeof(meta)); }

// The numeric numeric_in makes of a plain decimal ("0.667", "-12.5": digits, one point with
// digits after it, at most 18 digits in all): int64_div_fast_to_numeric gives the same value
// and display scale, and both end in make_result, which normalises them the same way. Other
// forms (exponents) are left to numeric_in (decode(), which check_jsonb compares with, uses
// numeric_in for every one of them).
bool small_decimal(const char* p, uint32 len, Numeric* out) {
    uint32 i = len > 0 && p[0] == '-' ? 1 : 0;
    int64 value = 0;
    int digits = 0, scale = -1;   // scale: digits after the point, -1 before it
    for (; i < len; ++i) {
        if (p[i] == '.') {
            if (scale >= 0 || digits == 0) return false;
            scale = 0;
            continue;
        }
        if (p[i] < '0' || p[i] > '9' || ++digits > 18) return false;
        value = value * 10 + (p[i] - '0');
        if (scale >= 0) ++scale;
    }
    if (scale <= 0) return false;
    *out = int64_div_fast_to_numeric(p[0] == '-' ? -value : value, scale);
    return true;
}

// The numerics of 0 .. 4095 (scores, counts, and the evidence offsets, characters into answers
// of some hundreds of words), made once per backend when first needed: a result has dozens.
constexpr int cached_integers = 4096;
Numeric integer_cache[cached_integers];

// The decimals of scores, "0.5", "0.25", "0.667", "1.0" (one digit before the point, one to
// three after it, under 1000 thousandths: what FlatWriter::real writes for them), made once
// per backend by small_decimal's own call, by scale and value: a result has a dozen of them.
constexpr int cached_decimals = 1000;
Numeric decimal_cache[3][cached_decimals];

// A numeric made in the current context, copied to one kept for the backend's life.
Numeric keep(Numeric made) {
    Numeric kept = static_cast<Numeric>(MemoryContextAlloc(TopMemoryContext, VARSIZE_ANY(made)));
    std::memcpy(kept, made, VARSIZE_ANY(made));
    pfree(made);
    return kept;
}

// The cached numeric of a score's text, or nullptr when it is no such text.
Numeric cached_decimal(const char* p, uint32 len) {
    if (len < 3 || len > 5 || (p[0] != '0' && p[0] != '1') || p[1] != '.') return nullptr;
    int value = p[0] - '0';
    for (uint32 i = 2; i < len; ++i) {
        if (p[i] < '0' || p[i] > '9') return nullptr;
        value = value * 10 + (p[i] - '0');
    }
    const int scale = static_cast<int>(len) - 2;
    if (value >= cached_decimals) return nullptr;
    Numeric& slot = decimal_cache[scale - 1][value];
    if (slot == nullptr) slot = keep(int64_div_fast_to_numeric(value, scale));
    return slot;
}

// The numeric of a number record's text, as numeric_in makes it; *cached when it must not be
// freed.
Numeric number_of(const char* p, uint32 len, bool* cached) {
    *cached = false;
    if (len > 0 && len <= 4 && p[0] >= '0' && p[0] <= '9' && (len == 1 || p[0] != '0')) {
        int value = 0;
        uint32 i = 0;
        while (i < len && p[i] >= '0' && p[i] <= '9') value = value * 10 + (p[i++] - '0');
        if (i == len && value < cached_integers) {
            if (integer_cache[value] == nullptr) integer_cache[value] = keep(int64_to_numeric(value));
            *cached = true;
            return integer_cache[value];
        }
    }
    if (const Numeric decimal = cached_decimal(p, len)) {
        *cached = true;
        return decimal;
    }
    Numeric numeric;
    if (small_integer(p, len, &numeric) || small_decimal(p, len, &numeric)) return numeric;
    return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(p), ObjectIdGetDatum(InvalidOid),
                                               Int32GetDatum(-1)));
}

// Appends the (checked) value at p to buf and returns its JEntry; index: its container index
// when it is one. False in *ok when the document needs decode() (a repeated key).
JEntry encode_value(StringInfo buf, const Containers& c, const char* p, int index, bool* ok) {
    const char tag = *p++;
    switch (tag) {
        case core::flat_string: {
            const uint32 len = read_len(p);
            append(buf, p + 4, static_cast<int>(len));
            return len;   // JENTRY_ISSTRING
        }
        case core::flat_number: {
            const uint32 len = read_len(p);
            bool cached = false;
            const Numeric numeric = number_of(p + 4, len, &cached);
            const int numlen = static_cast<int>(VARSIZE_ANY(numeric));
            const int pad = pad_to_int(buf);
            append(buf, reinterpret_cast<const char*>(numeric), numlen);
            if (!cached) pfree(numeric);
            return JENTRY_ISNUMERIC | static_cast<uint32>(pad + numlen);
        }
        case core::flat_true: return JENTRY_ISBOOL_TRUE;
        case core::flat_false: return JENTRY_ISBOOL_FALSE;
        case core::flat_null: return JENTRY_ISNULL;
        case core::flat_begin_array: {
            check_stack_depth();   // containers recurse (scalars return at once)
            const int count = c.items[index].count;
            const int base = buf->len;
            pad_to_int(buf);
            const uint32 header = static_cast<uint32>(count) | JB_FARRAY;
            append(buf, reinterpret_cast<const char*>(&header), sizeof(header));
            int entry = reserve(buf, static_cast<int>(sizeof(JEntry)) * count);
            uint32 total = 0;
            int child_index = index + 1;
            for (int i = 0; i < count; ++i) {
                const JEntry meta = encode_value(buf, c, p, child_index, ok);
                if (!*ok) return 0;
                p = step_over(c, p, &child_index);
                total += JBE_OFFLENFLD(meta);
                put_entry(buf, entry, child_entry(meta, i, total));
                entry += sizeof(JEntry);
            }
            return JENTRY_ISCONTAINER | static_cast<uint32>(buf->len - base);
        }
        case core::flat_begin_object: {
            check_stack_depth();
            const int count = c.items[index].count;
            FlatPair local[16];   // the objects of results are small: no allocation for them
            FlatPair* pairs = count <= 16 ? local : static_cast<FlatPair*>(palloc(sizeof(FlatPair) * count));
            int child_index = index + 1;
            for (int i = 0; i < count; ++i) {
                pairs[i].len = read_len(p + 1);
                pairs[i].key = p + 5;
                p += 5 + pairs[i].len + 1;
                pairs[i].value = p;
                pairs[i].index = child_index;
                p = step_over(c, p, &child_index);
            }
            // The core writes its keys in jsonb's order already (analysis_flat, coverage_flat):
            // sorted here only when they are not, which also finds repeated keys.
            bool ordered = true;
            for (int i = 1; i < count && ordered; ++i) ordered = compare_keys(&pairs[i - 1], &pairs[i]) < 0;
            if (!ordered) {
                qsort(pairs, count, sizeof(FlatPair), compare_keys);
                for (int i = 1; i < count; ++i)
                    if (compare_keys(&pairs[i - 1], &pairs[i]) == 0) {
                        *ok = false;   // jsonb keeps the last of repeated keys: decode() does that
                        return 0;
                    }
            }
            const int base = buf->len;
            pad_to_int(buf);
            const uint32 header = static_cast<uint32>(count) | JB_FOBJECT;
            append(buf, reinterpret_cast<const char*>(&header), sizeof(header));
            int entry = reserve(buf, static_cast<int>(sizeof(JEntry)) * count * 2);
            uint32 total = 0;
            for (int i = 0; i < count; ++i) {   // the keys, then the values
                append(buf, pairs[i].key, static_cast<int>(pairs[i].len));
                total += pairs[i].len;
                put_entry(buf, entry, child_entry(pairs[i].len, i, total));
                entry += sizeof(JEntry);
            }
            for (int i = 0; i < count; ++i) {
                const JEntry meta = encode_value(buf, c, pairs[i].value, pairs[i].index, ok);
                if (!*ok) return 0;
                total += JBE_OFFLENFLD(meta);
                put_entry(buf, entry, child_entry(meta, i + count, total));
                entry += sizeof(JEntry);
            }
            if (pairs != local) pfree(pairs);
            return JENTRY_ISCONTAINER | static_cast<uint32>(buf->len - base);
        }
        default:
            corrupt();
    }
}

// The jsonb of the stream, or nullptr when decode() must build it.
Jsonb* encode(const char* p, const char* end) {
    if (static_cast<size_t>(end - p) > max_direct_bytes || p == end || !is_container(p)) return nullptr;
    Containers containers{static_cast<Container*>(palloc(sizeof(Container) * 32)), 0, 32};
    if (scan_value(p, end, &containers) != end) corrupt();   // one document, checked before anything is built
    // A buffer of about the jsonb's size from the start (not 1 kB grown by copies).
    StringInfoData buf;
    buf.maxlen = static_cast<int>(end - p) + VARHDRSZ + 64;
    buf.data = static_cast<char*>(palloc(buf.maxlen));
    buf.len = 0;
    buf.cursor = 0;
    reserve(&buf, VARHDRSZ);
    bool ok = true;
    encode_value(&buf, containers, p, 0, &ok);
    pfree(containers.items);
    if (!ok) {
        pfree(buf.data);
        return nullptr;
    }
    Jsonb* result = reinterpret_cast<Jsonb*>(buf.data);
    SET_VARSIZE(result, buf.len);
    return result;
}

Datum flat_to_jsonb(const char* p, const char* end) {
    Jsonb* direct = encode(p, end);
    if (direct == nullptr) return decode(p, end);
    if (check_jsonb) {
        Jsonb* reference = DatumGetJsonbP(decode(p, end));
        if (VARSIZE(reference) != VARSIZE(direct) || std::memcmp(reference, direct, VARSIZE(direct)) != 0)
            ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("direct jsonb encoding differs from pushJsonbValue"),
                            errdetail("Sizes %u and %u bytes.", VARSIZE(direct), VARSIZE(reference))));
    }
    return PointerGetDatum(direct);
}

}  // namespace

Datum json_result_to_jsonb(JsonResult* result) {
    if (!result->flat) return guard_buffer_to_jsonb(&result->buffer);
    Datum value = (Datum) 0;
    PG_TRY();
    {
        value = flat_to_jsonb(result->buffer.data, result->buffer.data + result->buffer.size);
    }
    PG_FINALLY();
    {
        std::free(result->buffer.data);
        result->buffer.data = nullptr;
    }
    PG_END_TRY();
    return value;
}

void define_jsonb_settings() {
    DefineCustomBoolVariable(
        "utopiahire_interview.check_jsonb",
        "Builds every flat JSON result both ways and fails if the direct jsonb encoding differs (for tests).",
        nullptr, &check_jsonb, false, PGC_USERSET, 0, nullptr, nullptr, nullptr);
}

}  // namespace utopiahire::pg
