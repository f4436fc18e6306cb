// The sampler's per-backend cache, PostgreSQL side (see sampling_cache.hpp).
//
// The cache is a C++ object reached through a plain pointer (no static destructor), created and
// changed only inside guarded frames. An error between two steps (an SPI error, a cancel) can
// leave an entry half loaded, which is then not found and loaded again from scratch, or a patch
// half done, which leaves the cache invalid and reset at the next call.
#include "pg/postgres_headers.hpp"

extern "C" {
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/memutils.h"
}

#include "pg/sampling_cache.hpp"
#include "core/question_cache.hpp"

#include <string_view>

namespace utopiahire::pg {

SPIPlanPtr prepare_kept(const char* query, int nargs, Oid* argtypes) {
    SPIPlanPtr plan = SPI_prepare(query, nargs, argtypes);
    if (plan == nullptr)
        elog(ERROR, "sample_questions: SPI_prepare failed (%s) for: %s", SPI_result_code_string(SPI_result), query);
    if (SPI_keepplan(plan) != 0) elog(ERROR, "sample_questions: SPI_keepplan failed");
    return plan;
}

namespace sampler_cache {
namespace {

core::BankCache* bank_cache = nullptr;

// Entries are dropped (all at once, at the start of a call) beyond this many cached rows.
constexpr size_t cache_row_limit = 4000000;
// Rows fetched at a time while loading an entry.
constexpr long load_chunk_rows = 10000;
// More changed questions than this since the cache's token: a reset costs less than a patch.
constexpr uint64 max_patch_questions = 5000;

SPIPlanPtr changes_plan = nullptr;
SPIPlanPtr rows_plan = nullptr;
SPIPlanPtr load_plans[3] = {nullptr, nullptr, nullptr};   // by core::RoleScope

// The load queries: one cache entry = the questions of a level and region (and role scope),
// found through the sampler's GIN index (sql_src/30_sampling.sql). Sorted by id in C++.
constexpr const char* load_select =
    "SELECT question_type::text, id, coalesce(usage_count, 0), required_skills, language::oid FROM question_bank "
    "WHERE _question_sampling_keys(difficulty_level, region, job_roles) @> ARRAY[_question_sampling_key($1, $2, ";
constexpr const char* load_conditions[3] = {"'role', $3)]", "'agnostic')]", "'any')]"};

// Plain copy of a key for the outer frame.
struct KeyView {
    int scope;
    const char* level;
    const char* region;
    const char* role;
};

}  // namespace

void prepare_plans() {
    if (changes_plan != nullptr) return;
    Oid int4_array_arg[1] = {INT4ARRAYOID};
    Oid text_args[3] = {TEXTOID, TEXTOID, TEXTOID};
    Oid int8_args[2] = {INT8OID, INT8OID};
    rows_plan = prepare_kept(
        "SELECT id, question_type::text, difficulty_level::text, region::text, job_roles, required_skills, "
        "coalesce(usage_count, 0), language::oid FROM question_bank WHERE id = ANY($1)", 1, int4_array_arg);
    for (int scope = 0; scope < 3; ++scope) {
        char query[512];
        snprintf(query, sizeof(query), "%s%s", load_select, load_conditions[scope]);
        load_plans[scope] = prepare_kept(query, scope == 0 ? 3 : 2, text_args);
    }
    // last: a failure above prepares everything again next time
    changes_plan = prepare_kept(
        "SELECT DISTINCT question_id FROM _question_bank_changes WHERE token > $1 AND token <= $2", 2, int8_args);
}

core::BankCache* get() {
    GuardError error;
    run_step(&error, run_guarded([&] {
        if (bank_cache->total_rows() > cache_row_limit) bank_cache->clear_entries();
    }, &error));
    return bank_cache;
}

void load(const core::CacheKey* wanted, MemoryContext row_context) {
    GuardError error;
    KeyView key{};
    run_step(&error, run_guarded([&] {
        key = {static_cast<int>(wanted->scope), core::level_name(wanted->level), wanted->region.c_str(), wanted->role.c_str()};
        bank_cache->begin_load(*wanted);
    }, &error));

    // Through a cursor, a chunk at a time: an entry can hold millions of rows on a large bank.
    Datum args[3] = {CStringGetTextDatum(key.level), CStringGetTextDatum(key.region), CStringGetTextDatum(key.role)};
    Portal cursor = SPI_cursor_open(nullptr, load_plans[key.scope], args, nullptr, true);
    for (;;) {
        SPI_cursor_fetch(cursor, true, load_chunk_rows);
        SPITupleTable* table = SPI_tuptable;
        const uint64 rows = SPI_processed;
        if (rows == 0) {
            SPI_freetuptable(table);
            break;
        }
        MemoryContext caller_context = MemoryContextSwitchTo(row_context);
        for (uint64 r = 0; r < rows; ++r) {
            MemoryContextReset(row_context);
            HeapTuple tuple = table->vals[r];
            bool is_null = false;
            const char* type = TextDatumGetCString(SPI_getbinval(tuple, table->tupdesc, 1, &is_null));
            const int32 id = DatumGetInt32(SPI_getbinval(tuple, table->tupdesc, 2, &is_null));
            const int32 usage = DatumGetInt32(SPI_getbinval(tuple, table->tupdesc, 3, &is_null));
            const Oid language = DatumGetObjectId(SPI_getbinval(tuple, table->tupdesc, 5, &is_null));
            Datum skills_datum = SPI_getbinval(tuple, table->tupdesc, 4, &is_null);
            int skill_count = 0;
            const char** skills = nullptr;
            int* skill_lengths = nullptr;
            if (!is_null) {
                Datum* elements;
                bool* element_nulls;
                int count;
                deconstruct_array(DatumGetArrayTypeP(skills_datum), TEXTOID, -1, false, TYPALIGN_INT,
                                  &elements, &element_nulls, &count);
                skills = static_cast<const char**>(palloc(sizeof(char*) * (count + 1)));
                skill_lengths = static_cast<int*>(palloc(sizeof(int) * (count + 1)));
                for (int i = 0; i < count; ++i) {
                    if (element_nulls[i]) continue;
                    text* element = DatumGetTextPP(elements[i]);
                    skills[skill_count] = VARDATA_ANY(element);
                    skill_lengths[skill_count] = static_cast<int>(VARSIZE_ANY_EXHDR(element));
                    ++skill_count;
                }
            }
            run_step(&error, run_guarded([&] {
                bank_cache->add_row(*wanted, type, language, id, usage, skills, skill_lengths, skill_count);
            }, &error));
        }
        MemoryContextSwitchTo(caller_context);
        MemoryContextReset(row_context);
        SPI_freetuptable(table);
        CHECK_FOR_INTERRUPTS();
    }
    SPI_cursor_close(cursor);
    run_step(&error, run_guarded([&] { bank_cache->finish_load(*wanted); }, &error));
}

// Brings the cache to the bank's current token: nothing to do, a patch of the questions the
// change log names since the cache's token, or a reset (entries reload when next needed).
void sync(int64 token, Oid version_table, int64 log_from, bool own_version) {
    GuardError error;
    bool patch = false;
    int64 from = 0;
    run_step(&error, run_guarded([&] {
        if (bank_cache == nullptr) bank_cache = new core::BankCache();
        const bool same_bank = bank_cache->valid() && bank_cache->table_oid() == version_table;
        if (same_bank && bank_cache->token() == token) {
            // up to date
        } else if (same_bank && !bank_cache->tentative() && bank_cache->token() < token && bank_cache->token() + 1 >= log_from) {
            patch = true;
            from = bank_cache->token();
        } else {
            bank_cache->reset(token, version_table);
        }
    }, &error));
    if (!patch) elog(DEBUG2, "sample_questions: cache at token " INT64_FORMAT, token);
    if (patch) {
        Datum range[2] = {Int64GetDatum(from), Int64GetDatum(token)};
        int rc = SPI_execute_plan(changes_plan, range, nullptr, true, 0);
        if (rc != SPI_OK_SELECT) elog(ERROR, "sample_questions: reading the bank's change log failed");
        const uint64 count = SPI_processed;
        bool reset = count > max_patch_questions;
        Datum* ids = static_cast<Datum*>(palloc(sizeof(Datum) * (count + 1)));
        for (uint64 r = 0; r < count && !reset; ++r) {
            bool id_null = false;
            ids[r] = SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &id_null);
            reset = id_null;   // a truncate, or too many to list
        }
        SPI_freetuptable(SPI_tuptable);
        if (reset) {
            elog(DEBUG1, "sample_questions: cache reset (change log lists too many or all questions)");
            run_step(&error, run_guarded([&] { bank_cache->reset(token, version_table); }, &error));
        } else {
            elog(DEBUG1, "sample_questions: cache patched for %d changed questions", static_cast<int>(count));
            int32* removed = static_cast<int32*>(palloc(sizeof(int32) * (count + 1)));
            for (uint64 r = 0; r < count; ++r) removed[r] = DatumGetInt32(ids[r]);
            run_step(&error, run_guarded([&] {
                bank_cache->begin_patch();
                for (uint64 r = 0; r < count; ++r) bank_cache->remove_question(removed[r]);
            }, &error));
            Datum args[1] = {PointerGetDatum(construct_array(ids, static_cast<int>(count), INT4OID, sizeof(int32), true, TYPALIGN_INT))};
            rc = SPI_execute_plan(rows_plan, args, nullptr, true, 0);
            if (rc != SPI_OK_SELECT) elog(ERROR, "sample_questions: reading changed questions failed");
            SPITupleTable* table = SPI_tuptable;
            for (uint64 r = 0; r < SPI_processed; ++r) {
                HeapTuple tuple = table->vals[r];
                bool nulls[8];
                Datum values[8];
                for (int c = 0; c < 8; ++c) values[c] = SPI_getbinval(tuple, table->tupdesc, c + 1, &nulls[c]);
                if (nulls[1] || nulls[2] || nulls[3]) continue;   // no type, level or region: never drawn
                const text* type = DatumGetTextPP(values[1]);
                const text* level = DatumGetTextPP(values[2]);
                const text* region = DatumGetTextPP(values[3]);
                int role_count = 0, skill_count = 0;
                const char** roles = nullptr;
                const char** skills = nullptr;
                int* role_lengths = nullptr;
                int* skill_lengths = nullptr;
                for (int array = 0; array < 2; ++array) {
                    if (nulls[4 + array]) continue;
                    Datum* elements;
                    bool* element_nulls;
                    int n_elements;
                    deconstruct_array(DatumGetArrayTypeP(values[4 + array]), TEXTOID, -1, false, TYPALIGN_INT,
                                      &elements, &element_nulls, &n_elements);
                    const char** texts = static_cast<const char**>(palloc(sizeof(char*) * (n_elements + 1)));
                    int* lengths = static_cast<int*>(palloc(sizeof(int) * (n_elements + 1)));
                    int kept = 0;
                    for (int i = 0; i < n_elements; ++i) {
                        if (element_nulls[i]) continue;
                        const text* element = DatumGetTextPP(elements[i]);
                        texts[kept] = VARDATA_ANY(element);
                        lengths[kept++] = static_cast<int>(VARSIZE_ANY_EXHDR(element));
                    }
                    (array == 0 ? roles : skills) = texts;
                    (array == 0 ? role_lengths : skill_lengths) = lengths;
                    (array == 0 ? role_count : skill_count) = kept;
                }
                const int32 id = DatumGetInt32(values[0]);
                const int32 usage = DatumGetInt32(values[6]);
                const Oid language = nulls[7] ? InvalidOid : DatumGetObjectId(values[7]);
                run_step(&error, run_guarded([&] {
                    bank_cache->add_question(
                        id, std::string_view(VARDATA_ANY(type), VARSIZE_ANY_EXHDR(type)), language,
                        std::string_view(VARDATA_ANY(level), VARSIZE_ANY_EXHDR(level)),
                        std::string_view(VARDATA_ANY(region), VARSIZE_ANY_EXHDR(region)),
                        roles, role_lengths, role_count, skills, skill_lengths, skill_count, usage);
                }, &error));
            }
            SPI_freetuptable(table);
            run_step(&error, run_guarded([&] { bank_cache->finish_patch(token); }, &error));
        }
    }
    run_step(&error, run_guarded([&] { bank_cache->set_tentative(own_version); }, &error));
}


}  // namespace sampler_cache
}  // namespace utopiahire::pg
