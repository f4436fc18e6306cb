-- Integrity triggers: the rules the spec states in prose, enforced for every writer.

-- updated_at follows content edits; a usage-count bump is not an edit, and an explicitly
-- written updated_at (pg_restore merging a shipped row) is kept.
CREATE FUNCTION _touch_updated_at() RETURNS trigger
LANGUAGE plpgsql SET search_path = @extschema@, pg_catalog AS $$
BEGIN
    IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at
       AND (to_jsonb(NEW) - 'usage_count' - 'updated_at')
           IS DISTINCT FROM (to_jsonb(OLD) - 'usage_count' - 'updated_at') THEN
        NEW.updated_at := CURRENT_TIMESTAMP;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION _touch_updated_at() IS 'Trigger: maintain updated_at on content edits';

-- pg_restore re-creates shipped rows with CREATE EXTENSION, then loads the dumped copy of any
-- shipped row a user changed; this folds that copy into the re-created row (same id) instead
-- of failing on the primary key.
CREATE FUNCTION _merge_shipped_row() RETURNS trigger
LANGUAGE plpgsql SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    columns text;
    merged int;
BEGIN
    IF NEW.id >= 100000 THEN
        RETURN NEW;
    END IF;
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO columns
      FROM pg_attribute
     WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped AND attname <> 'id';
    EXECUTE format('UPDATE %1$I.%2$I t SET (%3$s) = (SELECT %3$s FROM jsonb_populate_record(NULL::%1$I.%2$I, $1)) WHERE t.id = $2',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME, columns)
      USING to_jsonb(NEW), NEW.id;
    GET DIAGNOSTICS merged = ROW_COUNT;
    IF merged > 0 THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION _merge_shipped_row() IS 'Trigger: fold a restored copy of a shipped row into the re-created one';

CREATE TRIGGER question_bank_10_merge_shipped BEFORE INSERT ON question_bank
    FOR EACH ROW EXECUTE FUNCTION _merge_shipped_row();
CREATE TRIGGER question_bank_20_touch BEFORE UPDATE ON question_bank
    FOR EACH ROW EXECUTE FUNCTION _touch_updated_at();
CREATE TRIGGER learning_resources_10_merge_shipped BEFORE INSERT ON learning_resources
    FOR EACH ROW EXECUTE FUNCTION _merge_shipped_row();
CREATE TRIGGER learning_resources_20_touch BEFORE UPDATE ON learning_resources
    FOR EACH ROW EXECUTE FUNCTION _touch_updated_at();

-- Session status moves only in_progress -> completed | abandoned (a NULL status, a session
-- not yet started, may take any status). Closing sets completed_at and duration_seconds.
-- Progress columns written directly by a statement (the spec's "update session progress"
-- query) are recomputed from the answers, so they stay exact whoever writes them.
CREATE FUNCTION _interview_sessions_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = @extschema@, pg_catalog AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status THEN
        IF OLD.status IS NOT NULL AND NOT (OLD.status = 'in_progress' AND NEW.status IN ('completed', 'abandoned')) THEN
            RAISE EXCEPTION 'invalid session status change from % to %', OLD.status, coalesce(NEW.status, 'NULL')
                USING ERRCODE = '55000',
                      DETAIL = format('Session %s is %s.', OLD.id, OLD.status),
                      HINT = 'A session moves only from in_progress to completed or abandoned.';
        END IF;
    END IF;
    IF NEW.status IN ('completed', 'abandoned')
       AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
        NEW.completed_at := coalesce(NEW.completed_at, CURRENT_TIMESTAMP::timestamp);
        IF NEW.duration_seconds IS NULL OR (TG_OP = 'UPDATE' AND NEW.duration_seconds IS NOT DISTINCT FROM OLD.duration_seconds) THEN
            NEW.duration_seconds := greatest(0, floor(extract(epoch FROM (NEW.completed_at - NEW.started_at))))::int;
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() = 1
       AND (NEW.questions_answered IS DISTINCT FROM OLD.questions_answered
            OR NEW.average_score IS DISTINCT FROM OLD.average_score) THEN
        SELECT count(*), avg(overall_score) INTO NEW.questions_answered, NEW.average_score
          FROM interview_answers WHERE session_id = NEW.id;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION _interview_sessions_guard() IS 'Trigger: session status transitions and exact progress columns';

