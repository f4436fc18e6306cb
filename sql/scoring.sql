-- interview_overall_score and the overall_score trigger.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

SELECT interview_overall_score(85, 78, 90, 82, 88) AS spec_example;
SELECT interview_overall_score(0, 0, 0, 0, 0) AS zero, interview_overall_score(100, 100, 100, 100, 100) AS full;
SELECT interview_overall_score(100, 0, 0, 0, 0) AS relevance_weight,
       interview_overall_score(0, 0, 100, 0, 0) AS clarity_weight,
       interview_overall_score(0, 0, 0, 0, 100) AS communication_weight;
SELECT interview_overall_score(99, 99, 99, 99, 98) AS truncated;
-- NULL in any dimension is NULL out.
SELECT interview_overall_score(NULL, 78, 90, 82, 88) IS NULL AS null_relevance,
       interview_overall_score(85, 78, 90, 82, NULL) IS NULL AS null_communication;
-- Out of range: 22023.
\set VERBOSITY default
SELECT interview_overall_score(101, 78, 90, 82, 88);
SELECT interview_overall_score(85, 78, -1, 82, 88);
\set VERBOSITY sqlstate
SELECT interview_overall_score(85, 78, 90, 82, 2147483647);
\set VERBOSITY default
SELECT provolatile, proisstrict, proparallel FROM pg_proc WHERE proname = 'interview_overall_score';

-- The trigger: overall_score follows the five dimensions.
INSERT INTO question_bank (question_text, question_type, difficulty_level) VALUES ('Q', 'technical', 'mid');
INSERT INTO interview_sessions (user_id, session_type, status) VALUES (1, 'technical', 'in_progress');
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT 1, id, g FROM question_bank, generate_series(1, 4) g WHERE question_text = 'Q';
-- Given dimensions, no overall: derived.
INSERT INTO interview_answers (interview_question_id, user_answer, relevance_score, completeness_score,
    clarity_score, technical_accuracy_score, communication_score)
VALUES (1, 'an answer', 85, 78, 90, 82, 88) RETURNING overall_score;
-- A provided overall that disagrees is replaced: the formula is the contract.
INSERT INTO interview_answers (interview_question_id, user_answer, relevance_score, completeness_score,
    clarity_score, technical_accuracy_score, communication_score, overall_score)
VALUES (2, 'an answer', 50, 50, 50, 50, 50, 99) RETURNING overall_score;
-- Updating one dimension recomputes it.
UPDATE interview_answers SET clarity_score = 0 WHERE interview_question_id = 2 RETURNING overall_score;
-- Out-of-range dimension: the table's check fails (23514), nothing written.
INSERT INTO interview_answers (interview_question_id, user_answer, relevance_score, completeness_score,
    clarity_score, technical_accuracy_score, communication_score)
VALUES (3, 'an answer', 150, 50, 50, 50, 50);
SELECT count(*) FROM interview_answers WHERE interview_question_id = 3;
SELECT questions_answered, average_score FROM interview_sessions WHERE id = 1;
