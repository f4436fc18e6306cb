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

// The shared path of both entry points: prepare (or find) the question, tokenize the answer, run
// `render` (core model + tokens -> pg::JsonResult) in the guarded frame, return the jsonb.
// The outer frame holds only trivially destructible values (RawText is plain pointers).
template <typename Render>
Datum analysis_to_jsonb(Oid config, const pg::QuestionArguments& arguments, text* answer, Render render) {
    const pg::PreparedQuestion& question = *pg::prepare_question_cached(config, arguments);
    core::RawText tokens;
    pg::tokenize_answer(question, VARDATA_ANY(answer), static_cast<int>(VARSIZE_ANY_EXHDR(answer)), &tokens);
    pg::JsonResult result{};
    pg::GuardError error;
    if (!pg::run_guarded([&] { result = render(*question.model, tokens); }, &error))
        pg::report_guard_error(error);
    return pg::json_result_to_jsonb(&result);
}

}  // namespace

// STRICT: NULL in gives NULL out.
extern "C" Datum uh_key_point_coverage(PG_FUNCTION_ARGS) {
    text* answer = PG_GETARG_TEXT_PP(0);
    const pg::QuestionArguments arguments{pg::fetched_argument(fcinfo, 1), nullptr, nullptr, nullptr, nullptr, nullptr};
    return analysis_to_jsonb(PG_GETARG_OID(2), arguments, answer,
                             [](const core::QuestionModel& model, const core::RawText& tokens) {
                                 const core::Coverage coverage = core::key_point_coverage(model, tokens);
                                 std::string flat;
                                 const bool flat_ok = core::coverage_flat(coverage, flat);
                                 return pg::json_result(flat_ok, flat, [&] { return core::coverage_json(coverage); });
                             });
}

// Not STRICT: only the answer and the configuration are required; a NULL answer is NULL out.
extern "C" Datum uh_analyze_answer(PG_FUNCTION_ARGS) {
    if (PG_ARGISNULL(0)) PG_RETURN_NULL();
    if (PG_ARGISNULL(7))
        ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("config must not be null"),
                        errhint("Pass a text-search configuration such as 'english'.")));
    text* answer = PG_GETARG_TEXT_PP(0);
    const pg::QuestionArguments arguments{pg::fetched_argument(fcinfo, 1), pg::fetched_argument(fcinfo, 6),
                                          pg::fetched_argument(fcinfo, 2), pg::fetched_argument(fcinfo, 5),
                                          pg::fetched_argument(fcinfo, 3), pg::fetched_argument(fcinfo, 4)};
    return analysis_to_jsonb(PG_GETARG_OID(7), arguments, answer,
                             [](const core::QuestionModel& model, const core::RawText& tokens) {
                                 const core::AnalysisResult analysis = core::analyze(model, tokens);
                                 std::string flat;
                                 const bool flat_ok = core::analysis_flat(analysis, flat);
                                 return pg::json_result(flat_ok, flat, [&] { return core::analysis_json(analysis); });
                             });
}
