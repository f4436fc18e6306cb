// The question side of an analysis, tokenised and ready for the core: question text, sample
// answer, key points (with aliases) and common mistakes. Plain palloc'd data, so the trigger
// can keep it per question in a long-lived memory context.
#pragma once

#include "pg/postgres_headers.hpp"

extern "C" {
#include "utils/jsonb.h"
}

#include "pg/guard.hpp"
#include "core/analysis.hpp"
#include "core/key_points.hpp"

namespace utopiahire::pg {

struct PreparedQuestion {
    Oid config;
    core::RawText question;        // text == nullptr when absent
    core::RawText sample;
    core::RawQuestionText* items;
    int nitems;
    char* question_type;           // may be nullptr
    char* difficulty;              // may be nullptr
    core::FeedbackLanguage language;   // of the feedback texts, from the configuration
    core::QuestionModel* model;    // the core's question side, once built (see ensure_question_model)
};

// Checks key_points / common_mistakes (JSON text, nullptr = none) through the core, with the
// given wording checks (core/key_points.hpp), and tokenises everything into the current memory
// context. Any text argument may be nullptr. Outer frame only: ereports on bad input.
void prepare_question(Oid config, const char* key_points_json, const char* common_mistakes_json,
                      const char* question_text, const char* sample_answer, const char* question_type,
                      const char* difficulty, core::WordingChecks checks, PreparedQuestion* out);

// The question-side arguments of the SQL functions as they arrived (see fetched_argument):
// fetched when stored out of line, still compressed when they came compressed; nullptr = NULL.
struct QuestionArguments {
    varlena* key_points;        // jsonb
    varlena* common_mistakes;   // jsonb
    varlena* question_text;     // text
    varlena* sample_answer;
    varlena* question_type;
    varlena* difficulty;
};

// Argument arg of the call as it arrived, fetched from its TOAST table when stored out of line (a
// cache hit is proven by content, never by a TOAST pointer) but not decompressed nor copied:
// prepare_question_cached compares these bytes (equal bytes, equal content) and detoasts only
// on a miss. nullptr when NULL. Outer frame only.
varlena* fetched_argument(FunctionCallInfo fcinfo, int arg);

// The same, kept per backend for identical arguments (the SQL functions are called row after
// row with the same question): returns a prepared question in a long-lived memory context,
// dropped when text-search dictionaries change or the cache grows. The cache is keyed by the
// arguments' bytes as they arrived (compressed ones compressed), so a hit decompresses and
// converts nothing (no jsonb to text, no copies).
PreparedQuestion* prepare_question_cached(Oid config, const QuestionArguments& arguments);

// Builds the core's question model of a prepared question once; the model is destroyed when
// owner (the memory context holding the prepared question) is reset or deleted.
const core::QuestionModel& ensure_question_model(PreparedQuestion* question, MemoryContext owner);

// The core's input over a prepared question and a tokenised answer (plain views, no copy).
core::AnalysisInput analysis_input(const PreparedQuestion& question, const core::RawText& answer);

// Tokenises the answer (text of len bytes) with the question's configuration, checking its
// size first (54000). Outer frame only.
void tokenize_answer(const PreparedQuestion& question, const char* text, int len, core::RawText* out);

}  // namespace utopiahire::pg
