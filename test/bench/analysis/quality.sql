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

-- The interview measures live in interview_quality.sql so that analysis.sh can run them on the
-- held-out set too; here they run on the dev set, into the interview_* tables speed.sql reads.
\set src bench_interview
\set title 'Interview dev'
\set prefix interview
\ir interview_quality.sql
