-- key_point_coverage(answer, key_points, config): statuses, evidence offsets, aliases, near
-- misses, negation (English, French, Arabic) and bad inputs.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

CREATE FUNCTION pg_temp.statuses(doc jsonb) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(p->>'status', ', ' ORDER BY o) FROM jsonb_array_elements(doc->'must_mention') WITH ORDINALITY e(p, o)
$$;

CREATE TEMP TABLE first_result AS
SELECT key_point_coverage('Tuples are immutable.', '{"must_mention": ["immutable tuples"]}') AS doc;

-- The document: every point in order, with status, score and evidence.
SELECT jsonb_pretty(key_point_coverage(
    'Lists are mutable, while tuples are immutable. Because a tuple is hashable it can be a dictionary key.',
    '{"must_mention": ["mutability difference between lists and tuples", "tuples hashable / usable as dict keys", "memory footprint"],
      "bonus_points": [{"point": "namedtuple", "aliases": ["named tuple"]}]}'));

-- Evidence offsets are characters, not bytes: the slice of the answer is the evidence text.
WITH a(answer) AS (VALUES ('Résumé déjà vu: the café uses caching to stay fast.'))
SELECT e.p->'evidence'->>'text' AS evidence,
       substr(answer, (e.p->'evidence'->>'start')::int + 1,
              (e.p->'evidence'->>'end')::int - (e.p->'evidence'->>'start')::int) AS slice
  FROM a, jsonb_array_elements(key_point_coverage(answer, '{"must_mention": ["caching"]}')->'must_mention') e(p);

-- Aliases, typos, synonyms and abbreviations.
SELECT pg_temp.statuses(key_point_coverage('For records I reach for a named tuple.',
    '{"must_mention": [{"point": "namedtuple", "aliases": ["named tuple"]}]}')) AS alias,
       pg_temp.statuses(key_point_coverage('tuples are imutable so you cant change them',
    '{"must_mention": ["tuples are immutable"]}')) AS typo,
       pg_temp.statuses(key_point_coverage('We run the DB on our k8s cluster and keep it replicated.',
    '{"must_mention": ["database replicated on kubernetes"]}')) AS abbreviations;

-- Negation in scope contradicts the point; a negative point agrees with a negative answer.
SELECT pg_temp.statuses(key_point_coverage('Tuples are not hashable, so they can never be dictionary keys.',
    '{"must_mention": ["tuples hashable / usable as dict keys"]}')) AS english,
       pg_temp.statuses(key_point_coverage('Je ne donne jamais de feedback régulier au junior.',
    '{"must_mention": ["feedback régulier au junior"]}', 'french')) AS french,
       pg_temp.statuses(key_point_coverage('لا حاجة إلى تعديل خصائص CSS أبدا',
    '{"must_mention": ["تعديل خصائص CSS"]}', 'arabic')) AS arabic,
       pg_temp.statuses(key_point_coverage('A tuple that holds a list is not hashable.',
    '{"must_mention": ["a tuple holding a list is not hashable"]}')) AS negative_point;

-- Keyword lists and unrelated answers do not cover; empty inputs give empty results.
SELECT pg_temp.statuses(key_point_coverage('Hashing, keys, dictionaries, tuples, sets, memory, speed.',
    '{"must_mention": ["tuples hashable / usable as dict keys"]}')) AS keyword_list,
       pg_temp.statuses(key_point_coverage('I enjoy hiking with my family on weekends.',
    '{"must_mention": ["tuples hashable / usable as dict keys"]}')) AS off_topic,
       key_point_coverage('', '{"must_mention": ["x"]}')->'must_mention'->0->>'status' AS empty_answer,
       key_point_coverage('anything', '{}') AS no_points;

-- Words that only look like a point's word, its synonyms in another sense, and its opposites
-- do not cover it (PostgreSQL's stemming; the unit tests hold more cases).
SELECT point, answer, key_point_coverage(answer, jsonb_build_object('must_mention', jsonb_build_array(point)))->'must_mention'->0->>'status' AS status
  FROM (VALUES ('authentication', 'The author of the commit reviewed it.'), ('memory', 'A data member is private.'),
               ('documentation', 'It runs in Docker.'), ('logs', 'The login page loads.'), ('tests', 'Keep it as plain text.'),
               ('benefit', 'Try again.'), ('pauses', 'Install the driver.'), ('deadline', 'It failed due to a timeout.'),
               ('cause', 'I read the source code.'), ('escalated', 'It ships behind a feature flag.'),
               ('stakeholders', 'We met at 5 pm.'), ('delete', 'We saw a drop in traffic.'),
               ('prototype', 'There was a traffic spike.'), ('resolved', 'The array has a fixed size.'),
               ('plan', 'The variable lives in the global scope.'), ('manager', 'Skipping the tests can lead to bugs.'),
               ('immutable', 'The list is mutable.'), ('manager', 'I went to my lead to ask.'),
               ('deadline', 'The report was due on Friday.'), ('stakeholders', 'I told the PM every morning.')) AS v(point, answer);

-- A synonym dictionary the user configures takes effect, and changing the configuration is
-- seen at once by the same session (cached lexemes are dropped).
CREATE TEXT SEARCH DICTIONARY uh_test_syn (TEMPLATE = synonym, SYNONYMS = synonym_sample);
CREATE TEXT SEARCH CONFIGURATION uh_test_cfg (COPY = english);
SELECT key_point_coverage('We run pgsql in production.', '{"must_mention": ["postgresql"]}', 'uh_test_cfg')->'must_mention'->0->>'status' AS before_synonyms;
ALTER TEXT SEARCH CONFIGURATION uh_test_cfg ALTER MAPPING FOR asciiword WITH uh_test_syn, english_stem;
SELECT key_point_coverage('We run pgsql in production.', '{"must_mention": ["postgresql"]}', 'uh_test_cfg')->'must_mention'->0->>'status' AS with_synonyms,
       key_point_coverage('We run pgsql in production.', '{"must_mention": ["postgresql"]}', 'simple')->'must_mention'->0->>'status' AS simple_config;
DROP TEXT SEARCH CONFIGURATION uh_test_cfg;
DROP TEXT SEARCH DICTIONARY uh_test_syn;

-- Deterministic: the same document as at the start, after every call and configuration change above.
SELECT key_point_coverage('Tuples are immutable.', '{"must_mention": ["immutable tuples"]}') = doc AS same,
       doc->'must_mention'->0->>'status' AS status
  FROM first_result;

-- NULL in, NULL out (STRICT).
SELECT key_point_coverage(NULL, '{}') IS NULL AS null_answer, key_point_coverage('x', NULL) IS NULL AS null_points;

-- Bad key_points: 22P02 for wrong shapes, 54000 for absurd sizes.
\set VERBOSITY default
SELECT key_point_coverage('x', '["not", "an", "object"]');
SELECT key_point_coverage('x', '{"must_mention": [1, 2]}');
SELECT key_point_coverage('x', '{"must_mention": [{"aliases": ["no point"]}]}');
\set VERBOSITY sqlstate
SELECT key_point_coverage('x', '{"must_mention": "a string"}');
SELECT key_point_coverage('x', '{"bonus_points": [{"point": "p", "aliases": "not an array"}]}');
SELECT key_point_coverage('x', jsonb_build_object('must_mention', (SELECT jsonb_agg('p' || g) FROM generate_series(1, 101) g)));
SELECT key_point_coverage('x', jsonb_build_object('must_mention', jsonb_build_array(repeat('long ', 2000))));
SELECT key_point_coverage(repeat('word ', 300000), '{"must_mention": ["x"]}');
SELECT key_point_coverage('x', '{}', 'no_such_config');
-- Matching work is bounded: a huge answer against very many wordings is refused, not run for minutes.
SELECT key_point_coverage(repeat('Tuples are immutable, lists are mutable. ', 12000),
       (SELECT jsonb_build_object('must_mention', jsonb_agg(jsonb_build_object('point', 'point ' || g,
               'aliases', (SELECT jsonb_agg('alias ' || h || ' of point ' || g) FROM generate_series(1, 10) h))))
          FROM generate_series(1, 100) g));
\set VERBOSITY default
SELECT provolatile, proisstrict, proparallel FROM pg_proc WHERE proname = 'key_point_coverage';
