// sample_questions(job_role, difficulty_level, session_type, n, region, skills, technical_ratio,
// user_id, seed, language): the SQL entry point of the sampler (src/core/sampler.hpp).
//
// The draw is a state machine in the core; this file does its I/O. The outer frame (this
// function) reads the arguments, runs SPI and builds the result set; each step of the draw runs
// in an inner frame through run_guarded. Between steps the draw asks either for cache entries
// (loaded by sampling_cache.cpp) or for the current usage_count of a few candidate ids.
//
// Two C++ objects outlive a single inner frame, reached through plain pointers (no static
// destructors; they are created and deleted only inside guarded frames):
//   - the per-backend cache of candidate ids (sampling_cache.hpp), brought up to date with the
//     bank's version token at the start of each call;
//   - active_draw: the draw of the current call. If the outer frame errors out between steps
//     (an SPI error, a cancel), the draw is left behind and the next call frees it first.
#include "pg/postgres_headers.hpp"

extern "C" {
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "common/pg_prng.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"
}

#include "pg/guard.hpp"
#include "pg/sampling_cache.hpp"
#include "core/question_cache.hpp"
#include "core/sampler.hpp"

using namespace utopiahire;

extern "C" {
PG_FUNCTION_INFO_V1(uh_sample_questions);
}

namespace {

core::Draw* active_draw = nullptr;

SPIPlanPtr version_plan = nullptr;
SPIPlanPtr recent_plan = nullptr;
SPIPlanPtr usage_plan = nullptr;

void prepare_plans() {
    pg::sampler_cache::prepare_plans();
    if (version_plan != nullptr) return;
    Oid int4_arg[1] = {INT4OID};
    Oid int4_array_arg[1] = {INT4ARRAYOID};
    char recent_query[512];
    snprintf(recent_query, sizeof(recent_query),
             "SELECT DISTINCT iq.question_id FROM interview_questions iq "
             "WHERE iq.question_id IS NOT NULL AND iq.session_id IN ("
             "  SELECT s.id FROM interview_sessions s WHERE s.user_id = $1"
             "  ORDER BY s.started_at DESC, s.id DESC LIMIT %d)",
             core::recent_sessions_avoided);
    recent_plan = pg::prepare_kept(recent_query, 1, int4_arg);
    usage_plan = pg::prepare_kept("SELECT id, coalesce(usage_count, 0) FROM question_bank WHERE id = ANY($1)", 1, int4_array_arg);
    // last: a failure above prepares everything again next time
    version_plan = pg::prepare_kept("SELECT token, tableoid, log_from, xmin::text::bigint FROM _question_bank_version", 0, nullptr);
}

[[noreturn]] void null_argument(const char* name) {
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("%s must not be null", name)));
    pg_unreachable();
}

// Plain copy of a drawn question for the outer frame (no C++ objects).
struct ResultView {
    int32 id;
    const char* type;
    const char* level;
    const char* region;
    const char* selection;
};

constexpr int max_notices = 32;

// Fetches the current usage_count of the ids the draw asked for and hands them over.
void fetch_usage(size_t count) {
    pg::GuardError error;
    const int32_t* wanted = nullptr;
    pg::run_step(&error, pg::run_guarded([&] { wanted = active_draw->usage_request().data(); }, &error));
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
    pg::run_step(&error, pg::run_guarded([&] { active_draw->provide_usage(found_ids, found_usage, rows); }, &error));
}

}  // namespace

extern "C" Datum uh_sample_questions(PG_FUNCTION_ARGS) {
    // Arguments: job_role may be NULL (no role); skills, user_id and seed may be NULL; language
    // NULL means any language.
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
    // Languages in order of preference: the asked one, then English (none: any language).
    Oid languages[2];
    const char* language_names[2];
    int language_count = 0;
    if (!PG_ARGISNULL(9)) {
        const Oid english = DatumGetObjectId(DirectFunctionCall1(regconfigin, CStringGetDatum("pg_catalog.english")));
        languages[language_count++] = PG_GETARG_OID(9);
        if (languages[0] != english) languages[language_count++] = english;
        for (int i = 0; i < language_count; ++i)
            language_names[i] = DatumGetCString(DirectFunctionCall1(regconfigout, ObjectIdGetDatum(languages[i])));
    }
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
    pg::sampler_cache::sync(token, version_table, log_from, own_version);
    core::BankCache* bank_cache = pg::sampler_cache::get();

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
    pg::run_step(&error, pg::run_guarded([&] {
        delete active_draw;
        active_draw = nullptr;
        core::DrawRequest request;
        request.kind = core::parse_session_kind(session_type);
        request.level = core::parse_level(level);
        request.n = n;
        request.technical_ratio = technical_ratio;
        request.region = region;
        request.job_role = job_role;
        for (int i = 0; i < skill_count; ++i) request.skills.emplace_back(skills[i]);
        request.recent_ids.assign(recent, recent + recent_count);
        for (int i = 0; i < language_count; ++i) request.languages.push_back({languages[i], language_names[i]});
        request.seed = seed;
        active_draw = new core::Draw(*bank_cache, std::move(request));
    }, &error));

    MemoryContext row_context = AllocSetContextCreate(CurrentMemoryContext, "sample_questions rows", ALLOCSET_SMALL_SIZES);
    for (;;) {
        int need = 0;
        size_t count = 0;
        pg::run_step(&error, pg::run_guarded([&] {
            const core::Draw::Need step = active_draw->next();
            need = static_cast<int>(step);
            count = step == core::Draw::Need::keys ? active_draw->missing_keys().size() : active_draw->usage_request().size();
        }, &error));
        if (need == static_cast<int>(core::Draw::Need::done)) break;
        if (need == static_cast<int>(core::Draw::Need::keys)) {
            for (size_t k = 0; k < count; ++k) {
                const core::CacheKey* key = nullptr;
                pg::run_step(&error, pg::run_guarded([&] { key = &active_draw->missing_keys()[k]; }, &error));
                pg::sampler_cache::load(key, row_context);
            }
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
    pg::run_step(&error, pg::run_guarded([&] {
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
        pg::run_step(&error, pg::run_guarded([&] { delete active_draw; active_draw = nullptr; }, &error));
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
    pg::run_step(&error, pg::run_guarded([&] {
        // Usage has grown well past what the cache loaded: reload it next time (tighter bounds).
        if (active_draw->cache_usage_freshness() < 0.5) bank_cache->clear_entries();
        delete active_draw;
        active_draw = nullptr;
    }, &error));
    MemoryContextDelete(row_context);
    SPI_finish();
    return (Datum) 0;
}
