-- The planner hook that runs interview_feedback_agg(a) over a table row as
-- _interview_feedback_agg_columns over the columns it reads: the plans show the rewrite where
-- it applies and not elsewhere, and every document is byte-identical with the rewrite on or
-- off, serial or parallel, per GROUP BY group, with categories, and across outer joins.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;
-- The hook is installed when the module loads (its first function call, or LOAD).
LOAD 'utopiahire_interview';
-- The module reserves its prefix: a misspelt setting fails (42602) instead of doing nothing.
\set VERBOSITY sqlstate
SET utopiahire_interview.feedback_agg_column = off;
\set VERBOSITY default
TRUNCATE question_bank, learning_resources RESTART IDENTITY CASCADE;

INSERT INTO question_bank (question_text, question_type, difficulty_level, category, difficulty_score)
SELECT 'Question ' || q, 'technical', 'mid', (ARRAY['API Design', 'Databases', 'System Design'])[1 + q % 3], 5
  FROM generate_series(1, 6) q;
-- 120 sessions of 5 answers, and 5 sessions without answers (for the outer joins).
INSERT INTO interview_sessions (user_id, session_type, difficulty_level, status, total_questions)
SELECT 1 + s % 9, 'technical', 'mid', 'in_progress', 5 FROM generate_series(1, 125) s;
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s, 1 + (s + o) % 6, o FROM generate_series(1, 125) s, generate_series(1, 5) o;
-- Answers with every kind of value the aggregate reads: NULL scores, lists and word counts (so
-- that the answer text is read), hedged texts, prefixed missed points, non-string list items.
INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds,
    relevance_score, completeness_score, clarity_score, technical_accuracy_score, communication_score,
    strengths, weaknesses, missing_points, suggestions, ai_feedback, word_count, sentiment)
SELECT iq.id,
       CASE WHEN iq.id % 5 = 0 THEN 'I think maybe it is a queue, not sure.' ELSE 'A direct answer about the topic with an example.' END,
       CASE WHEN iq.id % 11 = 0 THEN NULL ELSE 10 + (iq.id * 37) % 300 END,
       (iq.id * 13) % 101, CASE WHEN iq.id % 7 = 0 THEN NULL ELSE (iq.id * 17) % 101 END,
       (iq.id * 19) % 101, (iq.id * 23) % 101, (iq.id * 29) % 101,
       CASE WHEN iq.id % 9 = 0 THEN NULL ELSE jsonb_build_array('Strength ' || iq.id % 5, 'Strength ' || iq.id % 3) END,
       CASE WHEN iq.id % 6 = 0 THEN NULL
            WHEN iq.id % 4 = 0 THEN '["Hedging, uncertain language"]'
            ELSE jsonb_build_array('Weakness ' || iq.id % 3) END,
       CASE WHEN iq.id % 8 = 0 THEN '["Did not mention caching", 5, null]'
            ELSE jsonb_build_array('Point ' || iq.id % 7, 'Missing: point ' || (iq.id * 3) % 11) END,
       '[]', 'x', CASE WHEN iq.id % 10 = 0 THEN NULL ELSE 20 + iq.id % 200 END,
       (ARRAY['positive', 'neutral', 'negative', NULL])[1 + iq.id % 4]
  FROM interview_questions iq WHERE iq.session_id <= 120;
ANALYZE interview_answers;

-- The documents of one query (per session, with and without categories), as one md5.
CREATE TEMP VIEW documents AS
SELECT md5(string_agg(s.id || ':' || coalesce(f.plain::text, 'null') || ':' || coalesce(f.categorized::text, 'null'),
                      '|' ORDER BY s.id)) AS md5, count(f.plain) AS documents
  FROM interview_sessions s
  LEFT JOIN (SELECT a.session_id, interview_feedback_agg(a) AS plain, interview_feedback_agg(a, qb.category) AS categorized
               FROM interview_answers a
               JOIN interview_questions iq ON iq.id = a.interview_question_id
               JOIN question_bank qb ON qb.id = iq.question_id
              GROUP BY a.session_id) f ON f.session_id = s.id;

-- The rewrite, visible in EXPLAIN VERBOSE.
EXPLAIN (VERBOSE, COSTS OFF) SELECT interview_feedback_agg(a) FROM interview_answers a;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT interview_feedback_agg(a, qb.category) FROM interview_answers a JOIN question_bank qb ON qb.id = a.id;

SET max_parallel_workers_per_gather = 0;
SELECT md5 AS serial_hook, documents FROM documents \gset
SET utopiahire_interview.feedback_agg_columns = off;
EXPLAIN (VERBOSE, COSTS OFF) SELECT interview_feedback_agg(a) FROM interview_answers a;
SELECT md5 = :'serial_hook' AS serial_no_hook_equal, documents FROM documents;
RESET utopiahire_interview.feedback_agg_columns;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;   -- every row goes through a worker's partial state
EXPLAIN (COSTS OFF) SELECT a.session_id, interview_feedback_agg(a) FROM interview_answers a GROUP BY a.session_id;
SELECT md5 = :'serial_hook' AS parallel_hook_equal FROM documents;
EXPLAIN (COSTS OFF) SELECT interview_feedback_agg(a) FROM interview_answers a;
SELECT md5(interview_feedback_agg(a)::text) AS parallel_all FROM interview_answers a \gset
SET utopiahire_interview.feedback_agg_columns = off;
SELECT md5 = :'serial_hook' AS parallel_no_hook_equal FROM documents;
SELECT md5(interview_feedback_agg(a)::text) = :'parallel_all' AS all_rows_no_hook_equal FROM interview_answers a;
RESET ALL;

