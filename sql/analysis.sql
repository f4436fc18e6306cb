-- analyze_answer (both forms) and the analysis trigger on interview_answers.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

TRUNCATE question_bank RESTART IDENTITY CASCADE;
INSERT INTO question_bank (question_text, question_type, difficulty_level, sample_answer, key_points, common_mistakes)
VALUES ('In Python, what is the difference between a list and a tuple?', 'technical', 'junior',
        'Lists are mutable: you can append or remove items. Tuples are immutable once created. A tuple of hashable items is hashable, so it can be a dictionary key. Tuples are lighter in memory.',
        '{"must_mention": ["mutability difference", "tuples hashable / usable as dict keys", "tuples lighter in memory"], "bonus_points": ["namedtuple for named fields"]}',
        '{"mistakes": [{"mistake": "Saying lists can be dictionary keys", "correction": "Only hashable objects such as tuples can be dictionary keys."}], "red_flags": ["Cannot say which is mutable"]}'),
       ('Tell me about a time you missed a deadline.', 'behavioral', 'mid',
        'Situation: a release slipped. I flagged the risk early to the stakeholders, re-scoped the release and shipped the core two days late. I learned to add buffers.',
        '{"must_mention": ["flagged the risk early", "re-scoped the plan", "lesson learned"]}', NULL);

CREATE TABLE answers (style text, answer text);
INSERT INTO answers VALUES
  ('strong', 'Lists are mutable, so you can append or remove items, while a tuple is immutable once created. Because of that a tuple of hashable items is itself hashable and can be used as a dictionary key, for example a (lat, lon) pair. Tuples are also lighter in memory. For records with named fields I use a namedtuple.'),
  ('partial', 'Lists can be changed after creation and tuples cannot, so I use tuples for fixed data like configuration values.'),
  ('negation', 'Tuples are not hashable, so neither lists nor tuples can be dictionary keys; and tuples do not use less memory.'),
  ('mistake', 'Lists can be dictionary keys because they are hashable, that is what I do.'),
  ('keywords', 'Lists, tuples, mutability, immutability, hashable, dict keys, memory, namedtuple, records.'),
  ('off_topic', 'I really enjoy working in teams and I am passionate about clean code and learning new frameworks every year.'),
  ('dont_know', 'I don''t know.'),
  ('empty', '');

-- Every style against the first question: dimension scores, overall, coverage statuses.
SELECT style,
       (r->>'relevance_score')::int AS rel, (r->>'completeness_score')::int AS comp,
       (r->>'clarity_score')::int AS clar, (r->>'technical_accuracy_score')::int AS acc,
       (r->>'communication_score')::int AS comm, (r->>'overall_score')::int AS overall,
       (SELECT string_agg(left(p->>'status', 4), ',') FROM jsonb_array_elements(r->'key_point_coverage'->'must_mention') p) AS must,
       r->>'word_count' AS words, r->>'sentiment' AS sentiment
  FROM answers, analyze_answer(answer, 1) r ORDER BY (r->>'overall_score')::int DESC, style;

-- The document of one answer, in full.
SELECT jsonb_pretty(analyze_answer('Tuples are not hashable, so neither lists nor tuples can be dictionary keys.', 1) - 'key_point_coverage');

-- The long form equals the question_id form; overall_score follows the spec's weights.
SELECT analyze_answer(answer, 1) = analyze_answer(answer => answer, key_points => q.key_points, question_text => q.question_text,
                                                   question_type => q.question_type, difficulty_level => q.difficulty_level,
                                                   sample_answer => q.sample_answer, common_mistakes => q.common_mistakes,
                                                   config => q.language) AS same,
       (SELECT bool_and((r->>'overall_score')::int = interview_overall_score((r->>'relevance_score')::int, (r->>'completeness_score')::int,
               (r->>'clarity_score')::int, (r->>'technical_accuracy_score')::int, (r->>'communication_score')::int))
          FROM answers, analyze_answer(answer, 1) r) AS overall_by_spec_weights
  FROM answers a, question_bank q WHERE q.id = 1 AND a.style = 'strong';

