#!/usr/bin/env bash
# Development helper: the tuning loop's figures in about a minute, on the dev set and the
# validation sets of test/bench/data (never a test set: see its README), against the cluster of
# with_cluster.sh:
#   test/scripts/with_cluster.sh bash test/scripts/quality_validation.sh
# Prints per set and POOLED: key-point F1 (tp/fp/fn), contradiction F1 (ctp/cfp/cfn), r with
# human_score (POOLED: the mean of the sets'); Mohler r; mean overall by style; and md5 digests
# of every point's status, of every overall score and of the Mohler results, so a change meant to
# be neutral can be checked to be so. DUMP=file writes one line per key point: set/aid, style,
# kind, ord, label, status, overall. UH_BENCH_DATA as for make bench.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../bench/analysis/validation_sets.sh"
data=${UH_BENCH_DATA:-$(cd "$here/../../.." && pwd)/shared/bench}
db=uh_quality_$$
psql=("$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1)
"${psql[@]}" -d postgres -c "CREATE DATABASE $db" >/dev/null
trap '"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null' EXIT
export PGDATABASE=$db
{
  echo "CREATE EXTENSION utopiahire_interview;"
  uh_validation_tables_sql "$data/interview_dev.jsonl"
  echo "CREATE TEMP TABLE mohler_raw (doc jsonb);"
  echo "\\copy mohler_raw (doc) FROM '$data/mohler2011_dev.jsonl' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
  cat <<'SQL'
CREATE TABLE res AS
SELECT a.ak, split_part(a.ak, '/', 1) AS s, a.style, (r.doc->>'human_score')::float8 AS human, a.labels,
       analyze_answer(answer => a.answer, key_points => q.doc->'key_points', question_text => q.doc->>'question_text',
                      question_type => q.doc->>'question_type', difficulty_level => q.doc->>'difficulty_level',
                      sample_answer => q.doc->>'sample_answer', common_mistakes => q.doc->'common_mistakes',
                      config => a.config) AS r
  FROM a JOIN q USING (qk)
  JOIN raw r ON r.s || '/' || (r.doc->>'aid') = a.ak AND r.doc->>'kind' = 'answer';
CREATE TABLE pts AS
SELECT ak, s, style, k.kind, e.ord, (labels->k.kind->>(e.ord::int - 1))::int AS label, e.p->>'status' AS status
  FROM res, LATERAL (VALUES ('must_mention'), ('bonus_points')) AS k(kind),
       LATERAL jsonb_array_elements(r->'key_point_coverage'->k.kind) WITH ORDINALITY AS e(p, ord);
CREATE TABLE mohler AS
SELECT (doc->>'score_avg')::float8 AS gold,
       analyze_answer(answer => replace(doc->>'answer', '<br>', ' '), key_points => doc->'key_points',
                      question_text => doc->>'question', question_type => 'technical', difficulty_level => 'mid',
                      sample_answer => doc->>'reference_answer', config => 'english') AS r
  FROM mohler_raw;
\pset footer off
WITH c AS (
  SELECT coalesce(s, 'POOLED') AS s,
         count(*) FILTER (WHERE status = 'covered' AND label = 1) AS tp,
         count(*) FILTER (WHERE status = 'covered' AND label <> 1) AS fp,
         count(*) FILTER (WHERE status <> 'covered' AND label = 1) AS fn,
         count(*) FILTER (WHERE status = 'contradicted' AND label = -1) AS ctp,
         count(*) FILTER (WHERE status = 'contradicted' AND label <> -1) AS cfp,
         count(*) FILTER (WHERE status <> 'contradicted' AND label = -1) AS cfn
    FROM pts GROUP BY ROLLUP (s)),
     rr AS (SELECT s, corr((r->>'overall_score')::float8, human) AS r FROM res GROUP BY s)
SELECT c.s AS set, round(2.0 * tp / nullif(2 * tp + fp + fn, 0), 3) AS kpf1, tp, fp, fn,
       round(2.0 * ctp / nullif(2 * ctp + cfp + cfn, 0), 3) AS cf1, ctp, cfp, cfn,
       round(coalesce(rr.r, (SELECT avg(r) FROM rr))::numeric, 3) AS r
  FROM c LEFT JOIN rr USING (s) ORDER BY c.s = 'POOLED', c.s;
SELECT round(corr((r->>'overall_score')::float8, gold)::numeric, 3) AS mohler_r,
       round(corr((r->>'completeness_score')::float8, gold)::numeric, 3) AS mohler_completeness FROM mohler;
SELECT style, count(*) AS answers, round(avg((r->>'overall_score')::numeric), 1) AS mean_overall,
       round(avg(human)::numeric, 1) AS mean_human
  FROM res GROUP BY style ORDER BY mean_overall DESC;
SELECT 'md5 ' || md5(string_agg(ak || kind || ord || status, ',' ORDER BY ak, kind, ord)) FROM pts;
SELECT 'md5overall ' || md5(string_agg(ak || (r->>'overall_score'), ',' ORDER BY ak)) FROM res;
SELECT 'md5mohler ' || md5(string_agg(r::text, ',' ORDER BY r::text)) FROM mohler;
SQL
  if [ -n "${DUMP:-}" ]; then
    echo "\\copy (SELECT p.ak, p.style, p.kind, p.ord, p.label, p.status, res.r->>'overall_score' FROM pts p JOIN res USING (ak) ORDER BY 1, 3, 4) TO '$DUMP'"
  fi
} | "${psql[@]}" -P pager=off
