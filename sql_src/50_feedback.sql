-- Session completion: the feedback aggregate (C++, src/core/feedback_*.cpp), the choice of
-- learning resources, and complete_interview().

-- ---- interview_feedback_agg: transition / combine / serialize / deserialize / final ----
CREATE FUNCTION _interview_feedback_transfn(internal, interview_answers) RETURNS internal
AS 'MODULE_PATHNAME', 'uh_feedback_agg_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _interview_feedback_transfn(internal, interview_answers, text) RETURNS internal
AS 'MODULE_PATHNAME', 'uh_feedback_agg_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _interview_feedback_combinefn(internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'uh_feedback_agg_combinefn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _interview_feedback_serialfn(internal) RETURNS bytea
AS 'MODULE_PATHNAME', 'uh_feedback_agg_serialfn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _interview_feedback_deserialfn(bytea, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'uh_feedback_agg_deserialfn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _interview_feedback_finalfn(internal) RETURNS jsonb
AS 'MODULE_PATHNAME', 'uh_feedback_agg_finalfn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION _interview_feedback_transfn(internal, interview_answers) IS 'Internal: interview_feedback_agg transition';
COMMENT ON FUNCTION _interview_feedback_transfn(internal, interview_answers, text) IS 'Internal: interview_feedback_agg transition (with category)';
COMMENT ON FUNCTION _interview_feedback_combinefn(internal, internal) IS 'Internal: interview_feedback_agg combine (parallel)';
COMMENT ON FUNCTION _interview_feedback_serialfn(internal) IS 'Internal: interview_feedback_agg state to bytea (parallel)';
COMMENT ON FUNCTION _interview_feedback_deserialfn(bytea, internal) IS 'Internal: interview_feedback_agg state from bytea (parallel)';
COMMENT ON FUNCTION _interview_feedback_finalfn(internal) IS 'Internal: interview_feedback_agg final (the feedback document)';
-- Aggregates check their owner's right to call these, not the caller's.
REVOKE ALL ON FUNCTION _interview_feedback_transfn(internal, interview_answers),
    _interview_feedback_transfn(internal, interview_answers, text),
    _interview_feedback_combinefn(internal, internal), _interview_feedback_serialfn(internal),
    _interview_feedback_deserialfn(bytea, internal), _interview_feedback_finalfn(internal) FROM PUBLIC;

-- SSPACE: the state lives on the C++ heap, which PostgreSQL's hash aggregation does not see;
-- its size for a session of about ten answers (a few KB) steers the planner to a sorted
-- aggregation when many groups would not fit in hash_mem.
CREATE AGGREGATE interview_feedback_agg(interview_answers) (
    SFUNC = _interview_feedback_transfn, STYPE = internal, SSPACE = 6144,
    FINALFUNC = _interview_feedback_finalfn,
    COMBINEFUNC = _interview_feedback_combinefn,
    SERIALFUNC = _interview_feedback_serialfn, DESERIALFUNC = _interview_feedback_deserialfn,
    PARALLEL = SAFE);
COMMENT ON AGGREGATE interview_feedback_agg(interview_answers) IS
    'Feedback document (jsonb) of the answers aggregated: dimension averages, ratings (1..5), strengths, areas to improve with missed key points, resource criteria, tips';

CREATE AGGREGATE interview_feedback_agg(interview_answers, text) (
    SFUNC = _interview_feedback_transfn, STYPE = internal, SSPACE = 6144,
    FINALFUNC = _interview_feedback_finalfn,
    COMBINEFUNC = _interview_feedback_combinefn,
    SERIALFUNC = _interview_feedback_serialfn, DESERIALFUNC = _interview_feedback_deserialfn,
    PARALLEL = SAFE);
COMMENT ON AGGREGATE interview_feedback_agg(interview_answers, text) IS
    'interview_feedback_agg with each answer''s question category: adds per-category scores, category areas to improve and category strengths';

