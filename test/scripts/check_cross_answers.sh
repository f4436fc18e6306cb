#!/usr/bin/env bash
# Every question of the project's validation sets (test/bench/data, never a test set) scored
# against every answer of its language, its own and those written for the other questions:
# thousands of ordinary inputs the scoring rules were not written for. The backend must survive
# them all (a crash in the core takes every connection of the cluster down, and the labelled
# figures only ever pair a question with its own answers), and every result must keep its
# contract: five scores in 0..100, an overall in 0..100, one status per point, and evidence whose
# offsets are characters of the answer holding exactly the evidence text.
# Runs against run_tests.sh's cluster.
set -euo pipefail
PG_BINDIR=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
here=$(cd "$(dirname "$0")/.." && pwd)
db=uh_cross_answers
psql_q() { "$PG_BINDIR/psql" -X -v ON_ERROR_STOP=1 -qAt "$@"; }
trap 'psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
source "$here/bench/analysis/validation_sets.sh"
{
    echo "CREATE EXTENSION utopiahire_interview;"
    uh_validation_tables_sql
} | psql_q -d "$db"
out=$(psql_q -d "$db" <<'SQL'
CREATE TABLE res AS
SELECT a.answer, analyze_answer(answer => a.answer, key_points => q.doc->'key_points',
                                question_text => q.doc->>'question_text',
                                question_type => q.doc->>'question_type',
                                difficulty_level => q.doc->>'difficulty_level',
                                sample_answer => q.doc->>'sample_answer',
                                common_mistakes => q.doc->'common_mistakes', config => q.config) AS r
  FROM q JOIN a USING (config);
CREATE TABLE pts AS
SELECT res.answer, e.p
  FROM res, LATERAL (VALUES ('must_mention'), ('bonus_points')) AS k(kind),
       LATERAL jsonb_array_elements(r->'key_point_coverage'->k.kind) AS e(p);
SELECT 'pairs', count(*) FROM res;
SELECT 'bad scores', count(*) FROM res
 WHERE NOT (SELECT bool_and((r->>c)::numeric BETWEEN 0 AND 100)
              FROM unnest(ARRAY['relevance_score', 'completeness_score', 'clarity_score',
                                'technical_accuracy_score', 'communication_score', 'overall_score']) c);
SELECT 'bad statuses', count(*) FROM pts
 WHERE p->>'status' IS NULL OR p->>'status' NOT IN ('covered', 'partial', 'missing', 'contradicted')
    OR (p->>'score')::float8 NOT BETWEEN 0 AND 1;
SELECT 'bad evidence', count(*) FROM pts
 WHERE jsonb_typeof(p->'evidence') = 'object'
   AND ((p->'evidence'->>'start')::int < 0
        OR (p->'evidence'->>'end')::int > length(answer)
        OR substr(answer, (p->'evidence'->>'start')::int + 1,
                  (p->'evidence'->>'end')::int - (p->'evidence'->>'start')::int) <> p->'evidence'->>'text');
SQL
)
echo "$out"
pairs=$(echo "$out" | awk -F'|' '$1 == "pairs" {print $2}')
[ "${pairs:-0}" -gt 10000 ] || { echo "too few pairs scored: ${pairs:-0}" >&2; exit 1; }
bad=$(echo "$out" | awk -F'|' '$1 ~ /^bad/ && $2 != 0' )
[ -z "$bad" ] || { echo "broken results: $bad" >&2; exit 1; }
