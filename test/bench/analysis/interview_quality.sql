-- Interview quality figures on one labelled set in the format of interview_dev.jsonl (see the
-- README of $UH_BENCH_DATA): key-point F1, contradiction F1, r with human_score, mean scores by
-- answer style. quality.sql includes it for the dev set; analysis.sh runs it again on the
-- project's sets in test/bench/data/ (validation sets and held-out test sets, see the README
-- there). psql variables:
--   src     table of the set's JSON documents (one per row, column doc)
--   title   heading printed before each figure, e.g. 'Interview dev'
--   prefix  prefix of the working tables it creates: <prefix>_inputs, _result, _points
--           (the dev run uses 'interview': speed.sql reads interview_inputs)
\pset footer off
\set inputs :prefix '_inputs'
\set result :prefix '_result'
\set points :prefix '_points'

CREATE TABLE :"inputs" AS
SELECT a.doc->>'aid' AS aid, a.doc->>'style' AS style, (a.doc->>'human_score')::float8 AS human,
       a.doc->'labels' AS labels, a.doc->>'answer' AS answer, q.doc AS question,
       (CASE q.doc->>'language' WHEN 'fr' THEN 'french' WHEN 'ar' THEN 'arabic' ELSE 'english' END)::regconfig AS config
  FROM :"src" a
  JOIN :"src" q ON q.doc->>'kind' = 'question' AND q.doc->>'qid' = a.doc->>'qid'
 WHERE a.doc->>'kind' = 'answer';

CREATE TABLE :"result" AS
SELECT i.*, analyze_answer(answer => answer, key_points => question->'key_points',
                           question_text => question->>'question_text',
                           question_type => question->>'question_type',
                           difficulty_level => question->>'difficulty_level',
                           sample_answer => question->>'sample_answer',
                           common_mistakes => question->'common_mistakes', config => config) AS r
  FROM :"inputs" i;

CREATE TABLE :"points" AS
SELECT aid, style, k.kind, e.ord, (labels->k.kind->>(e.ord::int - 1))::int AS label, e.p->>'status' AS status
  FROM :"result",
       LATERAL (VALUES ('must_mention'), ('bonus_points')) AS k(kind),
       LATERAL jsonb_array_elements(r->'key_point_coverage'->k.kind) WITH ORDINALITY AS e(p, ord);

\set heading :title ': key-point F1 (covered vs label 1), contradiction F1 (contradicted vs label -1), r with human_score'
\echo :heading
WITH c AS (
  SELECT count(*) FILTER (WHERE status = 'covered' AND label = 1) AS tp,
         count(*) FILTER (WHERE status = 'covered' AND label <> 1) AS fp,
         count(*) FILTER (WHERE status <> 'covered' AND label = 1) AS fn,
         count(*) FILTER (WHERE status = 'contradicted' AND label = -1) AS ctp,
         count(*) FILTER (WHERE status = 'contradicted' AND label <> -1) AS cfp,
         count(*) FILTER (WHERE status <> 'contradicted' AND label = -1) AS cfn
    FROM :"points")
SELECT (SELECT count(*) FROM :"result") AS answers,
       round(2.0 * tp / nullif(2 * tp + fp + fn, 0), 3) AS keypoint_f1,
       tp, fp, fn,
       round(2.0 * ctp / nullif(2 * ctp + cfp + cfn, 0), 3) AS contradiction_f1,
       ctp, cfp, cfn,
       (SELECT round(corr((r->>'overall_score')::float8, human)::numeric, 3) FROM :"result") AS r_human
  FROM c;

\set heading :title ': mean scores by answer style'
\echo :heading
SELECT style, count(*) AS answers, round(avg((r->>'overall_score')::numeric), 1) AS mean_overall,
       round(avg(human)::numeric, 1) AS mean_human
  FROM :"result" GROUP BY style ORDER BY mean_overall DESC;
