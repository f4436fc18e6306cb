// The analysis trigger on interview_answers (BEFORE INSERT OR UPDATE OF user_answer, named
// to fire after the integrity trigger and before the overall-score trigger): analyses the
// answer against its question and fills every analysis column the statement did not provide.
// It sits in the insert path, so each backend keeps the tokenised question side per
// question_bank row (checked against the row's xmin, its configuration and the lexeme cache
// generation) and prepared SPI plans.
#include "pg/postgres_headers.hpp"

extern "C" {
#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "tsearch/ts_cache.h"
#include "utils/datum.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/timestamp.h"
}

#include "pg/analysis_prepare.hpp"
#include "pg/guard.hpp"
#include "pg/jsonb_flat.hpp"
#include "pg/ts_tokens.hpp"
#include "core/analysis.hpp"

#include <cstdlib>
#include <cstring>

using namespace utopiahire;
using utopiahire::pg::PreparedQuestion;
using utopiahire::pg::prepare_question;
using utopiahire::pg::tokens_generation;

extern "C" {
PG_FUNCTION_INFO_V1(uh_interview_answers_analyze);
}

namespace {

// The analysis columns, in this order.
enum Column {
    col_relevance, col_completeness, col_clarity, col_accuracy, col_communication,
    col_strengths, col_weaknesses, col_missing, col_suggestions, col_feedback, col_word_count,
    col_sentiment, column_count
};
const char* const column_names[column_count] = {
    "relevance_score", "completeness_score", "clarity_score", "technical_accuracy_score",
    "communication_score", "strengths", "weaknesses", "missing_points", "suggestions",
    "ai_feedback", "word_count", "sentiment"};

struct QuestionEntry {
    int32 question_id;     // hash key, first
    bool valid;
    TransactionId xmin;
    uint64 generation;
    uint64 last_used;      // for eviction of the least recently used entry
    MemoryContext memory;  // the entry's tokens and model (deleting it frees both)
    PreparedQuestion question;
};

constexpr long max_cached_questions = 500;   // each about 40 kB of tokens plus its model

HTAB* question_cache = nullptr;
MemoryContext question_context = nullptr;
uint64 question_clock = 0;
Oid plans_namespace = InvalidOid;
SPIPlanPtr lookup_plan = nullptr;
SPIPlanPtr fetch_plan = nullptr;

void reset_question_cache() {
    if (question_context != nullptr) MemoryContextDelete(question_context);
    question_context = AllocSetContextCreate(CacheMemoryContext, "utopiahire question cache",
                                             ALLOCSET_DEFAULT_SIZES);
    HASHCTL ctl;
    std::memset(&ctl, 0, sizeof(ctl));
    ctl.keysize = sizeof(int32);
    ctl.entrysize = sizeof(QuestionEntry);
    ctl.hcxt = question_context;
    question_cache = hash_create("utopiahire questions", 256, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

// Drops the least recently used entry other than keep (a linear scan: the cache is small).
void evict_least_recent(int32 keep) {
    HASH_SEQ_STATUS status;
    hash_seq_init(&status, question_cache);
    QuestionEntry* oldest = nullptr;
    for (auto* e = static_cast<QuestionEntry*>(hash_seq_search(&status)); e != nullptr;
         e = static_cast<QuestionEntry*>(hash_seq_search(&status)))
        if (e->question_id != keep && (oldest == nullptr || e->last_used < oldest->last_used)) oldest = e;
    if (oldest == nullptr) return;
    if (oldest->memory != nullptr) MemoryContextDelete(oldest->memory);
    const int32 id = oldest->question_id;
    hash_search(question_cache, &id, HASH_REMOVE, nullptr);
}

SPIPlanPtr prepare_plan(const char* query, int nargs, Oid* types) {
    SPIPlanPtr plan = SPI_prepare(query, nargs, types);
    if (plan == nullptr)
        ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("could not prepare analysis query"),
                        errdetail("%s", SPI_result_code_string(SPI_result))));
    if (SPI_keepplan(plan) != 0)
        ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("could not keep analysis query")));
    return plan;
}

