-- sample_questions' language: questions in the asked language first, then English ones (a
-- NOTICE and an "english fallback" selection); NULL: any language; the cache follows language
-- edits; start_interview passes the language through; bad values.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;
\set SHOW_CONTEXT never

SET client_min_messages = warning;
TRUNCATE question_bank RESTART IDENTITY CASCADE;
RESET client_min_messages;
CREATE PROCEDURE language_fixture(text, text, text, regconfig, int)
LANGUAGE sql AS $$
    INSERT INTO question_bank (question_text, question_type, difficulty_level, region, job_roles, language)
    SELECT format('%s %s %s %s #%s', $4, $1, $2, $3, g), $1, $2, $3, ARRAY['Backend Developer'], $4
      FROM generate_series(1, $5) g
$$;
-- Backend Developer, all of it for the role: English at mid (MENA and Global) and senior,
-- French (Global) and Arabic (MENA) at mid, a little French at senior.
CALL language_fixture('technical', 'mid', 'MENA', 'english', 6);
CALL language_fixture('technical', 'mid', 'Global', 'english', 6);
CALL language_fixture('behavioral', 'mid', 'Global', 'english', 6);
CALL language_fixture('technical', 'senior', 'Global', 'english', 4);
CALL language_fixture('technical', 'mid', 'Global', 'french', 3);
CALL language_fixture('behavioral', 'mid', 'Global', 'french', 2);
CALL language_fixture('technical', 'senior', 'Global', 'french', 1);
CALL language_fixture('technical', 'mid', 'MENA', 'arabic', 4);
CALL language_fixture('behavioral', 'mid', 'MENA', 'arabic', 2);
SELECT language, count(*) FROM question_bank GROUP BY 1 ORDER BY 1;

-- The default is English: over many seeds and regions only English questions, all primary,
-- no NOTICE (the MENA region has Arabic questions, Global has French ones).
SELECT d.region, q.language, count(*) AS drawn, count(DISTINCT d.question_id) AS distinct_questions,
       bool_and(d.selection = 'primary') AS all_primary
  FROM unnest(ARRAY['MENA', 'Global']) region(region), generate_series(1, 20) s,
       LATERAL (SELECT region.region, x.* FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, region.region, seed => s) x) d
  JOIN question_bank q ON q.id = d.question_id
 GROUP BY 1, 2 ORDER BY 1, 2;
-- Naming it gives the same draws as the default.
SELECT bool_and((SELECT array_agg(question_id ORDER BY question_order)
                   FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, 'MENA', seed => s))
             = (SELECT array_agg(question_id ORDER BY question_order)
                  FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, 'MENA', seed => s, language => 'english')))
       AS english_is_the_default
  FROM generate_series(1, 10) s;

-- French: the 3 French technical questions, the French one of the neighbouring level, then
-- English (a NOTICE each); the exact split holds (round(8 * 0.7) = 6 technical). The
-- behavioral group has 2 French questions for 2 places: no fallback.
SELECT d.question_type, d.question_difficulty, d.selection, q.language, count(*)
  FROM sample_questions('Backend Developer', 'mid', 'mixed', 8, 'Global', seed => 4, language => 'french') d
  JOIN question_bank q ON q.id = d.question_id
 GROUP BY 1, 2, 3, 4 ORDER BY 1, 3, 2;
-- The same seed gives the same draw (NOTICEs hidden from here on for draws over many seeds).
SET client_min_messages = warning;
SELECT (SELECT array_agg(question_id ORDER BY question_order)
          FROM sample_questions('Backend Developer', 'mid', 'mixed', 8, 'Global', seed => 4, language => 'french'))
     = (SELECT array_agg(question_id ORDER BY question_order)
          FROM sample_questions('Backend Developer', 'mid', 'mixed', 8, 'Global', seed => 4, language => 'french'))
       AS same_seed_same_draw;
-- Over many seeds: never an Arabic question, every French one first, no repeats.
SELECT q.language, d.selection, count(*) AS drawn, count(DISTINCT d.question_id) AS distinct_questions
  FROM generate_series(1, 20) s,
       LATERAL sample_questions('Backend Developer', 'mid', 'technical', 5, 'Global', seed => s, language => 'french') d
  JOIN question_bank q ON q.id = d.question_id
 GROUP BY 1, 2 ORDER BY 1, 2;
SELECT bool_and(n = 5 AND distinct_ids = 5) AS five_distinct
  FROM (SELECT s, count(*) AS n, count(DISTINCT question_id) AS distinct_ids
          FROM generate_series(1, 20) s,
               LATERAL sample_questions('Backend Developer', 'mid', 'technical', 5, 'Global', seed => s, language => 'french') d
         GROUP BY s) per_draw;
RESET client_min_messages;

-- Arabic: region still applies (the Arabic questions are MENA ones).
SELECT d.selection, q.language, q.region, count(*)
  FROM sample_questions('Backend Developer', 'mid', 'technical', 4, 'MENA', seed => 1, language => 'arabic') d
  JOIN question_bank q ON q.id = d.question_id
 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
SELECT d.selection, q.language, count(*)
  FROM sample_questions('Backend Developer', 'mid', 'technical', 4, 'Global', seed => 1, language => 'arabic') d
  JOIN question_bank q ON q.id = d.question_id
 GROUP BY 1, 2 ORDER BY 1, 2;
