-- complete_interview: closes the session and writes its feedback in one transaction;
-- idempotent; ratings from documented bands; resources from the catalogue; clear errors.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;
TRUNCATE question_bank, learning_resources RESTART IDENTITY CASCADE;

INSERT INTO question_bank (question_text, question_type, difficulty_level, category, required_skills, region, language, difficulty_score) VALUES
    ('Explain REST vs GraphQL', 'technical', 'mid', 'API Design', '{REST,GraphQL}', 'Global', 'english', 5),
    ('Design a URL shortener', 'system_design', 'mid', 'System Design', '{Scalability,Caching}', 'Global', 'english', 6),
    ('Tell me about a conflict in your team', 'behavioral', 'mid', 'Teamwork & Communication', '{}', 'Global', 'english', 4),
    ('Comment gérer le RTL et le français dans une application ?', 'situational', 'mid', 'Internationalization', '{i18n}', 'MENA', 'french', 6);

-- A small catalogue of our own (the shipped one may grow): ids 1..8.
INSERT INTO learning_resources (id, resource_type, title, author, platform, url, description, areas, categories, skills, region, language, difficulty_level, is_free) VALUES
 (1, 'book', 'Designing Data-Intensive Applications', 'Martin Kleppmann', 'O''Reilly Media', 'https://dataintensive.net/', 'Data systems trade-offs', '{"Technical Knowledge"}', '{"System Design",Databases}', '{Scalability,Caching}', 'Global', 'english', 'senior', false),
 (2, 'article', 'The System Design Primer', 'Donne Martin', 'GitHub', 'https://github.com/donnemartin/system-design-primer', 'Large-scale design guide', '{"Technical Knowledge","Depth & Completeness"}', '{"System Design"}', '{Scalability}', 'Global', 'english', 'mid', true),
 (3, 'article', 'STAR method guide', NULL, 'Indeed Career Guide', 'https://www.indeed.com/career-advice/interviewing/how-to-use-the-star-interview-response-technique', 'Structure behavioural answers', '{"Answer Structure",Communication}', '{"Teamwork & Communication"}', '{}', 'Global', 'english', NULL, true),
 (4, 'practice_platform', 'Pramp', NULL, 'Pramp', 'https://www.pramp.com/', 'Peer mock interviews', '{Confidence,Communication}', '{"Career & Motivation"}', '{}', 'Global', 'english', NULL, true),
 (5, 'documentation', 'OpenAPI Specification', NULL, 'OpenAPI Initiative', 'https://spec.openapis.org/oas/latest.html', 'HTTP API descriptions', '{"Technical Knowledge"}', '{"API Design"}', '{REST}', 'Global', 'english', NULL, true),
 (6, 'online_course', 'OpenClassrooms', NULL, 'OpenClassrooms', 'https://openclassrooms.com/fr/', 'Cours en français', '{"Technical Knowledge"}', '{Internationalization,"Web Frontend"}', '{i18n}', 'Global', 'french', NULL, true),
 (7, 'documentation', 'W3C Internationalization', NULL, 'W3C', 'https://www.w3.org/International/', 'i18n techniques', '{"Technical Knowledge"}', '{Internationalization}', '{i18n}', 'Global', 'english', NULL, true),
 (8, 'online_course', 'Edraak', NULL, 'Queen Rania Foundation', 'https://www.edraak.org/', 'Arabic MOOCs', '{"Technical Knowledge"}', '{Internationalization}', '{}', 'MENA', 'arabic', NULL, true);

-- Sessions: 1 ten answers of varied quality; 2 excellent; 3 poor and hesitant; 4 band edges;
-- 5 abandoned; 6 without answers; 7 completed by a direct UPDATE (no feedback yet); 8 French / MENA.
INSERT INTO interview_sessions (user_id, session_type, job_role, difficulty_level, status, total_questions)
SELECT s, 'mixed', 'Backend Developer', 'mid', 'in_progress', CASE WHEN s = 1 THEN 10 ELSE 3 END
  FROM generate_series(1, 8) s;
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT 1, 1 + (o - 1) % 3, o FROM generate_series(1, 10) o;
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s, q, q FROM generate_series(2, 7) s, generate_series(1, 3) q;
INSERT INTO interview_questions (session_id, question_id, question_order) VALUES (8, 4, 1);

CREATE FUNCTION pg_temp.answer(question int, answer text, seconds int, r int, c int, cl int, t int, cm int,
                               missing jsonb, sentiment text, strengths jsonb DEFAULT '[]', weaknesses jsonb DEFAULT '[]')
RETURNS int LANGUAGE sql AS $$
    INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds, relevance_score,
        completeness_score, clarity_score, technical_accuracy_score, communication_score,
        strengths, weaknesses, missing_points, suggestions, ai_feedback, word_count, sentiment)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $11, $12, $9, '[]', 'fixture', 150, $10) RETURNING 1;