-- Outer joins: the missing side is a NULL row, skipped by both forms (NULL for a session
-- without answers; the row count of the others unchanged).
SELECT s.id, (interview_feedback_agg(a)->>'answers')::int AS answers
  FROM interview_sessions s LEFT JOIN interview_answers a ON a.session_id = s.id
 WHERE s.id IN (1, 2, 121, 122) GROUP BY s.id ORDER BY s.id;
SET utopiahire_interview.feedback_agg_columns = off;
SELECT s.id, (interview_feedback_agg(a)->>'answers')::int AS answers
  FROM interview_sessions s LEFT JOIN interview_answers a ON a.session_id = s.id
 WHERE s.id IN (1, 2, 121, 122) GROUP BY s.id ORDER BY s.id;
RESET utopiahire_interview.feedback_agg_columns;

-- Values stored out of line (the column form receives TOAST pointers, the whole-row form a
-- flattened copy) are read, not their pointers: long answers whose words the aggregate counts
-- itself (word_count NULL, read whole: 3000 words each) and long lists of strengths (the first
-- 32 items of each are tallied: "Strength 1" .. "Strength 32" five times, shown as examples of
-- strong dimensions); the same document either way.
BEGIN;
ALTER TABLE interview_answers ALTER COLUMN user_answer SET STORAGE EXTERNAL,
                              ALTER COLUMN strengths SET STORAGE EXTERNAL;
UPDATE interview_answers
   SET user_answer = repeat('word ', 3000), word_count = NULL,
       strengths = (SELECT jsonb_agg('Strength ' || g) FROM generate_series(1, 400) g),
       relevance_score = 90, completeness_score = 90, clarity_score = 90, technical_accuracy_score = 90,
       communication_score = 90
 WHERE session_id = 5;
SELECT interview_feedback_agg(a)->'confidence_signals'->'average_words' AS average_words,
       interview_feedback_agg(a)->'key_strengths'->0->'examples' AS key_strengths,
       md5(interview_feedback_agg(a)::text) AS long_hook
  FROM interview_answers a WHERE a.session_id = 5 \gset
SELECT :'average_words' AS average_words, :'key_strengths' AS key_strengths;
SET utopiahire_interview.feedback_agg_columns = off;
SELECT md5(interview_feedback_agg(a)::text) = :'long_hook' AS long_answers_equal
  FROM interview_answers a WHERE a.session_id = 5;
RESET utopiahire_interview.feedback_agg_columns;
ROLLBACK;

