-- sample_questions: filters, fallbacks with their notices, exact split, no repeats, seeded
-- draws, usage weighting, recent questions avoided, the cache following bank changes, errors.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

-- A fixture bank of our own (the shipped bank grows).
SET client_min_messages = warning;
TRUNCATE question_bank RESTART IDENTITY CASCADE;
RESET client_min_messages;
CREATE PROCEDURE fixture(text, text, text, text[], int, text[] DEFAULT NULL)
LANGUAGE sql AS $$
    INSERT INTO question_bank (question_text, question_type, difficulty_level, region, job_roles, required_skills)
    SELECT format('%s %s %s %s #%s', $1, $2, $3, coalesce($4::text, 'any role'), g), $1, $2, $3, $4, $6
      FROM generate_series(1, $5) g
$$;
-- Backend Developer, mid, MENA and Global: every type.
INSERT INTO question_bank (question_text, question_type, difficulty_level, region, job_roles, required_skills)
SELECT format('%s mid %s Backend #%s', t, r, g), t, 'mid', r, ARRAY['Backend Developer'],
       CASE WHEN t = 'technical' THEN ARRAY['Python', 'SQL'] END
  FROM unnest(ARRAY['technical', 'coding', 'system_design', 'behavioral', 'situational']) t,
       unnest(ARRAY['MENA', 'Global']) r, generate_series(1, 4) g;
CALL fixture('technical', 'mid', 'Africa', ARRAY['Backend Developer'], 10);          -- other region
CALL fixture('technical', 'mid', 'Global', ARRAY['Frontend Developer'], 10);        -- other role
CALL fixture('behavioral', 'mid', 'Global', ARRAY['Frontend Developer'], 10);
CALL fixture('technical', 'mid', 'Global', NULL, 3);                                -- role-agnostic
CALL fixture('technical', 'mid', 'Global', '{}', 3);                                -- role-agnostic too
CALL fixture('behavioral', 'mid', 'Global', NULL, 4);
CALL fixture('technical', 'senior', 'Global', ARRAY['Backend Developer'], 6);
CALL fixture('technical', 'junior', 'Global', ARRAY['Backend Developer'], 6);
CALL fixture('technical', 'mid', 'Global', ARRAY['Data Scientist'], 2);
CALL fixture('technical', 'senior', 'Global', ARRAY['Data Scientist'], 3);
SELECT count(*) AS bank_size FROM question_bank;

-- One seeded draw, in full: mixed, 10 questions, 7 technical-group and 3 behavioral-group.
SELECT d.*, q.job_roles
  FROM sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA', seed => 42) d
  JOIN question_bank q ON q.id = d.question_id
 ORDER BY d.question_order;

-- Over many seeds: only the asked level, region (or Global) and role; no repeats; exact split.
CREATE TABLE draws AS
SELECT s AS seed, d.*
  FROM generate_series(1, 40) s,
       LATERAL sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA', seed => s) d;
SELECT count(DISTINCT seed) AS draws, count(*) AS questions,
       bool_and(question_difficulty = 'mid') AS asked_level,
       bool_and(question_region IN ('MENA', 'Global')) AS region_or_global,
       bool_and(selection = 'primary') AS all_primary
  FROM draws;
SELECT bool_and('Backend Developer' = ANY(q.job_roles)) AS role_match,
       bool_and(q.difficulty_level = d.question_difficulty AND q.region = d.question_region
                AND q.question_type = d.question_type) AS columns_match
  FROM draws d JOIN question_bank q ON q.id = d.question_id;
SELECT bool_and(n = 10 AND distinct_ids = 10) AS ten_distinct,
       bool_and(technical = 7) AS seven_technical,
       bool_and(orders = '{1,2,3,4,5,6,7,8,9,10}') AS ordered_1_to_10
  FROM (SELECT seed, count(*) AS n, count(DISTINCT question_id) AS distinct_ids,
               count(*) FILTER (WHERE question_type IN ('technical', 'coding', 'system_design')) AS technical,
               array_agg(question_order ORDER BY question_order) AS orders
          FROM draws GROUP BY seed) per_draw;
-- Different seeds give different draws; all 24 role questions of the technical group show up.
SELECT count(DISTINCT ids) AS distinct_draws
  FROM (SELECT array_agg(question_id ORDER BY question_order) AS ids FROM draws GROUP BY seed) x;
SELECT count(DISTINCT question_id) FILTER (WHERE question_type IN ('technical', 'coding', 'system_design')) AS technical_seen,
       count(DISTINCT question_id) FILTER (WHERE question_type IN ('behavioral', 'situational')) AS behavioral_seen
  FROM draws;