$$;

-- Session 1: API answers good, system design weak (caching missed 3 times), behavioural fair.
SELECT count(pg_temp.answer(iq.id, 'A direct answer with an example.', 120,
       CASE qb.category WHEN 'API Design' THEN 88 WHEN 'System Design' THEN 45 ELSE 70 END,
       CASE qb.category WHEN 'API Design' THEN 85 WHEN 'System Design' THEN 35 ELSE 60 END,
       CASE qb.category WHEN 'API Design' THEN 84 WHEN 'System Design' THEN 55 ELSE 62 END,
       CASE qb.category WHEN 'API Design' THEN 90 WHEN 'System Design' THEN 40 ELSE 65 END,
       CASE qb.category WHEN 'API Design' THEN 86 WHEN 'System Design' THEN 60 ELSE 72 END,
       CASE qb.category WHEN 'API Design' THEN '["N+1 query problem in GraphQL"]'::jsonb
                        WHEN 'System Design' THEN jsonb_build_array('Did not mention caching layer',
                             CASE WHEN iq.question_order % 2 = 0 THEN 'Database sharding' ELSE 'Load balancing' END)
                        ELSE '["Outcome of the conflict"]' END,
       CASE qb.category WHEN 'System Design' THEN 'neutral' ELSE 'positive' END,
       CASE qb.category WHEN 'API Design' THEN '["Clear comparison of endpoints"]'::jsonb ELSE '[]' END,
       CASE qb.category WHEN 'System Design' THEN '["Vague on scaling"]'::jsonb ELSE '[]' END)) AS answered
  FROM interview_questions iq JOIN question_bank qb ON qb.id = iq.question_id
 WHERE iq.session_id = 1;

BEGIN;
UPDATE interview_sessions SET started_at = localtimestamp - interval '25 minutes' WHERE id = 1;
SELECT id, session_id, technical_rating, communication_rating, confidence_rating, overall_performance
  FROM complete_interview(1);
COMMIT;
SELECT status, questions_answered, round(average_score::numeric, 2) AS average_score,
       average_score = (SELECT avg(overall_score) FROM interview_answers WHERE session_id = 1) AS average_is_exact,
       duration_seconds, completed_at IS NOT NULL AS closed
  FROM interview_sessions WHERE id = 1;

-- The feedback row: arrays of areas (gaps most missed first), strengths, resources.
SELECT a->>'area' AS area, a->>'priority' AS priority, a->'specific_gaps' AS gaps
  FROM interview_feedback f, jsonb_array_elements(f.areas_to_improve) a WHERE f.session_id = 1;
SELECT s->>'area' AS area, s->>'description' AS description, s->'examples' AS examples
  FROM interview_feedback f, jsonb_array_elements(f.key_strengths) s WHERE f.session_id = 1;
SELECT r->>'title' AS title, r->>'type' AS type, r->>'area' AS area, r->>'url' AS url
  FROM interview_feedback f, jsonb_array_elements(f.recommended_resources) r WHERE f.session_id = 1;
SELECT preparation_tips, practice_recommendations FROM interview_feedback WHERE session_id = 1;
SELECT jsonb_typeof(key_strengths) AS strengths, jsonb_typeof(areas_to_improve) AS areas,
       jsonb_typeof(recommended_resources) AS resources,
       NOT (areas_to_improve @? '$[*] ? (!exists(@.area) || !exists(@.priority) || !exists(@.description) || !exists(@.specific_gaps) || !exists(@.action_items))') AS areas_complete,
       NOT (areas_to_improve @? '$[*] ? (exists(@.score))') AS no_internal_keys
  FROM interview_feedback WHERE session_id = 1;
SELECT id, usage_count FROM learning_resources WHERE usage_count > 0 ORDER BY id;

-- Idempotent: the same row again, nothing duplicated, nothing counted twice.
SELECT md5(f::text) AS first_feedback FROM interview_feedback f WHERE session_id = 1 \gset
SELECT md5(f::text) = :'first_feedback' AS same_feedback FROM complete_interview(1) f;
SELECT md5(f::text) = :'first_feedback' AS same_again FROM complete_interview(1) f;
SELECT count(*) AS feedback_rows FROM interview_feedback WHERE session_id = 1;
SELECT sum(usage_count) AS resource_uses FROM learning_resources;
SELECT duration_seconds FROM interview_sessions WHERE id = 1;

-- Rating bands (documented: >= 85 -> 5, >= 70 -> 4, >= 55 -> 3, >= 40 -> 2, else 1).
-- technical = .5 technical_accuracy + .3 completeness + .2 relevance; communication = mean of
-- clarity and communication; confidence = 40 sentiment + 35 (1 - hedged share) + 25 (1 - timing share).
SELECT count(pg_temp.answer(iq.id, 'Clear and direct.', 150, 95, 92, 90, 96, 94, '[]', 'positive')) AS answered
  FROM interview_questions iq WHERE iq.session_id = 2;
