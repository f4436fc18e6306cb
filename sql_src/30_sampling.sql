-- Question selection: sample_questions() (C++, src/core/sampler.cpp) and what keeps its
-- per-backend cache honest: a version token that changes with the bank's content.

-- The bank's version token. Every statement that can change which questions a draw may pick
-- (insert, delete, truncate, an update of id, type, level, region, roles or skills) sets a new,
-- never reused token; so does an update that lowers a usage_count (the cache relies on usage
-- only growing between two tokens). A usage_count increase, what start_interview does, keeps it.
-- Bank writers serialize on this one row, taken before their first row change in a statement.
CREATE SEQUENCE _question_bank_version_seq;
CREATE TABLE _question_bank_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    token bigint NOT NULL
);
INSERT INTO _question_bank_version (token) VALUES (nextval('_question_bank_version_seq'));
COMMENT ON TABLE _question_bank_version IS 'Internal: version token of the question bank content (sample_questions cache)';

CREATE FUNCTION _question_bank_new_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @extschema@, pg_catalog AS $$
BEGIN
    UPDATE _question_bank_version SET token = nextval('_question_bank_version_seq');
    PERFORM set_config('utopiahire.question_bank_usage_lowered', 'off', true);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION _question_bank_new_version() IS 'Trigger: give the question bank a new version token';

-- A lowered usage_count is noted per row (a cheap WHEN test, no function call for increases)
-- and turned into one new token at the end of the statement. BEFORE, so that the note exists
-- when the statement-level trigger's WHEN is evaluated (when it is queued, before AFTER row
-- triggers run).
CREATE FUNCTION _question_bank_note_usage_lowered() RETURNS trigger
LANGUAGE plpgsql SET search_path = @extschema@, pg_catalog AS $$
BEGIN
    PERFORM set_config('utopiahire.question_bank_usage_lowered', 'on', true);
    RETURN NEW;
END $$;
COMMENT ON FUNCTION _question_bank_note_usage_lowered() IS 'Trigger: note that a statement lowered a usage_count';

CREATE TRIGGER question_bank_05_version_content BEFORE INSERT OR DELETE OR TRUNCATE ON question_bank
    FOR EACH STATEMENT EXECUTE FUNCTION _question_bank_new_version();
CREATE TRIGGER question_bank_06_version_update
    BEFORE UPDATE OF id, question_type, difficulty_level, region, job_roles, required_skills ON question_bank
    FOR EACH STATEMENT EXECUTE FUNCTION _question_bank_new_version();
CREATE TRIGGER question_bank_60_usage_lowered BEFORE UPDATE OF usage_count ON question_bank
    FOR EACH ROW WHEN (coalesce(NEW.usage_count, 0) < coalesce(OLD.usage_count, 0))
    EXECUTE FUNCTION _question_bank_note_usage_lowered();
CREATE TRIGGER question_bank_61_version_usage AFTER UPDATE ON question_bank
    FOR EACH STATEMENT WHEN (current_setting('utopiahire.question_bank_usage_lowered', true) = 'on')
    EXECUTE FUNCTION _question_bank_new_version();

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
    user_id int DEFAULT NULL, seed bigint DEFAULT NULL)
RETURNS TABLE (question_order int, question_id int, question_type text, question_difficulty text,
               question_region text, selection text)
AS 'MODULE_PATHNAME', 'uh_sample_questions'
LANGUAGE C VOLATILE PARALLEL RESTRICTED
SET search_path = @extschema@, pg_catalog;
COMMENT ON FUNCTION sample_questions(text, text, text, int, text, text[], float8, int, bigint) IS
    'Draws n questions for an interview: session_type technical, behavioral, mixed (round(n*technical_ratio) technical) or job-specific (role required); asked difficulty then the neighbouring one, region plus Global, role questions then role-agnostic ones, then (not job-specific) other roles'' ones (each fallback a NOTICE); no repeats; avoids the user''s last 5 sessions while others remain; weight (1 + shared skills) / (1 + usage_count); same seed, same draw. 22023 for bad arguments, P0002 when the bank cannot supply n';

REVOKE ALL ON FUNCTION _question_bank_new_version(), _question_bank_note_usage_lowered() FROM PUBLIC;
-- (_question_sampling_key(s) stay executable: the planner evaluates them for every user's query.)
