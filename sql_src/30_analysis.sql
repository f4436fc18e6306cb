-- Answer analysis (src/core/analysis.cpp and friends): key-point coverage, the five dimension
-- scores and feedback, and the trigger that scores every answer on its way in.

CREATE FUNCTION key_point_coverage(answer text, key_points jsonb, config regconfig DEFAULT 'english')
RETURNS jsonb
AS 'MODULE_PATHNAME', 'uh_key_point_coverage'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION key_point_coverage(text, jsonb, regconfig) IS
    'Per key point of key_points ({"must_mention": [...], "bonus_points": [...]}, items a string or {"point", "aliases"}): status covered|partial|missing|contradicted, score 0..1 and evidence (character offsets into the answer); plus must_coverage and bonus_coverage. 22P02 malformed key_points, 54000 too large';

CREATE FUNCTION analyze_answer(answer text, key_points jsonb, question_text text DEFAULT NULL,
                               question_type text DEFAULT NULL, difficulty_level text DEFAULT NULL,
                               sample_answer text DEFAULT NULL, common_mistakes jsonb DEFAULT NULL,
                               config regconfig DEFAULT 'english')
RETURNS jsonb
AS 'MODULE_PATHNAME', 'uh_analyze_answer'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION analyze_answer(text, jsonb, text, text, text, text, jsonb, regconfig) IS
    'Analyses an answer: the interview_answers analysis columns by name (five dimension scores, overall_score, strengths, weaknesses, missing_points, suggestions, ai_feedback, word_count, sentiment) plus key_point_coverage. NULL answer gives NULL';

CREATE FUNCTION analyze_answer(answer text, question_id int)
RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    q question_bank%ROWTYPE;
BEGIN
    IF question_id IS NULL THEN
        RAISE EXCEPTION 'question_id must not be null' USING ERRCODE = '22004';
    END IF;
    SELECT * INTO q FROM question_bank WHERE id = question_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'question % does not exist', question_id
            USING ERRCODE = '22023', HINT = 'Pass the id of a question_bank row.';
    END IF;
    RETURN analyze_answer(answer, q.key_points, q.question_text, q.question_type, q.difficulty_level,
                          q.sample_answer, q.common_mistakes, q.language);
END $$;
COMMENT ON FUNCTION analyze_answer(text, int) IS
    'Analyses an answer against a question_bank row (its key points, sample answer, common mistakes and language)';

-- Scores every answer on its way in: after interview_answers_10_integrity (session checks),
-- before interview_answers_50_overall (which derives overall_score from the dimensions).
CREATE FUNCTION _interview_answers_analyze() RETURNS trigger
AS 'MODULE_PATHNAME', 'uh_interview_answers_analyze'
LANGUAGE C;
COMMENT ON FUNCTION _interview_answers_analyze() IS
    'Trigger: analyse user_answer against its question and fill the analysis columns the statement did not provide';
REVOKE ALL ON FUNCTION _interview_answers_analyze() FROM PUBLIC;

CREATE TRIGGER interview_answers_30_analyze BEFORE INSERT OR UPDATE OF user_answer ON interview_answers
    FOR EACH ROW EXECUTE FUNCTION _interview_answers_analyze();
