// sample_questions(job_role, difficulty_level, session_type, n, region, skills, technical_ratio,
// user_id, seed): the SQL entry point of the sampler (src/core/sampler.hpp).
//
// The draw is a state machine in the core; this file does its I/O. The outer frame (this
// function) reads the arguments, runs SPI and builds the result set; each step of the draw runs
// in an inner frame through run_guarded. Between steps the draw asks either for cache entries
// (loaded here with one query each) or for the current usage_count of a few candidate ids.
//
// Two C++ objects outlive a single inner frame, reached through plain pointers (no static
// destructors; they are created and deleted only inside guarded frames):
//   - bank_cache: the per-backend cache of candidate ids, tied to the bank's version token and
//     brought up to date at the start of each call (patched from the change log, or reset);
//   - active_draw: the draw of the current call. If the outer frame errors out between steps
//     (an SPI error, a cancel), the draw is left behind and the next call frees it first; a
//     cache entry that was being loaded is incomplete and is reloaded from scratch when needed.
#include "pg/postgres_headers.hpp"

extern "C" {
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "common/pg_prng.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"
}

#include "pg/guard.hpp"
#include "core/question_cache.hpp"
#include "core/sampler.hpp"

using namespace utopiahire;

extern "C" {
PG_FUNCTION_INFO_V1(uh_sample_questions);
}

namespace {

core::BankCache* bank_cache = nullptr;
core::Draw* active_draw = nullptr;

// Entries are dropped (all at once, at the start of a call) beyond this many cached rows.
constexpr size_t cache_row_limit = 4000000;
// Rows fetched at a time while loading an entry.
constexpr long load_chunk_rows = 10000;
// More changed questions than this since the cache's token: a reset costs less than a patch.
constexpr uint64 max_patch_questions = 5000;

SPIPlanPtr version_plan = nullptr;
SPIPlanPtr changes_plan = nullptr;
SPIPlanPtr rows_plan = nullptr;
SPIPlanPtr recent_plan = nullptr;
SPIPlanPtr usage_plan = nullptr;
SPIPlanPtr load_plans[3] = {nullptr, nullptr, nullptr};   // by core::RoleScope

// The load queries: one cache entry = the questions of a level and region (and role scope),
// found through the sampler's GIN index (sql_src/30_sampling.sql). Sorted by id in C++.
constexpr const char* load_select =
    "SELECT question_type::text, id, coalesce(usage_count, 0), required_skills FROM question_bank "
    "WHERE _question_sampling_keys(difficulty_level, region, job_roles) @> ARRAY[_question_sampling_key($1, $2, ";
constexpr const char* load_conditions[3] = {"'role', $3)]", "'agnostic')]", "'any')]"};

SPIPlanPtr prepare_kept(const char* query, int nargs, Oid* argtypes) {
    SPIPlanPtr plan = SPI_prepare(query, nargs, argtypes);
    if (plan == nullptr)
        elog(ERROR, "sample_questions: SPI_prepare failed (%s) for: %s", SPI_result_code_string(SPI_result), query);
    if (SPI_keepplan(plan) != 0) elog(ERROR, "sample_questions: SPI_keepplan failed");
    return plan;
}

void prepare_plans() {
    if (version_plan != nullptr) return;
    Oid int4_arg[1] = {INT4OID};
    Oid int4_array_arg[1] = {INT4ARRAYOID};
    Oid text_args[3] = {TEXTOID, TEXTOID, TEXTOID};
    Oid int8_args[2] = {INT8OID, INT8OID};
    SPIPlanPtr version = prepare_kept("SELECT token, tableoid, log_from, xmin::text::bigint FROM _question_bank_version", 0, nullptr);
    changes_plan = prepare_kept(
        "SELECT DISTINCT question_id FROM _question_bank_changes WHERE token > $1 AND token <= $2", 2, int8_args);
    rows_plan = prepare_kept(
        "SELECT id, question_type::text, difficulty_level::text, region::text, job_roles, required_skills, "
        "coalesce(usage_count, 0) FROM question_bank WHERE id = ANY($1)", 1, int4_array_arg);
    char recent_query[512];
    snprintf(recent_query, sizeof(recent_query),
             "SELECT DISTINCT iq.question_id FROM interview_questions iq "
             "WHERE iq.question_id IS NOT NULL AND iq.session_id IN ("
             "  SELECT s.id FROM interview_sessions s WHERE s.user_id = $1"
             "  ORDER BY s.started_at DESC, s.id DESC LIMIT %d)",
             core::recent_sessions_avoided);
    recent_plan = prepare_kept(recent_query, 1, int4_arg);
    usage_plan = prepare_kept("SELECT id, coalesce(usage_count, 0) FROM question_bank WHERE id = ANY($1)", 1, int4_array_arg);
    for (int scope = 0; scope < 3; ++scope) {
        char query[512];
        snprintf(query, sizeof(query), "%s%s", load_select, load_conditions[scope]);
        load_plans[scope] = prepare_kept(query, scope == 0 ? 3 : 2, text_args);
    }
    version_plan = version;   // last: a failure above prepares everything again next time
}

[[noreturn]] void null_argument(const char* name) {
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("%s must not be null", name)));
    pg_unreachable();
}

