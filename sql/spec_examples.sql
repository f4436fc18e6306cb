-- Every example query of the spec that is valid SQL, run unchanged on fixture data. Queries
-- whose output depends on the clock are wrapped in a SELECT that leaves the clock out.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;
TRUNCATE question_bank, learning_resources RESTART IDENTITY CASCADE;

-- ---- question_bank: the spec's three sample questions, verbatim ----
INSERT INTO question_bank (
    question_text, question_type, difficulty_level, category,
    required_skills, job_roles, sample_answer, key_points,
    difficulty_score
) VALUES (
    'Explain the difference between REST and GraphQL. When would you use each?',
    'technical',
    'mid',
    'API Design',
    ARRAY['REST', 'GraphQL', 'API Design'],
    ARRAY['Backend Developer', 'Full Stack Developer'],
    'REST (Representational State Transfer) is an architectural style using multiple endpoints (e.g., /users, /posts). GraphQL uses a single endpoint with flexible queries. REST is simpler, better for caching, ideal for CRUD operations. GraphQL is better when clients need different data shapes, reduces over-fetching/under-fetching. Use REST for simple APIs, public APIs, mobile apps needing caching. Use GraphQL for complex data relationships, multiple client types, rapid iteration.',
    '{
      "must_mention": [
        "REST uses multiple endpoints",
        "GraphQL uses single endpoint",
        "GraphQL allows flexible queries",
        "REST is simpler for basic operations"
      ],
      "bonus_points": [
        "Caching advantages of REST",
        "Over-fetching/under-fetching in REST",
        "N+1 query problem in GraphQL",
        "Type safety in GraphQL"
      ]
    }'::jsonb,
    5
);

INSERT INTO question_bank (
    question_text, question_type, difficulty_level, category,
    job_roles, sample_answer, key_points, difficulty_score
) VALUES (
    'Tell me about a time you had to make a critical architecture decision with incomplete information.',
    'behavioral',
    'senior',
    'Leadership & Decision Making',
    ARRAY['Senior Engineer', 'Tech Lead', 'Software Architect'],
    'At my previous role, we needed to choose a database for a new microservice with uncertain scale requirements. I gathered what data we had: current user base, growth projections, and similar services performance. I proposed PostgreSQL with a migration plan to distributed database if needed, rather than over-engineering upfront. I documented assumptions, set up monitoring to validate them, and established triggers for re-evaluation. This approach balanced risk with pragmatism. The system scaled successfully for 2 years before needing optimization.',
    '{
      "must_mention": [
        "Specific situation with incomplete data",
        "Process used to gather available information",
        "Decision made and rationale",
        "Outcome of the decision"
      ],
      "bonus_points": [
        "Risk mitigation strategies",
        "How assumptions were documented",
        "Monitoring/validation approach",
        "Learning or adjustments made"
      ]
    }'::jsonb,
    8
);

INSERT INTO question_bank (
    question_text, question_type, difficulty_level, category,
    required_skills, job_roles, region, sample_answer,
    key_points, difficulty_score
) VALUES (
    'How would you approach building a multilingual application for MENA markets supporting Arabic and French?',
    'situational',
    'mid',
    'Internationalization',
    ARRAY['i18n', 'Arabic', 'Frontend Development'],
    ARRAY['Frontend Developer', 'Full Stack Developer'],
    'MENA',
    'I would implement i18n from the start: 1) Use i18n library (e.g., react-i18next). 2) Support RTL (right-to-left) for Arabic with CSS logical properties. 3) Store translations in JSON files organized by locale. 4) Consider cultural differences (date formats, number formatting). 5) Test with native speakers for both languages. 6) Handle text expansion (Arabic text often longer). 7) Use Unicode UTF-8 encoding. 8) Consider dialect variations in Arabic (Egyptian, Levantine, Gulf).',
    '{
      "must_mention": [
        "RTL (right-to-left) support for Arabic",
        "i18n library or framework",
        "Separate translation files",
        "Cultural considerations"
      ],
      "bonus_points": [
        "Specific tools (react-i18next, vue-i18n)",
        "CSS logical properties",
        "Arabic dialect awareness",
        "Date/number formatting differences",
        "Text expansion handling",
        "Font considerations for Arabic"
      ]
    }'::jsonb,
    6
);