-- A common mistake is named with its correction; STAR structure is noticed for behavioral answers.
SELECT r->'weaknesses' AS weaknesses, r->'suggestions' AS suggestions
  FROM analyze_answer('Lists can be dictionary keys because they are hashable, that is what I do.', 1) r;
SELECT (s->>'communication_score')::int > (f->>'communication_score')::int AS star_communicates_better
  FROM analyze_answer('Last year our team had a release deadline on a payment project. My task was the API. I flagged the risk early to the stakeholders and re-scoped the plan. As a result we shipped two days late and I learned to add buffers.', 2) s,
       analyze_answer('A deadline was missed. Risk was there. The plan changed.', 2) f;

-- Optional arguments; NULL answer gives NULL; NULL config or unknown question are errors.
SELECT (analyze_answer('Tuples are immutable.', '{"must_mention": ["immutable tuples"]}'::jsonb)->>'completeness_score')::int > 0 AS minimal_call,
       analyze_answer(NULL, 1) IS NULL AS null_answer,
       analyze_answer(NULL, '{}'::jsonb) IS NULL AS null_answer_long;
-- A long answer (near the 1 MB limit) is analysed in bounded time.
SELECT (r->>'word_count')::int AS long_answer_words, r->'key_point_coverage'->'must_mention'->0->>'status' AS first_point
  FROM analyze_answer(repeat('Lists are mutable but a tuple is immutable, so a tuple can be a dict key. ', 12000), 1) r;
\set VERBOSITY default
SELECT analyze_answer('x', '{}'::jsonb, config => NULL);
SELECT analyze_answer('x', 999);
\set VERBOSITY sqlstate
SELECT analyze_answer('x', NULL::int);
SELECT analyze_answer('x', '{"must_mention": {}}'::jsonb);
SELECT analyze_answer('x', '{}', common_mistakes => '{"mistakes": "wrong"}');
SELECT analyze_answer('x', '{}', common_mistakes => '[]');
SELECT analyze_answer(repeat('long answer ', 100000), 1);
\set VERBOSITY default

-- The trigger: an INSERT alone yields a fully scored answer.
INSERT INTO interview_sessions (user_id, session_type, status) VALUES (1, 'mixed', 'in_progress');
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT (SELECT max(id) FROM interview_sessions), q, o FROM (VALUES (1, 1), (1, 2), (1, 3), (2, 4), (1, 5), (1, 6)) v(q, o);
-- The interview questions by their order in the session.
CREATE FUNCTION pg_temp.iq(o int) RETURNS int LANGUAGE sql AS 'SELECT id FROM interview_questions WHERE question_order = o';
INSERT INTO interview_answers (interview_question_id, user_answer)
SELECT pg_temp.iq(1), answer FROM answers WHERE style = 'strong';
SELECT a.overall_score = (r->>'overall_score')::int AS same_overall,
       a.relevance_score = (r->>'relevance_score')::int AS same_relevance,
       a.strengths = r->'strengths' AS same_strengths, a.missing_points = r->'missing_points' AS same_missing,
       a.ai_feedback = r->>'ai_feedback' AS same_feedback, a.word_count, a.sentiment
  FROM interview_answers a, analyze_answer(a.user_answer, 1) r;
-- Scores the application provides are kept; the rest is filled and overall follows.
INSERT INTO interview_answers (interview_question_id, user_answer, relevance_score, completeness_score, ai_feedback)
SELECT pg_temp.iq(2), answer, 100, 100, 'my own feedback' FROM answers WHERE style = 'negation';
SELECT relevance_score, completeness_score, ai_feedback, clarity_score IS NOT NULL AS clarity_filled,
       overall_score = interview_overall_score(relevance_score, completeness_score, clarity_score, technical_accuracy_score, communication_score) AS overall_follows,
       weaknesses IS NOT NULL AS weaknesses_filled
  FROM interview_answers WHERE interview_question_id = pg_temp.iq(2);
