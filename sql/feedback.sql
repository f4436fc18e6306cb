-- interview_feedback_agg: the feedback document of the answers it sees, per GROUP BY group,
-- with and without categories, and in a parallel plan (Partial / Finalize Aggregate) with
-- results equal to the serial plan.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;
TRUNCATE question_bank, learning_resources RESTART IDENTITY CASCADE;

INSERT INTO question_bank (question_text, question_type, difficulty_level, category, difficulty_score) VALUES
    ('Explain REST vs GraphQL', 'technical', 'mid', 'API Design', 5),
    ('Design a URL shortener', 'system_design', 'mid', 'System Design', 6),
    ('Tell me about a conflict in your team', 'behavioral', 'mid', 'Teamwork & Communication', 4);
INSERT INTO interview_sessions (user_id, session_type, difficulty_level, status, total_questions)
SELECT u, 'mixed', 'mid', 'in_progress', 3 FROM generate_series(1, 3) u;
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s, q, q FROM generate_series(1, 3) s, generate_series(1, 3) q;

-- Every column the analysis would fill is given explicitly (the analysis trigger keeps them);
-- a hedged answer carries the analysis's "Hedging, uncertain language" weakness.
INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds,
    relevance_score, completeness_score, clarity_score, technical_accuracy_score, communication_score,
    strengths, weaknesses, missing_points, suggestions, ai_feedback, word_count, sentiment) VALUES
 -- session 1: strong on APIs, weak on system design, fair on teamwork
 (1, 'REST exposes resources at many endpoints; GraphQL has one endpoint and lets the client choose fields.', 150,
  85, 78, 90, 82, 88, '["Clear explanation of endpoints", "Good use of examples"]', '["No caching discussion"]',
  '["Caching advantages of REST", "N+1 query problem in GraphQL"]', '["Discuss caching"]', 'Good.', 160, 'positive'),
 (2, 'I think maybe a hash table, I am not sure about the database.', 15,
  50, 30, 45, 40, 50, '[]', '["Vague design", "Hedging, uncertain language"]',
  '["Did not mention load balancing", "Database sharding", "Caching layer"]', '[]', 'Weak.', 12, 'negative'),
 (3, 'We disagreed on a deadline; I listened to both sides and we agreed on a plan.', 90,
  70, 60, 65, 60, 70, '["Used a concrete example"]', '["No outcome stated"]',
  '["Outcome of the conflict", "Caching layer"]', '[]', 'Fair.', 95, 'neutral'),
 -- session 2: excellent, confident
 (4, 'REST uses multiple endpoints and HTTP caching; GraphQL uses a single endpoint with typed, flexible queries.', 140,
  95, 92, 90, 96, 94, '["Clear explanation of endpoints", "Mentioned type safety"]', '[]', '[]', '[]', 'Excellent.', 180, 'positive'),
 (5, 'Hash the URL to a short key, store it in a sharded key-value store behind a cache and load balancer.', 200,
  90, 88, 86, 92, 90, '["Covered scaling"]', '[]', '["Analytics"]', '[]', 'Strong.', 210, 'positive'),
 -- session 3: poor and hesitant
 (7, 'No idea.', 5, 5, 0, 20, 0, 10, '[]', '["No answer", "Hedging, uncertain language"]', '["Did not mention anything"]', '[]', 'Empty.', 2, 'negative'),
 (8, 'Sort of a cache in front, kind of like a CDN, probably.', 40,
  40, 35, 50, 45, 55, '[]', '["Hedging"]', '["Load balancing", "Database sharding"]', '[]', 'Weak.', 11, 'neutral');

-- Per session, the headline figures of the document; its average overall equals AVG.
SELECT a.session_id, f->'answers' AS answers, f->'averages'->'overall' AS overall,
       round(avg(a.overall_score), 1) AS plain_avg, f->'ratings' AS ratings,
       f->'lowest_score' AS low, f->'highest_score' AS high
  FROM interview_answers a
  JOIN (SELECT session_id, interview_feedback_agg(x) AS f FROM interview_answers x GROUP BY session_id) g
    ON g.session_id = a.session_id
 GROUP BY a.session_id, f ORDER BY a.session_id;

-- The whole document of session 1, with categories (unaligned: its texts are long).
\pset format unaligned
SELECT jsonb_pretty(interview_feedback_agg(a, qb.category)) AS document
  FROM interview_answers a
  JOIN interview_questions iq ON iq.id = a.interview_question_id
  JOIN question_bank qb ON qb.id = iq.question_id
 WHERE a.session_id = 1;
\pset format aligned

-- Without categories there are only dimension and confidence areas.
SELECT jsonb_path_query_array(interview_feedback_agg(a), '$.areas_to_improve[*].area') AS areas,
       interview_feedback_agg(a)->'categories' AS categories
  FROM interview_answers a WHERE a.session_id = 1;

-- Gaps: most often missed first (Caching layer twice in session 1), prefixes stripped.
SELECT interview_feedback_agg(a)->'resource_criteria'->'gaps' AS gaps
  FROM interview_answers a WHERE a.session_id = 1;

-- Confidence signals of session 3: hedging in both answers, one rushed.
SELECT f->'averages' AS averages, f->'confidence_signals' AS signals
  FROM (SELECT interview_feedback_agg(a) AS f FROM interview_answers a WHERE a.session_id = 3) t;