void ensure_plans(Oid nsp) {
    if (lookup_plan != nullptr && plans_namespace == nsp) return;
    const char* schema = quote_identifier(get_namespace_name(nsp));
    Oid int4[1] = {INT4OID};
    lookup_plan = prepare_plan(
        psprintf("SELECT q.id, q.xmin::text, q.language::oid FROM %s.interview_questions iq "
                 "JOIN %s.question_bank q ON q.id = iq.question_id WHERE iq.id = $1",
                 schema, schema),
        1, int4);
    fetch_plan = prepare_plan(
        psprintf("SELECT question_text, question_type, difficulty_level, sample_answer, key_points::text, "
                 "common_mistakes::text FROM %s.question_bank WHERE id = $1",
                 schema),
        1, int4);
    plans_namespace = nsp;
}

char* column_text(int col) {
    return SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, col);
}

// The prepared question of an interview question, or nullptr when it has none. Runs inside SPI.
PreparedQuestion* question_of(Oid nsp, int32 interview_question_id) {
    ensure_plans(nsp);
    Datum arg[1] = {Int32GetDatum(interview_question_id)};
    if (SPI_execute_plan(lookup_plan, arg, nullptr, true, 1) != SPI_OK_SELECT)
        ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("analysis question lookup failed")));
    if (SPI_processed == 0) return nullptr;
    bool isnull = false;
    const Datum id_datum = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
    if (isnull) return nullptr;
    const int32 question_id = DatumGetInt32(id_datum);
    const TransactionId xmin = static_cast<TransactionId>(std::strtoul(column_text(2), nullptr, 10));
    const Oid config = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &isnull));

    if (question_cache == nullptr) reset_question_cache();
    bool found = false;
    auto* entry = static_cast<QuestionEntry*>(hash_search(question_cache, &question_id, HASH_ENTER, &found));
    if (!found) {
        entry->valid = false;
        entry->memory = nullptr;
    }
    entry->last_used = ++question_clock;
    if (found && entry->valid && entry->xmin == xmin && entry->question.config == config &&
        entry->generation == tokens_generation()) {
        pg::ensure_question_model(&entry->question, entry->memory);
        return &entry->question;
    }
    entry->valid = false;
    if (entry->memory != nullptr) MemoryContextDelete(entry->memory);   // frees the old model too
    entry->memory = nullptr;
    if (!found && hash_get_num_entries(question_cache) > max_cached_questions) evict_least_recent(question_id);

    Datum fetch_arg[1] = {Int32GetDatum(question_id)};
    if (SPI_execute_plan(fetch_plan, fetch_arg, nullptr, true, 1) != SPI_OK_SELECT || SPI_processed == 0)
        ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("analysis question fetch failed")));
    char* question_text = column_text(1);
    char* question_type = column_text(2);
    char* difficulty = column_text(3);
    char* sample = column_text(4);
    char* key_points = column_text(5);
    char* mistakes = column_text(6);
    const uint64 generation = tokens_generation();
    MemoryContext memory = AllocSetContextCreate(question_context, "utopiahire question", ALLOCSET_SMALL_SIZES);
    entry->memory = memory;   // owned by the entry from here on, even if preparing fails
    MemoryContext old = MemoryContextSwitchTo(memory);
    PreparedQuestion prepared;
    prepare_question(config, key_points, mistakes, question_text, sample, question_type, difficulty,
                     core::WordingChecks::lenient, &prepared);
    MemoryContextSwitchTo(old);
    // Preparing may have reset the lexeme cache (a dictionary changed): then do not keep it.
    entry->question = prepared;
    entry->xmin = xmin;
    entry->generation = generation;
    entry->valid = generation == tokens_generation();
    pg::ensure_question_model(&entry->question, memory);
    return &entry->question;
}

bool same_value(HeapTuple a, HeapTuple b, TupleDesc desc, int attnum) {
    bool null_a = false, null_b = false;
    const Datum va = heap_getattr(a, attnum, desc, &null_a);
    const Datum vb = heap_getattr(b, attnum, desc, &null_b);
    if (null_a || null_b) return null_a == null_b;
    const Form_pg_attribute att = TupleDescAttr(desc, attnum - 1);
    return datumIsEqual(va, vb, att->attbyval, att->attlen);
}