-- Fixture questions 4..120: a deterministic spread of types, levels, skills and regions.
INSERT INTO question_bank (question_text, question_type, difficulty_level, category, required_skills,
                           job_roles, region, difficulty_score, usage_count)
SELECT format('Fixture question %s about %s', g, (ARRAY['microservices', 'caching', 'testing', 'queues'])[1 + g % 4]),
       (ARRAY['technical', 'technical', 'behavioral', 'situational', 'coding'])[1 + g % 5],
       (ARRAY['junior', 'mid', 'senior'])[1 + g % 3],
       CASE WHEN g % 4 = 0 THEN 'Microservices' ELSE 'General' END,
       CASE WHEN g % 2 = 0 THEN ARRAY['Python', 'SQL'] ELSE ARRAY['Go'] END,
       CASE WHEN g % 3 = 2 THEN ARRAY['Senior Engineer'] ELSE ARRAY['Backend Developer'] END,
       (ARRAY['Global', 'Tunisia', 'MENA', 'Africa'])[1 + g % 4],
       1 + g % 10, 1 + g % 7
  FROM generate_series(4, 120) g;

-- Get questions for specific interview configuration
SELECT count(*) AS drawn, bool_and(q.difficulty_level = 'mid') AS all_mid FROM (
SELECT id, question_text, difficulty_level, category
FROM question_bank
WHERE question_type = 'technical'
  AND difficulty_level = 'mid'
  AND 'Python' = ANY(required_skills)
  AND region IN ('Global', 'Tunisia')
ORDER BY RANDOM()
LIMIT 5
) q;

-- Find questions by job role
SELECT id, question_text, question_type, difficulty_level
FROM question_bank
WHERE 'Senior Engineer' = ANY(job_roles)
ORDER BY usage_count ASC, difficulty_score DESC
LIMIT 10;

-- Get mixed interview questions (70% technical, 30% behavioral)
SELECT question_type, count(*) FROM (
(
  SELECT id, question_text, question_type
  FROM question_bank
  WHERE question_type = 'technical'
    AND difficulty_level = 'senior'
  ORDER BY RANDOM()
  LIMIT 7
)
UNION ALL
(
  SELECT id, question_text, question_type
  FROM question_bank
  WHERE question_type = 'behavioral'
    AND difficulty_level = 'senior'
  ORDER BY RANDOM()
  LIMIT 3
)
) q GROUP BY question_type ORDER BY 1;

-- Increment usage count
UPDATE question_bank
SET usage_count = usage_count + 1
WHERE id = ANY(ARRAY[1, 5, 12, 18, 25]);
SELECT id, usage_count FROM question_bank WHERE id = ANY(ARRAY[1, 5, 12, 18, 25]) ORDER BY id;

-- Search questions by keyword
SELECT count(*) AS found, min(id), max(id) FROM (
SELECT id, question_text, category, difficulty_level
FROM question_bank
WHERE question_text ILIKE '%microservices%'
   OR category ILIKE '%microservices%'
ORDER BY difficulty_score DESC
) q;

-- ---- interview_sessions ----
-- Earlier sessions of user 1, at fixed times.
INSERT INTO interview_sessions (user_id, session_type, job_role, difficulty_level, total_questions,
                                status, started_at, notes)
VALUES (1, 'technical', 'Backend Developer', 'mid', 5, 'in_progress', '2026-01-10 09:00', 'fixture'),
       (1, 'behavioral', 'Backend Developer', 'mid', 5, 'in_progress', '2026-02-10 09:00', 'fixture'),
       (1, 'mixed', 'Backend Developer', 'senior', 5, 'in_progress', now() - interval '3 days', 'stale');
UPDATE interview_sessions SET status = 'completed', completed_at = started_at + interval '30 minutes', average_score = 60 WHERE id = 1;
UPDATE interview_sessions SET status = 'abandoned', completed_at = started_at + interval '10 minutes' WHERE id = 2;
SELECT setval('interview_sessions_id_seq', 41);

-- Start new interview session
INSERT INTO interview_sessions (
    user_id, resume_id, session_type, job_role,
    difficulty_level, total_questions, status
)
VALUES (
    1, 5, 'mixed', 'Senior Backend Developer', 'senior', 10, 'in_progress'
)
RETURNING id;

