-- Bad inputs of key_point_coverage, analyze_answer and the analysis trigger, each next to the
-- valid input closest to it, with its SQLSTATE: 22P02 for a wrong JSON shape, 54000 past a size
-- limit, 22023 for a bad argument. A failed INSERT or UPDATE writes nothing.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

CREATE FUNCTION pg_temp.statuses(doc jsonb) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(p->>'status', ', ' ORDER BY o) FROM jsonb_array_elements(doc->'must_mention') WITH ORDINALITY e(p, o)
$$;
-- A key_points document with n points, the first with m aliases; one point of the given text.
CREATE FUNCTION pg_temp.points(n int, m int DEFAULT 0) RETURNS jsonb LANGUAGE sql AS $$
    SELECT jsonb_build_object('must_mention',
        jsonb_build_array(jsonb_build_object('point', 'tuple', 'aliases',
                                             coalesce((SELECT jsonb_agg('alias ' || h) FROM generate_series(1, m) h), '[]')))
        || coalesce((SELECT jsonb_agg('point ' || g) FROM generate_series(2, n) g), '[]'))
$$;
CREATE FUNCTION pg_temp.point(p text) RETURNS jsonb LANGUAGE sql AS $$
    SELECT jsonb_build_object('must_mention', jsonb_build_array(p))
$$;

\set VERBOSITY sqlstate
-- key_points: an object whose lists hold strings, or objects with a string "point" and an array
-- of string "aliases"; a missing or null list is empty.
SELECT pg_temp.statuses(key_point_coverage('A tuple is immutable.',
       '{"must_mention": ["immutable", {"point": "tuple", "aliases": ["pair"]}], "bonus_points": null}')) AS valid;
SELECT key_point_coverage('x', 'null');
SELECT key_point_coverage('x', '"immutable"');
SELECT key_point_coverage('x', '42');
SELECT key_point_coverage('x', '{"must_mention": [null]}');
SELECT key_point_coverage('x', '{"must_mention": [["immutable"]]}');
SELECT key_point_coverage('x', '{"must_mention": [{"point": 42}]}');
SELECT key_point_coverage('x', '{"must_mention": [{"point": null}]}');
SELECT key_point_coverage('x', '{"must_mention": [{"point": "p", "aliases": [1]}]}');
SELECT key_point_coverage('x', '{"must_mention": [{"point": "p", "aliases": [null]}]}');
SELECT key_point_coverage('x', '{"bonus_points": {"point": "p"}}');
-- A point, alias or mistake with no word or number in it could never be covered: 22023. A point
-- of stop words alone is kept (the configuration decides what a stop word is).
SELECT pg_temp.statuses(key_point_coverage('the cat sat', '{"must_mention": ["the of and", "cat"]}')) AS stop_words_only;
SELECT key_point_coverage('x', '{"must_mention": [""]}');
SELECT key_point_coverage('x', '{"must_mention": ["p", "  !!! "]}');
SELECT key_point_coverage('x', '{"bonus_points": [{"point": "p", "aliases": ["q", " "]}]}');
SELECT analyze_answer('x', '{}', common_mistakes => '{"mistakes": [{"mistake": "", "correction": "c"}]}');
-- Keys of the caller's own beside the known ones are ignored; a document whose keys are all
-- unknown, or an unknown key in a point or mistake object, is a misspelling that would drop
-- points silently: 22P02.
SELECT pg_temp.statuses(key_point_coverage('immutable',
       '{"must_mention": ["immutable"], "evaluation_criteria": {"depth": "x"}, "weights": [1]}')) AS own_keys;
SELECT key_point_coverage('immutable', '{"must": ["immutable"]}');
SELECT key_point_coverage('immutable', '{"must_mention": [{"point": "immutable", "alias": ["frozen"]}]}');
SELECT analyze_answer('x', '{}', common_mistakes => '{"mistake": ["lists are hashable"]}');
SELECT analyze_answer('x', '{}', common_mistakes => '{"mistakes": [{"mistake": "m", "corection": "c"}]}');