// Plain copies of what the outer frame needs from a draw step (no C++ objects).
struct KeyView {
    int scope;
    const char* level;
    const char* region;
    const char* role;
};

struct ResultView {
    int32 id;
    const char* type;
    const char* level;
    const char* region;
    const char* selection;
};

constexpr int max_notices = 32;

void run_step(pg::GuardError* error, bool ok) {
    if (!ok) pg::report_guard_error(*error);
}

// Loads cache entry `k` of the draw's missing keys.
void load_key(size_t k, MemoryContext row_context) {
    pg::GuardError error;
    KeyView key{};
    run_step(&error, pg::run_guarded([&] {
        const core::CacheKey& wanted = active_draw->missing_keys()[k];
        key = {static_cast<int>(wanted.scope), core::level_name(wanted.level), wanted.region.c_str(), wanted.role.c_str()};
        bank_cache->begin_load(wanted);
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
            run_step(&error, pg::run_guarded([&] {
                bank_cache->add_row(active_draw->missing_keys()[k], type, id, usage, skills, skill_lengths, skill_count);
            }, &error));
        }
        MemoryContextSwitchTo(caller_context);
        MemoryContextReset(row_context);
        SPI_freetuptable(table);
        CHECK_FOR_INTERRUPTS();
    }
    SPI_cursor_close(cursor);
    run_step(&error, pg::run_guarded([&] { bank_cache->finish_load(active_draw->missing_keys()[k]); }, &error));
}

// Fetches the current usage_count of the ids the draw asked for and hands them over.
void fetch_usage(size_t count) {
    pg::GuardError error;
    const int32_t* wanted = nullptr;
    run_step(&error, pg::run_guarded([&] { wanted = active_draw->usage_request().data(); }, &error));
    Datum* elements = static_cast<Datum*>(palloc(sizeof(Datum) * (count + 1)));
    for (size_t i = 0; i < count; ++i) elements[i] = Int32GetDatum(wanted[i]);
    ArrayType* ids = construct_array(elements, static_cast<int>(count), INT4OID, sizeof(int32), true, TYPALIGN_INT);
    Datum args[1] = {PointerGetDatum(ids)};
    int rc = SPI_execute_plan(usage_plan, args, nullptr, true, 0);
    if (rc != SPI_OK_SELECT) elog(ERROR, "sample_questions: reading usage counts failed (%s)", SPI_result_code_string(rc));
    const uint64 rows = SPI_processed;
    int32* found_ids = static_cast<int32*>(palloc(sizeof(int32) * (rows + 1)));
    int32* found_usage = static_cast<int32*>(palloc(sizeof(int32) * (rows + 1)));
    for (uint64 r = 0; r < rows; ++r) {
        bool is_null = false;
        found_ids[r] = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &is_null));
        found_usage[r] = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 2, &is_null));
    }
    SPI_freetuptable(SPI_tuptable);
    run_step(&error, pg::run_guarded([&] { active_draw->provide_usage(found_ids, found_usage, rows); }, &error));
}

