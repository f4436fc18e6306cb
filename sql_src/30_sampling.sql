-- Question selection: sample_questions() (C++, src/core/sampler.cpp) and what keeps its
-- per-backend cache honest: a version token that changes with the bank's content.

-- The bank's version token and change log. Every statement that can change which questions a
-- draw may pick (insert, delete, truncate, an update of id, type, level, region, roles, skills
-- or language) sets a new, never reused token; so does an update that lowers a usage_count (the
-- cache relies on usage only growing between two tokens). A usage_count increase, what
-- start_interview does, keeps it. Bank writers serialize on the one version row, taken before
-- their first row change in a statement and held to commit, so tokens follow commit order.
-- The change log names the questions each token changed (NULL: too many, or a truncate), so a
-- backend's cache is patched for those questions instead of reloaded; it keeps the last 10000
-- tokens (log_from), an older cache is reloaded.
CREATE SEQUENCE _question_bank_version_seq;
CREATE TABLE _question_bank_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    token bigint NOT NULL,
    log_from bigint NOT NULL
);
INSERT INTO _question_bank_version (token, log_from)
SELECT t, t FROM nextval('_question_bank_version_seq') t;
COMMENT ON TABLE _question_bank_version IS 'Internal: version token of the question bank content (sample_questions cache)';
CREATE TABLE _question_bank_changes (
    token bigint,          -- NULL until the end of the statement (lowered usage)
    question_id int        -- NULL: reload everything
);
CREATE INDEX _question_bank_changes_token ON _question_bank_changes (token);
COMMENT ON TABLE _question_bank_changes IS 'Internal: questions changed by each version token (sample_questions cache)';

CREATE FUNCTION _question_bank_new_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    new_token bigint;
BEGIN
    UPDATE _question_bank_version SET token = nextval('_question_bank_version_seq') RETURNING token INTO new_token;
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO _question_bank_changes VALUES (new_token, NULL);
    END IF;
    IF current_setting('utopiahire.question_bank_usage_lowered', true) = 'on' THEN
        UPDATE _question_bank_changes SET token = new_token WHERE token IS NULL;
        PERFORM set_config('utopiahire.question_bank_usage_lowered', 'off', true);
    END IF;
    IF new_token % 1000 = 0 THEN
        DELETE FROM _question_bank_changes WHERE token < new_token - 10000;
        UPDATE _question_bank_version SET log_from = greatest(log_from, new_token - 10000);
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION _question_bank_new_version() IS 'Trigger: give the question bank a new version token';

-- Inserted or deleted questions (statement level, transition table changed_rows).
CREATE FUNCTION _question_bank_log_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @extschema@, pg_catalog AS $$
BEGIN
    IF (SELECT count(*) FROM changed_rows) > 5000 THEN
        INSERT INTO _question_bank_changes SELECT token, NULL FROM _question_bank_version;
    ELSE
        INSERT INTO _question_bank_changes SELECT v.token, c.id FROM changed_rows c, _question_bank_version v;
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION _question_bank_log_rows() IS 'Trigger: log the questions a statement inserted or deleted';

-- An updated question (row level, only when a column the draw uses changed).
CREATE FUNCTION _question_bank_log_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @extschema@, pg_catalog AS $$
BEGIN
    INSERT INTO _question_bank_changes SELECT token, NEW.id FROM _question_bank_version;
    IF OLD.id <> NEW.id THEN
        INSERT INTO _question_bank_changes SELECT token, OLD.id FROM _question_bank_version;
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION _question_bank_log_update() IS 'Trigger: log a question whose type, level, region, roles, skills or language changed';

-- A lowered usage_count is logged per row (a cheap WHEN test, no function call for increases)
-- with its token given at the end of the statement. BEFORE, so that the note exists when the
-- statement-level trigger's WHEN is evaluated (when it is queued, before AFTER row triggers).
CREATE FUNCTION _question_bank_note_usage_lowered() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @extschema@, pg_catalog AS $$
BEGIN
    INSERT INTO _question_bank_changes VALUES (NULL, NEW.id);
    PERFORM set_config('utopiahire.question_bank_usage_lowered', 'on', true);
    RETURN NEW;
END $$;
COMMENT ON FUNCTION _question_bank_note_usage_lowered() IS 'Trigger: log a question whose usage_count went down';

CREATE TRIGGER question_bank_05_version_content BEFORE INSERT OR DELETE OR TRUNCATE ON question_bank
    FOR EACH STATEMENT EXECUTE FUNCTION _question_bank_new_version();