-- Sizes at their limit pass, one more fails: 100 points per list, 32 aliases per point, 2000
-- characters per text (4-byte characters too), 256 kB per document.
SELECT jsonb_array_length(key_point_coverage('A tuple.', pg_temp.points(100))->'must_mention') AS points_100,
       key_point_coverage('A tuple.', pg_temp.points(1, 32))->'must_mention'->0->>'status' AS aliases_32,
       pg_temp.statuses(key_point_coverage('x', pg_temp.point(repeat('ab ', 666) || 'ab'))) AS chars_2000,
       pg_temp.statuses(key_point_coverage('x', pg_temp.point(repeat(U&'\+01D6D1 ', 1000)))) AS wide_chars_2000;
SELECT key_point_coverage('x', pg_temp.points(101));
SELECT key_point_coverage('x', pg_temp.points(1, 33));
SELECT key_point_coverage('x', pg_temp.point(repeat('ab ', 667)));
SELECT key_point_coverage('x', pg_temp.point(repeat(U&'\+01D6D1 ', 1000) || 'x'));
SELECT key_point_coverage('x', jsonb_build_object('notes', repeat('n', 262144)));
-- Answers: empty, blank and 1 MB pass, one byte more fails.
SELECT pg_temp.statuses(key_point_coverage('', pg_temp.point('tuple'))) AS empty,
       pg_temp.statuses(key_point_coverage(E' \n\t ', pg_temp.point('tuple'))) AS blank,
       pg_temp.statuses(key_point_coverage(repeat('tuple ', 174762) || 'tupl', pg_temp.point('tuple'))) AS one_mb;
SELECT key_point_coverage(repeat('tuple ', 174762) || 'tuple', pg_temp.point('tuple'));
SELECT key_point_coverage('x', '{}', 'no_such_config');

-- analyze_answer: common_mistakes is an object whose "mistakes" are strings or objects with a
-- string "mistake" (and "correction"), at most 100.
SELECT (SELECT count(*) FROM jsonb_array_elements_text(r->'weaknesses') w WHERE w ILIKE '%lists are hashable%') AS mistake_named
  FROM analyze_answer('Lists are hashable.', '{}',
           common_mistakes => '{"mistakes": ["lists are hashable", {"mistake": "tuples are mutable", "correction": "they are not"}]}') r;
-- NULL key points or optional arguments are no points and the defaults (a bank row may lack
-- them); a NULL answer gives NULL.
SELECT analyze_answer('A tuple is immutable.', NULL::jsonb) = analyze_answer('A tuple is immutable.', '{}'::jsonb) AS null_points_are_none,
       analyze_answer('A tuple is immutable.', '{}'::jsonb, question_text => NULL, question_type => NULL,
                      difficulty_level => NULL, sample_answer => NULL, common_mistakes => NULL)
         = analyze_answer('A tuple is immutable.', '{}'::jsonb) AS null_options_are_defaults,
       analyze_answer(NULL, '{}'::jsonb) IS NULL AS null_answer;
-- question_type is free text in question_bank: its case and the British spelling do not matter.
WITH a(t) AS (VALUES ('The delay happened. The plan was changed. It was flagged early enough.'))
SELECT analyze_answer(t, '{"must_mention": ["recovery plan"]}', question_type => ' Behavioural')
         = analyze_answer(t, '{"must_mention": ["recovery plan"]}', question_type => 'behavioral') AS spelling_ignored,
       analyze_answer(t, '{"must_mention": ["recovery plan"]}', question_type => 'technical')
         <> analyze_answer(t, '{"must_mention": ["recovery plan"]}', question_type => 'behavioral') AS type_matters
  FROM a;
