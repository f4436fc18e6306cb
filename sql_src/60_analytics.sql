-- Analytics for psql: progress over sessions, weakest dimensions, recurring missed key points,
-- common improvement areas, per-question statistics, and a readable session report.

CREATE FUNCTION interview_gap_name(missing_point text) RETURNS text
AS 'MODULE_PATHNAME', 'uh_gap_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION interview_gap_name(text) IS
    'The key point a missed-point string names ("Did not mention X" -> "X"), as the feedback aggregate groups them';

-- One row per completed session of each user, oldest first, with the running figures.
CREATE VIEW interview_user_progress AS
SELECT s.user_id, s.id AS session_id,
       row_number() OVER w AS session_number,
       s.started_at, s.completed_at, s.session_type, s.job_role, s.difficulty_level,
       s.questions_answered, s.total_questions, s.duration_seconds,
       round(s.average_score::numeric, 1) AS average_score,
       round((s.average_score - lag(s.average_score) OVER w)::numeric, 1) AS change_from_previous,
       round((max(s.average_score) OVER w)::numeric, 1) AS best_so_far,
       round((avg(s.average_score) OVER w)::numeric, 1) AS running_average,
       f.technical_rating, f.communication_rating, f.confidence_rating
  FROM interview_sessions s
  LEFT JOIN interview_feedback f ON f.session_id = s.id
 WHERE s.status = 'completed'
WINDOW w AS (PARTITION BY s.user_id ORDER BY s.started_at, s.id
             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);
COMMENT ON VIEW interview_user_progress IS
    'Completed sessions per user in order: score, change from the previous session, best and running average so far, ratings';

-- One row per user: how far they have come. score_trend is the least-squares slope of the
-- session average against the session number (points gained per session).
CREATE VIEW interview_user_summary AS
SELECT p.user_id,
       count(*) AS sessions_completed,
       (array_agg(p.average_score ORDER BY p.session_number))[1] AS first_score,
       (array_agg(p.average_score ORDER BY p.session_number DESC))[1] AS latest_score,
       max(p.average_score) AS best_score,
       round(avg(p.average_score), 1) AS average_score,
       round(regr_slope(p.average_score, p.session_number)::numeric, 2) AS score_trend,
       round(avg(p.technical_rating), 1) AS average_technical_rating,
       round(avg(p.communication_rating), 1) AS average_communication_rating,
       round(avg(p.confidence_rating), 1) AS average_confidence_rating,
       (array_agg(p.technical_rating ORDER BY p.session_number DESC))[1] AS latest_technical_rating,
       (array_agg(p.communication_rating ORDER BY p.session_number DESC))[1] AS latest_communication_rating,
       (array_agg(p.confidence_rating ORDER BY p.session_number DESC))[1] AS latest_confidence_rating,
       max(p.completed_at) AS last_completed_at
  FROM interview_user_progress p
 GROUP BY p.user_id;
COMMENT ON VIEW interview_user_summary IS
    'Per user: sessions completed, first / latest / best / average score, score trend (points per session), ratings';

-- The five answer dimensions per user, weakest first (weakness_rank 1).
CREATE VIEW interview_user_weak_dimensions AS
SELECT s.user_id, d.dimension,
       round(avg(d.score), 1) AS average_score,
       count(*) AS answers,
       rank() OVER (PARTITION BY s.user_id ORDER BY avg(d.score), d.dimension) AS weakness_rank
  FROM interview_answers a
  JOIN interview_sessions s ON s.id = a.session_id
 CROSS JOIN LATERAL (VALUES ('relevance', a.relevance_score), ('completeness', a.completeness_score),
                            ('clarity', a.clarity_score), ('technical_accuracy', a.technical_accuracy_score),
                            ('communication', a.communication_score)) d(dimension, score)
 WHERE d.score IS NOT NULL
 GROUP BY s.user_id, d.dimension;
