-- Loaders of the shipped rows (data/questions_*.json, data/resources_*.json; see
-- test/scripts/build_install_script.sh). Shipped rows carry explicit ids below 100000 and a
-- fixed creation time (the release date), so every install holds the very same rows and a
-- dump/restore round trip is exact. Each row is checked: a bad shipped row fails the install.
CREATE FUNCTION _load_questions(questions jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    bad jsonb;
BEGIN
    SELECT q INTO bad FROM jsonb_array_elements(questions) q
     WHERE NOT (q ? 'id' AND (q->>'id')::int BETWEEN 1 AND 99999
                AND coalesce(q->>'question_text', '') <> ''
                AND q->>'question_type' IN ('technical', 'behavioral', 'situational', 'coding', 'system_design')
                AND q->>'difficulty_level' IN ('junior', 'mid', 'senior')
                AND CASE q->>'difficulty_level'
                        WHEN 'junior' THEN (q->>'difficulty_score')::int BETWEEN 1 AND 3
                        WHEN 'mid' THEN (q->>'difficulty_score')::int BETWEEN 4 AND 7
                        ELSE (q->>'difficulty_score')::int BETWEEN 8 AND 10 END
                AND coalesce(q->>'sample_answer', '') <> ''
                AND jsonb_typeof(q->'key_points'->'must_mention') = 'array'
                AND jsonb_array_length(q->'key_points'->'must_mention') >= 3
                AND jsonb_typeof(q->'key_points'->'bonus_points') = 'array'
                AND jsonb_array_length(q->'key_points'->'bonus_points') >= 1)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'shipped question is incomplete' USING ERRCODE = '22023', DETAIL = left(bad::text, 500);
    END IF;
    INSERT INTO question_bank (id, question_text, question_type, difficulty_level, category,
        required_skills, job_roles, region, sample_answer, key_points, common_mistakes,
        follow_up_questions, difficulty_score, language, created_at, updated_at)
    SELECT r.id, r.question_text, r.question_type, r.difficulty_level, r.category,
           r.required_skills, r.job_roles, coalesce(r.region, 'Global'), r.sample_answer,
           r.key_points, r.common_mistakes, r.follow_up_questions, r.difficulty_score,
           coalesce(r.language, 'english')::regconfig, '2026-11-26', '2026-11-26'
      FROM jsonb_to_recordset(questions) AS r(id int, question_text text, question_type text,
           difficulty_level text, category text, required_skills text[], job_roles text[],
           region text, sample_answer text, key_points jsonb, common_mistakes jsonb,
           follow_up_questions text[], difficulty_score int, language text);
END $$;
COMMENT ON FUNCTION _load_questions(jsonb) IS 'Internal: loads shipped questions at CREATE EXTENSION';

CREATE FUNCTION _load_resources(resources jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    bad jsonb;
BEGIN
    SELECT r INTO bad FROM jsonb_array_elements(resources) r
     WHERE NOT (r ? 'id' AND (r->>'id')::int BETWEEN 1 AND 99999
                AND coalesce(r->>'title', '') <> '' AND coalesce(r->>'url', '') LIKE 'https://%')
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'shipped resource is incomplete' USING ERRCODE = '22023', DETAIL = left(bad::text, 500);
    END IF;
    INSERT INTO learning_resources (id, resource_type, title, author, platform, url, description,
        areas, categories, skills, region, language, difficulty_level, is_free, created_at, updated_at)
    SELECT r.id, r.resource_type, r.title, r.author, r.platform, r.url, r.description,
           coalesce(r.areas, '{}'), coalesce(r.categories, '{}'), coalesce(r.skills, '{}'),
           coalesce(r.region, 'Global'), coalesce(r.language, 'english')::regconfig,
           r.difficulty_level, r.is_free, '2026-11-26', '2026-11-26'
      FROM jsonb_to_recordset(resources) AS r(id int, resource_type text, title text, author text,
           platform text, url text, description text, areas text[], categories text[],
           skills text[], region text, language text, difficulty_level text, is_free boolean);
END $$;
COMMENT ON FUNCTION _load_resources(jsonb) IS 'Internal: loads shipped learning resources at CREATE EXTENSION';
REVOKE ALL ON FUNCTION _load_questions(jsonb), _load_resources(jsonb) FROM PUBLIC;
