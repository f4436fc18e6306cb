// Module entry: the magic block and _PG_init. Entry points live in their own files by group.
#include "pg/postgres_headers.hpp"

extern "C" {
#include "utils/guc.h"
}

#include "pg/feedback_rewrite.hpp"
#include "pg/jsonb_flat.hpp"
#include "pg/ts_tokens.hpp"

extern "C" {
PG_MODULE_MAGIC;

void _PG_init(void);
}

void _PG_init(void) {
    utopiahire::pg::install_feedback_rewrite();
    utopiahire::pg::define_tokenizer_settings();
    utopiahire::pg::define_jsonb_settings();
    // Every setting is defined above: a misspelt utopiahire_interview.* name is an error from
    // now on, not a placeholder that silently does nothing.
    MarkGUCPrefixReserved("utopiahire_interview");
}
