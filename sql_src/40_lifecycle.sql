-- The session lifecycle: start_interview, next_question, submit_answer, abandon_interview.
-- (complete_interview lives with the feedback report.) Errors: 22023 bad argument, 23503
-- unknown session or question, 55000 session not in progress, 23505 question already answered,
-- P0002 (from sample_questions) when the bank cannot supply the questions.

-- Seconds allowed for a question: by type, growing with difficulty (x1, x1.5, x2).
CREATE FUNCTION interview_time_limit(question_type text, difficulty_level text) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = @extschema@, pg_catalog AS $$
    SELECT (CASE question_type
                WHEN 'behavioral' THEN 180 WHEN 'situational' THEN 180 WHEN 'technical' THEN 240
                WHEN 'coding' THEN 900 WHEN 'system_design' THEN 1200 ELSE 240 END
            * CASE difficulty_level WHEN 'junior' THEN 1.0 WHEN 'senior' THEN 2.0 ELSE 1.5 END)::int
$$;
COMMENT ON FUNCTION interview_time_limit(text, text) IS
    'Time limit in seconds for a question: behavioral/situational 180, technical 240, coding 900, system_design 1200, times 1 (junior), 1.5 (mid), 2 (senior)';

CREATE FUNCTION start_interview(user_id int, session_type text, job_role text, difficulty_level text,
    n int DEFAULT 10, region text DEFAULT 'Global', resume_id int DEFAULT NULL,
    skills text[] DEFAULT NULL, technical_ratio float8 DEFAULT 0.7, seed bigint DEFAULT NULL,
    language regconfig DEFAULT 'english')
RETURNS int
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    question_ids int[];
    time_limits int[];
    new_session int;
BEGIN
    IF start_interview.user_id IS NULL THEN
        RAISE EXCEPTION 'user_id must not be null' USING ERRCODE = '22023';
    END IF;
    -- The draw checks the other arguments (22023) and fails when the bank is short (P0002),
    -- before anything is written.
    SELECT array_agg(d.question_id ORDER BY d.question_order),
           array_agg(interview_time_limit(d.question_type, d.question_difficulty) ORDER BY d.question_order)
      INTO question_ids, time_limits
      FROM sample_questions(job_role => start_interview.job_role,
                            difficulty_level => start_interview.difficulty_level,
                            session_type => start_interview.session_type, n => start_interview.n,
                            region => start_interview.region, skills => start_interview.skills,
                            technical_ratio => start_interview.technical_ratio,
                            user_id => start_interview.user_id, seed => start_interview.seed,
                            language => start_interview.language) d;

    INSERT INTO interview_sessions (user_id, resume_id, session_type, job_role, difficulty_level,
                                    total_questions, questions_answered, status)
    VALUES (start_interview.user_id, start_interview.resume_id,
            CASE lower(start_interview.session_type) WHEN 'job_specific' THEN 'job-specific'
                 ELSE lower(start_interview.session_type) END,
            start_interview.job_role, lower(start_interview.difficulty_level),
            cardinality(question_ids), 0, 'in_progress')
    RETURNING id INTO new_session;

    INSERT INTO interview_questions (session_id, question_id, question_order, time_limit_seconds)
    SELECT new_session, q.question_id, q.question_order::int, q.time_limit
      FROM unnest(question_ids, time_limits) WITH ORDINALITY AS q(question_id, time_limit, question_order);

    -- Rows locked in id order, so sessions sharing questions never deadlock; the increment is
    -- done under the row lock, so concurrent sessions count exactly.
    PERFORM 1 FROM question_bank q WHERE q.id = ANY(question_ids) ORDER BY q.id FOR NO KEY UPDATE;
    UPDATE question_bank q SET usage_count = coalesce(q.usage_count, 0) + 1 WHERE q.id = ANY(question_ids);
    RETURN new_session;
END $$;
COMMENT ON FUNCTION start_interview(int, text, text, text, int, text, int, text[], float8, bigint, regconfig) IS
    'Starts an interview: draws n questions (sample_questions; language: the questions'' language, English as fallback, NULL any), creates the in_progress session and its interview_questions with time limits, counts the questions'' usage; all or nothing. Returns the session id';

CREATE FUNCTION next_question(session_id int)
RETURNS TABLE (interview_question_id int, question_order int, question_number int, total_questions int,
               progress text, question_id int, question_text text, question_type text,
               difficulty_level text, category text, time_limit_seconds int, sample_answer text)
LANGUAGE plpgsql STABLE SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    session_status text;
    answered int;
    total int;
BEGIN
    IF next_question.session_id IS NULL THEN
        RAISE EXCEPTION 'session_id must not be null' USING ERRCODE = '22023';
    END IF;
    SELECT s.status INTO session_status FROM interview_sessions s WHERE s.id = next_question.session_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'interview session % does not exist', next_question.session_id USING ERRCODE = '23503';
    END IF;
    IF session_status IS DISTINCT FROM 'in_progress' THEN
        RAISE EXCEPTION 'interview session % is not in progress', next_question.session_id
            USING ERRCODE = '55000', DETAIL = format('Its status is %s.', coalesce(session_status, 'NULL'));
    END IF;
    SELECT count(*), count(a.id) INTO total, answered
      FROM interview_questions iq LEFT JOIN interview_answers a ON a.interview_question_id = iq.id
     WHERE iq.session_id = next_question.session_id;
    -- The spec's "next unanswered question", with its progress.
    RETURN QUERY
    SELECT iq.id, iq.question_order, answered + 1, total, format('question %s of %s', answered + 1, total),
           qb.id, qb.question_text, qb.question_type::text, qb.difficulty_level::text, qb.category::text,
           iq.time_limit_seconds, qb.sample_answer
      FROM interview_questions iq
      JOIN question_bank qb ON iq.question_id = qb.id
      LEFT JOIN interview_answers ia ON iq.id = ia.interview_question_id
     WHERE iq.session_id = next_question.session_id AND ia.id IS NULL
     ORDER BY iq.question_order
     LIMIT 1;
END $$;
COMMENT ON FUNCTION next_question(int) IS
    'The next unanswered question of an in_progress session with its progress ("question k of n"); no row when all are answered. 23503 unknown session, 55000 not in progress';

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

CREATE FUNCTION submit_answer(session_id int, answer text, time_taken_seconds int DEFAULT NULL,
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
COMMENT ON FUNCTION submit_answer(int, text, int, int) IS
    'Answers the next unanswered question of an in_progress session (or the given interview question) and returns the scored answer row. 22023 bad argument, 23503 unknown session or question, 55000 not in progress or nothing left to answer, 23505 already answered';

CREATE FUNCTION abandon_interview(session_id int) RETURNS interview_sessions
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    session interview_sessions;
BEGIN
    session := _lock_in_progress_session(abandon_interview.session_id,
                                         'Only an in_progress session can be abandoned.');
    UPDATE interview_sessions s SET status = 'abandoned' WHERE s.id = session.id RETURNING * INTO session;
    RETURN session;
END $$;
COMMENT ON FUNCTION abandon_interview(int) IS
    'Marks an in_progress session abandoned (completed_at and duration set) and returns it. 23503 unknown session, 55000 not in progress';