COMMENT ON VIEW interview_user_weak_dimensions IS
    'Average of each answer dimension per user; weakness_rank 1 is the weakest';

-- Missed key points per user: how often, in how many sessions (recurring: two or more).
CREATE VIEW interview_user_missed_points AS
SELECT s.user_id, interview_gap_name(p.point) AS missed_point,
       count(*) AS times_missed,
       count(DISTINCT s.id) AS sessions,
       count(DISTINCT s.id) >= 2 AS recurring,
       array_agg(DISTINCT qb.category) FILTER (WHERE qb.category IS NOT NULL) AS categories,
       max(a.analyzed_at) AS last_missed_at
  FROM interview_answers a
  JOIN interview_sessions s ON s.id = a.session_id
  LEFT JOIN interview_questions iq ON iq.id = a.interview_question_id
  LEFT JOIN question_bank qb ON qb.id = iq.question_id
 CROSS JOIN LATERAL jsonb_array_elements_text(
       CASE WHEN jsonb_typeof(a.missing_points) = 'array' THEN a.missing_points ELSE '[]' END) p(point)
 GROUP BY s.user_id, interview_gap_name(p.point);
COMMENT ON VIEW interview_user_missed_points IS
    'Key points each user missed: times missed, sessions, recurring (missed in 2+ sessions), categories';

-- The spec's "common improvement areas" query as a view, with the number of users.
CREATE VIEW interview_improvement_areas AS
SELECT area->>'area' AS area, area->>'priority' AS priority,
       count(*) AS frequency, count(DISTINCT s.user_id) AS users
  FROM interview_feedback f
  JOIN interview_sessions s ON s.id = f.session_id
 CROSS JOIN LATERAL jsonb_array_elements(
       CASE WHEN jsonb_typeof(f.areas_to_improve) = 'array' THEN f.areas_to_improve ELSE '[]' END) area
 GROUP BY area->>'area', area->>'priority';
COMMENT ON VIEW interview_improvement_areas IS
    'Improvement areas across all feedback: area, priority, how many sessions and users';

-- Per question: use, scores and how hard it turned out to be. empirical_difficulty maps the
-- mean overall score onto the 1..10 scale of difficulty_score: clamp(ceil((100 - mean) / 10), 1, 10);
-- calibration compares the two once a question has 5 scored answers.
CREATE VIEW interview_question_stats AS
SELECT q.*, q.empirical_difficulty - q.difficulty_score AS difficulty_gap,
       CASE WHEN q.scored_answers < 5 THEN 'too few answers'
            WHEN q.empirical_difficulty - q.difficulty_score >= 2 THEN 'harder than rated'
            WHEN q.empirical_difficulty - q.difficulty_score <= -2 THEN 'easier than rated'
            ELSE 'as rated' END AS calibration
  FROM (SELECT qb.id AS question_id, qb.question_text, qb.question_type, qb.category,
               qb.difficulty_level, qb.difficulty_score, qb.usage_count,
               count(iq.id) AS times_asked,
               count(a.id) AS times_answered,
               count(a.overall_score) AS scored_answers,
               round(avg(a.overall_score), 1) AS mean_score,
               round(stddev_samp(a.overall_score), 1) AS score_stddev,
               round(avg(a.time_taken_seconds), 1) AS mean_time_seconds,
               CASE WHEN count(a.overall_score) > 0
                    THEN least(10, greatest(1, ceil((100 - avg(a.overall_score)) / 10)))::int END AS empirical_difficulty
          FROM question_bank qb
          LEFT JOIN interview_questions iq ON iq.question_id = qb.id
          LEFT JOIN interview_answers a ON a.interview_question_id = iq.id
         GROUP BY qb.id) q;
COMMENT ON VIEW interview_question_stats IS
    'Per question: times asked and answered, mean score, empirical difficulty (1..10 from the mean score) against difficulty_score';