-- ---- learning resources for a feedback document ----
-- Scores each catalogue entry against the document's resource_criteria: the areas to improve
-- (weak categories and dimensions, most urgent first), the categories the session covered, the
-- skills of the weakest questions, the region and the language. A resource qualifies through a
-- wanted area it serves; for the knowledge areas ("Technical Knowledge", "Depth &
-- Completeness") it must also serve one of the session's categories, so that a weak System
-- Design answer does not bring an operating-systems book. The best entry of each wanted area
-- is taken in turn (round robin), so that the list covers several areas.
CREATE FUNCTION interview_recommend_resources(criteria jsonb, skills text[] DEFAULT '{}',
    region text DEFAULT 'Global', language regconfig DEFAULT 'english',
    difficulty_level text DEFAULT NULL, max_resources int DEFAULT 5)
RETURNS jsonb
-- plpgsql, not sql: a non-inlined SQL function is planned again on every call; plpgsql keeps
-- the plan of its query.
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = @extschema@, pg_catalog AS $$
#variable_conflict use_column
BEGIN
    RETURN (
    WITH wanted AS (
        SELECT value AS name, ordinality AS rank,
               value IN ('Technical Knowledge', 'Depth & Completeness') AS needs_context
          FROM jsonb_array_elements_text(coalesce(interview_recommend_resources.criteria->'areas', '[]')) WITH ORDINALITY),
    context AS (
        SELECT (SELECT array_agg(value) FROM jsonb_array_elements_text(coalesce(interview_recommend_resources.criteria->'context_categories', '[]'))) AS categories,
               (SELECT array_agg(value) FROM jsonb_array_elements_text(coalesce(interview_recommend_resources.criteria->'categories', '[]'))) AS weak),
    wanted_skills AS (SELECT DISTINCT lower(s) AS skill FROM unnest(coalesce(interview_recommend_resources.skills, '{}')) s),
    scored AS (
        SELECT r.id, r.resource_type, r.title, r.author, r.platform, r.url, r.description,
               r.is_free, r.language, cardinality(r.categories) AS breadth, m.name AS matched, m.rank AS matched_rank,
               greatest(0, 10 - m.rank) * 2
               + CASE WHEN r.categories && ctx.categories THEN 3 ELSE 0 END
               + CASE WHEN r.categories && ctx.weak THEN 3 ELSE 0 END
               + (SELECT count(*) FROM unnest(r.skills) s WHERE lower(s) IN (SELECT skill FROM wanted_skills))
               + CASE WHEN r.region = coalesce(interview_recommend_resources.region, 'Global') AND r.region <> 'Global' THEN 3 ELSE 0 END
               + CASE WHEN r.language = coalesce(interview_recommend_resources.language, 'english'::regconfig) AND r.language <> 'english'::regconfig THEN 3 ELSE 0 END
               + CASE WHEN r.difficulty_level IS NULL OR r.difficulty_level = interview_recommend_resources.difficulty_level THEN 1 ELSE 0 END
               + CASE WHEN r.is_free THEN 1 ELSE 0 END AS score
          FROM learning_resources r
          CROSS JOIN context ctx
          CROSS JOIN (SELECT array_agg(name) AS names FROM wanted) w_all
          CROSS JOIN LATERAL (
              SELECT w.name, w.rank FROM wanted w
               WHERE w.name = ANY(r.categories)
                  OR (w.name = ANY(r.areas)
                      AND (NOT w.needs_context OR ctx.categories IS NULL
                           OR r.categories && coalesce(ctx.weak, ctx.categories)))
               ORDER BY w.rank LIMIT 1) m
         WHERE (r.categories && w_all.names OR r.areas && w_all.names)   -- cheap filter first
           AND (r.region = 'Global' OR r.region = coalesce(interview_recommend_resources.region, 'Global'))
           AND (r.language = 'english'::regconfig OR r.language = coalesce(interview_recommend_resources.language, 'english'::regconfig))),
    ranked AS (
        SELECT s.*, row_number() OVER (PARTITION BY s.matched ORDER BY s.score DESC, s.breadth, s.id) AS turn
          FROM scored s),
    picked AS (
        SELECT * FROM ranked ORDER BY turn, matched_rank, score DESC, breadth, id LIMIT greatest(max_resources, 0))
    SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
               'id', id, 'type', resource_type, 'title', title, 'author', author,
               'platform', platform, 'url', url, 'is_free', is_free,
               'language', language::text, 'area', matched,
               'relevance', 'For ' || matched || ': ' || coalesce(description, title)))
             ORDER BY turn, matched_rank, score DESC, breadth, id), '[]'::jsonb)
      FROM picked);
END $$;
COMMENT ON FUNCTION interview_recommend_resources(jsonb, text[], text, regconfig, text, int) IS
    'Learning resources for a feedback document''s resource_criteria: by areas to improve (round robin, most urgent first), session categories, skills, region, language and difficulty';

-- ---- the feedback of a session, computed (shared by complete_interview and interview_report) ----
CREATE FUNCTION interview_session_feedback(session_id int, region text DEFAULT NULL,
                                           language regconfig DEFAULT NULL)
RETURNS interview_feedback
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    target_id CONSTANT int := interview_session_feedback.session_id;
    result interview_feedback;
    document jsonb;
    weak_skills text[];
    session_region text;
    session_language regconfig;