-- ---- interview_questions ----
SELECT setval('interview_questions_id_seq', 101);
-- Add questions to session
INSERT INTO interview_questions (session_id, question_id, question_order, time_limit_seconds)
VALUES 
    (42, 15, 1, 300),  -- 5 minutes
    (42, 28, 2, 300),
    (42, 103, 3, 600), -- 10 minutes for harder question
    (42, 45, 4, 300);

-- Get questions for session with details
SELECT 
    iq.id, iq.question_order, iq.time_limit_seconds,
    qb.question_text, qb.question_type, qb.difficulty_level,
    qb.category, qb.key_points
FROM interview_questions iq
JOIN question_bank qb ON iq.question_id = qb.id
WHERE iq.session_id = 42
ORDER BY iq.question_order;

-- ---- interview_answers ----
SELECT setval('interview_answers_id_seq', 249);
-- Save user answer (initially without scores)
INSERT INTO interview_answers (
    interview_question_id, session_id, user_answer,
    time_taken_seconds, word_count
)
VALUES (
    105, 42,
    'REST and GraphQL are both API architectures. REST uses multiple endpoints...',
    180, 85
)
RETURNING id;

-- Update with AI analysis scores
UPDATE interview_answers
SET 
    relevance_score = 85,
    completeness_score = 78,
    clarity_score = 90,
    technical_accuracy_score = 82,
    communication_score = 88,
    overall_score = 83,
    strengths = '["Clear explanation", "Good examples"]'::jsonb,
    weaknesses = '["Missing edge cases"]'::jsonb,
    missing_points = '["Caching strategies", "Security"]'::jsonb,
    suggestions = '["Add metrics", "Discuss trade-offs"]'::jsonb,
    ai_feedback = 'Strong answer demonstrating good understanding...',
    sentiment = 'positive'
WHERE id = 250;

-- Get answer with full context
SELECT 
    ia.user_answer,
    ia.overall_score,
    ia.time_taken_seconds,
    ia.strengths,
    ia.weaknesses,
    ia.suggestions,
    qb.question_text,
    qb.sample_answer,
    qb.key_points
FROM interview_answers ia
JOIN interview_questions iq ON ia.interview_question_id = iq.id
JOIN question_bank qb ON iq.question_id = qb.id
WHERE ia.id = 250;

-- Session answer summary
SELECT 
    AVG(overall_score) as avg_score,
    AVG(time_taken_seconds) as avg_time,
    AVG(word_count) as avg_words,
    COUNT(*) as total_answers
FROM interview_answers
WHERE session_id = 42;

-- Find weakest areas for user
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

-- Get next unanswered question
SELECT 
    iq.id as interview_question_id,
    iq.question_order,
    qb.question_text,
    qb.question_type,
    qb.sample_answer
FROM interview_questions iq
JOIN question_bank qb ON iq.question_id = qb.id
LEFT JOIN interview_answers ia ON iq.id = ia.interview_question_id
WHERE iq.session_id = 42 
  AND ia.id IS NULL
ORDER BY iq.question_order
LIMIT 1;

-- Session progress check
SELECT 
    COUNT(*) as total_questions,
    COUNT(ia.id) as answered_questions,
    COUNT(*) - COUNT(ia.id) as remaining_questions
FROM interview_questions iq
LEFT JOIN interview_answers ia ON iq.id = ia.interview_question_id
WHERE iq.session_id = 42;

-- Update session progress
UPDATE interview_sessions
SET 
    questions_answered = questions_answered + 1,
    average_score = (
        SELECT AVG(overall_score)
        FROM interview_answers
        WHERE session_id = 42
    )
WHERE id = 42;
SELECT questions_answered, average_score FROM interview_sessions WHERE id = 42;

-- Get user's interview history
SELECT id, session_type, job_role, difficulty_level, total_questions, questions_answered,
       average_score, status FROM (
SELECT 
    id, session_type, job_role, difficulty_level,
    total_questions, questions_answered, average_score,
    status, started_at, completed_at
FROM interview_sessions
WHERE user_id = 1
ORDER BY started_at DESC
) q;