SELECT count(pg_temp.answer(iq.id, 'I think maybe, I''m not sure, probably a cache.', 8, 30, 20, 30, 25, 35,
                      '["Caching layer"]', 'negative', '[]', '["Hedging, uncertain language"]')) AS answered
  FROM interview_questions iq WHERE iq.session_id = 3;
-- technical = .5*70 + .3*70 + .2*70 = 70 (edge of 4); communication = (55 + 54)/2 = 54.5 (just under 3);
-- confidence = 40*.5 + 35 + 25 = 80 (neutral: 4).
SELECT count(pg_temp.answer(iq.id, 'Plain answer.', 120, 70, 70, 55, 70, 54, '[]', 'neutral')) AS answered
  FROM interview_questions iq WHERE iq.session_id = 4;
SELECT s.id AS session_id, f.technical_rating, f.communication_rating, f.confidence_rating
  FROM generate_series(2, 4) s(id), LATERAL complete_interview(s.id) f ORDER BY s.id;
SELECT session_id, (SELECT string_agg(a->>'area' || ':' || (a->>'priority'), ', ') FROM jsonb_array_elements(areas_to_improve) a) AS areas
  FROM interview_feedback WHERE session_id IN (2, 3, 4) ORDER BY session_id;

-- Region and language: session 8 asks a French MENA question; resources in French rank first,
-- English ones next; other languages (Arabic) never appear. Given explicitly, they win.
SELECT count(pg_temp.answer(iq.id, 'Une réponse courte.', 60, 40, 30, 50, 35, 50, '["Propriétés logiques CSS"]', 'neutral')) AS answered
  FROM interview_questions iq WHERE iq.session_id = 8;
-- interview_session_feedback computes the row without writing it; complete_interview writes the same.
SELECT sum(usage_count) AS uses_before FROM learning_resources \gset
SELECT md5((to_jsonb(f) - 'id' - 'created_at')::text) AS preview FROM interview_session_feedback(8) f \gset
SELECT (SELECT sum(usage_count) FROM learning_resources) = :uses_before AS no_usage_counted,
       (SELECT count(*) FROM interview_feedback WHERE session_id = 8) AS rows_written,
       (SELECT status FROM interview_sessions WHERE id = 8) AS status;
SELECT r->>'title' AS title, r->>'language' AS language
  FROM complete_interview(8) f, jsonb_array_elements(f.recommended_resources) r;
SELECT md5((to_jsonb(f) - 'id' - 'created_at')::text) = :'preview' AS written_equals_preview
  FROM interview_feedback f WHERE session_id = 8;
SELECT (interview_session_feedback(6)).session_id IS NULL AS no_answers_no_feedback,
       interview_session_feedback(424242) IS NOT DISTINCT FROM NULL AS unknown_session;
SELECT r->>'title' AS title
  FROM jsonb_array_elements(interview_recommend_resources('{"areas": ["Internationalization"], "categories": ["Internationalization"]}',
                                                        '{i18n}', 'MENA', 'arabic')) r;
SELECT jsonb_array_length(interview_recommend_resources('{"areas": ["System Design"]}', max_resources => 1)) AS one,
       interview_recommend_resources('{"areas": ["Nothing we have"]}') AS none;

-- Completed by a plain UPDATE (no feedback yet): complete_interview writes it, no error.
SELECT count(pg_temp.answer(iq.id, 'Answer.', 100, 60, 60, 60, 60, 60, '[]', 'neutral')) AS answered
  FROM interview_questions iq WHERE iq.session_id = 7;
UPDATE interview_sessions SET status = 'completed' WHERE id = 7;
SELECT session_id, technical_rating FROM complete_interview(7);
SELECT status FROM interview_sessions WHERE id = 7;

-- Errors, each with its SQLSTATE; nothing is written.
\set SHOW_CONTEXT never
UPDATE interview_sessions SET status = 'abandoned' WHERE id = 5;
SELECT complete_interview(5);
SELECT complete_interview(6);
SELECT complete_interview(424242);
SELECT complete_interview(NULL);
\set VERBOSITY sqlstate
SELECT complete_interview(5);
SELECT complete_interview(6);
SELECT complete_interview(424242);
SELECT complete_interview(NULL);
\set VERBOSITY default
SELECT id, status FROM interview_sessions WHERE id IN (5, 6) ORDER BY id;
SELECT count(*) AS feedback_for_failed FROM interview_feedback WHERE session_id IN (5, 6);

-- A completed session takes no more answers (integrity trigger).
\set VERBOSITY sqlstate
INSERT INTO interview_questions (session_id, question_id, question_order) VALUES (1, 1, 11);
SELECT pg_temp.answer(currval('interview_questions_id_seq')::int, 'late', 10, 50, 50, 50, 50, 50, '[]', 'neutral');
\set VERBOSITY default
