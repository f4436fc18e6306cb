-- Quality figures of answer analysis on the labelled bench data (loaded by analysis.sh into
-- bench_mohler / bench_interview, one JSON document per row).
\pset footer off
CREATE TABLE mohler_result AS
SELECT (doc->>'score_avg')::float8 AS gold,
       analyze_answer(answer => replace(doc->>'answer', '<br>', ' '), key_points => doc->'key_points',
                      question_text => doc->>'question', question_type => 'technical',
                      difficulty_level => 'mid', sample_answer => doc->>'reference_answer',
                      config => 'english') AS r
  FROM bench_mohler;

\echo 'Mohler 2011 dev (units 1-6): Pearson r with score_avg'
SELECT count(*) AS answers,
       round(corr((r->>'overall_score')::float8, gold)::numeric, 3) AS r_overall,
       round(corr((r->>'completeness_score')::float8, gold)::numeric, 3) AS r_completeness
  FROM mohler_result;

CREATE TABLE interview_inputs AS
SELECT a.doc->>'aid' AS aid, a.doc->>'style' AS style, (a.doc->>'human_score')::float8 AS human,
       a.doc->'labels' AS labels, a.doc->>'answer' AS answer, q.doc AS question,
       (CASE q.doc->>'language' WHEN 'fr' THEN 'french' WHEN 'ar' THEN 'arabic' ELSE 'english' END)::regconfig AS config
  FROM bench_interview a
  JOIN bench_interview q ON q.doc->>'kind' = 'question' AND q.doc->>'qid' = a.doc->>'qid'
 WHERE a.doc->>'kind' = 'answer';

CREATE TABLE interview_result AS
SELECT i.*, analyze_answer(answer => answer, key_points => question->'key_points',
                           question_text => question->>'question_text',
                           question_type => question->>'question_type',
                           difficulty_level => question->>'difficulty_level',
                           sample_answer => question->>'sample_answer',
                           common_mistakes => question->'common_mistakes', config => config) AS r
  FROM interview_inputs i;

CREATE TABLE interview_points AS
SELECT aid, style, k.kind, e.ord, (labels->k.kind->>(e.ord::int - 1))::int AS label, e.p->>'status' AS status
  FROM interview_result,
       LATERAL (VALUES ('must_mention'), ('bonus_points')) AS k(kind),
       LATERAL jsonb_array_elements(r->'key_point_coverage'->k.kind) WITH ORDINALITY AS e(p, ord);

\echo 'Interview dev: key-point F1 (covered vs label 1), contradiction F1 (contradicted vs label -1), r with human_score'
WITH c AS (
  SELECT count(*) FILTER (WHERE status = 'covered' AND label = 1) AS tp,
         count(*) FILTER (WHERE status = 'covered' AND label <> 1) AS fp,
         count(*) FILTER (WHERE status <> 'covered' AND label = 1) AS fn,
         count(*) FILTER (WHERE status = 'contradicted' AND label = -1) AS ctp,
         count(*) FILTER (WHERE status = 'contradicted' AND label <> -1) AS cfp,
         count(*) FILTER (WHERE status <> 'contradicted' AND label = -1) AS cfn
    FROM interview_points)
SELECT (SELECT count(*) FROM interview_result) AS answers,
       round(2.0 * tp / nullif(2 * tp + fp + fn, 0), 3) AS keypoint_f1,
       tp, fp, fn,
       round(2.0 * ctp / nullif(2 * ctp + cfp + cfn, 0), 3) AS contradiction_f1,
       ctp, cfp, cfn,
       (SELECT round(corr((r->>'overall_score')::float8, human)::numeric, 3) FROM interview_result) AS r_human
  FROM c;

\echo 'Interview dev: mean scores by answer style'
SELECT style, count(*) AS answers, round(avg((r->>'overall_score')::numeric), 1) AS mean_overall,
       round(avg(human)::numeric, 1) AS mean_human
  FROM interview_result GROUP BY style ORDER BY mean_overall DESC;
