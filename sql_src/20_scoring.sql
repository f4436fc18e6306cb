-- The spec's composite score, computed in C++ (src/core/overall_score.cpp).
CREATE FUNCTION interview_overall_score(relevance int, completeness int, clarity int,
                                        technical_accuracy int, communication int)
RETURNS int
AS 'MODULE_PATHNAME', 'uh_overall_score'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION interview_overall_score(int, int, int, int, int) IS
    'Overall answer score: relevance, completeness and technical accuracy x 0.25, clarity x 0.15, communication x 0.10, truncated; 22023 outside 0..100';

-- Test hook for the C++/PostgreSQL boundary: raises each kind of C++ failure on purpose.
CREATE FUNCTION _interview_guard_selftest(kind text) RETURNS text
AS 'MODULE_PATHNAME', 'uh_guard_selftest'
LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION _interview_guard_selftest(text) IS
    'Internal: raises a C++ failure of the given kind through the boundary guard (for tests)';
REVOKE ALL ON FUNCTION _interview_guard_selftest(text) FROM PUBLIC;

-- overall_score follows the five dimensions whenever all are present: the formula is the
-- contract, so a provided overall_score that disagrees is replaced. Named to fire after the
-- integrity and analysis triggers (BEFORE triggers fire in name order).
CREATE FUNCTION _interview_answers_overall() RETURNS trigger
LANGUAGE plpgsql SET search_path = @extschema@, pg_catalog AS $$
BEGIN
    IF NEW.relevance_score IS NOT NULL AND NEW.completeness_score IS NOT NULL
       AND NEW.clarity_score IS NOT NULL AND NEW.technical_accuracy_score IS NOT NULL
       AND NEW.communication_score IS NOT NULL THEN
        NEW.overall_score := interview_overall_score(NEW.relevance_score, NEW.completeness_score,
            NEW.clarity_score, NEW.technical_accuracy_score, NEW.communication_score);
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION _interview_answers_overall() IS 'Trigger: derive overall_score from the five dimension scores';
REVOKE ALL ON FUNCTION _interview_answers_overall() FROM PUBLIC;

CREATE TRIGGER interview_answers_50_overall BEFORE INSERT OR UPDATE ON interview_answers
    FOR EACH ROW EXECUTE FUNCTION _interview_answers_overall();
