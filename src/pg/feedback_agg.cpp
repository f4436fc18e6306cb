// interview_feedback_agg(interview_answers [, category text]): transition, combine, serialize,
// deserialize and final functions, and the transition of _interview_feedback_agg_columns (the
// same aggregate over the columns, see feedback_rewrite.cpp). The feedback logic is
// core::FeedbackAccumulator; this file reads the answer's attributes (outer frame) and hands
// borrowed views to the core.
//
// The aggregate state is a C++ object on the C++ heap. It cannot live in palloc'd memory (its
// destructor would never run), so a small POD (FeedbackState) in the aggregate's memory context
// points at it, and a reset callback on that context deletes it: when PostgreSQL resets or
// deletes the context (end of group, end of query, or error abort) the C++ object goes with it.
#include "pg/postgres_headers.hpp"

extern "C" {
#include "access/htup_details.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"
}

#include "pg/guard.hpp"
#include "pg/jsonb_flat.hpp"
#include "core/feedback.hpp"

#include <cstdlib>
#include <cstring>
#include <string_view>
#include <type_traits>

using namespace utopiahire;

extern "C" {
PG_FUNCTION_INFO_V1(uh_feedback_agg_transfn);
PG_FUNCTION_INFO_V1(uh_feedback_agg_columns_transfn);
PG_FUNCTION_INFO_V1(uh_feedback_agg_combinefn);
PG_FUNCTION_INFO_V1(uh_feedback_agg_serialfn);
PG_FUNCTION_INFO_V1(uh_feedback_agg_deserialfn);
PG_FUNCTION_INFO_V1(uh_feedback_agg_finalfn);
}

namespace {

struct FeedbackState {
    core::FeedbackAccumulator* accumulator;   // C++ heap, owned through `callback`
    MemoryContextCallback callback;
};

void delete_accumulator(void* arg) {
    auto* state = static_cast<FeedbackState*>(arg);
    delete state->accumulator;   // std container destructors are noexcept
    state->accumulator = nullptr;
}

// A state in `context` (outer frame: allocation may ereport, the C++ part runs guarded).
FeedbackState* new_state(MemoryContext context) {
    auto* state = static_cast<FeedbackState*>(MemoryContextAllocZero(context, sizeof(FeedbackState)));
    state->callback.func = delete_accumulator;
    state->callback.arg = state;
    MemoryContextRegisterResetCallback(context, &state->callback);
    pg::GuardError error;
    if (!pg::run_guarded([&] { state->accumulator = new core::FeedbackAccumulator(); }, &error))
        pg::report_guard_error(error);
    return state;
}

// The columns the aggregate reads, found by name once per query (fn_extra), so the code does
// not depend on column positions.
enum Column {
    col_relevance, col_completeness, col_clarity, col_technical, col_communication, col_overall,
    col_time, col_words, col_sentiment, col_answer, col_strengths, col_weaknesses, col_missing,
    column_count
};
const char* const column_names[column_count] = {
    "relevance_score", "completeness_score", "clarity_score", "technical_accuracy_score",
    "communication_score", "overall_score", "time_taken_seconds", "word_count", "sentiment",
    "user_answer", "strengths", "weaknesses", "missing_points"};

struct RowLayout {
    Oid type_id;
    int32 typmod;
    TupleDesc desc;
    int attnum[column_count];   // 0-based index into values, or -1 when absent
    Datum* values;
    bool* nulls;
};

RowLayout* row_layout(FunctionCallInfo fcinfo, HeapTupleHeader row) {
    const Oid type_id = HeapTupleHeaderGetTypeId(row);
    const int32 typmod = HeapTupleHeaderGetTypMod(row);
    auto* layout = static_cast<RowLayout*>(fcinfo->flinfo->fn_extra);
    if (layout != nullptr && layout->type_id == type_id && layout->typmod == typmod) return layout;

    MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
    TupleDesc looked_up = lookup_rowtype_tupdesc(type_id, typmod);
    TupleDesc desc = CreateTupleDescCopy(looked_up);
    ReleaseTupleDesc(looked_up);
    layout = static_cast<RowLayout*>(palloc0(sizeof(RowLayout)));
    layout->type_id = type_id;
    layout->typmod = typmod;
    layout->desc = desc;
    layout->values = static_cast<Datum*>(palloc(sizeof(Datum) * Max(desc->natts, 1)));
    layout->nulls = static_cast<bool*>(palloc(sizeof(bool) * Max(desc->natts, 1)));
    for (int c = 0; c < column_count; ++c) {
        layout->attnum[c] = -1;
        for (int i = 0; i < desc->natts; ++i) {
            Form_pg_attribute att = TupleDescAttr(desc, i);
            if (!att->attisdropped && std::strcmp(NameStr(att->attname), column_names[c]) == 0) {
                layout->attnum[c] = i;
                break;
            }
        }
    }
    MemoryContextSwitchTo(old);
    fcinfo->flinfo->fn_extra = layout;
    return layout;
}

constexpr int max_list_items = 32;

// The views of the current row's three lists (strengths, weaknesses, missing points), valid
// during one transition call. Static rather than locals: locals were value-initialised (three
// arrays of 32 views zeroed) on every row, which showed in profiles. Trivially destructible,
// constant-initialised, and a backend runs one transition call at a time.
std::string_view row_strengths[max_list_items], row_weaknesses[max_list_items], row_missing[max_list_items];

inline uint32 load_u32(const char* p) {
    uint32 value;
    std::memcpy(&value, p, sizeof value);
    return value;
}

// Whether a varlena must be detoasted before its bytes are read: out of line (a TOAST pointer)
// or compressed. Not "extended and not short": VARATT_IS_SHORT is true of a TOAST pointer too,
// whose 16 bytes would then be read as the value (the column aggregate receives such pointers;
// the whole-row form gets a flattened copy, but its category argument may be one).
inline bool needs_detoast(const struct varlena* value) {
    return VARATT_IS_EXTERNAL(value) || VARATT_IS_COMPRESSED(value);
}

// The strings of a jsonb array of strings (other elements skipped; a lone string is a list of
// one), as views into the stored value: its JEntry array is read in place (with unaligned
// loads, so that a short-header value needs no aligned copy), no detoast unless compressed or
// out of line. This runs for three columns of every row the aggregate sees.
int read_text_list(Datum datum, std::string_view* out) {
    struct varlena* value = reinterpret_cast<struct varlena*>(DatumGetPointer(datum));
    if (needs_detoast(value)) value = pg_detoast_datum(value);
    const char* container = VARDATA_ANY(value);
    if (VARSIZE_ANY_EXHDR(value) < sizeof(uint32)) return 0;
    const uint32 header = load_u32(container);
    if ((header & JB_FARRAY) == 0) return 0;
    const int size = static_cast<int>(header & JB_CMASK);
    const char* entries = container + sizeof(uint32);
    const char* base = entries + sizeof(JEntry) * size;
    uint32 offset = 0;
    int count = 0;
    for (int i = 0; i < size && count < max_list_items; ++i) {
        const JEntry entry = load_u32(entries + sizeof(JEntry) * i);
        const uint32 start = offset;
        JBE_ADVANCE_OFFSET(offset, entry);
        if (JBE_ISSTRING(entry)) out[count++] = std::string_view(base + start, offset - start);
    }
    return count;
}

// A text value, whole.
std::string_view read_text(Datum datum) {
    struct varlena* value = reinterpret_cast<struct varlena*>(DatumGetPointer(datum));
    if (needs_detoast(value)) value = pg_detoast_datum_packed(value);
    return std::string_view(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value));
}