-- The same seed gives the same draw; drawing does not change usage_count.
SELECT sum(usage_count) AS usage_before FROM question_bank;
SELECT (SELECT array_agg(question_id ORDER BY question_order) FROM sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA', seed => 7))
     = (SELECT array_agg(question_id ORDER BY question_order) FROM sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA', seed => 7))
       AS same_seed_same_draw;
SELECT sum(usage_count) AS usage_after FROM question_bank;
-- Without a seed: a draw all the same.
SELECT count(*) AS unseeded FROM sample_questions('Backend Developer', 'mid', 'technical', 5);

-- The split is exactly round(n * technical_ratio).
SELECT n, ratio, count(*) FILTER (WHERE question_type IN ('technical', 'coding', 'system_design')) AS technical,
       count(*) FILTER (WHERE question_type IN ('behavioral', 'situational')) AS behavioral
  FROM (VALUES (10, 0.7), (5, 0.7), (3, 0.5), (10, 0.0), (10, 1.0), (7, 0.3)) v(n, ratio),
       LATERAL sample_questions('Backend Developer', 'mid', 'mixed', n, 'MENA', technical_ratio => ratio, seed => 3) d
 GROUP BY n, ratio ORDER BY n, ratio;
-- technical and behavioral sessions keep to their groups.
SELECT session_type, array_agg(DISTINCT question_type ORDER BY question_type) AS types, count(*)
  FROM unnest(ARRAY['technical', 'behavioral']) session_type,
       generate_series(1, 10) s,
       LATERAL sample_questions('Backend Developer', 'mid', session_type, 8, 'MENA', seed => s) d
 GROUP BY session_type ORDER BY session_type;

-- Fallbacks, each reported with a NOTICE: role-agnostic questions, then the neighbouring level.
SELECT question_type, question_difficulty, selection, count(*)
  FROM sample_questions('Data Scientist', 'mid', 'technical', 4, seed => 1)
 GROUP BY 1, 2, 3 ORDER BY 3, 1;
SELECT question_difficulty, selection, count(*)
  FROM sample_questions('Data Scientist', 'mid', 'technical', 10, seed => 1)
 GROUP BY 1, 2 ORDER BY 2;
-- job-specific: the role is required (no role-agnostic questions), the neighbouring level helps.
SELECT question_difficulty, selection, count(*)
  FROM sample_questions('Data Scientist', 'mid', 'job-specific', 5, technical_ratio => 1, seed => 1)
 GROUP BY 1, 2 ORDER BY 2;
\set VERBOSITY default
SELECT * FROM sample_questions('Data Scientist', 'mid', 'job-specific', 6, technical_ratio => 1, seed => 1);
-- A role nobody has: all role-agnostic.
SELECT selection, count(*) FROM sample_questions('Astronaut', 'mid', 'technical', 5, seed => 1) GROUP BY 1;
-- Last come questions written for other roles (not for job-specific sessions): 4 role-agnostic
-- behavioral questions, then 2 of the Backend or Frontend ones.
SELECT selection, count(*) FROM sample_questions('Data Scientist', 'mid', 'behavioral', 6, 'Global', seed => 1)
 GROUP BY 1 ORDER BY 1;
-- No role asked: every role is eligible.
SELECT count(DISTINCT q.job_roles) > 1 AS several_roles, bool_and(d.selection = 'primary') AS primary_only
  FROM generate_series(1, 10) s,
       LATERAL sample_questions(NULL, 'mid', 'technical', 10, 'Global', seed => s) d
  JOIN question_bank q ON q.id = d.question_id;
-- Junior's only neighbour is mid (senior is two levels away).
SELECT question_difficulty, count(*) FROM sample_questions('Backend Developer', 'junior', 'technical', 10, seed => 2)
 GROUP BY 1 ORDER BY 1;

-- Skills: questions sharing more of them are preferred (weight 1 + shared skills): the 8
-- technical questions share two (weight 3), the 16 coding and system design ones none (weight
-- 1), so about 24 / 40 of the draws share them.
SELECT count(*) FILTER (WHERE q.required_skills IS NOT NULL) AS sharing_python_sql,
       count(*) FILTER (WHERE q.required_skills IS NULL) AS sharing_none
  FROM generate_series(1, 100) s,
       LATERAL sample_questions('Backend Developer', 'mid', 'technical', 1, 'MENA', skills => ARRAY['python', 'SQL'], seed => s) d
  JOIN question_bank q ON q.id = d.question_id;

-- usage_count: much-used questions are rarely drawn (weight 1 / (1 + usage_count)).
UPDATE question_bank SET usage_count = 1000
 WHERE question_type = 'coding' AND 'Backend Developer' = ANY(job_roles);
SELECT count(*) FILTER (WHERE question_type = 'coding') AS coding_drawn, count(*) AS drawn
  FROM generate_series(1, 50) s,
       LATERAL sample_questions('Backend Developer', 'mid', 'technical', 3, 'MENA', seed => s) d;
UPDATE question_bank SET usage_count = 0;
SELECT count(*) FILTER (WHERE question_type = 'coding') > 20 AS coding_drawn_again
  FROM generate_series(1, 50) s,
       LATERAL sample_questions('Backend Developer', 'mid', 'technical', 3, 'MENA', seed => s) d;

-- The bank's version token: new on content changes and lowered usage, kept on usage increases.
CREATE TEMP TABLE tokens AS SELECT 'start' AS step, token FROM _question_bank_version;
UPDATE question_bank SET usage_count = usage_count + 1 WHERE id = 1;
INSERT INTO tokens SELECT 'usage up', token FROM _question_bank_version;
UPDATE question_bank SET usage_count = usage_count - 1 WHERE id = 1;
INSERT INTO tokens SELECT 'usage down', token FROM _question_bank_version;
UPDATE question_bank SET question_text = question_text || '?' WHERE id = 1;
INSERT INTO tokens SELECT 'text edit', token FROM _question_bank_version;
UPDATE question_bank SET region = 'Global' WHERE id = 1;
INSERT INTO tokens SELECT 'region edit', token FROM _question_bank_version;
SELECT step, token IS DISTINCT FROM lag(token) OVER () AS new_token FROM tokens;

-- The per-backend cache follows bank changes: a new role, a moved question, a deletion.
\set VERBOSITY sqlstate
SELECT * FROM sample_questions('Rust Developer', 'mid', 'job-specific', 1, technical_ratio => 1);
\set VERBOSITY default
CALL fixture('coding', 'mid', 'Global', ARRAY['Rust Developer'], 1);
SELECT question_type, selection FROM sample_questions('Rust Developer', 'mid', 'job-specific', 1, technical_ratio => 1);
UPDATE question_bank SET difficulty_level = 'senior' WHERE 'Rust Developer' = ANY(job_roles);
SELECT question_difficulty, selection FROM sample_questions('Rust Developer', 'mid', 'job-specific', 1, technical_ratio => 1);
DELETE FROM question_bank WHERE 'Rust Developer' = ANY(job_roles);
\set VERBOSITY sqlstate
SELECT * FROM sample_questions('Rust Developer', 'mid', 'job-specific', 1, technical_ratio => 1);
-- Inside a transaction that is rolled back, then after it.
BEGIN;
CALL fixture('coding', 'mid', 'Global', ARRAY['Rust Developer'], 1);
SELECT count(*) AS inside FROM sample_questions('Rust Developer', 'mid', 'job-specific', 1, technical_ratio => 1);
ROLLBACK;
SELECT count(*) AS after_rollback FROM sample_questions('Rust Developer', 'mid', 'job-specific', 1, technical_ratio => 1);
\set VERBOSITY default


-- A user's recent sessions are avoided while other questions remain.
INSERT INTO interview_sessions (user_id, session_type, status) VALUES (7, 'technical', 'in_progress');
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT currval('interview_sessions_id_seq'), q.id, row_number() OVER (ORDER BY q.id)
  FROM question_bank q
 WHERE q.difficulty_level = 'mid' AND q.question_type = 'technical' AND 'Backend Developer' = ANY(q.job_roles)
   AND q.region IN ('MENA', 'Global');
SELECT count(*) AS recent_technical FROM interview_questions;
SELECT selection, count(*) FROM sample_questions('Backend Developer', 'mid', 'technical', 8, 'MENA', user_id => 7, seed => 5)
 GROUP BY 1 ORDER BY 1;
SELECT count(*) FILTER (WHERE d.question_id IN (SELECT question_id FROM interview_questions)) AS repeated
  FROM sample_questions('Backend Developer', 'mid', 'technical', 8, 'MENA', user_id => 7, seed => 5) d;
-- Only when nothing else is left are they repeated (and said so).
-- (16 other primary, 6 role-agnostic, 12 neighbouring, 12 + 3 of other roles: 49, then 2 of
-- the 8 recent ones.)
SELECT selection, count(*) FROM sample_questions('Backend Developer', 'mid', 'technical', 51, 'MENA', user_id => 7, seed => 5)
 GROUP BY 1 ORDER BY 1;
-- Another user is not affected.
SELECT count(*) FILTER (WHERE d.question_id IN (SELECT question_id FROM interview_questions)) > 0 AS others_may_get_them
  FROM generate_series(1, 5) s, LATERAL sample_questions('Backend Developer', 'mid', 'technical', 8, 'MENA', user_id => 8, seed => s) d;

-- Bad arguments: 22023 with a clear message; a short bank: P0002.
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 0);
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 101);
SELECT * FROM sample_questions('Backend Developer', 'mid', 'casual', 5);
SELECT * FROM sample_questions('Backend Developer', 'expert', 'mixed', 5);
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, technical_ratio => 1.5);
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, technical_ratio => 'NaN');
SELECT * FROM sample_questions(NULL, 'mid', 'job-specific', 5);
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, region => '');
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 100, 'MENA');
\set VERBOSITY sqlstate
SELECT * FROM sample_questions('Backend Developer', NULL, 'mixed', 5);
SELECT * FROM sample_questions('Backend Developer', 'mid', NULL, 5);
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', NULL);
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, region => NULL);
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, technical_ratio => NULL);
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', -3);
\set VERBOSITY default

