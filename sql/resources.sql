-- The shipped learning-resources catalogue (data/resources_catalogue.json): its invariants, so
-- that the catalogue can grow without editing this file.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

SELECT count(*) >= 60 AS at_least_60,
       count(*) = count(DISTINCT id) AND max(id) < 100000 AS shipped_ids,
       count(*) = count(DISTINCT url) AS distinct_urls,
       bool_and(url LIKE 'https://%') AS all_https,
       bool_and(language::text IN ('english', 'french', 'arabic')) AS languages,
       bool_and(coalesce(description, '') <> '') AS described,
       bool_and(cardinality(categories) > 0 AND cardinality(areas) > 0) AS classified,
       bool_and(is_free IS NOT NULL) AS free_known
  FROM learning_resources;
SELECT count(*) FILTER (WHERE author IS NULL) AS books_without_author
  FROM learning_resources WHERE resource_type = 'book';
-- The types and languages present (a count(*) > 0 per group could never be false).
SELECT string_agg(DISTINCT resource_type, ', ' ORDER BY resource_type) AS types,
       string_agg(DISTINCT language::text, ', ' ORDER BY language::text) AS languages
  FROM learning_resources;

-- Every category of the question bank (the list the bank is written against) has at least three
-- resources, and every feedback area at least two; each gets a recommendation of its own.
WITH wanted(name, kind) AS (
    SELECT unnest(ARRAY['API Design', 'Databases', 'System Design', 'Algorithms & Data Structures',
        'Programming Languages', 'Web Frontend', 'Mobile Development', 'Cloud & DevOps', 'Security',
        'Testing & QA', 'Data Engineering', 'Machine Learning', 'Data Analysis', 'Networking',
        'Operating Systems', 'Software Engineering Practices', 'Internationalization',
        'Product Management', 'UX Design', 'Customer Support', 'Leadership & Decision Making',
        'Teamwork & Communication', 'Problem Solving', 'Career & Motivation', 'Payments & Fintech',
        'Low-Bandwidth & Offline-First', 'Data Protection & Compliance', 'Project Management']), 'category'
    UNION ALL
    SELECT unnest(ARRAY['Technical Knowledge', 'Depth & Completeness', 'Answer Structure',
        'Answer Relevance', 'Communication', 'Confidence']), 'area')
SELECT w.kind, w.name,
       (SELECT count(*) FROM learning_resources r
         WHERE w.name = ANY(CASE w.kind WHEN 'category' THEN r.categories ELSE r.areas END))
           >= CASE w.kind WHEN 'category' THEN 3 ELSE 2 END AS enough,
       jsonb_array_length(interview_recommend_resources(
           jsonb_build_object('areas', jsonb_build_array(w.name),
                              'categories', CASE w.kind WHEN 'category' THEN jsonb_build_array(w.name) ELSE '[]' END))) > 0
           AS recommended
  FROM wanted w ORDER BY w.kind DESC, w.name;

-- Regional and language resources: chosen only for their region / language.
SELECT DISTINCT region, language::text AS language
  FROM learning_resources WHERE region <> 'Global' OR language <> 'english'::regconfig
 ORDER BY 1, 2;
SELECT bool_and(r->>'language' IN ('english', 'french')) AS french_or_english,
       bool_or(r->>'language' = 'french') AS some_french
  FROM jsonb_array_elements(interview_recommend_resources('{"areas": ["Programming Languages", "Web Frontend"]}',
                                                          language => 'french', max_resources => 10)) r;
SELECT bool_or(r->>'language' = 'arabic') AS arabic_for_mena
  FROM jsonb_array_elements(interview_recommend_resources('{"areas": ["Programming Languages"]}',
                                                          region => 'MENA', language => 'arabic')) r;
SELECT count(*) AS arabic_for_global
  FROM jsonb_array_elements(interview_recommend_resources('{"areas": ["Programming Languages"]}', max_resources => 50)) r
 WHERE r->>'language' <> 'english';

-- The loader rejects an incomplete shipped row.
\set VERBOSITY sqlstate
SELECT _load_resources('[{"id": 99998, "resource_type": "book", "title": "X", "url": "http://example.com"}]');
\set VERBOSITY default
