#!/usr/bin/env bash
# make bench: cross-pairs, a label-free measure of false coverage. Every validation question (dev
# and the validation sets of test/bench/data; never a test set) is scored against the STRONG
# answers written for the OTHER questions of the same language. Such an answer was written for
# another question, so every point it covers there is a false one and its overall a false score:
# what an answer that is fluent, correct and about something else gets.
# Prints, for the 20 pairs per question whose answer shares the most lexemes with the question
# text + sample answer (every pair with ALL=1, ~18k pairs) and for the 5 hardest (HARD=5): pairs,
# covered points per pair, share of pairs with >= 1 covered point, mean overall, mean relevance;
# then the validation off_topic answers' covered points against their own question; then every
# story question (behavioral, situational) against the typos_informal, partial and strong answers of
# the OTHER story questions of its language (~8k pairs), the same figures per answer style and
# question type.
# DUMP=file writes the covered cross-pair points (question, answer, point, evidence) as JSON lines,
# the story pairs' last (with their answer's style).
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
source "$here/analysis/validation_sets.sh"
{
  echo "CREATE EXTENSION utopiahire_interview;"
  uh_validation_tables_sql "$data/interview_dev.jsonl"
} | "${psql[@]}" >/dev/null
"${psql[@]}" -At -F ' ' -v keep="$keep" <<'SQL'
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
# Story questions (behavioral, situational) against the informal, partial and strong answers
# written for the OTHER story questions of the same language, every pair: the story promotions
# (a story told in full, told in the candidate's words) act on such answers, informal ones most, and
# the strong answers above are those of every kind of question. Every point covered is false.
"${psql[@]}" -At -F ' ' <<'SQL'
CREATE TABLE sq AS SELECT qk, doc, config FROM q WHERE doc->>'question_type' IN ('behavioral', 'situational');
CREATE TABLE sres AS
SELECT sq.qk, a.ak, a.style, sq.doc->>'question_type' AS qt, analyze_answer(answer => a.answer, key_points => sq.doc->'key_points',
                           question_text => sq.doc->>'question_text', question_type => sq.doc->>'question_type',
                           difficulty_level => sq.doc->>'difficulty_level', sample_answer => sq.doc->>'sample_answer',
                           common_mistakes => sq.doc->'common_mistakes', config => sq.config) AS r
  FROM sq JOIN a ON a.config = sq.config AND a.qk <> sq.qk
 WHERE a.qk IN (SELECT qk FROM sq) AND a.style IN ('typos_informal', 'partial', 'strong');
CREATE TABLE spts AS
SELECT qk, ak, style, k.kind, e.ord, e.p->>'point' AS point, e.p->>'status' AS status, e.p->'evidence'->>'text' AS evidence
  FROM sres, LATERAL (VALUES ('must_mention'), ('bonus_points')) AS k(kind),
       LATERAL jsonb_array_elements(r->'key_point_coverage'->k.kind) WITH ORDINALITY AS e(p, ord);
WITH per AS (
  SELECT r.style, r.qt, (r.r->>'overall_score')::numeric AS overall, (r.r->>'relevance_score')::numeric AS relevance,
         (SELECT count(*) FROM spts p WHERE p.qk = r.qk AND p.ak = r.ak AND status = 'covered') AS cov
    FROM sres r)
SELECT rpad('story ' || coalesce(style || ' ' || qt, style, 'ALL'), 32), 'pairs', count(*), 'covered/pair', round(avg(cov), 3),
       'pairs>=1', round(avg((cov >= 1)::int), 3), 'overall', round(avg(overall), 1), 'relevance', round(avg(relevance), 1)
  FROM per GROUP BY ROLLUP (style, qt) ORDER BY style NULLS LAST, qt NULLS LAST;
SELECT 'md5story', md5(string_agg(qk || ak || r::text, E'\n' ORDER BY qk, ak)) FROM sres;
SQL
if [ -n "${VERBOSE:-}" ]; then
  "${psql[@]}" -At -F ' | ' -c "SELECT ak, label, point, evidence FROM offp WHERE status = 'covered' ORDER BY ak"
fi
if [ -n "${DUMP:-}" ]; then
  "${psql[@]}" -At -c "SELECT json_build_object('q', p.qk, 'a', p.ak, 'rank', p.rank, 'kind', p.kind, 'point', p.point, 'evidence', p.evidence, 'overall', (r.r->>'overall_score')::int, 'relevance', (r.r->>'relevance_score')::int)::text FROM pts p JOIN res r USING (qk, ak) WHERE p.status = 'covered' ORDER BY p.qk, p.ak, p.kind, p.ord" > "$DUMP"
  "${psql[@]}" -At -c "SELECT json_build_object('q', p.qk, 'a', p.ak, 'style', p.style, 'kind', p.kind, 'point', p.point, 'evidence', p.evidence, 'overall', (r.r->>'overall_score')::int, 'relevance', (r.r->>'relevance_score')::int)::text FROM spts p JOIN sres r USING (qk, ak) WHERE p.status = 'covered' ORDER BY p.qk, p.ak, p.kind, p.ord" >> "$DUMP"
fi
