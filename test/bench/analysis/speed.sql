-- Microseconds per analysed answer inside PostgreSQL (interview dev answers, each analysed
-- with its question's fields), several runs; the median is reported. The question's fields are
-- columns, as in question_bank (which the trigger and analyze_answer(answer, question_id)
-- read), so that the figure is the analysis and not the bench taking a compressed JSON
-- document apart five times per row.
CREATE TEMP TABLE speed_inputs AS
SELECT answer, question->'key_points' AS key_points, question->>'question_text' AS question_text,
       question->>'question_type' AS question_type, question->>'difficulty_level' AS difficulty_level,
       question->>'sample_answer' AS sample_answer, question->'common_mistakes' AS common_mistakes, config
  FROM interview_inputs;
CREATE FUNCTION pg_temp.time_analysis(runs int) RETURNS SETOF float8 LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM speed_inputs;
    FOR i IN 1..runs LOOP
        t0 := clock_timestamp();
        PERFORM analyze_answer(answer => answer, key_points => key_points, question_text => question_text,
                               question_type => question_type, difficulty_level => difficulty_level,
                               sample_answer => sample_answer, common_mistakes => common_mistakes,
                               config => config)
          FROM speed_inputs;
        RETURN NEXT extract(epoch FROM clock_timestamp() - t0) * 1e6 / n;
    END LOOP;
END $$;
\echo 'Speed: microseconds per analyze_answer call (median of 7 runs over the interview dev answers; the original analyzer: about 300)'
SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY us)::numeric, 1) AS us_per_answer,
       round(300 / percentile_cont(0.5) WITHIN GROUP (ORDER BY us)::numeric, 1) AS times_faster_than_300us
  FROM pg_temp.time_analysis(7) AS t(us);

-- For scale on this machine: PostgreSQL's own to_tsvector of the same answers (the analysis
-- tokenises each answer with the same parser and dictionaries, then scores it).
CREATE FUNCTION pg_temp.time_to_tsvector(runs int) RETURNS SETOF float8 LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM speed_inputs;
    FOR i IN 1..runs LOOP
        t0 := clock_timestamp();
        PERFORM to_tsvector(config, answer) FROM speed_inputs;
        RETURN NEXT extract(epoch FROM clock_timestamp() - t0) * 1e6 / n;
    END LOOP;
END $$;
\echo 'For scale: microseconds per to_tsvector(config, answer) on the same answers (median of 7 runs)'
SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY us)::numeric, 1) AS us_per_to_tsvector
  FROM pg_temp.time_to_tsvector(7) AS t(us);
