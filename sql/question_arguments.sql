-- analyze_answer and key_point_coverage keep the prepared question per backend, keyed by the
-- question arguments' bytes as they arrive: a compressed argument by its compressed bytes (not
-- decompressed on a hit), an out-of-line one fetched first (a TOAST pointer proves nothing).
-- Arguments stored compressed or out of line give the results of the same values passed
-- plain, and arguments that differ anywhere are never taken for one another.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

-- Key points and sample answers large enough to be compressed; rows 1 and 2 differ only in
-- their last key point.
CREATE TEMP TABLE questions (id int, key_points jsonb, sample text);
INSERT INTO questions
SELECT i, jsonb_build_object('must_mention', jsonb_build_array(
              repeat('padding words about nothing in particular ', 25),
              repeat('more padding words about other things ', 25),
              CASE i WHEN 1 THEN 'tuples are immutable' ELSE 'lists are mutable' END)),
       repeat('A sample answer about tuples and lists. ', 60)
  FROM generate_series(1, 2) i;
SELECT id, pg_column_compression(key_points) IS NOT NULL AS key_points_compressed,
       pg_column_compression(sample) IS NOT NULL AS sample_compressed
  FROM questions ORDER BY id;

-- The same values stored out of line, uncompressed.
CREATE TEMP TABLE questions_external (LIKE questions);
ALTER TABLE questions_external ALTER key_points SET STORAGE EXTERNAL, ALTER sample SET STORAGE EXTERNAL;
INSERT INTO questions_external SELECT id, key_points::text::jsonb, sample || '' FROM questions;
SELECT id, pg_column_compression(key_points) IS NULL AS key_points_uncompressed FROM questions_external ORDER BY id;
SELECT (xpath('/row/n/text()', query_to_xml(format('SELECT count(DISTINCT chunk_id) AS n FROM %s', reltoastrelid::regclass),
                                             false, true, '')))[1]::text::int AS values_out_of_line
  FROM pg_class WHERE oid = 'questions_external'::regclass;

-- Rows of the two questions one after another (the last-entry check and the hash lookup both
-- run): the third point follows each row's own key points (for row 2, "lists are mutable", the
-- answer about tuples is about something else: the point is neither stated nor denied).
SELECT s.n, q.id, r->'key_point_coverage'->'must_mention'->2->>'status' AS third_point
  FROM generate_series(1, 4) s(n)
  JOIN LATERAL (SELECT * FROM questions WHERE id = 2 - s.n % 2) q ON true,
       LATERAL analyze_answer(answer => 'Tuples are immutable, so a tuple can be a dict key.',
                              key_points => q.key_points, sample_answer => q.sample, config => 'english') r
 ORDER BY s.n;

-- Stored compressed, stored out of line and passed plain (values built afresh): the same results.
SELECT q.id,
       analyze_answer(answer => 'Tuples are immutable; lists are mutable.', key_points => q.key_points,
                      sample_answer => q.sample, config => 'english')
     = analyze_answer(answer => 'Tuples are immutable; lists are mutable.', key_points => q.key_points::text::jsonb,
                      sample_answer => q.sample || '', config => 'english') AS compressed_same_as_plain,
       (SELECT analyze_answer(answer => 'Tuples are immutable; lists are mutable.', key_points => e.key_points,
                              sample_answer => e.sample, config => 'english')
          FROM questions_external e WHERE e.id = q.id)
     = analyze_answer(answer => 'Tuples are immutable; lists are mutable.', key_points => q.key_points::text::jsonb,
                      sample_answer => q.sample || '', config => 'english') AS external_same_as_plain,
       key_point_coverage('Lists are mutable.', q.key_points)
     = key_point_coverage('Lists are mutable.', q.key_points::text::jsonb) AS coverage_same_as_plain
  FROM questions q ORDER BY q.id;