-- A language the bank has no question in: all English, said so.
SELECT d.selection, q.language, count(*)
  FROM sample_questions('Backend Developer', 'mid', 'behavioral', 3, seed => 1, language => 'german') d
  JOIN question_bank q ON q.id = d.question_id
 GROUP BY 1, 2;

-- NULL: any language, with no language fallback (every language shows up over the seeds).
SELECT q.language, bool_and(d.selection = 'primary') AS all_primary, count(DISTINCT d.question_id) > 1 AS several
  FROM generate_series(1, 30) s,
       LATERAL sample_questions('Backend Developer', 'mid', 'technical', 6, 'MENA', seed => s, language => NULL) d
  JOIN question_bank q ON q.id = d.question_id
 GROUP BY 1 ORDER BY 1;

-- Short even with English: the detail names both languages.
SELECT * FROM sample_questions('Backend Developer', 'mid', 'behavioral', 9, language => 'french');
-- Bad values: an unknown text-search configuration, an empty name.
\set VERBOSITY sqlstate
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, language => 'klingon');
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, language => '');
SELECT start_interview(1, 'mixed', 'Backend Developer', 'mid', 5, language => 'klingon');
\set VERBOSITY default

-- A language edit is a content change: new version token, and this backend's cache is patched
-- (it then draws what a new backend draws).
SET client_min_messages = warning;
CREATE TABLE seeded_draws AS
SELECT 'before' AS backend, s AS seed, array_agg(question_id ORDER BY question_order) AS ids
  FROM generate_series(1, 10) s,
       LATERAL sample_questions('Backend Developer', 'mid', 'technical', 5, 'Global', seed => s, language => 'french')
 GROUP BY s;
RESET client_min_messages;
CREATE TEMP TABLE tokens AS SELECT token FROM _question_bank_version;
UPDATE question_bank SET language = 'french' WHERE question_text IN ('english technical mid Global #1', 'english technical mid Global #2');
SELECT t.token <> v.token AS new_token FROM tokens t, _question_bank_version v;
SET client_min_messages = debug1;   -- shows the patch
SELECT d.selection, q.language, count(*)
  FROM sample_questions('Backend Developer', 'mid', 'technical', 5, 'Global', seed => 1, language => 'french') d
  JOIN question_bank q ON q.id = d.question_id
 GROUP BY 1, 2 ORDER BY 1, 2;
RESET client_min_messages;
INSERT INTO seeded_draws
SELECT 'patched', s, array_agg(question_id ORDER BY question_order)
  FROM generate_series(1, 10) s,
       LATERAL sample_questions('Backend Developer', 'mid', 'technical', 5, 'Global', seed => s, language => 'french')
 GROUP BY s;
\c
\set SHOW_CONTEXT never
INSERT INTO seeded_draws
SELECT 'fresh', s, array_agg(question_id ORDER BY question_order)
  FROM generate_series(1, 10) s,
       LATERAL sample_questions('Backend Developer', 'mid', 'technical', 5, 'Global', seed => s, language => 'french')
 GROUP BY s;
SELECT count(*) FILTER (WHERE p.ids = f.ids) AS patched_equals_fresh,
       count(*) FILTER (WHERE b.ids <> f.ids) AS changed_by_the_edit
  FROM seeded_draws p JOIN seeded_draws f USING (seed) JOIN seeded_draws b USING (seed)
 WHERE p.backend = 'patched' AND f.backend = 'fresh' AND b.backend = 'before';
DROP TABLE seeded_draws;

-- start_interview passes the language through (the same draw as sample_questions), English
-- by default.
CREATE TEMP TABLE expected_draw AS
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, 'Global', user_id => 1, seed => 21, language => 'french');
SELECT start_interview(1, 'mixed', 'Backend Developer', 'mid', 5, 'Global', seed => 21, language => 'french') AS session_id \gset
SELECT iq.question_order, iq.question_id = e.question_id AS as_drawn, q.language
  FROM interview_questions iq
  JOIN expected_draw e ON e.question_order = iq.question_order
  JOIN question_bank q ON q.id = iq.question_id
 WHERE iq.session_id = :session_id ORDER BY iq.question_order;
SELECT start_interview(2, 'mixed', 'Backend Developer', 'mid', 5, 'MENA', seed => 21) AS english_id \gset
SELECT q.language, count(*) FROM interview_questions iq JOIN question_bank q ON q.id = iq.question_id
 WHERE iq.session_id = :english_id GROUP BY 1;
SELECT start_interview(3, 'technical', 'Backend Developer', 'mid', 6, 'MENA', seed => 21, language => NULL) AS any_id \gset
SELECT count(*) AS questions FROM interview_questions WHERE session_id = :any_id;
-- Short: nothing written.
SELECT count(*) AS sessions_before FROM interview_sessions;
\set VERBOSITY sqlstate
SELECT start_interview(4, 'behavioral', 'Backend Developer', 'mid', 9, language => 'french');
\set VERBOSITY default
SELECT count(*) AS sessions_after FROM interview_sessions;

-- The signatures: language last, English by default.
SELECT proname, pg_get_function_arguments(oid) LIKE '%seed bigint DEFAULT NULL::bigint, language regconfig DEFAULT ''english''::regconfig' AS language_last
  FROM pg_proc WHERE proname IN ('sample_questions', 'start_interview') ORDER BY 1;
DROP PROCEDURE language_fixture(text, text, text, regconfig, int);
