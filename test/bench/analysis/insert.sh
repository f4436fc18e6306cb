#!/usr/bin/env bash
# Insert throughput (pgbench, 2 clients, synchronous_commit=off): a scored INSERT (the trigger
# analyses the answer) against the spec's unscored flow (INSERT with given scores, then the
# spec's "update session progress" UPDATE). Needs the tables of analysis.sh in $PGDATABASE.
set -euo pipefail
psql=("$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1)
seconds=${UH_BENCH_SECONDS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"${psql[@]}" <<'SQL'
INSERT INTO question_bank (question_text, question_type, difficulty_level, sample_answer, key_points,
                           common_mistakes, language)
SELECT doc->>'question_text', doc->>'question_type', doc->>'difficulty_level', doc->>'sample_answer',
       doc->'key_points', doc->'common_mistakes',
       (CASE doc->>'language' WHEN 'fr' THEN 'french' WHEN 'ar' THEN 'arabic' ELSE 'english' END)::regconfig
  FROM bench_interview WHERE doc->>'kind' = 'question' ORDER BY doc->>'qid';
CREATE TABLE bench_answers AS
SELECT row_number() OVER (ORDER BY doc->>'aid')::int AS id, doc->>'answer' AS answer
  FROM bench_interview WHERE doc->>'kind' = 'answer';
INSERT INTO interview_sessions (user_id, session_type, status)
SELECT g, 'mixed', 'in_progress' FROM generate_series(1, 400) g;
-- Consecutive interview questions belong to different sessions, so the two clients rarely
-- wait on the same session row.
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s.id, q.ids[1 + (o * 7 + s.id) % array_length(q.ids, 1)], o
  FROM generate_series(1, 750) o, (SELECT id FROM interview_sessions) s,
       (SELECT array_agg(id ORDER BY id) AS ids FROM question_bank) q
 ORDER BY o, s.id;
CREATE SEQUENCE bench_scored_seq;
CREATE SEQUENCE bench_unscored_seq;
-- 300,000 interview questions: the first half for scored inserts, the second for the unscored flow.
SELECT setval('bench_scored_seq', min(id)), setval('bench_unscored_seq', min(id) + 150000)
  FROM interview_questions \gset
VACUUM ANALYZE;
SQL

# Time the trigger adds per answer inside PostgreSQL: INSERT ... SELECT of the dev answers with
# the analysis (scored) and with every analysis column given (the trigger then does nothing),
# each in a rolled-back subtransaction, after a warm-up that fills the per-backend caches.
"${psql[@]}" <<'SQL'
CREATE FUNCTION pg_temp.insert_us(scored bool) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    us float8;
    n bigint;
BEGIN
    BEGIN
        t0 := clock_timestamp();
        IF scored THEN
            INSERT INTO interview_answers (interview_question_id, user_answer)
            SELECT nextval('bench_scored_seq'), answer FROM bench_answers, generate_series(1, 3);
        ELSE
            INSERT INTO interview_answers (interview_question_id, user_answer, relevance_score, completeness_score,
                clarity_score, technical_accuracy_score, communication_score, strengths, weaknesses,
                missing_points, suggestions, ai_feedback, word_count, sentiment)
            SELECT nextval('bench_scored_seq'), answer, 50, 50, 50, 50, 50, '[]', '[]', '[]', '[]', 'x', 1, 'neutral'
              FROM bench_answers, generate_series(1, 3);
        END IF;
        GET DIAGNOSTICS n = ROW_COUNT;
        us := extract(epoch FROM clock_timestamp() - t0) * 1e6 / n;
        RAISE EXCEPTION 'undo' USING ERRCODE = 'P0001';
    EXCEPTION WHEN raise_exception THEN
        RETURN us;
    END;
END $$;
SELECT pg_temp.insert_us(true) IS NOT NULL AS warmed_up \g /dev/null
\echo 'Analysis in the INSERT trigger: microseconds per answer (scored INSERT minus INSERT with all analysis columns given; median of 5)'
SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s - u)::numeric, 1) AS trigger_us_per_answer,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s)::numeric, 1) AS scored_insert_us_per_row,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY u)::numeric, 1) AS given_scores_insert_us_per_row
  FROM (SELECT pg_temp.insert_us(true) AS s, pg_temp.insert_us(false) AS u FROM generate_series(1, 5)) t;
SQL

cat >"$work/scored.sql" <<'SQL'
\set a random(1, 192)
INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds)
SELECT nextval('bench_scored_seq'), answer, 120 FROM bench_answers WHERE id = :a;
SQL
cat >"$work/unscored.sql" <<'SQL'
\set a random(1, 192)
INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds, word_count,
    relevance_score, completeness_score, clarity_score, technical_accuracy_score, communication_score,
    overall_score, strengths, weaknesses, missing_points, suggestions, ai_feedback, sentiment)
SELECT nextval('bench_unscored_seq'), answer, 120, 85, 85, 78, 90, 82, 88, 83,
       '["Clear explanation", "Good examples"]', '["Missing edge cases"]', '["Caching strategies", "Security"]',
       '["Add metrics", "Discuss trade-offs"]', 'Strong answer demonstrating good understanding...', 'positive'
  FROM bench_answers WHERE id = :a
RETURNING session_id \gset
UPDATE interview_sessions
SET questions_answered = questions_answered + 1,
    average_score = (SELECT AVG(overall_score) FROM interview_answers WHERE session_id = :session_id)
WHERE id = :session_id;
SQL

tps() {
    local out
    out=$(PGOPTIONS='-c synchronous_commit=off' "$PG_BINDIR/pgbench" -n -c 2 -j 2 -T "$seconds" -f "$1" 2>&1) ||
        { echo "pgbench failed on $(basename "$1"):" >&2; echo "$out" | tail -5 >&2; echo 0; return 0; }
    echo "$out" | sed -n 's/^tps = \([0-9.]*\) .*/\1/p'
}
pairs=${UH_BENCH_PAIRS:-3}
echo "Insert throughput: pgbench, 2 clients, synchronous_commit=off, ${seconds}s per run, $pairs alternated pairs (machine load varies: compare within pairs)"
scored=(); unscored=()
for ((i = 0; i < pairs; i++)); do
    scored+=("$(tps "$work/scored.sql")")
    unscored+=("$(tps "$work/unscored.sql")")
done
echo "runs: scored ${scored[*]}; unscored ${unscored[*]}"
values=""
for ((i = 0; i < pairs; i++)); do values+="${values:+,}(${scored[i]}, ${unscored[i]})"; done
"${psql[@]}" -A -F ' | ' -c "SELECT round(avg(s)) AS scored_insert_tps,
        round(avg(u)) AS unscored_flow_tps,
        round((avg(s) / avg(u))::numeric, 2) AS ratio_of_means,
        round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s / u)::numeric, 2) AS median_pair_ratio
   FROM (VALUES $values) v(s, u)"
"${psql[@]}" -A -F ' | ' -c "SELECT 'scored rows with all dimension scores filled',
    count(*) FILTER (WHERE overall_score IS NOT NULL AND ai_feedback IS NOT NULL) || ' of ' || count(*)
    FROM interview_answers WHERE time_taken_seconds = 120 AND word_count IS DISTINCT FROM 85"
