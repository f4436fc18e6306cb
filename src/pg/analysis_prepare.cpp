#include "pg/postgres_headers.hpp"

#include "pg/analysis_prepare.hpp"

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
                      const char* difficulty, PreparedQuestion* out) {
    std::memset(out, 0, sizeof(*out));
    out->config = config;
    GuardBuffer flat_buffer{};
    GuardError error;
    if (!run_guarded(
            [&] {
                const auto texts = core::question_texts(key_points_json ? key_points_json : "{}",
                                                        common_mistakes_json ? common_mistakes_json : "");
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
    return input;
}

}  // namespace utopiahire::pg
