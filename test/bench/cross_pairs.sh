#!/usr/bin/env bash
# make bench: cross-pairs, a label-free measure of false coverage. Every validation question (dev
# and the validation sets of test/bench/data; never a test set) is scored against the STRONG
# answers written for the OTHER questions of the same language. Such an answer was written for
# another question, so every point it covers there is a false one and its overall a false score:
# what an answer that is fluent, correct and about something else gets.
# Prints, for the 20 pairs per question whose answer shares the most lexemes with the question
# text + sample answer (every pair with ALL=1, ~18k pairs) and for the 5 hardest (HARD=5): pairs,
# covered points per pair, share of pairs with >= 1 covered point, mean overall, mean relevance;
# then the validation off_topic answers' covered points against their own question.
# DUMP=file writes the covered cross-pair points (question, answer, point, evidence) as JSON lines.
# Runs against the cluster of run_bench.sh, or any cluster with the extension installed (PG* set).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${UH_BENCH_DATA:?UH_BENCH_DATA must point at the bench data}
db=uh_cross_${TAG:-x}
hard=${HARD:-5}
# ALL=1 scores every pair (18k pairs, ~7 min on a loaded machine); by default the 20 hardest per question.
keep=${ALL:+1000000}
keep=${keep:-20}
psql=("$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1)
"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
export PGDATABASE=$db
sets="holdout holdout2 holdout3 holdout4 holdout5 holdout7 holdout9"
{
  echo "CREATE EXTENSION utopiahire_interview;"
  echo "CREATE TABLE raw (s text, doc jsonb);"
  echo "CREATE TEMP TABLE one (doc jsonb);"
  echo "\\copy one (doc) FROM '$data/interview_dev.jsonl' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
  echo "INSERT INTO raw SELECT 'dev', doc FROM one; TRUNCATE one;"
  for s in $sets; do
    echo "\\copy one (doc) FROM '$here/data/interview_$s.jsonl' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
    echo "INSERT INTO raw SELECT '$s', doc FROM one; TRUNCATE one;"
  done
} | "${psql[@]}" >/dev/null
"${psql[@]}" -At -F ' ' -v keep="$keep" <<'SQL'
CREATE TABLE q AS
SELECT s || '/' || (doc->>'qid') AS qk, doc,
       (CASE doc->>'language' WHEN 'fr' THEN 'french' WHEN 'ar' THEN 'arabic' ELSE 'english' END)::regconfig AS config
  FROM raw WHERE doc->>'kind' = 'question';
CREATE TABLE a AS
SELECT r.s || '/' || (r.doc->>'aid') AS ak, r.s || '/' || (r.doc->>'qid') AS qk, r.doc->>'style' AS style,
       r.doc->>'answer' AS answer, r.doc->'labels' AS labels, q.config
  FROM raw r JOIN q ON q.qk = r.s || '/' || (r.doc->>'qid') WHERE r.doc->>'kind' = 'answer';
-- Pairs: question x strong answer of another question, same language; shared = lexemes the
-- answer shares with the question text + sample answer (the hard pairs share the most).
CREATE TABLE pairs AS
SELECT q.qk, a.ak, q.doc AS question, a.answer, q.config,
       (SELECT count(*) FROM (SELECT unnest(tsvector_to_array(to_tsvector(q.config, (q.doc->>'question_text') || ' ' || (q.doc->>'sample_answer'))))
                              INTERSECT SELECT unnest(tsvector_to_array(to_tsvector(q.config, a.answer)))) z) AS shared
  FROM q JOIN a ON a.config = q.config AND a.qk <> q.qk AND a.style = 'strong';
ALTER TABLE pairs ADD COLUMN rank int;
UPDATE pairs p SET rank = z.rk FROM (SELECT qk, ak, row_number() OVER (PARTITION BY qk ORDER BY shared DESC, ak) rk FROM pairs) z
 WHERE z.qk = p.qk AND z.ak = p.ak;
DELETE FROM pairs WHERE rank > :keep;
CREATE TABLE res AS
SELECT p.qk, p.ak, p.rank, p.shared, analyze_answer(answer => p.answer, key_points => p.question->'key_points',
                           question_text => p.question->>'question_text',
                           question_type => p.question->>'question_type',
                           difficulty_level => p.question->>'difficulty_level',
                           sample_answer => p.question->>'sample_answer',
                           common_mistakes => p.question->'common_mistakes', config => p.config) AS r
  FROM pairs p;
CREATE TABLE pts AS
SELECT qk, ak, rank, k.kind, e.ord, e.p->>'point' AS point, e.p->>'status' AS status, e.p->'evidence'->>'text' AS evidence
  FROM res, LATERAL (VALUES ('must_mention'), ('bonus_points')) AS k(kind),
       LATERAL jsonb_array_elements(r->'key_point_coverage'->k.kind) WITH ORDINALITY AS e(p, ord);
SQL
"${psql[@]}" -At -F ' ' -v hard="$hard" -v keep="$keep" <<'SQL'
WITH per AS (
  SELECT r.qk, r.ak, r.rank, (r.r->>'overall_score')::numeric AS overall, (r.r->>'relevance_score')::numeric AS relevance,
         (SELECT count(*) FROM pts WHERE pts.qk = r.qk AND pts.ak = r.ak AND status = 'covered') AS cov
    FROM res r),
g AS (SELECT CASE WHEN :keep < 1000000 THEN 'top' || :keep ELSE 'all' END AS grp, * FROM per UNION ALL SELECT 'hard' || :hard, * FROM per WHERE rank <= :hard)
SELECT rpad('cross ' || grp, 12), 'pairs', count(*), 'covered/pair', round(avg(cov), 3),
       'pairs>=1', round(avg((cov >= 1)::int), 3), 'overall', round(avg(overall), 1), 'relevance', round(avg(relevance), 1)
  FROM g GROUP BY grp ORDER BY grp;
SELECT 'md5cross', md5(string_agg(qk || ak || r::text, E'\n' ORDER BY qk, ak)) FROM res;
SQL
# The validation off_topic answers, scored against their own question: covered points (all false
# unless labelled 1).
"${psql[@]}" -At -F ' ' <<'SQL'
CREATE TABLE offr AS
SELECT a.ak, a.labels, analyze_answer(answer => a.answer, key_points => q.doc->'key_points',
                           question_text => q.doc->>'question_text', question_type => q.doc->>'question_type',
                           difficulty_level => q.doc->>'difficulty_level', sample_answer => q.doc->>'sample_answer',
                           common_mistakes => q.doc->'common_mistakes', config => q.config) AS r
  FROM a JOIN q USING (qk) WHERE a.style = 'off_topic';
CREATE TABLE offp AS
SELECT ak, split_part(ak, '/', 1) AS s, (labels->k.kind->>(e.ord::int - 1))::int AS label, e.p->>'status' AS status,
       e.p->>'point' AS point, e.p->'evidence'->>'text' AS evidence
  FROM offr, LATERAL (VALUES ('must_mention'), ('bonus_points')) AS k(kind),
       LATERAL jsonb_array_elements(r->'key_point_coverage'->k.kind) WITH ORDINALITY AS e(p, ord);
SELECT rpad('off_topic ' || coalesce(s, 'ALL'), 20), 'answers', count(DISTINCT ak), 'covered', count(*) FILTER (WHERE status = 'covered'),
       'fp', count(*) FILTER (WHERE status = 'covered' AND label <> 1),
       'mean overall', (SELECT round(avg((r->>'overall_score')::numeric), 1) FROM offr WHERE split_part(offr.ak, '/', 1) = s OR s IS NULL)
  FROM offp GROUP BY ROLLUP (s) ORDER BY s NULLS LAST;
SQL
if [ -n "${VERBOSE:-}" ]; then
  "${psql[@]}" -At -F ' | ' -c "SELECT ak, label, point, evidence FROM offp WHERE status = 'covered' ORDER BY ak"
fi
if [ -n "${DUMP:-}" ]; then
  "${psql[@]}" -At -c "SELECT json_build_object('q', p.qk, 'a', p.ak, 'rank', p.rank, 'kind', p.kind, 'point', p.point, 'evidence', p.evidence, 'overall', (r.r->>'overall_score')::int, 'relevance', (r.r->>'relevance_score')::int)::text FROM pts p JOIN res r USING (qk, ak) WHERE p.status = 'covered' ORDER BY p.qk, p.ak" > "$DUMP"
fi