// The answer text as the core reads it: whole when it counts the words (no word_count), else
// only the first max_hedge_scan bytes that hedging reads, so that a long answer is not
// detoasted whole for nothing.
std::string_view read_answer_text(Datum datum, const core::AnswerFacts& facts) {
    if (facts.word_count < 0) return read_text(datum);
    struct varlena* value = reinterpret_cast<struct varlena*>(DatumGetPointer(datum));
    if (needs_detoast(value)) value = pg_detoast_datum_slice(value, 0, static_cast<int32>(core::max_hedge_scan));
    return std::string_view(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value));
}


// The transition functions hold the facts in their outer frame, across calls that may ereport.
static_assert(std::is_trivially_destructible_v<core::AnswerFacts>, "AnswerFacts lives in a frame that may longjmp");

// The guarded part of both transition functions: the facts (views into the row) into the state.
void add_answer(FeedbackState* state, core::AnswerFacts& facts, std::string_view sentiment) {
    pg::GuardError error;
    if (!pg::run_guarded([&] {
            facts.sentiment = core::parse_sentiment(sentiment);
            state->accumulator->add(facts);
        }, &error))
        pg::report_guard_error(error);
}

// Adds one answer whose fields come from wherever the caller reads them (the attributes of a
// row, or the column aggregate's arguments): present(c) and value(c) for each Column, and the
// category or nullptr. Outer frame: detoasting may ereport.
template <typename Present, typename Value>
void add_answer_fields(FeedbackState* state, Present present, Value value, const Datum* category) {
    auto read_int = [&](Column c) { return present(c) ? DatumGetInt32(value(c)) : -1; };
    core::AnswerFacts facts;
    for (int d = 0; d < core::dimension_count; ++d) facts.scores[d] = read_int(static_cast<Column>(col_relevance + d));
    facts.time_taken_seconds = read_int(col_time);
    facts.word_count = read_int(col_words);
    std::string_view sentiment;
    if (present(col_sentiment)) sentiment = read_text(value(col_sentiment));
    if (present(col_strengths)) facts.strengths = {row_strengths, read_text_list(value(col_strengths), row_strengths), true};
    if (present(col_weaknesses)) facts.weaknesses = {row_weaknesses, read_text_list(value(col_weaknesses), row_weaknesses), true};
    if (present(col_missing)) facts.missing_points = {row_missing, read_text_list(value(col_missing), row_missing), true};
    // The answer text only when the core will read it (core::needs_answer_text is a plain
    // noexcept function): an analysed answer needs no detoasting of its text.
    if (present(col_answer) && core::needs_answer_text(facts)) facts.answer_text = read_answer_text(value(col_answer), facts);
    if (category != nullptr) facts.category = read_text(*category);
    add_answer(state, facts, sentiment);
}

}  // namespace

