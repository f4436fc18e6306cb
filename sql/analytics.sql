-- Analytics views and interview_report, on fixture sessions of two users.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;
TRUNCATE question_bank, learning_resources RESTART IDENTITY CASCADE;

INSERT INTO question_bank (question_text, question_type, difficulty_level, category, required_skills, difficulty_score) VALUES
    ('Explain REST vs GraphQL', 'technical', 'mid', 'API Design', '{REST}', 5),
    ('Design a URL shortener', 'system_design', 'mid', 'System Design', '{Scalability}', 4),
    ('Tell me about a conflict in your team', 'behavioral', 'mid', 'Teamwork & Communication', '{}', 8),
    ('What is an index?', 'technical', 'junior', 'Databases', '{SQL}', 2);
INSERT INTO learning_resources (id, resource_type, title, author, url, description, areas, categories, is_free) VALUES
 (1, 'article', 'The System Design Primer', 'Donne Martin', 'https://github.com/donnemartin/system-design-primer',
  'Large-scale design guide', '{"Technical Knowledge"}', '{"System Design"}', true),
 (2, 'article', 'STAR method guide', NULL, 'https://www.indeed.com/career-advice/interviewing/how-to-use-the-star-interview-response-technique',
  'Structure behavioural answers', '{"Answer Structure",Communication}', '{"Teamwork & Communication"}', true);

-- User 1: three sessions, improving; user 2: one session; session 5 (user 2) still in progress.
INSERT INTO interview_sessions (user_id, session_type, job_role, difficulty_level, status, total_questions, started_at) VALUES
    (1, 'mixed', 'Backend Developer', 'mid', 'in_progress', 3, '2026-01-05 10:00'),
    (1, 'mixed', 'Backend Developer', 'mid', 'in_progress', 3, '2026-02-05 10:00'),
    (1, 'mixed', 'Backend Developer', 'mid', 'in_progress', 3, '2026-03-05 10:00'),
    (2, 'technical', NULL, 'junior', 'in_progress', 3, '2026-01-10 09:00'),
    (2, 'technical', NULL, 'junior', 'in_progress', 3, '2026-02-10 09:00'),
    (3, 'technical', NULL, 'junior', 'in_progress', 2, '2026-02-11 09:00');
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s, q, q FROM generate_series(1, 3) s, generate_series(1, 3) q;
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s, q, o FROM generate_series(4, 5) s, (VALUES (4, 1), (1, 2), (2, 3)) v(q, o);
INSERT INTO interview_questions (session_id, question_id, question_order) VALUES (6, 4, 1), (6, 2, 2);

-- Scores rise by 10 per session for user 1; the same key points are missed again and again.
INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds,
    relevance_score, completeness_score, clarity_score, technical_accuracy_score, communication_score,
    strengths, weaknesses, missing_points, suggestions, ai_feedback, word_count, sentiment)
SELECT iq.id, 'An answer.', 60 + 30 * iq.question_order,
       least(100, base + 10), least(100, base), least(100, base + 5), least(100, base - 5), least(100, base + 15),
       '["Concrete example"]', '[]',
       CASE qb.category WHEN 'System Design' THEN '["Did not mention caching layer", "Load balancing"]'::jsonb
                        WHEN 'API Design' THEN '["N+1 query problem"]'::jsonb
                        WHEN 'Databases' THEN '["B-tree structure"]'::jsonb
                        ELSE '["Outcome of the conflict"]'::jsonb END,
       '[]', 'fixture', 120, 'neutral'
  FROM interview_questions iq
  JOIN question_bank qb ON qb.id = iq.question_id
 CROSS JOIN LATERAL (SELECT CASE iq.session_id WHEN 1 THEN 40 WHEN 2 THEN 50 WHEN 3 THEN 60 WHEN 4 THEN 75 WHEN 5 THEN 70 ELSE 30 END
                            + CASE qb.category WHEN 'System Design' THEN -10 WHEN 'Databases' THEN 10 ELSE 0 END AS base) b
 WHERE iq.session_id <> 6 OR iq.question_order = 1;