// Attribute numbers of the columns the trigger reads and writes, looked up by name once per
// relation and checked by name on each use (cheap; a changed table is looked up again).
struct ColumnNumbers {
    Oid relid;
    int answer, question, analyzed;
    int columns[column_count];
};
ColumnNumbers cached_numbers = {InvalidOid, 0, 0, 0, {}};

bool names_column(TupleDesc desc, int attnum, const char* name) {
    if (attnum <= 0 || attnum > desc->natts) return false;
    const Form_pg_attribute att = TupleDescAttr(desc, attnum - 1);
    return !att->attisdropped && std::strcmp(NameStr(att->attname), name) == 0;
}

bool numbers_valid(const ColumnNumbers& n, TupleDesc desc) {
    if (!names_column(desc, n.answer, "user_answer") || !names_column(desc, n.question, "interview_question_id") ||
        !names_column(desc, n.analyzed, "analyzed_at"))
        return false;
    for (int c = 0; c < column_count; ++c)
        if (!names_column(desc, n.columns[c], column_names[c])) return false;
    return true;
}

const ColumnNumbers& column_numbers(Relation rel) {
    TupleDesc desc = RelationGetDescr(rel);
    if (cached_numbers.relid == RelationGetRelid(rel) && numbers_valid(cached_numbers, desc)) return cached_numbers;
    cached_numbers.relid = InvalidOid;
    ColumnNumbers n;
    n.relid = RelationGetRelid(rel);
    n.answer = SPI_fnumber(desc, "user_answer");
    n.question = SPI_fnumber(desc, "interview_question_id");
    n.analyzed = SPI_fnumber(desc, "analyzed_at");
    for (int c = 0; c < column_count; ++c) n.columns[c] = SPI_fnumber(desc, column_names[c]);
    if (!numbers_valid(n, desc))
        ereport(ERROR, (errcode(ERRCODE_UNDEFINED_COLUMN),
                        errmsg("_interview_answers_analyze() needs the interview_answers columns")));
    cached_numbers = n;
    return cached_numbers;
}

// Everything the core produced for one row, as plain values and malloc'd buffers.
struct RowAnalysis {
    int scores[5];
    int word_count;
    pg::JsonResult json[4];    // strengths, weaknesses, missing_points, suggestions
    pg::GuardBuffer feedback;
    pg::GuardBuffer sentiment;
};

}  // namespace

