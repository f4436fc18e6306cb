// The feedback language of a text-search configuration: the glue reads the configuration's
// `word` / `asciiword` dictionaries and its name from the catalogue; the core's rule
// (core/feedback_language.hpp) decides.
#pragma once

#include "pg/postgres_headers.hpp"

#include "core/feedback_language.hpp"

namespace utopiahire::pg {

// Outer frame only: may ereport (an unknown configuration, catalogue errors).
core::FeedbackLanguage feedback_language_of(Oid config);

}  // namespace utopiahire::pg
