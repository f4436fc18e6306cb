-- The analysis results are written straight into jsonb's binary layout (not through a
-- JsonbValue tree). With check_jsonb on, every result is also built the old way and any byte
-- of difference fails the statement, so each query below that returns rows is such a check.
-- Containers of more than 32 children store an offset every 32 entries: the lookups below read
-- entries on both sides of that stride. (make test runs every regression test with check_jsonb.)
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

SET utopiahire_interview.check_jsonb = on;

-- 40 must points (an array of 40 objects) and 3 bonus points, ASCII and not.
CREATE TEMP TABLE many AS
SELECT jsonb_build_object(
         'must_mention', (SELECT jsonb_agg('point number ' || i || CASE WHEN i % 3 = 0 THEN ' café crème' ELSE ' cache layer' END)
                            FROM generate_series(1, 40) AS i),
         'bonus_points', jsonb_build_array('rate limiting', 'Überprüfung der Eingaben', 'قاعدة البيانات')) AS kp;

SELECT jsonb_array_length(c->'must_mention') AS must, jsonb_array_length(c->'bonus_points') AS bonus,
       c->'must_mention'->0->>'point' AS first, c->'must_mention'->31->>'point' AS p31,
       c->'must_mention'->32->>'point' AS p32, c->'must_mention'->39->>'point' AS last,
       c->'must_mention'->32->>'status' AS s32, c->'bonus_points'->2->>'point' AS arabic
  FROM many, key_point_coverage('A cache layer in front of the database, with rate limiting; café crème.', kp) AS c;

-- Keys looked up by name in every object (objects are searched by their sorted keys).
SELECT k, jsonb_typeof(r->k) AS type
  FROM many, analyze_answer(answer => 'The cache layer sits in front of the database. Rate limiting protects it: 100 requests per second, 3 retries.',
                             key_points => kp, question_text => 'How would you protect a database from load?',
                             question_type => 'technical', difficulty_level => 'mid',
                             sample_answer => 'Put a cache layer in front and rate limit the clients.', config => 'english') AS r,
       unnest(ARRAY['sentiment', 'strengths', 'weaknesses', 'word_count', 'ai_feedback', 'suggestions', 'clarity_score',
                    'overall_score', 'missing_points', 'relevance_score', 'completeness_score', 'key_point_coverage',
                    'communication_score', 'technical_accuracy_score']) AS k
 ORDER BY k;

SELECT c->'must_mention'->35->>'point' AS point, c->'must_mention'->35->'evidence'->>'start' AS start,
       c->'must_mention'->35->'evidence'->>'end' AS "end", c->'must_mention'->35->'evidence'->>'text' AS text,
       c->'must_mention'->35->>'score' AS score,
       (c->>'must_coverage')::numeric BETWEEN 0 AND 1 AS must_in_range
  FROM many, key_point_coverage('Point number 36 cache layer: the cache layer answers first.', kp) AS c;

-- Empty and non-Latin answers, no key points, French configuration.
SELECT r->'key_point_coverage' AS coverage, r->'word_count' AS words
  FROM analyze_answer(answer => '', key_points => '{}', config => 'english') AS r;
SELECT (r->>'word_count')::int AS words, jsonb_array_length(r->'key_point_coverage'->'must_mention') AS must
  FROM analyze_answer(answer => 'Une couche de cache devant la base de données, avec une limitation du débit.',
                      key_points => '{"must_mention": ["couche de cache", "limitation du débit"]}', config => 'french') AS r;

-- The same documents as the JSON text would give.
SELECT analyze_answer(answer => a, key_points => kp, config => 'english')
       = (analyze_answer(answer => a, key_points => kp, config => 'english')::text)::jsonb AS same_as_text
  FROM many, (VALUES ('cache layer'), ('rate limiting, café crème'), ('')) AS v(a);

RESET utopiahire_interview.check_jsonb;