extern "C" Datum uh_interview_answers_analyze(PG_FUNCTION_ARGS) {
    if (!CALLED_AS_TRIGGER(fcinfo))
        ereport(ERROR, (errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
                        errmsg("_interview_answers_analyze() must be called as a trigger")));
    TriggerData* trigger = reinterpret_cast<TriggerData*>(fcinfo->context);
    if (!TRIGGER_FIRED_BEFORE(trigger->tg_event) || !TRIGGER_FIRED_FOR_ROW(trigger->tg_event) ||
        TRIGGER_FIRED_BY_DELETE(trigger->tg_event) || TRIGGER_FIRED_BY_TRUNCATE(trigger->tg_event))
        ereport(ERROR, (errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
                        errmsg("_interview_answers_analyze() must fire BEFORE INSERT OR UPDATE FOR EACH ROW")));
    const bool is_update = TRIGGER_FIRED_BY_UPDATE(trigger->tg_event);
    HeapTuple row = is_update ? trigger->tg_newtuple : trigger->tg_trigtuple;
    HeapTuple old_row = is_update ? trigger->tg_trigtuple : nullptr;
    Relation rel = trigger->tg_relation;
    TupleDesc desc = RelationGetDescr(rel);

    const ColumnNumbers& numbers = column_numbers(rel);
    const int answer_att = numbers.answer;
    const int question_att = numbers.question;
    const int analyzed_att = numbers.analyzed;
    const int* atts = numbers.columns;

    bool isnull = false;
    const Datum answer_datum = heap_getattr(row, answer_att, desc, &isnull);
    if (isnull) return PointerGetDatum(row);
    if (is_update && same_value(row, old_row, desc, answer_att)) return PointerGetDatum(row);

    // Columns the statement provided are kept: non-NULL on INSERT, changed on UPDATE.
    bool provided[column_count];
    int missing = 0;
    for (int c = 0; c < column_count; ++c) {
        provided[c] = is_update ? !same_value(row, old_row, desc, atts[c]) : !heap_attisnull(row, atts[c], desc);
        if (!provided[c]) ++missing;
    }
    if (missing == 0) return PointerGetDatum(row);

    const Datum question_datum = heap_getattr(row, question_att, desc, &isnull);
    PreparedQuestion* question = nullptr;
    PreparedQuestion no_question;
    if (!isnull) {
        if (SPI_connect() != SPI_OK_CONNECT)
            ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("SPI_connect failed")));
        question = question_of(RelationGetNamespace(rel), DatumGetInt32(question_datum));
        SPI_finish();
    }
    if (question == nullptr) {
        prepare_question(getTSCurrentConfig(true), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
                         core::WordingChecks::lenient, &no_question);
        question = &no_question;
        pg::ensure_question_model(question, CurrentMemoryContext);
    }
    const core::QuestionModel& model = *question->model;
    text* answer = DatumGetTextPP(answer_datum);
    core::RawText tokens;
    pg::tokenize_answer(*question, VARDATA_ANY(answer), static_cast<int>(VARSIZE_ANY_EXHDR(answer)), &tokens);

    RowAnalysis out;
    std::memset(&out, 0, sizeof(out));
    pg::GuardError error;
    if (!pg::run_guarded(
            [&] {
                const core::AnalysisResult r = core::analyze(model, tokens);
                out.scores[0] = r.relevance;
                out.scores[1] = r.completeness;
                out.scores[2] = r.clarity;
                out.scores[3] = r.technical_accuracy;
                out.scores[4] = r.communication;
                out.word_count = r.word_count;
                const std::vector<std::string>* arrays[4] = {&r.strengths, &r.weaknesses, &r.missing_points,
                                                             &r.suggestions};
                std::string flat;
                for (int i = 0; i < 4; ++i) {
                    const bool flat_ok = core::string_array_flat(*arrays[i], flat);
                    out.json[i] = pg::json_result(flat_ok, flat, [&] { return core::string_array_json(*arrays[i]); });
                }
                out.feedback = pg::to_guard_buffer(r.ai_feedback);
                out.sentiment = pg::to_guard_buffer(r.sentiment);
            },
            &error)) {
        for (auto& b : out.json) std::free(b.buffer.data);
        std::free(out.feedback.data);
        std::free(out.sentiment.data);
        pg::report_guard_error(error);
    }

    Datum values[column_count + 1];
    bool nulls[column_count + 1];
    int cols[column_count + 1];
    int n = 0;
    // Convert every buffer (each conversion frees its bytes), then pick the missing columns.
    Datum converted[column_count];
    for (int i = 0; i < 5; ++i) converted[col_relevance + i] = Int32GetDatum(out.scores[i]);
    for (int i = 0; i < 4; ++i) converted[col_strengths + i] = pg::json_result_to_jsonb(&out.json[i]);
    converted[col_feedback] = PointerGetDatum(pg::guard_buffer_to_text(&out.feedback));
    converted[col_sentiment] = PointerGetDatum(pg::guard_buffer_to_text(&out.sentiment));
    converted[col_word_count] = Int32GetDatum(out.word_count);
    for (int c = 0; c < column_count; ++c) {
        if (provided[c]) continue;
        cols[n] = atts[c];
        values[n] = converted[c];
        nulls[n] = false;
        ++n;
    }
    if (is_update && same_value(row, old_row, desc, analyzed_att)) {
        cols[n] = analyzed_att;
        values[n] = DirectFunctionCall1(timestamptz_timestamp, TimestampTzGetDatum(GetCurrentTransactionStartTimestamp()));
        nulls[n] = false;
        ++n;
    }
    return PointerGetDatum(heap_modify_tuple_by_cols(row, desc, n, cols, values, nulls));
}