CREATE TRIGGER question_bank_06_version_update
    BEFORE UPDATE OF id, question_type, difficulty_level, region, job_roles, required_skills, language ON question_bank
    FOR EACH STATEMENT EXECUTE FUNCTION _question_bank_new_version();
CREATE TRIGGER question_bank_60_usage_lowered BEFORE UPDATE OF usage_count ON question_bank
    FOR EACH ROW WHEN (coalesce(NEW.usage_count, 0) < coalesce(OLD.usage_count, 0))
    EXECUTE FUNCTION _question_bank_note_usage_lowered();
CREATE TRIGGER question_bank_61_version_usage AFTER UPDATE ON question_bank
    FOR EACH STATEMENT WHEN (current_setting('utopiahire.question_bank_usage_lowered', true) = 'on')
    EXECUTE FUNCTION _question_bank_new_version();
CREATE TRIGGER question_bank_62_log_inserted AFTER INSERT ON question_bank
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION _question_bank_log_rows();
CREATE TRIGGER question_bank_63_log_deleted AFTER DELETE ON question_bank
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION _question_bank_log_rows();
CREATE TRIGGER question_bank_64_log_updated
    AFTER UPDATE OF id, question_type, difficulty_level, region, job_roles, required_skills, language ON question_bank
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.question_type IS DISTINCT FROM NEW.question_type
                       OR OLD.difficulty_level IS DISTINCT FROM NEW.difficulty_level
                       OR OLD.region IS DISTINCT FROM NEW.region OR OLD.job_roles IS DISTINCT FROM NEW.job_roles
                       OR OLD.required_skills IS DISTINCT FROM NEW.required_skills
                       OR OLD.language IS DISTINCT FROM NEW.language)
    EXECUTE FUNCTION _question_bank_log_update();

-- Cache loads read the questions of one (difficulty, region, role scope) through one GIN
-- index over sampling keys: "level|region|role|<role>" for each role, "level|region|agnostic"
-- for a question without roles, and "level|region|any" for every question (| stands for the
-- unit separator, chr(31)). An addition to the spec's indexes, named apart from them.
-- In C (src/pg/sampling_keys_fn.cpp): the index expression is evaluated for every row written.
CREATE FUNCTION _question_sampling_key(difficulty_level text, region text, scope text, job_role text DEFAULT NULL)
RETURNS text
AS 'MODULE_PATHNAME', 'uh_question_sampling_key'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _question_sampling_key(text, text, text, text) IS
    'Internal: one key of the sampler''s index, level|region|scope[|role] (| is chr(31); NULL parts left out)';

CREATE FUNCTION _question_sampling_keys(difficulty_level text, region text, job_roles text[]) RETURNS text[]
AS 'MODULE_PATHNAME', 'uh_question_sampling_keys'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _question_sampling_keys(text, text, text[]) IS
    'Internal: the keys of a question in the sampler''s index: one per role (or agnostic), and any';

CREATE INDEX question_bank_sampling_idx ON question_bank
    USING gin (_question_sampling_keys(difficulty_level, region, job_roles));

CREATE FUNCTION sample_questions(job_role text, difficulty_level text, session_type text, n int,
    region text DEFAULT 'Global', skills text[] DEFAULT NULL, technical_ratio float8 DEFAULT 0.7,
    user_id int DEFAULT NULL, seed bigint DEFAULT NULL, language regconfig DEFAULT 'english')
RETURNS TABLE (question_order int, question_id int, question_type text, question_difficulty text,
               question_region text, selection text)
AS 'MODULE_PATHNAME', 'uh_sample_questions'
LANGUAGE C VOLATILE PARALLEL RESTRICTED
SET search_path = @extschema@, pg_catalog;
COMMENT ON FUNCTION sample_questions(text, text, text, int, text, text[], float8, int, bigint, regconfig) IS
    'Draws n questions for an interview: session_type technical, behavioral, mixed (round(n*technical_ratio) technical) or job-specific (role required); questions in the asked language (NULL: any) first, then English ones; asked difficulty then the neighbouring one, region plus Global, role questions then role-agnostic ones, then (not job-specific) other roles'' ones (each fallback a NOTICE); no repeats; avoids the user''s last 5 sessions while others remain; weight (1 + shared skills) / (1 + usage_count); same seed, same draw. 22023 for bad arguments, P0002 when the bank cannot supply n';

REVOKE ALL ON FUNCTION _question_bank_new_version(), _question_bank_note_usage_lowered(),
    _question_bank_log_rows(), _question_bank_log_update() FROM PUBLIC;
-- (_question_sampling_key(s) stay executable: the planner evaluates them for every user's query.)