-- Declared volatile (random) and parallel restricted, not strict (NULLs get their own errors).
SELECT provolatile, proisstrict, proparallel FROM pg_proc WHERE proname = 'sample_questions';
-- The spec's 15 indexes are unchanged; the sampler adds one (not named idx_, as the spec's are).
SELECT count(*) AS spec_indexes FROM pg_indexes
 WHERE indexname IN ('idx_question_bank_type', 'idx_question_bank_difficulty', 'idx_question_bank_skills',
                     'idx_question_bank_roles', 'idx_question_bank_region', 'idx_interview_sessions_user_id',
                     'idx_interview_sessions_status', 'idx_interview_sessions_started_at',
                     'idx_interview_questions_session_id', 'idx_interview_questions_question_id',
                     'idx_interview_questions_session_order', 'idx_interview_answers_question_id',
                     'idx_interview_answers_session_id', 'idx_interview_answers_overall_score',
                     'idx_interview_feedback_session_id');
SELECT indexdef FROM pg_indexes WHERE indexname = 'question_bank_sampling_idx';
-- Its keys: one per role, or "agnostic", plus "any" (the separator is chr(31), shown as |).
SELECT replace(k, chr(31), '|') AS key
  FROM unnest(_question_sampling_keys('mid', 'MENA', ARRAY['Backend Developer', 'Tech Lead'])
              || _question_sampling_keys('senior', 'Global', NULL)
              || _question_sampling_keys('junior', 'Africa', '{}')) k;

