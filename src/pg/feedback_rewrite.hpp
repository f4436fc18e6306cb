// The planner hook that runs interview_feedback_agg over a table row as an aggregate of the
// columns it reads (feedback_rewrite.cpp).
#pragma once

#include "pg/postgres_headers.hpp"

namespace utopiahire::pg {

// From _PG_init: defines utopiahire_interview.feedback_agg_columns and installs the hook
// (chaining any previous one).
void install_feedback_rewrite();

}  // namespace utopiahire::pg