CREATE TRIGGER interview_sessions_10_guard BEFORE INSERT OR UPDATE ON interview_sessions
    FOR EACH ROW EXECUTE FUNCTION _interview_sessions_guard();

-- Before an answer is written: its session_id comes from its interview question (filled when
-- NULL, rejected when it disagrees), and the session must be in progress. The session row is
-- locked here, so answers of one session are written one transaction at a time and the
-- progress counters below are recomputed from a consistent view.
CREATE FUNCTION _interview_answers_integrity() RETURNS trigger
LANGUAGE plpgsql SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    question_session int;
    session_status text;
    session_closed_at timestamp;
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM 1 FROM interview_sessions WHERE id = OLD.session_id FOR NO KEY UPDATE;
        RETURN OLD;
    END IF;
    IF NEW.interview_question_id IS NULL THEN
        RAISE EXCEPTION 'an answer needs an interview_question_id'
            USING ERRCODE = '23502';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.interview_question_id = OLD.interview_question_id
       AND NEW.session_id IS NOT DISTINCT FROM OLD.session_id THEN
        -- Same question and session: only the session's state matters (checked below).
        question_session := OLD.session_id;
    ELSE
        SELECT session_id INTO question_session
          FROM interview_questions WHERE id = NEW.interview_question_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'interview question % does not exist', NEW.interview_question_id
                USING ERRCODE = '23503';
        END IF;
    END IF;
    IF NEW.session_id IS NULL THEN
        NEW.session_id := question_session;
    ELSIF NEW.session_id IS DISTINCT FROM question_session THEN
        RAISE EXCEPTION 'answer session_id % does not match interview question %', NEW.session_id, NEW.interview_question_id
            USING ERRCODE = '22023',
                  DETAIL = format('Interview question %s belongs to session %s.', NEW.interview_question_id, coalesce(question_session::text, 'NULL')),
                  HINT = 'Leave session_id NULL and it is filled from the interview question.';
    END IF;
    SELECT status, completed_at INTO session_status, session_closed_at
      FROM interview_sessions WHERE id = NEW.session_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'interview session % does not exist', NEW.session_id USING ERRCODE = '23503';
    END IF;
    -- An answer recorded before its session closed is accepted: that is pg_restore loading a
    -- finished session's answers after the session row.
    IF session_status IS DISTINCT FROM 'in_progress'
       AND NOT (TG_OP = 'INSERT' AND NEW.analyzed_at <= session_closed_at) THEN
        RAISE EXCEPTION 'interview session % is not in progress', NEW.session_id
            USING ERRCODE = '55000',
                  DETAIL = format('Its status is %s.', coalesce(session_status, 'NULL')),
                  HINT = 'Answers are accepted only while a session is in_progress.';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.session_id IS DISTINCT FROM NEW.session_id THEN
        PERFORM 1 FROM interview_sessions WHERE id = OLD.session_id FOR NO KEY UPDATE;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION _interview_answers_integrity() IS 'Trigger: answer session consistency and session state';

CREATE TRIGGER interview_answers_10_integrity BEFORE INSERT OR UPDATE OR DELETE ON interview_answers
    FOR EACH ROW EXECUTE FUNCTION _interview_answers_integrity();

-- After an answer changes: recount the session's progress (a recount, not an increment, so
-- the counters are exact whatever happened before).
CREATE FUNCTION _interview_answers_progress() RETURNS trigger
LANGUAGE plpgsql SET search_path = @extschema@, pg_catalog AS $$
BEGIN
    -- NEW is NULL on DELETE and OLD on INSERT; an UPDATE may move an answer between sessions.
    UPDATE interview_sessions s
       SET (questions_answered, average_score) =
           (SELECT count(*)::int, avg(a.overall_score)::float8
              FROM interview_answers a WHERE a.session_id = s.id)
     WHERE s.id IN (NEW.session_id, OLD.session_id);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION _interview_answers_progress() IS 'Trigger: keep questions_answered and average_score exact';

CREATE TRIGGER interview_answers_90_progress AFTER INSERT OR UPDATE OR DELETE ON interview_answers
    FOR EACH ROW EXECUTE FUNCTION _interview_answers_progress();

REVOKE ALL ON FUNCTION _touch_updated_at(), _merge_shipped_row(), _interview_sessions_guard(),
    _interview_answers_integrity(), _interview_answers_progress() FROM PUBLIC;