SELECT analyze_answer('x', '{}', common_mistakes => 'null');
SELECT analyze_answer('x', '{}', common_mistakes => '{"mistakes": [42]}');
SELECT analyze_answer('x', '{}', common_mistakes => '{"mistakes": [{"correction": "c"}]}');
SELECT analyze_answer('x', '{}', common_mistakes => '{"mistakes": [{"mistake": 1}]}');
SELECT analyze_answer('x', '{}', common_mistakes => jsonb_build_object('mistakes', (SELECT jsonb_agg('m' || g) FROM generate_series(1, 101) g)));
SELECT analyze_answer('x', 'null'::jsonb);
SELECT analyze_answer('x', '{}'::jsonb, config => 'no_such_config');
-- By question_id: an unknown id, and a bank row whose key points are malformed.
SET client_min_messages = warning;
TRUNCATE question_bank RESTART IDENTITY CASCADE;
RESET client_min_messages;
INSERT INTO question_bank (question_text, question_type, difficulty_level, sample_answer, key_points)
VALUES ('What is a tuple?', 'technical', 'junior', 'An immutable sequence.', '{"must_mention": ["immutable sequence"]}'),
       ('What is a list?', 'technical', 'junior', 'A mutable sequence.', '{"must_mention": "mutable sequence"}');
SELECT analyze_answer('A tuple is an immutable sequence.', 1)->'key_point_coverage'->'must_mention'->0->>'status' AS valid_id;
SELECT analyze_answer('x', 0);
SELECT analyze_answer('x', -1);
SELECT analyze_answer('x', 3);
SELECT analyze_answer('x', 2);

-- The trigger: empty and blank answers are scored (zero), a NULL answer is left unscored, and
-- what fails writes nothing: an answer over 1 MB (insert or update), a bank row with malformed
-- key points or mistakes, a provided score out of range.
INSERT INTO interview_sessions (user_id, session_type, status) VALUES (1, 'technical', 'in_progress');
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT 1, CASE WHEN g = 5 THEN 2 ELSE 1 END, g FROM generate_series(1, 6) g;
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (1, ''), (2, E' \n\t '), (3, NULL);
SELECT interview_question_id AS iq, overall_score, word_count, missing_points, ai_feedback IS NOT NULL AS has_feedback
  FROM interview_answers ORDER BY 1;
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (4, repeat('tuple ', 174762) || 'tuple');
UPDATE interview_answers SET user_answer = repeat('tuple ', 174762) || 'tuple' WHERE interview_question_id = 1;
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (5, 'A list is a mutable sequence.');
UPDATE question_bank SET key_points = '{}', common_mistakes = '{"mistakes": 3}' WHERE id = 1;
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (4, 'A tuple is an immutable sequence.');
UPDATE question_bank SET common_mistakes = NULL WHERE id = 1;
INSERT INTO interview_answers (interview_question_id, user_answer, relevance_score) VALUES (4, 'A tuple is an immutable sequence.', 150);
-- A bank row with a key of its own in a point object and a blank point: the bank accepted it, so
-- the trigger scores answers to it as 1.1.0 did (the extra key ignored, the blank point missing)
-- and never blocks them; analyze_answer called on the row reports the row's mistakes (22P02).
UPDATE question_bank SET key_points = '{"must_mention": [{"point": "immutable sequence", "weight": 2}, ""]}' WHERE id = 1;
INSERT INTO interview_answers (interview_question_id, user_answer) VALUES (6, 'A tuple is an immutable sequence.');
SELECT missing_points, overall_score > 0 AS scored FROM interview_answers WHERE interview_question_id = 6;
SELECT analyze_answer('A tuple is an immutable sequence.', 1);
SELECT interview_question_id AS iq, length(user_answer) AS chars, overall_score FROM interview_answers ORDER BY 1;
SELECT questions_answered FROM interview_sessions WHERE id = 1;
-- The trigger function is for the trigger only.
SELECT _interview_answers_analyze();
\set VERBOSITY default