-- Any interview_answers row value is accepted, not only table rows: NULL scores are skipped
-- per dimension, a missing word count is counted from the answer text.
SELECT f->'answers' AS answers, f->'averages' AS averages, f->'confidence_signals'->'average_words' AS words,
       f->'confidence_signals'->'hedged_answers' AS hedged
  FROM (SELECT interview_feedback_agg(r) AS f
          FROM jsonb_array_elements('[{"clarity_score": 80, "overall_score": 70},
                                      {"user_answer": "I think it is maybe a queue", "clarity_score": 60},
                                      {}]') j,
               LATERAL jsonb_populate_record(NULL::interview_answers, j) r) t;

-- No rows: NULL (as for any aggregate); a NULL row is skipped.
SELECT interview_feedback_agg(a) IS NULL AS no_rows FROM interview_answers a WHERE false;
SELECT interview_feedback_agg(NULL::interview_answers) IS NULL AS null_row;
SELECT (interview_feedback_agg(x)->>'answers')::int AS answers
  FROM (SELECT a FROM interview_answers a UNION ALL SELECT NULL::interview_answers) t(x);

-- As a window aggregate: the running document.
SELECT a.id, (interview_feedback_agg(a) OVER (ORDER BY a.id))->'answers' AS answers_so_far
  FROM interview_answers a WHERE a.session_id = 1 ORDER BY a.id;

-- Many groups: the state's size (SSPACE) keeps the planner from hashing them all in memory.
SELECT aggtransspace FROM pg_aggregate WHERE aggfnoid = 'interview_feedback_agg(interview_answers)'::regprocedure;

-- Strings that are not arrays of strings are ignored, not an error.
BEGIN;
UPDATE interview_answers SET strengths = '{"not": "an array"}', missing_points = '["ok", 5, {"x": 1}, null]' WHERE id = 2;
SELECT interview_feedback_agg(a)->'resource_criteria'->'gaps' AS gaps FROM interview_answers a WHERE a.id = 2;
ROLLBACK;

-- The support functions are internal (functions: the aggregate _interview_feedback_agg_columns,
-- which the planner runs in place of interview_feedback_agg, is executable; see feedback_rewrite).
SELECT count(*) AS public_execute FROM pg_proc p
 WHERE p.proname LIKE '\_interview\_feedback\_%' AND p.prokind = 'f'
   AND has_function_privilege('public', p.oid, 'execute');

-- ---- parallel plan: enough rows for several pages, answered in 200 sessions ----
INSERT INTO interview_sessions (user_id, session_type, difficulty_level, status, total_questions)
SELECT 10 + s % 7, 'technical', 'mid', 'in_progress', 3 FROM generate_series(1, 200) s;
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s.id, q, q FROM interview_sessions s, generate_series(1, 3) q WHERE s.id > 3;
INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds,
    relevance_score, completeness_score, clarity_score, technical_accuracy_score, communication_score,
    strengths, weaknesses, missing_points, suggestions, ai_feedback, word_count, sentiment)
SELECT iq.id, CASE WHEN iq.id % 4 = 0 THEN 'I think maybe it is this, not sure.' ELSE 'A direct answer about the topic.' END,
       10 + (iq.id * 37) % 300,
       (iq.id * 13) % 101, (iq.id * 17) % 101, (iq.id * 19) % 101, (iq.id * 23) % 101, (iq.id * 29) % 101,
       jsonb_build_array('Strength ' || iq.id % 5), jsonb_build_array('Weakness ' || iq.id % 3),
       jsonb_build_array('Point ' || iq.id % 7, 'Point ' || (iq.id * 3) % 11), '[]', 'x', 20 + iq.id % 200,
       (ARRAY['positive', 'neutral', 'negative'])[1 + iq.id % 3]
  FROM interview_questions iq WHERE iq.session_id > 3;
ANALYZE interview_answers;

SET max_parallel_workers_per_gather = 0;
SELECT md5(interview_feedback_agg(a)::text) AS serial_all FROM interview_answers a \gset
SELECT md5(string_agg(f::text, '|' ORDER BY sentiment)) AS serial_groups
  FROM (SELECT sentiment, interview_feedback_agg(a) AS f FROM interview_answers a GROUP BY sentiment) g \gset
SELECT md5(interview_feedback_agg(a, (a.id % 4)::text)::text) AS serial_categories FROM interview_answers a \gset

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;   -- every row goes through a worker's partial state
EXPLAIN (COSTS OFF) SELECT interview_feedback_agg(a) FROM interview_answers a;
SELECT md5(interview_feedback_agg(a)::text) = :'serial_all' AS parallel_equals_serial FROM interview_answers a;
SELECT md5(interview_feedback_agg(a, (a.id % 4)::text)::text) = :'serial_categories' AS with_categories_equal
  FROM interview_answers a;
EXPLAIN (COSTS OFF) SELECT sentiment, interview_feedback_agg(a) FROM interview_answers a GROUP BY sentiment;
SELECT md5(string_agg(f::text, '|' ORDER BY sentiment)) = :'serial_groups' AS grouped_parallel_equals_serial
  FROM (SELECT sentiment, interview_feedback_agg(a) AS f FROM interview_answers a GROUP BY sentiment) g;
RESET ALL;