// Brings the cache to the bank's current token: nothing to do, a patch of the questions the
// change log names since the cache's token, or a reset (entries reload when next needed).
void sync_cache(int64 token, Oid version_table, int64 log_from, bool own_version) {
    pg::GuardError error;
    bool patch = false;
    int64 from = 0;
    run_step(&error, pg::run_guarded([&] {
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
            run_step(&error, pg::run_guarded([&] { bank_cache->reset(token, version_table); }, &error));
        } else {
            elog(DEBUG1, "sample_questions: cache patched for %d changed questions", static_cast<int>(count));
            int32* removed = static_cast<int32*>(palloc(sizeof(int32) * (count + 1)));
            for (uint64 r = 0; r < count; ++r) removed[r] = DatumGetInt32(ids[r]);
            run_step(&error, pg::run_guarded([&] {
                bank_cache->begin_patch();
                for (uint64 r = 0; r < count; ++r) bank_cache->remove_question(removed[r]);
            }, &error));
            Datum args[1] = {PointerGetDatum(construct_array(ids, static_cast<int>(count), INT4OID, sizeof(int32), true, TYPALIGN_INT))};
            rc = SPI_execute_plan(rows_plan, args, nullptr, true, 0);
            if (rc != SPI_OK_SELECT) elog(ERROR, "sample_questions: reading changed questions failed");
            SPITupleTable* table = SPI_tuptable;
            for (uint64 r = 0; r < SPI_processed; ++r) {
                HeapTuple tuple = table->vals[r];
                bool nulls[7];
                Datum values[7];
                for (int c = 0; c < 7; ++c) values[c] = SPI_getbinval(tuple, table->tupdesc, c + 1, &nulls[c]);
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
                run_step(&error, pg::run_guarded([&] {
                    bank_cache->add_question(
                        id, std::string_view(VARDATA_ANY(type), VARSIZE_ANY_EXHDR(type)),
                        std::string_view(VARDATA_ANY(level), VARSIZE_ANY_EXHDR(level)),
                        std::string_view(VARDATA_ANY(region), VARSIZE_ANY_EXHDR(region)),
                        roles, role_lengths, role_count, skills, skill_lengths, skill_count, usage);
                }, &error));
            }
            SPI_freetuptable(table);
            run_step(&error, pg::run_guarded([&] { bank_cache->finish_patch(token); }, &error));
        }
    }
    run_step(&error, pg::run_guarded([&] { bank_cache->set_tentative(own_version); }, &error));
}

}  // namespace