BEGIN
    -- One pass over the answers: the feedback document, and the resource criteria beyond it:
    -- the skills of the questions answered below 70 and, unless given, the session's region
    -- and language, the most common among its questions other than Global / english (English
    -- resources are always eligible; a session with French questions also gets French ones).
    -- Skills travel as one string joined by the unit separator, which no skill contains.
    SELECT interview_feedback_agg(a, qb.category),
           string_to_array(string_agg(array_to_string(qb.required_skills, E'\x1f'), E'\x1f')
                               FILTER (WHERE a.overall_score < 70), E'\x1f'),
           mode() WITHIN GROUP (ORDER BY nullif(qb.region, 'Global')),
           mode() WITHIN GROUP (ORDER BY nullif(qb.language, 'english'::regconfig))
      INTO document, weak_skills, session_region, session_language
      FROM interview_answers a
      -- Each answer's question fetched by key (OFFSET 0 keeps the planner from flattening the
      -- lateral into a join that may scan the whole interview_questions table).
      LEFT JOIN LATERAL (SELECT q.category, q.required_skills, q.region, q.language
                           FROM interview_questions iq JOIN question_bank q ON q.id = iq.question_id
                          WHERE iq.id = a.interview_question_id OFFSET 0) qb ON true
     WHERE a.session_id = target_id;
    IF document IS NULL THEN
        RETURN NULL;
    END IF;
    result.session_id := target_id;
    result.overall_performance := document->>'overall_performance';
    result.technical_rating := (document->'ratings'->>'technical')::int;
    result.communication_rating := (document->'ratings'->>'communication')::int;
    result.confidence_rating := (document->'ratings'->>'confidence')::int;
    result.key_strengths := document->'key_strengths';
    result.areas_to_improve := (SELECT coalesce(jsonb_agg(area - 'score' ORDER BY ord), '[]'::jsonb)
                                  FROM jsonb_array_elements(document->'areas_to_improve') WITH ORDINALITY AS t(area, ord));
    result.recommended_resources := interview_recommend_resources(document->'resource_criteria',
        coalesce(array_remove(weak_skills, NULL), '{}'),
        coalesce(interview_session_feedback.region, session_region, 'Global'),
        coalesce(interview_session_feedback.language, session_language, 'english'),
        (SELECT s.difficulty_level FROM interview_sessions s WHERE s.id = target_id), 5);
    result.preparation_tips := document->>'preparation_tips';
    result.practice_recommendations := document->>'practice_recommendations';
    RETURN result;
END $$;
COMMENT ON FUNCTION interview_session_feedback(int, text, regconfig) IS
    'The interview_feedback row complete_interview would write for a session (id and created_at NULL), computed from its answers without writing anything; NULL when it has no answers';

-- ---- complete_interview ----
CREATE FUNCTION complete_interview(session_id int, region text DEFAULT NULL,
                                   language regconfig DEFAULT NULL)
RETURNS interview_feedback
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    target_id CONSTANT int := complete_interview.session_id;
    sess interview_sessions;
    feedback interview_feedback;
    result interview_feedback;
BEGIN
    IF target_id IS NULL THEN
        RAISE EXCEPTION 'session_id must not be null' USING ERRCODE = '22023';
    END IF;
    -- The row lock serialises concurrent completions of one session: the second waits, then
    -- finds the session completed and returns the feedback the first one wrote.
    SELECT * INTO sess FROM interview_sessions s WHERE s.id = target_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'interview session % does not exist', target_id USING ERRCODE = '23503';
    END IF;
    IF sess.status = 'abandoned' THEN
        RAISE EXCEPTION 'interview session % was abandoned', target_id
            USING ERRCODE = '55000',
                  DETAIL = 'Only a session in progress can be completed.',
                  HINT = 'Start a new session with start_interview().';
    END IF;
    IF sess.status = 'completed' THEN
        SELECT * INTO result FROM interview_feedback f WHERE f.session_id = target_id;
        IF FOUND THEN
            RETURN result;   -- idempotent: the feedback already written
        END IF;
    END IF;

    feedback := interview_session_feedback(target_id, complete_interview.region, complete_interview.language);
    IF feedback.session_id IS NULL THEN
        RAISE EXCEPTION 'interview session % has no answers', target_id
            USING ERRCODE = '55000',
                  HINT = 'Answer at least one question first, or end the session with abandon_interview().';
    END IF;

    IF sess.status IS DISTINCT FROM 'completed' THEN
        -- The session trigger sets completed_at and duration_seconds on this transition.
        UPDATE interview_sessions s
           SET status = 'completed',
               average_score = (SELECT avg(a.overall_score)::float8 FROM interview_answers a WHERE a.session_id = target_id)
         WHERE s.id = target_id;
    END IF;

    INSERT INTO interview_feedback AS f (session_id, overall_performance, technical_rating,
        communication_rating, confidence_rating, key_strengths, areas_to_improve,
        recommended_resources, preparation_tips, practice_recommendations)
    VALUES (target_id, feedback.overall_performance, feedback.technical_rating,
        feedback.communication_rating, feedback.confidence_rating, feedback.key_strengths,
        feedback.areas_to_improve, feedback.recommended_resources, feedback.preparation_tips,
        feedback.practice_recommendations)
    RETURNING * INTO result;

    -- Usage counts of the recommended resources; rows locked in id order first, so that
    -- concurrent completions sharing resources cannot deadlock.
    PERFORM 1 FROM learning_resources r
     WHERE r.id IN (SELECT (value->>'id')::int FROM jsonb_array_elements(result.recommended_resources))
     ORDER BY r.id FOR UPDATE;
    UPDATE learning_resources r SET usage_count = r.usage_count + 1
     WHERE r.id IN (SELECT (value->>'id')::int FROM jsonb_array_elements(result.recommended_resources));
    RETURN result;
END $$;
COMMENT ON FUNCTION complete_interview(int, text, regconfig) IS
    'Closes an interview session (status completed, completed_at, duration_seconds, average_score) and writes its interview_feedback row in one transaction; on a completed session returns the feedback already written. Errors: 23503 unknown session, 55000 abandoned or without answers';