// interview_feedback_agg transition: (state internal, answer interview_answers [, category text]).
extern "C" Datum uh_feedback_agg_transfn(PG_FUNCTION_ARGS) {
    MemoryContext aggcontext;
    if (!AggCheckCallContext(fcinfo, &aggcontext))
        ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                        errmsg("interview_feedback_agg transition function called in a non-aggregate context")));
    FeedbackState* state = PG_ARGISNULL(0) ? nullptr : reinterpret_cast<FeedbackState*>(PG_GETARG_POINTER(0));
    if (PG_ARGISNULL(1)) {
        if (state == nullptr) PG_RETURN_NULL();
        PG_RETURN_POINTER(state);
    }
    if (state == nullptr) state = new_state(aggcontext);

    HeapTupleHeader row = PG_GETARG_HEAPTUPLEHEADER(1);
    RowLayout* layout = row_layout(fcinfo, row);
    HeapTupleData tuple;
    tuple.t_len = HeapTupleHeaderGetDatumLength(row);
    ItemPointerSetInvalid(&tuple.t_self);
    tuple.t_tableOid = InvalidOid;
    tuple.t_data = row;
    heap_deform_tuple(&tuple, layout->desc, layout->values, layout->nulls);

    auto present = [&](Column c) { return layout->attnum[c] >= 0 && !layout->nulls[layout->attnum[c]]; };
    auto value = [&](Column c) { return layout->values[layout->attnum[c]]; };
    const bool has_category = PG_NARGS() > 2 && !PG_ARGISNULL(2);
    add_answer_fields(state, present, value, has_category ? &fcinfo->args[2].value : nullptr);
    PG_RETURN_POINTER(state);
}

// _interview_feedback_agg_columns transition: the same answer as columns, (state internal,
// id int, user_answer text, time_taken_seconds int, the six scores int (relevance, completeness,
// clarity, technical_accuracy, communication, overall), strengths jsonb, weaknesses jsonb,
// missing_points jsonb, word_count int, sentiment varchar, category text). The planner hook
// (feedback_rewrite.cpp) calls it in place of interview_feedback_agg over a table row, so that
// PostgreSQL passes the columns themselves instead of building a copy of the whole row. A NULL
// id (a NOT NULL column, checked by the hook) stands for a NULL row, which is skipped, as
// interview_feedback_agg skips one (e.g. the missing side of an outer join).
extern "C" Datum uh_feedback_agg_columns_transfn(PG_FUNCTION_ARGS) {
    enum Arg {
        arg_id = 1, arg_answer, arg_time, arg_relevance, arg_overall = arg_relevance + core::dimension_count - 1,
        arg_strengths, arg_weaknesses, arg_missing, arg_words, arg_sentiment, arg_category, arg_count
    };
    MemoryContext aggcontext;
    if (!AggCheckCallContext(fcinfo, &aggcontext))
        ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                        errmsg("interview_feedback_agg transition function called in a non-aggregate context")));
    if (PG_NARGS() != arg_count)
        ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR),
                        errmsg("interview_feedback_agg column transition called with %d arguments", PG_NARGS())));
    FeedbackState* state = PG_ARGISNULL(0) ? nullptr : reinterpret_cast<FeedbackState*>(PG_GETARG_POINTER(0));
    if (PG_ARGISNULL(arg_id)) {
        if (state == nullptr) PG_RETURN_NULL();
        PG_RETURN_POINTER(state);
    }
    if (state == nullptr) state = new_state(aggcontext);

    // Each Column at its argument position.
    int arg_of[column_count];
    for (int d = 0; d < core::dimension_count; ++d) arg_of[col_relevance + d] = arg_relevance + d;
    arg_of[col_time] = arg_time;
    arg_of[col_words] = arg_words;
    arg_of[col_sentiment] = arg_sentiment;
    arg_of[col_answer] = arg_answer;
    arg_of[col_strengths] = arg_strengths;
    arg_of[col_weaknesses] = arg_weaknesses;
    arg_of[col_missing] = arg_missing;
    auto present = [&](Column c) { return !PG_ARGISNULL(arg_of[c]); };
    auto value = [&](Column c) { return PG_GETARG_DATUM(arg_of[c]); };
    add_answer_fields(state, present, value, PG_ARGISNULL(arg_category) ? nullptr : &fcinfo->args[arg_category].value);
    PG_RETURN_POINTER(state);
}

