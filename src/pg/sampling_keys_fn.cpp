// _question_sampling_keys(difficulty_level, region, job_roles) and _question_sampling_key(...):
// the keys of the sampler's GIN index (sql_src/30_sampling.sql). In C because the index
// expression is evaluated for every question row written, including every usage_count update
// that is not a HOT update; a SQL function is parsed and planned again at each such call.
// Plain string building with PostgreSQL's own functions: no C++ objects, so no guard needed.
#include "pg/postgres_headers.hpp"

extern "C" {
#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
}

extern "C" {
PG_FUNCTION_INFO_V1(uh_question_sampling_key);
PG_FUNCTION_INFO_V1(uh_question_sampling_keys);
}

namespace {

constexpr char key_separator = '\x1f';   // chr(31), the unit separator

void append_part(StringInfo key, const char* data, int length) {
    if (key->len > 0) appendStringInfoChar(key, key_separator);
    appendBinaryStringInfo(key, data, length);
}

void append_text(StringInfo key, const text* part) {
    append_part(key, VARDATA_ANY(part), static_cast<int>(VARSIZE_ANY_EXHDR(part)));
}

// level|region|scope[|role]: NULL parts are left out, as concat_ws does.
Datum make_key(const text* level, const text* region, const char* scope, const text* role) {
    StringInfoData key;
    initStringInfo(&key);
    if (level != nullptr) append_text(&key, level);
    if (region != nullptr) append_text(&key, region);
    if (scope != nullptr) append_part(&key, scope, static_cast<int>(strlen(scope)));
    if (role != nullptr) append_text(&key, role);
    return PointerGetDatum(cstring_to_text_with_len(key.data, key.len));
}

}  // namespace

// _question_sampling_key(difficulty_level, region, scope, job_role DEFAULT NULL): not strict.
extern "C" Datum uh_question_sampling_key(PG_FUNCTION_ARGS) {
    const text* level = PG_ARGISNULL(0) ? nullptr : PG_GETARG_TEXT_PP(0);
    const text* region = PG_ARGISNULL(1) ? nullptr : PG_GETARG_TEXT_PP(1);
    const char* scope = PG_ARGISNULL(2) ? nullptr : text_to_cstring(PG_GETARG_TEXT_PP(2));
    const text* role = PG_ARGISNULL(3) ? nullptr : PG_GETARG_TEXT_PP(3);
    PG_RETURN_DATUM(make_key(level, region, scope, role));
}

// _question_sampling_keys(difficulty_level, region, job_roles): a key per role (or the
// agnostic key when there is none), plus the "any" key; no key without a level and region.
extern "C" Datum uh_question_sampling_keys(PG_FUNCTION_ARGS) {
    if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
        PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
    const text* level = PG_GETARG_TEXT_PP(0);
    const text* region = PG_GETARG_TEXT_PP(1);
    Datum* roles = nullptr;
    bool* role_nulls = nullptr;
    int role_count = 0;
    if (!PG_ARGISNULL(2))
        deconstruct_array(PG_GETARG_ARRAYTYPE_P(2), TEXTOID, -1, false, TYPALIGN_INT, &roles, &role_nulls, &role_count);
    Datum* keys = static_cast<Datum*>(palloc(sizeof(Datum) * (role_count + 2)));
    int key_count = 0;
    for (int i = 0; i < role_count; ++i)
        if (!role_nulls[i]) keys[key_count++] = make_key(level, region, "role", DatumGetTextPP(roles[i]));
    if (key_count == 0) keys[key_count++] = make_key(level, region, "agnostic", nullptr);
    keys[key_count++] = make_key(level, region, "any", nullptr);
    PG_RETURN_ARRAYTYPE_P(construct_array(keys, key_count, TEXTOID, -1, false, TYPALIGN_INT));
}
