// interview_overall_score(relevance, completeness, clarity, technical_accuracy, communication)
#include "pg/postgres_headers.hpp"

#include "pg/guard.hpp"
#include "core/overall_score.hpp"

using namespace utopiahire;

extern "C" {
PG_FUNCTION_INFO_V1(uh_overall_score);
}

// STRICT in SQL: NULL in any dimension gives NULL without reaching here.
extern "C" Datum uh_overall_score(PG_FUNCTION_ARGS) {
    const core::DimensionScores scores{PG_GETARG_INT32(0), PG_GETARG_INT32(1), PG_GETARG_INT32(2),
                                       PG_GETARG_INT32(3), PG_GETARG_INT32(4)};
    int overall = 0;
    pg::GuardError error;
    if (!pg::run_guarded([&] { overall = core::overall_score(scores); }, &error))
        pg::report_guard_error(error);
    PG_RETURN_INT32(overall);
}