// Combine: merges the second partial state into the first (created in the aggregate context
// when absent). Not strict: PostgreSQL requires that of combine functions over internal.
extern "C" Datum uh_feedback_agg_combinefn(PG_FUNCTION_ARGS) {
    MemoryContext aggcontext;
    if (!AggCheckCallContext(fcinfo, &aggcontext))
        ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                        errmsg("interview_feedback_agg combine function called in a non-aggregate context")));
    FeedbackState* into = PG_ARGISNULL(0) ? nullptr : reinterpret_cast<FeedbackState*>(PG_GETARG_POINTER(0));
    FeedbackState* from = PG_ARGISNULL(1) ? nullptr : reinterpret_cast<FeedbackState*>(PG_GETARG_POINTER(1));
    if (from == nullptr) {
        if (into == nullptr) PG_RETURN_NULL();
        PG_RETURN_POINTER(into);
    }
    if (into == nullptr) into = new_state(aggcontext);
    pg::GuardError error;
    if (!pg::run_guarded([&] { into->accumulator->merge(*from->accumulator); }, &error))
        pg::report_guard_error(error);
    PG_RETURN_POINTER(into);
}

// Serialize: the state as bytea, to hand a worker's partial state to the leader.
extern "C" Datum uh_feedback_agg_serialfn(PG_FUNCTION_ARGS) {
    FeedbackState* state = reinterpret_cast<FeedbackState*>(PG_GETARG_POINTER(0));
    pg::GuardBuffer buffer{};
    pg::GuardError error;
    if (!pg::run_guarded([&] { buffer = pg::to_guard_buffer(state->accumulator->serialize()); }, &error))
        pg::report_guard_error(error);
    bytea* result = nullptr;
    PG_TRY();
    {
        result = static_cast<bytea*>(palloc(VARHDRSZ + buffer.size));
        SET_VARSIZE(result, VARHDRSZ + buffer.size);
        std::memcpy(VARDATA(result), buffer.data, buffer.size);
    }
    PG_FINALLY();
    {
        std::free(buffer.data);
    }
    PG_END_TRY();
    PG_RETURN_BYTEA_P(result);
}

// Deserialize: a state from bytea, in the current (per-input-tuple) memory context, whose
// reset deletes it once the combine function has merged it.
extern "C" Datum uh_feedback_agg_deserialfn(PG_FUNCTION_ARGS) {
    if (!AggCheckCallContext(fcinfo, nullptr))
        ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                        errmsg("interview_feedback_agg deserialize function called in a non-aggregate context")));
    bytea* bytes = PG_GETARG_BYTEA_PP(0);
    const char* data = VARDATA_ANY(bytes);
    const size_t size = VARSIZE_ANY_EXHDR(bytes);
    auto* state = static_cast<FeedbackState*>(palloc0(sizeof(FeedbackState)));
    state->callback.func = delete_accumulator;
    state->callback.arg = state;
    MemoryContextRegisterResetCallback(CurrentMemoryContext, &state->callback);
    pg::GuardError error;
    if (!pg::run_guarded([&] {
            state->accumulator = new core::FeedbackAccumulator(core::FeedbackAccumulator::deserialize(data, size));
        }, &error))
        pg::report_guard_error(error);
    PG_RETURN_POINTER(state);
}

// Final: the feedback document (jsonb). Reads the state, never changes it.
extern "C" Datum uh_feedback_agg_finalfn(PG_FUNCTION_ARGS) {
    if (PG_ARGISNULL(0)) PG_RETURN_NULL();
    FeedbackState* state = reinterpret_cast<FeedbackState*>(PG_GETARG_POINTER(0));
    pg::JsonResult result{};
    pg::GuardError error;
    if (!pg::run_guarded([&] {
            std::string flat;
            const bool flat_ok = state->accumulator->document_flat(flat);
            result = pg::json_result(flat_ok, flat, [&] { return state->accumulator->document().dump(); });
        }, &error))
        pg::report_guard_error(error);
    PG_RETURN_DATUM(pg::json_result_to_jsonb(&result));
}
