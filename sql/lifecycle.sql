-- The session lifecycle: start_interview, next_question, submit_answer, abandon_interview.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;
\set SHOW_CONTEXT never

SET client_min_messages = warning;
TRUNCATE question_bank RESTART IDENTITY CASCADE;
RESET client_min_messages;
-- 6 questions of every type at every level for Backend Developer, half MENA, half Global.
INSERT INTO question_bank (question_text, question_type, difficulty_level, region, job_roles)
SELECT format('%s %s %s #%s', t, l, r, g), t, l, r, ARRAY['Backend Developer']
  FROM unnest(ARRAY['technical', 'coding', 'system_design', 'behavioral', 'situational']) t,
       unnest(ARRAY['junior', 'mid', 'senior']) l, unnest(ARRAY['MENA', 'Global']) r,
       generate_series(1, 3) g;
SELECT count(*) AS bank_size FROM question_bank;

-- Time limits grow with difficulty and depend on the type.
SELECT t AS question_type, interview_time_limit(t, 'junior') AS junior, interview_time_limit(t, 'mid') AS mid,
       interview_time_limit(t, 'senior') AS senior
  FROM unnest(ARRAY['behavioral', 'situational', 'technical', 'coding', 'system_design']) t;

-- start_interview draws what sample_questions draws for the same seed, and writes it all.
CREATE TEMP TABLE expected_draw AS
SELECT * FROM sample_questions('Backend Developer', 'mid', 'mixed', 5, 'MENA', user_id => 1, seed => 11);
SELECT start_interview(1, 'mixed', 'Backend Developer', 'mid', 5, 'MENA', seed => 11) AS session_id \gset
SELECT user_id, resume_id, session_type, job_role, difficulty_level, total_questions, questions_answered,
       status, completed_at IS NULL AS open
  FROM interview_sessions WHERE id = :session_id;
SELECT iq.question_order, iq.question_id = e.question_id AS as_drawn, qb.question_type, qb.difficulty_level,
       iq.time_limit_seconds, iq.time_limit_seconds = interview_time_limit(qb.question_type, qb.difficulty_level) AS limit_ok
  FROM interview_questions iq
  JOIN question_bank qb ON qb.id = iq.question_id
  JOIN expected_draw e ON e.question_order = iq.question_order
 WHERE iq.session_id = :session_id ORDER BY iq.question_order;
-- usage_count: +1 for each drawn question, nothing else.
SELECT count(*) FILTER (WHERE usage_count = 1) AS used_once, count(*) FILTER (WHERE usage_count = 0) AS unused,
       bool_and((usage_count = 1) = (id IN (SELECT question_id FROM interview_questions))) AS exactly_the_drawn
  FROM question_bank;

-- The same user's next session avoids the questions of the first.
SELECT start_interview(1, 'technical', 'Backend Developer', 'mid', 8, 'MENA', resume_id => 3, seed => 12) AS second_id \gset
SELECT count(*) AS shared_with_first
  FROM interview_questions a JOIN interview_questions b ON a.question_id = b.question_id
 WHERE a.session_id = :session_id AND b.session_id = :second_id;
SELECT session_type, resume_id, total_questions FROM interview_sessions WHERE id = :second_id;

-- next_question: the spec's next unanswered question, with progress.
SELECT question_order, question_number, total_questions, progress, question_type, difficulty_level,
       time_limit_seconds
  FROM next_question(:session_id);
-- submit_answer answers it and returns the answer row as stored (scored by the triggers).
CREATE TEMP TABLE returned AS SELECT * FROM submit_answer(:session_id, 'A REST API exposes resources over HTTP.', 95);
SELECT a.interview_question_id, a.session_id = :session_id AS same_session, a.user_answer, a.time_taken_seconds,
       to_jsonb(a) = (SELECT to_jsonb(s) FROM interview_answers s WHERE s.id = a.id) AS as_stored
  FROM returned a;
SELECT questions_answered FROM interview_sessions WHERE id = :session_id;
SELECT question_order, progress FROM next_question(:session_id);
-- An explicit question may be answered out of order; the next unanswered stays question 2.
SELECT (submit_answer(:session_id, 'answer four', 40, interview_question_id => iq.id)).interview_question_id = iq.id AS answered_4
  FROM interview_questions iq WHERE iq.session_id = :session_id AND iq.question_order = 4;
