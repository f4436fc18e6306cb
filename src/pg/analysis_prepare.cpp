#include "pg/postgres_headers.hpp"

extern "C" {
#include "access/detoast.h"
#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
}

#include "pg/analysis_prepare.hpp"

#include "pg/feedback_language.hpp"
#include "pg/ts_tokens.hpp"
#include "core/key_points.hpp"

#include <cstring>

namespace utopiahire::pg {

namespace {

uint32 get_u32(const char* p) {
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return static_cast<uint32>(b[0]) | (static_cast<uint32>(b[1]) << 8) | (static_cast<uint32>(b[2]) << 16) |
           (static_cast<uint32>(b[3]) << 24);
}

void tokenize_optional(Oid config, const char* source, core::RawText* out) {
    if (source == nullptr) {
        std::memset(out, 0, sizeof(*out));
        return;
    }
    const int len = static_cast<int>(std::strlen(source));
    tokenize_text(config, pnstrdup(source, len), len, out);
}

}  // namespace

void prepare_question(Oid config, const char* key_points_json, const char* common_mistakes_json,
                      const char* question_text, const char* sample_answer, const char* question_type,
                      const char* difficulty, core::WordingChecks checks, PreparedQuestion* out) {
    std::memset(out, 0, sizeof(*out));
    out->config = config;
    out->language = feedback_language_of(config);
    GuardBuffer flat_buffer{};
    GuardError error;
    if (!run_guarded(
            [&] {
                const auto texts = core::question_texts(key_points_json ? key_points_json : "{}",
                                                        common_mistakes_json ? common_mistakes_json : "", checks);
                flat_buffer = to_guard_buffer(core::serialize_question_texts(texts));
            },
            &error))
        report_guard_error(error);
    text* flat = guard_buffer_to_text(&flat_buffer);
    const char* data = VARDATA_ANY(flat);
    const int size = static_cast<int>(VARSIZE_ANY_EXHDR(flat));

    int count = 0;
    for (int pos = 0; pos + 12 <= size; ++count) pos += 12 + static_cast<int>(get_u32(data + pos + 8));
    out->items = static_cast<core::RawQuestionText*>(palloc0(sizeof(core::RawQuestionText) * (count > 0 ? count : 1)));
    out->nitems = count;
    int pos = 0;
    for (int i = 0; i < count; ++i) {
        core::RawQuestionText& item = out->items[i];
        item.role = static_cast<int32>(get_u32(data + pos));
        item.owner = static_cast<int32>(get_u32(data + pos + 4));
        const int len = static_cast<int>(get_u32(data + pos + 8));
        tokenize_text(config, pnstrdup(data + pos + 12, len), len, &item.text);
        pos += 12 + len;
    }
    tokenize_optional(config, question_text, &out->question);
    tokenize_optional(config, sample_answer, &out->sample);
    out->question_type = question_type ? pstrdup(question_type) : nullptr;
    out->difficulty = difficulty ? pstrdup(difficulty) : nullptr;
}

namespace {

void free_question_model(void* model) {
    core::destroy_question_model(static_cast<core::QuestionModel*>(model));
}

}  // namespace

const core::QuestionModel& ensure_question_model(PreparedQuestion* question, MemoryContext owner) {
    if (question->model != nullptr) return *question->model;
    // The callback is allocated first, so a built model always has its owner.
    auto* callback = static_cast<MemoryContextCallback*>(MemoryContextAllocZero(owner, sizeof(MemoryContextCallback)));
    core::QuestionModel* model = nullptr;
    GuardError error;
    const core::RawText no_answer{};
    if (!run_guarded([&] { model = core::build_question_model(analysis_input(*question, no_answer)); }, &error))
        report_guard_error(error);
    callback->func = free_question_model;
    callback->arg = model;
    MemoryContextRegisterResetCallback(owner, callback);
    question->model = model;
    return *model;
}

namespace {

struct PreparedEntry {
    uint64 hash;             // key, first
    uint64 generation;
    char* arguments;         // the arguments the entry was built from, to rule out collisions
    int arguments_len;
    bool valid;
    PreparedQuestion question;
};

constexpr long max_prepared_entries = 128;   // about 100 kB each (tokens + model)
HTAB* prepared_cache = nullptr;
MemoryContext prepared_context = nullptr;
// The entry the last call returned (entries never move; dropped with the cache): rows of one
// question often come one after another, and comparing their arguments with it is cheaper than
// hashing them.
PreparedEntry* last_entry = nullptr;

void reset_prepared_cache() {
    last_entry = nullptr;
    if (prepared_context != nullptr) MemoryContextDelete(prepared_context);
    prepared_context = AllocSetContextCreate(CacheMemoryContext, "utopiahire prepared questions",
                                             ALLOCSET_DEFAULT_SIZES);
    HASHCTL ctl;
    std::memset(&ctl, 0, sizeof(ctl));
    ctl.keysize = sizeof(uint64);
    ctl.entrysize = sizeof(PreparedEntry);
    ctl.hcxt = prepared_context;
    prepared_cache = hash_create("utopiahire prepared", 64, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

// How an argument's content is keyed: absent, its bytes, or its compressed form (with the
// compression header: method and raw size; a compressor always makes the same bytes of the same
// content, and equal compressed bytes decompress to equal content either way).
enum ArgumentForm : char { argument_absent = 1, argument_plain = 2, argument_compressed = 3 };

ArgumentForm argument_bytes(const varlena* value, const char** bytes, int32* len) {
    if (value == nullptr) {
        *bytes = nullptr;
        *len = 0;
        return argument_absent;
    }
    if (VARATT_IS_COMPRESSED(value)) {
        *bytes = VARDATA(value);
        *len = static_cast<int32>(VARSIZE(value) - VARHDRSZ);
        return argument_compressed;
    }
    *bytes = VARDATA_ANY(value);
    *len = static_cast<int32>(VARSIZE_ANY_EXHDR(value));
    return argument_plain;
}

void append_argument(StringInfo buf, const varlena* value) {
    const char* bytes;
    int32 len;
    const char form = argument_bytes(value, &bytes, &len);
    appendStringInfoChar(buf, form);
    if (form == argument_absent) return;
    appendBinaryStringInfo(buf, reinterpret_cast<const char*>(&len), sizeof(len));
    appendBinaryStringInfo(buf, bytes, len);
}

// The cache key of the arguments: their bytes (the layout append_argument writes after the
// configuration), hashed and compared in place: a hit copies nothing.
constexpr int argument_count = 6;

void argument_values(const QuestionArguments& a, const varlena* values[argument_count]) {
    values[0] = a.key_points;
    values[1] = a.common_mistakes;
    values[2] = a.question_text;
    values[3] = a.sample_answer;
    values[4] = a.question_type;
    values[5] = a.difficulty;
}

uint64 arguments_hash(Oid config, const varlena* const values[argument_count]) {
    uint64 hash = hash_bytes_extended(reinterpret_cast<const unsigned char*>(&config), sizeof(config), 0);
    for (int i = 0; i < argument_count; ++i) {
        const char* bytes;
        int32 len;
        const ArgumentForm form = argument_bytes(values[i], &bytes, &len);
        hash = form == argument_absent
                   ? hash_bytes_extended(reinterpret_cast<const unsigned char*>("\x01"), 1, hash)
                   : hash_bytes_extended(reinterpret_cast<const unsigned char*>(bytes), len, hash + form);
    }
    return hash;
}

bool same_arguments(const char* stored, int stored_len, Oid config, const varlena* const values[argument_count]) {
    const char* p = stored;
    const char* end = stored + stored_len;
    if (end - p < static_cast<long>(sizeof(config)) || std::memcmp(p, &config, sizeof(config)) != 0) return false;
    p += sizeof(config);
    for (int i = 0; i < argument_count; ++i) {
        const char* bytes;
        int32 len;
        const char form = argument_bytes(values[i], &bytes, &len);
        if (p == end || *p++ != form) return false;
        if (form == argument_absent) continue;
        if (end - p < static_cast<long>(sizeof(len)) + len || std::memcmp(p, &len, sizeof(len)) != 0) return false;
        p += sizeof(len);
        if (std::memcmp(p, bytes, len) != 0) return false;
        p += len;
    }
    return p == end;
}

// The arguments' values, detoasted (on a miss only).
char* jsonb_text(varlena* value) {
    if (value == nullptr) return nullptr;
    Jsonb* jsonb = DatumGetJsonbP(PointerGetDatum(value));
    return JsonbToCString(nullptr, &jsonb->root, static_cast<int>(VARSIZE(jsonb)));
}

char* text_value(varlena* value) { return value ? text_to_cstring(reinterpret_cast<text*>(value)) : nullptr; }

}  // namespace

varlena* fetched_argument(FunctionCallInfo fcinfo, int arg) {
    if (PG_ARGISNULL(arg)) return nullptr;
    varlena* value = reinterpret_cast<varlena*>(DatumGetPointer(PG_GETARG_DATUM(arg)));
    return VARATT_IS_EXTERNAL(value) ? detoast_external_attr(value) : value;
}

PreparedQuestion* prepare_question_cached(Oid config, const QuestionArguments& a) {
    const varlena* values[argument_count];
    argument_values(a, values);
    if (last_entry != nullptr && last_entry->valid && last_entry->generation == tokens_generation() &&
        same_arguments(last_entry->arguments, last_entry->arguments_len, config, values)) {
        ensure_question_model(&last_entry->question, prepared_context);
        return &last_entry->question;
    }
    const uint64 hash = arguments_hash(config, values);
    if (prepared_cache == nullptr || hash_get_num_entries(prepared_cache) > max_prepared_entries)
        reset_prepared_cache();
    bool found = false;
    auto* entry = static_cast<PreparedEntry*>(hash_search(prepared_cache, &hash, HASH_ENTER, &found));
    if (found && entry->valid && entry->generation == tokens_generation() &&
        same_arguments(entry->arguments, entry->arguments_len, config, values)) {
        ensure_question_model(&entry->question, prepared_context);
        last_entry = entry;
        return &entry->question;
    }
    StringInfoData args;
    initStringInfo(&args);
    appendBinaryStringInfo(&args, reinterpret_cast<const char*>(&config), sizeof(config));
    for (const varlena* value : values) append_argument(&args, value);
    entry->valid = false;
    const char* key_points_json = jsonb_text(a.key_points);
    const char* common_mistakes_json = jsonb_text(a.common_mistakes);
    const char* question_text = text_value(a.question_text);
    const char* sample_answer = text_value(a.sample_answer);
    const char* question_type = text_value(a.question_type);
    const char* difficulty = text_value(a.difficulty);
    const uint64 generation = tokens_generation();
    MemoryContext old = MemoryContextSwitchTo(prepared_context);
    PreparedQuestion prepared;
    prepare_question(config, key_points_json, common_mistakes_json, question_text, sample_answer, question_type,
                     difficulty, core::WordingChecks::strict, &prepared);
    char* arguments = static_cast<char*>(palloc(args.len));
    std::memcpy(arguments, args.data, args.len);
    MemoryContextSwitchTo(old);
    if (prepared_cache == nullptr) reset_prepared_cache();   // dropped meanwhile
    entry = static_cast<PreparedEntry*>(hash_search(prepared_cache, &hash, HASH_ENTER, &found));
    entry->question = prepared;
    entry->arguments = arguments;
    entry->arguments_len = args.len;
    entry->generation = generation;
    entry->valid = generation == tokens_generation();
    ensure_question_model(&entry->question, prepared_context);
    last_entry = entry;
    return &entry->question;
}

void tokenize_answer(const PreparedQuestion& question, const char* text, int len, core::RawText* out) {
    if (len > core::max_answer_bytes)
        ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED), errmsg("answer is too long"),
                        errdetail("It has %d bytes; the limit is %d.", len, core::max_answer_bytes)));
    tokenize_text(question.config, text, len, out);
}

core::AnalysisInput analysis_input(const PreparedQuestion& question, const core::RawText& answer) {
    core::AnalysisInput input;
    input.answer = answer;
    input.question = question.question;
    input.sample = question.sample;
    input.items = question.items;
    input.nitems = question.nitems;
    if (question.question_type) input.question_type = question.question_type;
    if (question.difficulty) input.difficulty = question.difficulty;
    input.language = question.language;
    return input;
}

}  // namespace utopiahire::pg
