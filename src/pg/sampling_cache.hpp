// The sampler's per-backend cache, PostgreSQL side: one core::BankCache per backend, brought
// up to date at the start of each sample_questions call (nothing to do, patched for the
// questions the bank's change log names since the cache's token, or reset), and its entries
// loaded on demand through the sampler's GIN index. See sql_src/30_sampling.sql for the version
// token and the change log, src/core/question_cache.hpp for the cache itself.
#pragma once

#include "pg/postgres_headers.hpp"

extern "C" {
#include "executor/spi.h"
#include "utils/memutils.h"
}

#include "pg/guard.hpp"

namespace utopiahire::core {
class BankCache;
struct CacheKey;
}  // namespace utopiahire::core

namespace utopiahire::pg {

// SPI_prepare + SPI_keepplan, with an error naming the query.
SPIPlanPtr prepare_kept(const char* query, int nargs, Oid* argtypes);

// ereport the error of a failed inner frame (outer frame only).
inline void run_step(GuardError* error, bool ok) {
    if (!ok) report_guard_error(*error);
}

namespace sampler_cache {

// Prepares the cache's queries once per backend (inside SPI).
void prepare_plans();
// Brings the cache to the bank's token (creates it on first use). own_version: the version row
// was written by the current transaction, not committed yet.
void sync(int64 token, Oid version_table, int64 log_from, bool own_version);
// The cache (after sync); drops every entry beyond its row limit.
core::BankCache* get();
// Loads one entry (a key a draw is missing).
void load(const core::CacheKey* key, MemoryContext row_context);

}  // namespace sampler_cache
}  // namespace utopiahire::pg
