-- The shipped question bank and resource catalogue (issue 6): counts, spread, completeness.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

SELECT count(*) >= 500 AS at_least_500_questions,
       bool_and(id < 100000) AS all_in_shipped_range
  FROM question_bank;

-- Every question complete: text, type, level, score in its level's band, category, skills,
-- roles, region, sample answer, >= 3 must and >= 1 bonus points, mistakes with corrections,
-- red flags and follow-ups.
SELECT id, question_text FROM question_bank
 WHERE NOT (question_type IN ('technical', 'behavioral', 'situational', 'coding', 'system_design')
   AND CASE difficulty_level WHEN 'junior' THEN difficulty_score BETWEEN 1 AND 3
                             WHEN 'mid' THEN difficulty_score BETWEEN 4 AND 7
                             WHEN 'senior' THEN difficulty_score BETWEEN 8 AND 10 END
   AND coalesce(category, '') <> ''
   AND cardinality(required_skills) >= 1 AND cardinality(job_roles) >= 1
   AND region IN ('Global', 'MENA', 'Africa')
   AND length(sample_answer) > 100
   AND jsonb_array_length(key_points->'must_mention') >= 3
   AND jsonb_array_length(key_points->'bonus_points') >= 1
   AND jsonb_array_length(common_mistakes->'mistakes') >= 1
   AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(common_mistakes->'mistakes') m
                    WHERE coalesce(m->>'mistake', '') = '' OR coalesce(m->>'correction', '') = '')
   AND jsonb_array_length(common_mistakes->'red_flags') >= 1
   AND cardinality(follow_up_questions) >= 1);

-- Spread: every type >= 40, every level >= 120.
SELECT question_type, count(*) >= 40 AS at_least_40 FROM question_bank GROUP BY 1 ORDER BY 1;
SELECT difficulty_level, count(*) >= 120 AS at_least_120 FROM question_bank GROUP BY 1 ORDER BY 1;
-- >= 25 job roles, >= 50 MENA and >= 50 Africa questions, >= 30 French and >= 20 Arabic.
SELECT count(DISTINCT role) >= 25 AS at_least_25_roles FROM question_bank, unnest(job_roles) role;
SELECT count(*) FILTER (WHERE region = 'MENA') >= 50 AS mena_50,
       count(*) FILTER (WHERE region = 'Africa') >= 50 AS africa_50,
       count(*) FILTER (WHERE language = 'french'::regconfig) >= 30 AS french_30,
       count(*) FILTER (WHERE language = 'arabic'::regconfig) >= 20 AS arabic_20
  FROM question_bank;

-- The spec's three sample questions are there verbatim.
SELECT id, question_type, difficulty_level, region, difficulty_score FROM question_bank
 WHERE question_text IN (
   'Explain the difference between REST and GraphQL. When would you use each?',
   'Tell me about a time you had to make a critical architecture decision with incomplete information.',
   'How would you approach building a multilingual application for MENA markets supporting Arabic and French?')
 ORDER BY id;

-- No duplicates: the same question text (ignoring case and punctuation) twice.
SELECT lower(regexp_replace(question_text, '\W+', ' ', 'g')) AS duplicate, count(*)
  FROM question_bank GROUP BY 1 HAVING count(*) > 1;

-- The resource catalogue: >= 60 resources with https URLs, covering every category of the bank.
SELECT count(*) >= 60 AS at_least_60_resources,
       bool_and(url LIKE 'https://%') AS all_https,
       count(DISTINCT url) = count(*) AS urls_unique
  FROM learning_resources;
SELECT DISTINCT category AS category_without_resources FROM question_bank
 WHERE NOT EXISTS (SELECT 1 FROM learning_resources r WHERE question_bank.category = ANY (r.categories))
 ORDER BY 1;

-- Shipped rows are identical on every install (fixed ids and creation time).
SELECT count(DISTINCT created_at) AS creation_times, min(created_at) FROM question_bank;

-- Self-check: each shipped sample answer, analysed against its own question, covers its key
-- points (completeness >= 85) for at least 95% of the bank (make bench lists the exceptions).
SELECT count(*) FILTER (WHERE (analyze_answer(sample_answer, id)->>'completeness_score')::int >= 85)
         >= 0.95 * count(*) AS sample_answers_complete
  FROM question_bank;
