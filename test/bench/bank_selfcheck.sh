#!/usr/bin/env bash
# Self-check of the shipped bank (issue 6): every question's own sample answer, analysed against
# its question, should score completeness >= 85. Prints the share that does and lists the rest.
set -euo pipefail
PG_BINDIR=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
db=uh_bank_selfcheck
psql_q() { "$PG_BINDIR/psql" -X -v ON_ERROR_STOP=1 -q "$@"; }
psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
psql_q -d "$db" <<'SQL'
CREATE EXTENSION utopiahire_interview;
CREATE TEMP TABLE selfcheck AS
SELECT q.id, q.language, q.question_text,
       (analyze_answer(q.sample_answer, q.id)->>'completeness_score')::int AS completeness,
       analyze_answer(q.sample_answer, q.id)->'key_point_coverage' AS coverage
  FROM question_bank q WHERE q.id < 100000;
\echo 'bank self-check: sample answers scoring completeness >= 85 against their own question'
SELECT count(*) AS questions,
       count(*) FILTER (WHERE completeness >= 85) AS passing,
       round(100.0 * count(*) FILTER (WHERE completeness >= 85) / count(*), 1) AS passing_pct,
       round(avg(completeness), 1) AS mean_completeness
  FROM selfcheck;
SELECT language, count(*) AS questions, count(*) FILTER (WHERE completeness >= 85) AS passing
  FROM selfcheck GROUP BY 1 ORDER BY 1;
\echo 'questions below 85, with the key points not found covered:'
SELECT s.id, s.completeness, left(s.question_text, 60) AS question,
       (SELECT string_agg(p->>'point' || ' [' || (p->>'status') || ']', '; ')
          FROM jsonb_array_elements(s.coverage->'must_mention') p
         WHERE p->>'status' <> 'covered') AS not_covered
  FROM selfcheck s WHERE s.completeness < 85 ORDER BY s.completeness, s.id;
SQL