-- A readable report of one session, for psql (\pset format unaligned, or SELECT ... \g).
-- A session still in progress gets a preview built from its answers so far.
CREATE FUNCTION interview_report(session_id int) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    target_id CONSTANT int := interview_report.session_id;
    sess interview_sessions;
    fb interview_feedback;
    lines text[] := '{}';
    item jsonb;
    answer record;
    preview boolean := false;
BEGIN
    IF target_id IS NULL THEN
        RAISE EXCEPTION 'session_id must not be null' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO sess FROM interview_sessions s WHERE s.id = target_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'interview session % does not exist', target_id USING ERRCODE = '23503';
    END IF;
    SELECT * INTO fb FROM interview_feedback f WHERE f.session_id = target_id;
    IF fb.id IS NULL THEN
        preview := true;
        fb := interview_session_feedback(target_id);
    END IF;

    lines := lines || format('Interview report: session %s%s', target_id,
                             CASE WHEN NOT preview THEN ''
                                  WHEN sess.status = 'abandoned' THEN ' (abandoned: feedback computed from its answers, not written)'
                                  ELSE ' (preview: no feedback written yet)' END);
    lines := lines || format('User %s | %s interview%s%s', coalesce(sess.user_id::text, '-'), sess.session_type,
                             coalesce(' | ' || sess.job_role, ''), coalesce(' | ' || sess.difficulty_level || ' level', ''));
    lines := lines || format('Status: %s | %s of %s questions answered%s', coalesce(sess.status, 'not started'),
                             coalesce(sess.questions_answered, 0), coalesce(sess.total_questions, 0),
                             coalesce(' | duration ' || (sess.duration_seconds / 60) || ' min ' || (sess.duration_seconds % 60) || ' s', ''));
    lines := lines || ('Average score: ' || coalesce(round(sess.average_score::numeric, 1) || '/100', '-'));
    IF fb.session_id IS NULL THEN
        lines := lines || ''::text || 'No answers yet.'::text;
        RETURN array_to_string(lines, E'\n');
    END IF;

    lines := lines || ''::text || 'Ratings (1 to 5)'::text;
    lines := lines || (SELECT array_agg(format('  %-14s %s', r.name, CASE WHEN r.rating IS NULL THEN '-'
                                   ELSE '[' || repeat('#', r.rating) || repeat('.', 5 - r.rating) || '] ' || r.rating || '/5' END)
                                   ORDER BY r.ord)
                         FROM (VALUES (1, 'Technical', fb.technical_rating), (2, 'Communication', fb.communication_rating),
                                      (3, 'Confidence', fb.confidence_rating)) r(ord, name, rating));
    lines := lines || ''::text || 'Overall performance'::text || ('  ' || coalesce(fb.overall_performance, '-'));

    lines := lines || ''::text || 'Answers'::text
        || format('  %2s  %-28s %5s  %3s %3s %3s %3s %3s  %5s', '#', 'Category', 'Score', 'Rel', 'Cmp', 'Cla', 'Tec', 'Com', 'Time');
    FOR answer IN
        SELECT iq.question_order, qb.category, qb.question_text, a.overall_score, a.relevance_score,
               a.completeness_score, a.clarity_score, a.technical_accuracy_score, a.communication_score,
               a.time_taken_seconds, a.missing_points
          FROM interview_answers a
          JOIN interview_questions iq ON iq.id = a.interview_question_id
          LEFT JOIN question_bank qb ON qb.id = iq.question_id
         WHERE a.session_id = target_id
         ORDER BY iq.question_order, a.id
    LOOP
        lines := lines || format('  %2s  %-28s %5s  %3s %3s %3s %3s %3s  %5s', answer.question_order,
            left(coalesce(answer.category, '-'), 28), coalesce(answer.overall_score::text, '-'),
            coalesce(answer.relevance_score::text, '-'), coalesce(answer.completeness_score::text, '-'),
            coalesce(answer.clarity_score::text, '-'), coalesce(answer.technical_accuracy_score::text, '-'),
            coalesce(answer.communication_score::text, '-'),
            coalesce((answer.time_taken_seconds / 60) || ':' || lpad((answer.time_taken_seconds % 60)::text, 2, '0'), '-'));
        lines := lines || ('      Q: ' || left(coalesce(answer.question_text, '-'), 100));
        IF jsonb_typeof(answer.missing_points) = 'array' AND jsonb_array_length(answer.missing_points) > 0 THEN
            lines := lines || ('      Missed: ' || (SELECT string_agg(interview_gap_name(p), '; ' ORDER BY o)
                                                    FROM jsonb_array_elements_text(answer.missing_points) WITH ORDINALITY t(p, o)));
        END IF;
    END LOOP;

    lines := lines || ''::text || 'Key strengths'::text;
    IF jsonb_typeof(fb.key_strengths) <> 'array' OR jsonb_array_length(fb.key_strengths) = 0 THEN
        lines := lines || '  (none yet)'::text;
    ELSE
        FOR item IN SELECT value FROM jsonb_array_elements(fb.key_strengths) LOOP
            lines := lines || format('  - %s: %s', item->>'area', item->>'description');
            IF jsonb_array_length(coalesce(item->'examples', '[]')) > 0 THEN
                lines := lines || ('      e.g. ' || (SELECT string_agg(e, '; ') FROM jsonb_array_elements_text(item->'examples') e));
            END IF;
        END LOOP;
    END IF;

    lines := lines || ''::text || 'Areas to improve'::text;
    IF jsonb_typeof(fb.areas_to_improve) <> 'array' OR jsonb_array_length(fb.areas_to_improve) = 0 THEN
        lines := lines || '  (none)'::text;
    ELSE
        FOR item IN SELECT value FROM jsonb_array_elements(fb.areas_to_improve) LOOP
            lines := lines || format('  [%s] %s: %s', item->>'priority', item->>'area', item->>'description');
            IF jsonb_array_length(coalesce(item->'specific_gaps', '[]')) > 0 THEN
                lines := lines || ('      Gaps: ' || (SELECT string_agg(g, '; ') FROM jsonb_array_elements_text(item->'specific_gaps') g));
            END IF;
            IF jsonb_array_length(coalesce(item->'action_items', '[]')) > 0 THEN
                lines := lines || ('      Do: ' || (SELECT string_agg(x, '; ') FROM jsonb_array_elements_text(item->'action_items') x));
            END IF;
        END LOOP;
    END IF;

    lines := lines || ''::text || 'Recommended resources'::text;
    IF jsonb_typeof(fb.recommended_resources) <> 'array' OR jsonb_array_length(fb.recommended_resources) = 0 THEN
        lines := lines || '  (none)'::text;
    ELSE
        FOR item IN SELECT value FROM jsonb_array_elements(fb.recommended_resources) LOOP
            lines := lines || format('  - %s (%s%s) %s', coalesce(item->>'title', item->>'name'),
                                     replace(coalesce(item->>'type', 'resource'), '_', ' '),
                                     coalesce(', ' || coalesce(item->>'author', item->>'platform'), ''),
                                     coalesce(item->>'url', ''));
            IF item ? 'relevance' THEN
                lines := lines || ('      ' || (item->>'relevance'));
            END IF;
        END LOOP;
    END IF;

    lines := lines || ''::text || 'Preparation tips'::text || ('  ' || coalesce(fb.preparation_tips, '-'));
    lines := lines || ''::text || 'Practice recommendations'::text || ('  ' || coalesce(fb.practice_recommendations, '-'));
    RETURN array_to_string(lines, E'\n');
END $$;
COMMENT ON FUNCTION interview_report(int) IS
    'Readable text report of one session: ratings, performance, per-answer scores and missed points, strengths, areas to improve, resources, tips (a preview while in progress)';