SELECT question_order, progress FROM next_question(:session_id);
-- Answering a question twice, a question of another session, an unknown question.
\set VERBOSITY sqlstate
SELECT submit_answer(:session_id, 'again', 10, interview_question_id => iq.id)
  FROM interview_questions iq WHERE iq.session_id = :session_id AND iq.question_order = 4;
SELECT submit_answer(:session_id, 'wrong session', 10, interview_question_id => iq.id)
  FROM interview_questions iq WHERE iq.session_id = :second_id AND iq.question_order = 1;
SELECT submit_answer(:session_id, 'unknown', 10, interview_question_id => 999999);
-- Bad arguments.
SELECT submit_answer(:session_id, NULL, 10);
SELECT submit_answer(:session_id, 'negative time', -1);
SELECT submit_answer(NULL, 'no session', 10);
SELECT submit_answer(999999, 'unknown session', 10);
SELECT * FROM next_question(999999);
SELECT * FROM next_question(NULL);
\set VERBOSITY default
SELECT count(*) AS answers_so_far FROM interview_answers WHERE session_id = :session_id;
-- The rest in order; time_taken_seconds may be left out.
SELECT (submit_answer(:session_id, 'answer ' || g)).interview_question_id IS NOT NULL AS answered FROM generate_series(1, 3) g;
SELECT questions_answered, total_questions, status FROM interview_sessions WHERE id = :session_id;
-- Nothing left: no next question, and a further answer is refused.
SELECT count(*) AS next_rows FROM next_question(:session_id);
SELECT submit_answer(:session_id, 'one too many', 10);

-- abandon_interview closes an in-progress session; afterwards nothing moves.
SELECT id = :second_id AS same, status, completed_at IS NOT NULL AS closed, duration_seconds >= 0 AS timed,
       questions_answered
  FROM abandon_interview(:second_id);
SELECT * FROM abandon_interview(:second_id);
SELECT * FROM next_question(:second_id);
SELECT submit_answer(:second_id, 'too late', 10);
\set VERBOSITY sqlstate
SELECT * FROM abandon_interview(999999);
SELECT * FROM abandon_interview(NULL);
\set VERBOSITY default

-- A bank that cannot supply the questions: a clear error and nothing written.
CREATE TEMP TABLE before_counts AS
SELECT (SELECT count(*) FROM interview_sessions) AS sessions, (SELECT count(*) FROM interview_questions) AS questions,
       (SELECT sum(usage_count) FROM question_bank) AS usage;
SELECT start_interview(2, 'job-specific', 'Data Scientist', 'mid', 5);
SELECT start_interview(2, 'mixed', 'Backend Developer', 'mid', 100, 'MENA');
\set VERBOSITY sqlstate
SELECT start_interview(NULL, 'mixed', 'Backend Developer', 'mid');
SELECT start_interview(2, 'casual', 'Backend Developer', 'mid');
SELECT start_interview(2, 'mixed', 'Backend Developer', 'expert');
SELECT start_interview(2, 'mixed', 'Backend Developer', 'mid', 0);
SELECT start_interview(2, 'mixed', 'Backend Developer', 'mid', 5, technical_ratio => 2);
\set VERBOSITY default
SELECT (SELECT count(*) FROM interview_sessions) = sessions AS no_session,
       (SELECT count(*) FROM interview_questions) = questions AS no_questions,
       (SELECT sum(usage_count) FROM question_bank) = usage AS no_usage
  FROM before_counts;

-- Defaults: 10 questions, Global region; session type and level are stored normalized.
SELECT start_interview(3, 'Job_Specific', 'Backend Developer', 'SENIOR', seed => 1) AS third_id \gset
SELECT session_type, difficulty_level, total_questions,
       (SELECT count(*) FROM interview_questions WHERE session_id = :third_id) AS questions,
       (SELECT bool_and(q.region = 'Global') FROM interview_questions iq JOIN question_bank q ON q.id = iq.question_id
         WHERE iq.session_id = :third_id) AS global_only
  FROM interview_sessions WHERE id = :third_id;
-- usage_count stays an exact count of the sessions' questions.
SELECT bool_and(q.usage_count = (SELECT count(*) FROM interview_questions iq WHERE iq.question_id = q.id)) AS usage_exact
  FROM question_bank q;

SELECT proname, provolatile, proisstrict FROM pg_proc
 WHERE proname IN ('start_interview', 'next_question', 'submit_answer', 'abandon_interview', 'interview_time_limit')
 ORDER BY proname;
