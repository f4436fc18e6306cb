// key_point_coverage(answer, key_points, config) and
// analyze_answer(answer, key_points, question_text, question_type, difficulty_level,
//                sample_answer, common_mistakes, config).
#include "pg/postgres_headers.hpp"

extern "C" {
#include "utils/jsonb.h"
}

#include "pg/analysis_prepare.hpp"
#include "pg/guard.hpp"
#include "pg/jsonb_flat.hpp"
#include "core/analysis.hpp"

using namespace utopiahire;

extern "C" {
PG_FUNCTION_INFO_V1(uh_key_point_coverage);
PG_FUNCTION_INFO_V1(uh_analyze_answer);
}

namespace {

Jsonb* jsonb_arg(FunctionCallInfo fcinfo, int arg) { return PG_ARGISNULL(arg) ? nullptr : PG_GETARG_JSONB_P(arg); }

text* text_arg(FunctionCallInfo fcinfo, int arg) { return PG_ARGISNULL(arg) ? nullptr : PG_GETARG_TEXT_PP(arg); }

}  // namespace

// STRICT: NULL in gives NULL out.
extern "C" Datum uh_key_point_coverage(PG_FUNCTION_ARGS) {
    text* answer = PG_GETARG_TEXT_PP(0);
    const pg::QuestionArguments arguments{jsonb_arg(fcinfo, 1), nullptr, nullptr, nullptr, nullptr, nullptr};
    const pg::PreparedQuestion& question = *pg::prepare_question_cached(PG_GETARG_OID(2), arguments);
    const core::QuestionModel& model = *question.model;
    core::RawText tokens;
    pg::tokenize_answer(question, VARDATA_ANY(answer), static_cast<int>(VARSIZE_ANY_EXHDR(answer)), &tokens);
    pg::JsonResult result{};
    pg::GuardError error;
    if (!pg::run_guarded(
            [&] {
                const core::Coverage coverage = core::key_point_coverage(model, tokens);
                std::string flat;
                const bool flat_ok = core::coverage_flat(coverage, flat);
                result = pg::json_result(flat_ok, flat, [&] { return core::coverage_json(coverage); });
            },
            &error))
        pg::report_guard_error(error);
    PG_RETURN_DATUM(pg::json_result_to_jsonb(&result));
}

// Not STRICT: only the answer and the configuration are required; a NULL answer is NULL out.
extern "C" Datum uh_analyze_answer(PG_FUNCTION_ARGS) {
    if (PG_ARGISNULL(0)) PG_RETURN_NULL();
    if (PG_ARGISNULL(7))
        ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("config must not be null"),
                        errhint("Pass a text-search configuration such as 'english'.")));
    text* answer = PG_GETARG_TEXT_PP(0);
    const pg::QuestionArguments arguments{jsonb_arg(fcinfo, 1), jsonb_arg(fcinfo, 6), text_arg(fcinfo, 2),
                                          text_arg(fcinfo, 5),  text_arg(fcinfo, 3), text_arg(fcinfo, 4)};
    const pg::PreparedQuestion& question = *pg::prepare_question_cached(PG_GETARG_OID(7), arguments);
    const core::QuestionModel& model = *question.model;
    core::RawText tokens;
    pg::tokenize_answer(question, VARDATA_ANY(answer), static_cast<int>(VARSIZE_ANY_EXHDR(answer)), &tokens);
    pg::JsonResult result{};
    pg::GuardError error;
    if (!pg::run_guarded(
            [&] {
                const core::AnalysisResult analysis = core::analyze(model, tokens);
                std::string flat;
                const bool flat_ok = core::analysis_flat(analysis, flat);
                result = pg::json_result(flat_ok, flat, [&] { return core::analysis_json(analysis); });
            },
            &error))
        pg::report_guard_error(error);
    PG_RETURN_DATUM(pg::json_result_to_jsonb(&result));
}
