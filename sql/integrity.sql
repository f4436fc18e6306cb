-- Integrity triggers: updated_at, session status flow, answer/session consistency, counters.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;
\set SHOW_CONTEXT never

-- updated_at follows content edits, not usage counts.
INSERT INTO question_bank (question_text, question_type, difficulty_level, created_at, updated_at)
VALUES ('Explain ACID.', 'technical', 'mid', '2020-01-01', '2020-01-01');
UPDATE question_bank SET usage_count = usage_count + 1 WHERE question_text = 'Explain ACID.';
SELECT usage_count, updated_at = '2020-01-01' AS unchanged FROM question_bank WHERE question_text = 'Explain ACID.';
UPDATE question_bank SET category = 'Databases' WHERE question_text = 'Explain ACID.';
SELECT updated_at > '2020-01-01' AS touched FROM question_bank WHERE question_text = 'Explain ACID.';

-- Session status: in_progress -> completed | abandoned only.
INSERT INTO interview_sessions (user_id, session_type, status, started_at)
VALUES (1, 'technical', 'in_progress', now() - interval '90 seconds'),
       (1, 'technical', 'in_progress', now() - interval '1 hour'),
       (1, 'technical', 'in_progress', now());
UPDATE interview_sessions SET status = 'completed' WHERE id = 1
RETURNING status, completed_at IS NOT NULL AS has_completed_at, duration_seconds BETWEEN 89 AND 100 AS duration_ok;
UPDATE interview_sessions SET status = 'abandoned' WHERE id = 2
RETURNING status, completed_at IS NOT NULL AS has_completed_at, duration_seconds BETWEEN 3599 AND 3610 AS duration_ok;
-- The spec's own "complete session" query works through the trigger.
UPDATE interview_sessions
SET
    status = 'completed',
    completed_at = CURRENT_TIMESTAMP,
    duration_seconds = EXTRACT(EPOCH FROM (CURRENT_TIMESTAMP - started_at))
WHERE id = 3 RETURNING status, duration_seconds >= 0 AS duration_ok;
-- Wrong moves: 55000, nothing changed.
\set VERBOSITY default
UPDATE interview_sessions SET status = 'in_progress' WHERE id = 1;
UPDATE interview_sessions SET status = 'completed' WHERE id = 2;
UPDATE interview_sessions SET status = 'abandoned' WHERE id = 1;
UPDATE interview_sessions SET status = 'paused' WHERE id = 1;
SELECT id, status FROM interview_sessions ORDER BY id;

-- Answers: session_id filled from the question, checked, and only for in-progress sessions.
INSERT INTO interview_sessions (user_id, session_type, status) VALUES (2, 'technical', 'in_progress');  -- 4
INSERT INTO interview_sessions (user_id, session_type, status) VALUES (3, 'technical', 'in_progress');  -- 5
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s, 100000, o FROM (VALUES (4, 1), (4, 2), (4, 3), (4, 4), (5, 1), (1, 1)) v(s, o);
SELECT id, session_id, question_order FROM interview_questions ORDER BY id;
INSERT INTO interview_answers (interview_question_id, user_answer, relevance_score, completeness_score,
    clarity_score, technical_accuracy_score, communication_score)
VALUES (1, 'first', 80, 80, 80, 80, 80) RETURNING session_id, overall_score;
-- A disagreeing session_id: 22023.
INSERT INTO interview_answers (interview_question_id, session_id, user_answer) VALUES (2, 5, 'wrong session');
-- Unknown question: 23503. No question: 23502.
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (999, 'nowhere');
INSERT INTO interview_answers (user_answer) VALUES ('no question');
-- Closed session: 55000.
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (6, 'too late');
INSERT INTO interview_answers (interview_question_id, user_answer, analyzed_at)
SELECT 6, 'too late, back-dated', completed_at + interval '1 second' FROM interview_sessions WHERE id = 1;
-- ... but an answer recorded before the session closed is accepted (pg_restore reloading it).
INSERT INTO interview_answers (interview_question_id, user_answer, analyzed_at)
SELECT 6, 'restored', completed_at - interval '1 minute' FROM interview_sessions WHERE id = 1
RETURNING session_id, user_answer;
DELETE FROM interview_answers WHERE interview_question_id = 6;
-- A second answer to the same question: 23505.
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (1, 'again');
SELECT count(*) AS answers FROM interview_answers;

-- Progress counters: exact after inserts, updates and deletes.
INSERT INTO interview_answers (interview_question_id, session_id, user_answer, relevance_score, completeness_score,
    clarity_score, technical_accuracy_score, communication_score)
VALUES (2, 4, 'second', 60, 60, 60, 60, 60), (3, NULL, 'third', 40, 40, 40, 40, 40);
SELECT questions_answered, average_score FROM interview_sessions WHERE id = 4;
UPDATE interview_answers SET relevance_score = 100, completeness_score = 100, clarity_score = 100,
    technical_accuracy_score = 100, communication_score = 100 WHERE interview_question_id = 3;
SELECT questions_answered, average_score FROM interview_sessions WHERE id = 4;
DELETE FROM interview_answers WHERE interview_question_id = 1;
SELECT questions_answered, average_score FROM interview_sessions WHERE id = 4;
-- The spec's "update session progress" query cannot make the counters drift.
UPDATE interview_sessions
SET
    questions_answered = questions_answered + 1,
    average_score = (
        SELECT AVG(overall_score)
        FROM interview_answers
        WHERE session_id = 4
    )
WHERE id = 4;
SELECT questions_answered, average_score FROM interview_sessions WHERE id = 4;
-- Answers of a finished session are frozen.
UPDATE interview_sessions SET status = 'completed' WHERE id = 4;
UPDATE interview_answers SET user_answer = 'edited' WHERE interview_question_id = 2;
DELETE FROM interview_sessions WHERE id = 4;
SELECT count(*) AS answers_left, (SELECT count(*) FROM interview_questions WHERE session_id = 4) AS questions_left
  FROM interview_answers WHERE session_id = 4;