-- NULL answer: left unanalysed.
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (pg_temp.iq(3), NULL);
SELECT overall_score, strengths, ai_feedback, word_count FROM interview_answers WHERE interview_question_id = pg_temp.iq(3);
-- UPDATE of user_answer re-analyses (columns the statement sets are kept); other updates do not.
UPDATE interview_answers SET user_answer = 'I don''t know.' WHERE interview_question_id = pg_temp.iq(1);
SELECT overall_score < 15 AS reanalysed_low, word_count FROM interview_answers WHERE interview_question_id = pg_temp.iq(1);
UPDATE interview_answers SET user_answer = (SELECT answer FROM answers WHERE style = 'strong'), clarity_score = 7
 WHERE interview_question_id = pg_temp.iq(1);
SELECT overall_score > 50 AS reanalysed_high, clarity_score FROM interview_answers WHERE interview_question_id = pg_temp.iq(1);
UPDATE interview_answers SET time_taken_seconds = 30, completeness_score = 1 WHERE interview_question_id = pg_temp.iq(1);
SELECT completeness_score, clarity_score FROM interview_answers WHERE interview_question_id = pg_temp.iq(1);
UPDATE interview_answers SET user_answer = user_answer, completeness_score = 2 WHERE interview_question_id = pg_temp.iq(1);
SELECT completeness_score FROM interview_answers WHERE interview_question_id = pg_temp.iq(1);
-- The session's progress follows (AFTER trigger) and the behavioral question is analysed too.
INSERT INTO interview_answers (interview_question_id, user_answer)
VALUES (pg_temp.iq(4), 'Last year I flagged the risk early to the stakeholders, re-scoped the plan and learned to add buffers.');
SELECT questions_answered, average_score = (SELECT avg(overall_score)::float8 FROM interview_answers a WHERE a.session_id = s.id) AS average_of_answers
  FROM interview_sessions s WHERE id = (SELECT max(id) FROM interview_sessions);
SELECT missing_points, (completeness_score > 50) AS complete FROM interview_answers WHERE interview_question_id = pg_temp.iq(4);
-- Question edits are seen at once (per-backend cache keyed by row version).
UPDATE question_bank SET key_points = '{"must_mention": ["quantum entanglement"]}' WHERE id = 1;
INSERT INTO interview_answers (interview_question_id, user_answer)
SELECT pg_temp.iq(5), answer FROM answers WHERE style = 'strong';
SELECT missing_points FROM interview_answers WHERE interview_question_id = pg_temp.iq(5);
-- A question in French: its language column is the configuration.
UPDATE question_bank SET language = 'french', key_points = '{"must_mention": ["feedback régulier au junior"]}' WHERE id = 1;
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (pg_temp.iq(6), 'Je ne donne jamais de feedback régulier au junior.');
SELECT weaknesses FROM interview_answers WHERE interview_question_id = pg_temp.iq(6);
-- Bad key points in the bank surface as errors on insert, and nothing is written.
UPDATE question_bank SET key_points = '{"must_mention": [42]}' WHERE id = 2;
\set VERBOSITY sqlstate
INSERT INTO interview_questions (session_id, question_id, question_order) SELECT max(id), 2, 7 FROM interview_sessions;
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (pg_temp.iq(7), 'An answer');
\set VERBOSITY default
SELECT count(*) FROM interview_answers WHERE interview_question_id = pg_temp.iq(7);

SELECT tgname FROM pg_trigger WHERE tgrelid = 'interview_answers'::regclass AND NOT tgisinternal ORDER BY tgname;
SELECT proname, provolatile, proisstrict, proparallel FROM pg_proc WHERE proname IN ('analyze_answer', '_interview_answers_analyze') ORDER BY proname, pronargs;