SELECT count(*) AS completed FROM generate_series(1, 4) s, LATERAL complete_interview(s) f;
-- Fixture clock: each session took 20 minutes (complete_interview stamps the real time).
UPDATE interview_sessions SET completed_at = started_at + interval '20 minutes', duration_seconds = 1200
 WHERE status = 'completed';

-- Progress: one row per completed session, oldest first, with the running figures.
SELECT user_id, session_id, session_number, started_at, average_score, change_from_previous,
       best_so_far, running_average, technical_rating, communication_rating, confidence_rating
  FROM interview_user_progress ORDER BY user_id, session_number;
SELECT * FROM interview_user_summary ORDER BY user_id;

-- Weakest dimensions per user.
SELECT * FROM interview_user_weak_dimensions WHERE weakness_rank <= 3 ORDER BY user_id, weakness_rank;
-- The spec's own query gives the same three for user 1.
SELECT
    UNNEST(ARRAY[
        'relevance', 'completeness', 'clarity',
        'technical_accuracy', 'communication'
    ]) as dimension,
    UNNEST(ARRAY[
        AVG(relevance_score),
        AVG(completeness_score),
        AVG(clarity_score),
        AVG(technical_accuracy_score),
        AVG(communication_score)
    ]) as avg_score
FROM interview_answers ia
JOIN interview_sessions sess ON ia.session_id = sess.id
WHERE sess.user_id = 1
ORDER BY avg_score ASC
LIMIT 3;

-- Recurring missed key points ("Did not mention caching layer" counts as "Caching layer").
SELECT user_id, missed_point, times_missed, sessions, recurring, categories
  FROM interview_user_missed_points ORDER BY user_id, times_missed DESC, missed_point;

-- Common improvement areas: the view, and the spec's query unchanged (same counts).
SELECT * FROM interview_improvement_areas ORDER BY frequency DESC, area, priority;
SELECT
    improvement_area->>'area' as area,
    improvement_area->>'priority' as priority,
    COUNT(*) as frequency
FROM interview_feedback,
LATERAL jsonb_array_elements(areas_to_improve) AS improvement_area
GROUP BY improvement_area->>'area', improvement_area->>'priority'
ORDER BY frequency DESC, area, priority;

-- The spec's user progress query.
SELECT 
    sess.started_at,
    sess.session_type,
    sess.average_score,
    ifb.technical_rating,
    ifb.communication_rating,
    ifb.confidence_rating
FROM interview_sessions sess
LEFT JOIN interview_feedback ifb ON sess.id = ifb.session_id
WHERE sess.user_id = 1 
  AND sess.status = 'completed'
ORDER BY sess.started_at ASC;

-- Per-question statistics: empirical difficulty = clamp(ceil((100 - mean) / 10), 1, 10).
SELECT question_id, category, difficulty_score, times_asked, times_answered, mean_score, score_stddev,
       empirical_difficulty, difficulty_gap, calibration
  FROM interview_question_stats ORDER BY question_id;

-- interview_gap_name
SELECT interview_gap_name('Did not mention: caching strategies.') AS stripped,
       interview_gap_name('REST uses multiple endpoints') AS kept,
       interview_gap_name(NULL) IS NULL AS strict;

-- The report of a completed session, of one in progress (a preview), and of one without answers.
\pset format unaligned
SELECT interview_report(3);
SELECT interview_report(5);
UPDATE interview_sessions SET status = 'abandoned' WHERE id = 5;
SELECT split_part(interview_report(5), E'\n', 1) AS abandoned_header;
UPDATE interview_sessions SET started_at = localtimestamp - interval '90 seconds' WHERE id = 6;
DELETE FROM interview_answers WHERE session_id = 6;
SELECT interview_report(6);
\pset format aligned
\set VERBOSITY sqlstate
SELECT interview_report(999);
SELECT interview_report(NULL);
\set VERBOSITY default