extern "C" Datum uh_sample_questions(PG_FUNCTION_ARGS) {
    // Arguments: job_role may be NULL (no role); skills, user_id and seed may be NULL.
    if (PG_ARGISNULL(1)) null_argument("difficulty_level");
    if (PG_ARGISNULL(2)) null_argument("session_type");
    if (PG_ARGISNULL(3)) null_argument("n");
    if (PG_ARGISNULL(4)) null_argument("region");
    if (PG_ARGISNULL(6)) null_argument("technical_ratio");
    const char* job_role = PG_ARGISNULL(0) ? "" : text_to_cstring(PG_GETARG_TEXT_PP(0));
    const char* level = text_to_cstring(PG_GETARG_TEXT_PP(1));
    const char* session_type = text_to_cstring(PG_GETARG_TEXT_PP(2));
    const int32 n = PG_GETARG_INT32(3);
    const char* region = text_to_cstring(PG_GETARG_TEXT_PP(4));
    const double technical_ratio = PG_GETARG_FLOAT8(6);
    const bool has_user = !PG_ARGISNULL(7);
    const int32 user_id = has_user ? PG_GETARG_INT32(7) : 0;
    const uint64 seed = PG_ARGISNULL(8) ? pg_prng_uint64(&pg_global_prng_state) : static_cast<uint64>(PG_GETARG_INT64(8));
    int skill_count = 0;
    char** skills = nullptr;
    if (!PG_ARGISNULL(5)) {
        Datum* elements;
        bool* element_nulls;
        int count;
        deconstruct_array(PG_GETARG_ARRAYTYPE_P(5), TEXTOID, -1, false, TYPALIGN_INT, &elements, &element_nulls, &count);
        skills = static_cast<char**>(palloc(sizeof(char*) * (count + 1)));
        for (int i = 0; i < count; ++i)
            if (!element_nulls[i]) skills[skill_count++] = TextDatumGetCString(elements[i]);
    }

    InitMaterializedSRF(fcinfo, 0);
    ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);

    if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, "sample_questions: SPI_connect failed");
    prepare_plans();

    int rc = SPI_execute_plan(version_plan, nullptr, nullptr, true, 1);
    if (rc != SPI_OK_SELECT || SPI_processed != 1)
        elog(ERROR, "sample_questions: the question bank version is missing");
    bool is_null = false;
    const int64 token = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &is_null));
    const Oid version_table = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &is_null));
    const int64 log_from = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &is_null));
    const TransactionId version_xmin =
        static_cast<TransactionId>(DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4, &is_null)));
    SPI_freetuptable(SPI_tuptable);
    // A version written by this very transaction (or a subtransaction of it) is not committed:
    // a cache built on it is only trusted until the token changes.
    const bool own_version = TransactionIdIsCurrentTransactionId(version_xmin);
    sync_cache(token, version_table, log_from, own_version);

    int32* recent = nullptr;
    uint64 recent_count = 0;
    if (has_user) {
        Datum args[1] = {Int32GetDatum(user_id)};
        rc = SPI_execute_plan(recent_plan, args, nullptr, true, 0);
        if (rc != SPI_OK_SELECT) elog(ERROR, "sample_questions: reading recent sessions failed");
        recent_count = SPI_processed;
        recent = static_cast<int32*>(palloc(sizeof(int32) * (recent_count + 1)));
        for (uint64 r = 0; r < recent_count; ++r)
            recent[r] = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &is_null));
        SPI_freetuptable(SPI_tuptable);
    }

    pg::GuardError error;
    run_step(&error, pg::run_guarded([&] {
        delete active_draw;
        active_draw = nullptr;
        if (bank_cache->total_rows() > cache_row_limit) bank_cache->clear_entries();
        core::DrawRequest request;
        request.kind = core::parse_session_kind(session_type);
        request.level = core::parse_level(level);
        request.n = n;
        request.technical_ratio = technical_ratio;
        request.region = region;
        request.job_role = job_role;
        for (int i = 0; i < skill_count; ++i) request.skills.emplace_back(skills[i]);
        request.recent_ids.assign(recent, recent + recent_count);
        request.seed = seed;
        active_draw = new core::Draw(*bank_cache, std::move(request));
    }, &error));

    MemoryContext row_context = AllocSetContextCreate(CurrentMemoryContext, "sample_questions rows", ALLOCSET_SMALL_SIZES);
    for (;;) {
        int need = 0;
        size_t count = 0;
        run_step(&error, pg::run_guarded([&] {
            const core::Draw::Need step = active_draw->next();
            need = static_cast<int>(step);
            count = step == core::Draw::Need::keys ? active_draw->missing_keys().size() : active_draw->usage_request().size();
        }, &error));
        if (need == static_cast<int>(core::Draw::Need::done)) break;
        if (need == static_cast<int>(core::Draw::Need::keys)) {
            for (size_t k = 0; k < count; ++k) load_key(k, row_context);
        } else {
            fetch_usage(count);
        }
        CHECK_FOR_INTERRUPTS();
    }

    bool satisfied = false;
    const char* shortage_message = nullptr;
    const char* shortage_detail = nullptr;
    const char* notices[max_notices];
    int notice_count = 0;
    ResultView results[core::max_questions_per_draw];
    int result_count = 0;
    run_step(&error, pg::run_guarded([&] {
        satisfied = active_draw->satisfied();
        shortage_message = active_draw->shortage_message().c_str();
        shortage_detail = active_draw->shortage_detail().c_str();
        for (const auto& notice : active_draw->notices())
            if (notice_count < max_notices) notices[notice_count++] = notice.c_str();
        for (const auto& drawn : active_draw->result())
            if (result_count < core::max_questions_per_draw)
                results[result_count++] = {drawn.id, drawn.type.c_str(), core::level_name(drawn.level),
                                           drawn.region.c_str(), drawn.selection.c_str()};
    }, &error));

    if (!satisfied) {
        char* message = pstrdup(shortage_message);
        char* detail = pstrdup(shortage_detail);
        run_step(&error, pg::run_guarded([&] { delete active_draw; active_draw = nullptr; }, &error));
        ereport(ERROR, (errcode(ERRCODE_NO_DATA_FOUND), errmsg("%s", message), errdetail("%s", detail),
                        errhint("Lower n, widen the region, or add questions to the bank.")));
    }
    for (int i = 0; i < notice_count; ++i) ereport(NOTICE, (errmsg("%s", notices[i])));
    for (int i = 0; i < result_count; ++i) {
        Datum values[6] = {Int32GetDatum(i + 1), Int32GetDatum(results[i].id), CStringGetTextDatum(results[i].type),
                           CStringGetTextDatum(results[i].level), CStringGetTextDatum(results[i].region),
                           CStringGetTextDatum(results[i].selection)};
        bool nulls[6] = {false, false, false, false, false, false};
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    run_step(&error, pg::run_guarded([&] {
        // Usage has grown well past what the cache loaded: reload it next time (tighter bounds).
        if (active_draw->cache_usage_freshness() < 0.5) bank_cache->clear_entries();
        delete active_draw;
        active_draw = nullptr;
    }, &error));
    MemoryContextDelete(row_context);
    SPI_finish();
    return (Datum) 0;
}
