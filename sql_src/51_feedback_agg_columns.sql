-- interview_feedback_agg over the columns of an answer instead of its whole row. PostgreSQL
-- builds a flattened copy of every row passed whole to a function (every column, the answer
-- text included); the planner hook of the module (src/pg/feedback_rewrite.cpp) replaces
-- interview_feedback_agg(a [, category]) over a row of the interview_answers table by this
-- aggregate over the columns it reads, with the same states and the same document. Called
-- directly it is an ordinary aggregate; a NULL id stands for a NULL row (skipped).
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
