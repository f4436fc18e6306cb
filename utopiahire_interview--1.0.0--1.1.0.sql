-- utopiahire_interview 1.0.0 -> 1.1.0. A released install script is never edited: what changed
-- in sql_src/ since 1.0.0 is applied here to existing installations, and
-- test/scripts/check_upgrade.sh checks that an upgraded database equals a fresh 1.1.0 one.
\echo Use "ALTER EXTENSION utopiahire_interview UPDATE TO '1.1.0'" to load this file. \quit

-- submit_answer and abandon_interview share one session-locking check (same errors as before).
-- The session row of an in_progress session, locked (FOR NO KEY UPDATE) so that the writers of
-- one session (answers, abandoning) take turns. 22023 NULL id, 23503 unknown session, 55000 any
-- other status; the hint says what the caller was trying to do.
CREATE FUNCTION _lock_in_progress_session(session_id int, hint text) RETURNS interview_sessions
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    session interview_sessions;
BEGIN
    IF _lock_in_progress_session.session_id IS NULL THEN
        RAISE EXCEPTION 'session_id must not be null' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO session FROM interview_sessions s WHERE s.id = _lock_in_progress_session.session_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'interview session % does not exist', _lock_in_progress_session.session_id USING ERRCODE = '23503';
    END IF;
    IF session.status IS DISTINCT FROM 'in_progress' THEN
        RAISE EXCEPTION 'interview session % is not in progress', session.id
            USING ERRCODE = '55000', DETAIL = format('Its status is %s.', coalesce(session.status, 'NULL')),
                  HINT = _lock_in_progress_session.hint;
    END IF;
    RETURN session;
END $$;
REVOKE ALL ON FUNCTION _lock_in_progress_session(int, text) FROM PUBLIC;
COMMENT ON FUNCTION _lock_in_progress_session(int, text) IS
    'Internal: locks and returns an in_progress session row; 22023 NULL id, 23503 unknown session, 55000 not in progress';

CREATE OR REPLACE FUNCTION submit_answer(session_id int, answer text, time_taken_seconds int DEFAULT NULL,
    interview_question_id int DEFAULT NULL)
RETURNS interview_answers
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    session interview_sessions;
    target int;
    target_session int;
    result interview_answers;
BEGIN
    IF submit_answer.answer IS NULL THEN
        RAISE EXCEPTION 'answer must not be null' USING ERRCODE = '22023', HINT = 'An empty string records an empty answer.';
    END IF;
    IF submit_answer.time_taken_seconds < 0 THEN
        RAISE EXCEPTION 'time_taken_seconds must not be negative' USING ERRCODE = '22023';
    END IF;
    -- Locking the session serializes the answers of one session: two submissions never pick
    -- the same "next" question.
    session := _lock_in_progress_session(submit_answer.session_id,
                                         'Answers are accepted only while a session is in_progress.');
    IF submit_answer.interview_question_id IS NULL THEN
        SELECT iq.id INTO target
          FROM interview_questions iq LEFT JOIN interview_answers ia ON ia.interview_question_id = iq.id
         WHERE iq.session_id = session.id AND ia.id IS NULL
         ORDER BY iq.question_order LIMIT 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'every question of interview session % is already answered', session.id
                USING ERRCODE = '55000', HINT = 'Complete the interview with complete_interview().';
        END IF;
    ELSE
        target := submit_answer.interview_question_id;
        SELECT iq.session_id INTO target_session FROM interview_questions iq WHERE iq.id = target;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'interview question % does not exist', target USING ERRCODE = '23503';
        END IF;
        IF target_session IS DISTINCT FROM session.id THEN
            RAISE EXCEPTION 'interview question % does not belong to session %', target, session.id
                USING ERRCODE = '22023';
        END IF;
        IF EXISTS (SELECT 1 FROM interview_answers ia WHERE ia.interview_question_id = target) THEN
            RAISE EXCEPTION 'interview question % is already answered', target
                USING ERRCODE = '23505', HINT = 'Each question takes one answer.';
        END IF;
    END IF;
    INSERT INTO interview_answers (interview_question_id, session_id, user_answer, time_taken_seconds)
    VALUES (target, session.id, submit_answer.answer, submit_answer.time_taken_seconds)
    RETURNING * INTO result;
    RETURN result;
END $$;

CREATE OR REPLACE FUNCTION abandon_interview(session_id int) RETURNS interview_sessions
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    session interview_sessions;
BEGIN
    session := _lock_in_progress_session(abandon_interview.session_id,
                                         'Only an in_progress session can be abandoned.');
    UPDATE interview_sessions s SET status = 'abandoned' WHERE s.id = session.id RETURNING * INTO session;
    RETURN session;
END $$;

-- interview_session_feedback reads each answer's question by key, whatever the planner thinks of
-- the table sizes (complete_interview no longer scans interview_questions).
CREATE OR REPLACE FUNCTION interview_session_feedback(session_id int, region text DEFAULT NULL,
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

-- interview_feedback_agg over the columns of an answer (sql_src/51_feedback_agg_columns.sql).
CREATE FUNCTION _interview_feedback_columns_transfn(internal, id int, user_answer text,
    time_taken_seconds int, relevance_score int, completeness_score int, clarity_score int,
    technical_accuracy_score int, communication_score int, overall_score int, strengths jsonb,
    weaknesses jsonb, missing_points jsonb, word_count int, sentiment varchar, category text)
RETURNS internal
AS 'MODULE_PATHNAME', 'uh_feedback_agg_columns_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _interview_feedback_columns_transfn(internal, int, text, int, int, int, int, int,
    int, int, jsonb, jsonb, jsonb, int, varchar, text) IS 'Internal: _interview_feedback_agg_columns transition';
REVOKE ALL ON FUNCTION _interview_feedback_columns_transfn(internal, int, text, int, int, int, int, int,
    int, int, jsonb, jsonb, jsonb, int, varchar, text) FROM PUBLIC;

CREATE AGGREGATE _interview_feedback_agg_columns(id int, user_answer text, time_taken_seconds int,
    relevance_score int, completeness_score int, clarity_score int, technical_accuracy_score int,
    communication_score int, overall_score int, strengths jsonb, weaknesses jsonb,
    missing_points jsonb, word_count int, sentiment varchar, category text) (
    SFUNC = _interview_feedback_columns_transfn, STYPE = internal, SSPACE = 6144,
    FINALFUNC = _interview_feedback_finalfn,
    COMBINEFUNC = _interview_feedback_combinefn,
    SERIALFUNC = _interview_feedback_serialfn, DESERIALFUNC = _interview_feedback_deserialfn,
    PARALLEL = SAFE);
-- Executable by PUBLIC, like interview_feedback_agg, whose calls the planner hook turns into
-- calls of this one (the hook does so only for a user allowed to execute both).
COMMENT ON AGGREGATE _interview_feedback_agg_columns(int, text, int, int, int, int, int, int, int,
    jsonb, jsonb, jsonb, int, varchar, text) IS
    'Internal: interview_feedback_agg over the columns of an answer (what the planner turns interview_feedback_agg(a) into)';