-- After changes, this backend patches its cache from the change log; it then draws what a new
-- backend (loading afresh) draws.
CREATE TABLE seeded_draws AS
SELECT 'before' AS backend, s AS seed, array_agg(question_id ORDER BY question_order) AS ids
  FROM generate_series(1, 10) s, LATERAL sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA', seed => s)
 GROUP BY s;
CALL fixture('technical', 'mid', 'MENA', ARRAY['Backend Developer'], 5);
CALL fixture('behavioral', 'mid', 'Global', ARRAY['Backend Developer', 'Tech Lead'], 3);
UPDATE question_bank SET region = 'Global' WHERE question_text LIKE 'coding mid MENA Backend%';
UPDATE question_bank SET job_roles = NULL WHERE question_text LIKE 'system_design mid Global Backend%';
UPDATE question_bank SET required_skills = ARRAY['SQL'] WHERE question_text LIKE 'technical mid Global Backend%';
UPDATE question_bank SET usage_count = 5 WHERE question_text LIKE 'situational%';
UPDATE question_bank SET usage_count = 1 WHERE question_text LIKE 'situational mid MENA%';   -- lowered
DELETE FROM question_bank WHERE question_text LIKE 'behavioral mid MENA Backend #1';
SET client_min_messages = debug1;   -- shows the patch
INSERT INTO seeded_draws
SELECT 'patched', s, array_agg(question_id ORDER BY question_order)
  FROM generate_series(1, 10) s, LATERAL sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA', seed => s)
 GROUP BY s;
RESET client_min_messages;
\c
INSERT INTO seeded_draws
SELECT 'fresh', s, array_agg(question_id ORDER BY question_order)
  FROM generate_series(1, 10) s, LATERAL sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA', seed => s)
 GROUP BY s;
SELECT count(*) FILTER (WHERE p.ids = f.ids) AS patched_equals_fresh,
       count(*) FILTER (WHERE b.ids <> f.ids) AS changed_by_the_edits
  FROM seeded_draws p JOIN seeded_draws f USING (seed) JOIN seeded_draws b USING (seed)
 WHERE p.backend = 'patched' AND f.backend = 'fresh' AND b.backend = 'before';
DROP TABLE seeded_draws;