-- Get incomplete sessions (reminders)
SELECT id, session_type, job_role, hours_ago BETWEEN 0 AND 23 AS hours_ok FROM (
SELECT id, session_type, job_role, started_at,
       EXTRACT(HOUR FROM NOW() - started_at) as hours_ago
FROM interview_sessions
WHERE user_id = 1 
  AND status = 'in_progress'
  AND started_at < NOW() - INTERVAL '24 hours'
ORDER BY started_at ASC
) q;

-- Complete session
UPDATE interview_sessions
SET 
    status = 'completed',
    completed_at = CURRENT_TIMESTAMP,
    duration_seconds = EXTRACT(EPOCH FROM (CURRENT_TIMESTAMP - started_at))
WHERE id = 42;
SELECT status, completed_at IS NOT NULL AS completed, duration_seconds >= 0 AS has_duration FROM interview_sessions WHERE id = 42;

-- Performance analytics
SELECT user_id, total_sessions, overall_avg_score, completed_count, abandoned_count FROM (
SELECT 
    user_id,
    COUNT(*) as total_sessions,
    AVG(average_score) as overall_avg_score,
    AVG(duration_seconds)/60 as avg_duration_minutes,
    COUNT(*) FILTER (WHERE status = 'completed') as completed_count,
    COUNT(*) FILTER (WHERE status = 'abandoned') as abandoned_count
FROM interview_sessions
WHERE created_at >= NOW() - INTERVAL '90 days'
GROUP BY user_id
HAVING COUNT(*) >= 3
ORDER BY overall_avg_score DESC
) q;

-- ---- interview_feedback ----
-- The spec's "Generate feedback" example writes '{"key_strengths": [...]}', which is not JSON:
\set VERBOSITY sqlstate
SELECT '{"key_strengths": [...]}'::jsonb;
\set VERBOSITY default
-- ... so it runs here with the documented arrays in place of the ellipses.
INSERT INTO interview_feedback (
    session_id, overall_performance,
    technical_rating, communication_rating, confidence_rating,
    key_strengths, areas_to_improve, recommended_resources,
    preparation_tips, practice_recommendations
)
VALUES (
    42,
    'Strong performance overall with good technical knowledge. Areas for improvement include system design and answer conciseness.',
    4, 4, 3,
    '[{"area": "Technical Knowledge", "description": "Strong understanding of core concepts", "examples": ["Excellent explanation of microservices"]}]'::jsonb,
    '[{"area": "System Design", "priority": "high", "description": "Need to strengthen knowledge of scalability patterns", "specific_gaps": ["Load balancing strategies"], "action_items": ["Practice designing real-world systems"]},
      {"area": "Answer Structure", "priority": "medium", "description": "Answers could be more concise and organized", "specific_gaps": ["Too verbose at times"], "action_items": ["Practice STAR method (Situation, Task, Action, Result)"]}]'::jsonb,
    '[{"type": "book", "title": "Designing Data-Intensive Applications", "author": "Martin Kleppmann", "relevance": "Excellent for system design and scalability"}]'::jsonb,
    'Practice more system design questions. Use STAR method for behavioral questions. Focus on concise, structured answers.',
    'Complete 5 system design problems. Practice 10 behavioral questions. Mock interviews with peers.'
);

-- Get feedback for session
SELECT session_id, technical_rating, communication_rating, confidence_rating, average_score, job_role FROM (
SELECT 
    ifb.*,
    sess.average_score,
    sess.duration_seconds,
    sess.job_role
FROM interview_feedback ifb
JOIN interview_sessions sess ON ifb.session_id = sess.id
WHERE sess.id = 42
) q;

-- User progress tracking
SELECT session_type, average_score, technical_rating, communication_rating, confidence_rating FROM (
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
ORDER BY sess.started_at ASC
) q;

-- Identify common improvement areas across users
SELECT 
    improvement_area->>'area' as area,
    improvement_area->>'priority' as priority,
    COUNT(*) as frequency
FROM interview_feedback,
LATERAL jsonb_array_elements(areas_to_improve) AS improvement_area
GROUP BY improvement_area->>'area', improvement_area->>'priority'
ORDER BY frequency DESC, area;