-- In a subquery, a sublink, a CTE and an outer-level aggregate: rewritten at every level.
EXPLAIN (VERBOSE, COSTS OFF)
WITH c AS (SELECT interview_feedback_agg(a) AS f FROM interview_answers a WHERE a.session_id = 1)
SELECT (SELECT interview_feedback_agg(a) FROM interview_answers a WHERE a.session_id = 2), c.f FROM c;
-- An aggregate of the outer query written in a sublink (its row is the outer query's).
EXPLAIN (VERBOSE, COSTS OFF)
SELECT (SELECT interview_feedback_agg(a)) FROM interview_answers a WHERE a.session_id = 3;
SELECT s.id, (SELECT interview_feedback_agg(a)) = interview_feedback_agg(a) AS outer_level_equal,
       (SELECT interview_feedback_agg(a)->'answers') AS answers
  FROM interview_sessions s JOIN interview_answers a ON a.session_id = s.id
 WHERE s.id = 3 GROUP BY s.id;

-- Left as written (same documents): a row that is not a table row, DISTINCT or ORDER BY in the
-- call, a window function.
EXPLAIN (VERBOSE, COSTS OFF) SELECT interview_feedback_agg(x) FROM (SELECT a FROM interview_answers a OFFSET 0) t(x);
EXPLAIN (VERBOSE, COSTS OFF) SELECT interview_feedback_agg(a ORDER BY a.id) FROM interview_answers a;
SELECT interview_feedback_agg(a ORDER BY a.id) = interview_feedback_agg(a) AS ordered_equal,
       interview_feedback_agg(DISTINCT a) = interview_feedback_agg(a) AS distinct_equal
  FROM interview_answers a;
SELECT (SELECT interview_feedback_agg(x) FROM (SELECT a FROM interview_answers a OFFSET 0) t(x))
     = (SELECT interview_feedback_agg(a) FROM interview_answers a) AS subquery_equal;
SELECT count(*) AS window_rows, bool_and(w IS NOT NULL) AS all_documents
  FROM (SELECT interview_feedback_agg(a) OVER (PARTITION BY a.session_id) AS w FROM interview_answers a) t;

-- A dropped column (or a retyped one) leaves the call as written; it still works.
BEGIN;
ALTER TABLE interview_answers DROP COLUMN word_count CASCADE;
EXPLAIN (VERBOSE, COSTS OFF) SELECT interview_feedback_agg(a) FROM interview_answers a;
SELECT (interview_feedback_agg(a)->>'answers')::int AS answers FROM interview_answers a;
ROLLBACK;

-- The column aggregate called directly is the same aggregate; a NULL id is a NULL row.
SELECT _interview_feedback_agg_columns(a.id, a.user_answer, a.time_taken_seconds, a.relevance_score,
           a.completeness_score, a.clarity_score, a.technical_accuracy_score, a.communication_score,
           a.overall_score, a.strengths, a.weaknesses, a.missing_points, a.word_count, a.sentiment, NULL)
       = (SELECT interview_feedback_agg(b) FROM interview_answers b WHERE b.session_id = 4) AS direct_equal
  FROM interview_answers a WHERE a.session_id = 4;
SELECT _interview_feedback_agg_columns(NULL, 'text', 1, 1, 1, 1, 1, 1, 1, '[]', '[]', '[]', 1, 'positive', NULL) IS NULL
       AS null_id_skipped;
-- Its transition function stays internal; the aggregate is executable like interview_feedback_agg.
SELECT p.proname, has_function_privilege('public', p.oid, 'execute') AS public_execute
  FROM pg_proc p WHERE p.proname IN ('_interview_feedback_columns_transfn', '_interview_feedback_agg_columns')
 ORDER BY 1;

-- Privileges: the rewrite happens only for a user allowed to execute both aggregates, so that
-- revoking EXECUTE on interview_feedback_agg still denies it (and revoking it on the column
-- aggregate only turns the rewrite off for that user).
SET client_min_messages = warning;
DROP ROLE IF EXISTS uh_feedback_rewrite_reader;
RESET client_min_messages;
CREATE ROLE uh_feedback_rewrite_reader;
GRANT USAGE ON SCHEMA public TO uh_feedback_rewrite_reader;
GRANT SELECT ON interview_answers TO uh_feedback_rewrite_reader;
REVOKE EXECUTE ON FUNCTION _interview_feedback_agg_columns(int, text, int, int, int, int, int, int, int,
    jsonb, jsonb, jsonb, int, varchar, text) FROM PUBLIC;
SET ROLE uh_feedback_rewrite_reader;
EXPLAIN (VERBOSE, COSTS OFF) SELECT interview_feedback_agg(a) FROM interview_answers a;
SELECT (interview_feedback_agg(a)->>'answers')::int AS answers FROM interview_answers a;
RESET ROLE;
REVOKE EXECUTE ON FUNCTION interview_feedback_agg(interview_answers) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION _interview_feedback_agg_columns(int, text, int, int, int, int, int, int, int,
    jsonb, jsonb, jsonb, int, varchar, text) TO PUBLIC;
SET ROLE uh_feedback_rewrite_reader;
\set VERBOSITY sqlstate
SELECT (interview_feedback_agg(a)->>'answers')::int AS answers FROM interview_answers a;
\set VERBOSITY default
RESET ROLE;
-- A cached plan rewritten for one role is not reused by another (the rewrite depends on the
-- role's privileges): the reader is still denied.
PREPARE answers_of_all AS SELECT (interview_feedback_agg(a)->>'answers')::int AS answers FROM interview_answers a;
EXECUTE answers_of_all;
SET ROLE uh_feedback_rewrite_reader;
\set VERBOSITY sqlstate
EXECUTE answers_of_all;
\set VERBOSITY default
RESET ROLE;
DEALLOCATE answers_of_all;
GRANT EXECUTE ON FUNCTION interview_feedback_agg(interview_answers) TO PUBLIC;
-- Column privileges: the whole row is still what the query reads, so every column is needed.
REVOKE SELECT ON interview_answers FROM uh_feedback_rewrite_reader;
GRANT SELECT (id, user_answer, time_taken_seconds, relevance_score, completeness_score, clarity_score,
    technical_accuracy_score, communication_score, overall_score, strengths, weaknesses, missing_points,
    word_count, sentiment) ON interview_answers TO uh_feedback_rewrite_reader;
SET ROLE uh_feedback_rewrite_reader;
\set VERBOSITY sqlstate
SELECT (interview_feedback_agg(a)->>'answers')::int AS answers FROM interview_answers a;
\set VERBOSITY default
RESET ROLE;
-- A column aggregate of another owner than interview_feedback_agg's is not the extension's own
-- (under 1.0.0 anyone allowed to create in the schema could plant one): the call runs as written.
BEGIN;
ALTER AGGREGATE _interview_feedback_agg_columns(int, text, int, int, int, int, int, int, int,
    jsonb, jsonb, jsonb, int, varchar, text) OWNER TO uh_feedback_rewrite_reader;
EXPLAIN (VERBOSE, COSTS OFF) SELECT interview_feedback_agg(a) FROM interview_answers a;
ROLLBACK;
DROP OWNED BY uh_feedback_rewrite_reader;
DROP ROLE uh_feedback_rewrite_reader;
