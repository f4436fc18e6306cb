-- utopiahire_interview 1.0.0 -> 1.1.0. A released install script is never edited: what changed
-- in sql_src/ since 1.0.0 is applied here to existing installations, and
-- test/scripts/check_upgrade.sh checks that an upgraded database equals a fresh 1.1.0 one.
\echo Use "ALTER EXTENSION utopiahire_interview UPDATE TO '1.1.0'" to load this file. \quit

-- submit_answer and abandon_interview share one session-locking check (same errors as before).
-- The session row of an in_progress session, locked (FOR NO KEY UPDATE) so that the writers of
-- one session (answers, abandoning) take turns. 22023 NULL id, 23503 unknown session, 55000 any
-- other status; the hint says what the caller was trying to do.
CREATE FUNCTION _lock_in_progress_session(session_id int, hint text) RETURNS interview_sessions
LANGUAGE plpgsql VOLATILE SET search_path = @extschema@, pg_catalog AS $$
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
LANGUAGE plpgsql VOLATILE SET search_path = @extschema@, pg_catalog AS $$
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
LANGUAGE plpgsql VOLATILE SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    session interview_sessions;
BEGIN
    session := _lock_in_progress_session(abandon_interview.session_id,
                                         'Only an in_progress session can be abandoned.');
    UPDATE interview_sessions s SET status = 'abandoned' WHERE s.id = session.id RETURNING * INTO session;
    RETURN session;
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
