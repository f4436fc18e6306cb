#!/usr/bin/env bash
# make bench: session completion.
#  1. complete_interview latency for a 10-answer session (shipped bank and catalogue): median
#     and 90th percentile per call, measured by pgbench's per-transaction log (1 client).
#  2. interview_feedback_agg over 1M answers against a plain AVG(overall_score) over the same
#     rows, same run, both in parallel plans (2 workers), alternated, median of 5 runs each.
# Runs against the cluster of run_bench.sh. UH_BENCH_ANSWERS overrides the 1M rows.
set -euo pipefail
psql=("$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1)
answers=${UH_BENCH_ANSWERS:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ---------------------------------------------------------------- 1. complete_interview
db=uh_bench_complete
"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
sessions=300
"${psql[@]}" -d $db <<SQL
CREATE EXTENSION utopiahire_interview;
INSERT INTO interview_sessions (user_id, session_type, job_role, difficulty_level, status, total_questions)
SELECT g, 'mixed', 'Backend Developer', 'mid', 'in_progress', 10 FROM generate_series(1, $sessions) g;
-- Ten shipped questions per session, spread over the bank.
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s.id, q.ids[1 + (s.id * 13 + o * 7) % array_length(q.ids, 1)], o
  FROM interview_sessions s, generate_series(1, 10) o, (SELECT array_agg(id ORDER BY id) AS ids FROM question_bank) q;
-- Answers with the scores and lists an analysis gives (explicit, so the analysis keeps them):
-- missed points are the questions' own must-mention points.
INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds, relevance_score,
    completeness_score, clarity_score, technical_accuracy_score, communication_score, strengths,
    weaknesses, missing_points, suggestions, ai_feedback, word_count, sentiment)
SELECT iq.id, repeat('A reasonable answer that explains the idea with an example. ', 8), 60 + (iq.id * 37) % 200,
       30 + (iq.id * 13) % 70, 25 + (iq.id * 17) % 75, 35 + (iq.id * 19) % 65, 30 + (iq.id * 23) % 70, 40 + (iq.id * 29) % 60,
       '["Clear structure", "Concrete example"]', '["Missing trade-offs"]',
       coalesce((SELECT jsonb_agg(p) FROM (SELECT p FROM jsonb_array_elements(qb.key_points->'must_mention') p
                                            LIMIT 1 + iq.id % 3) x), '[]'),
       '["Discuss trade-offs"]', 'Fair answer.', 80, (ARRAY['positive', 'neutral', 'negative'])[1 + iq.id % 3]
  FROM interview_questions iq JOIN question_bank qb ON qb.id = iq.question_id;
CREATE SEQUENCE bench_session_seq;
SELECT setval('bench_session_seq', min(id), false) FROM interview_sessions;
VACUUM ANALYZE;
SQL
echo 'SELECT complete_interview(nextval($$bench_session_seq$$)::int);' > "$work/script.sql"
(cd "$work" && "$PG_BINDIR/pgbench" -n -c 1 -t $sessions -l --log-prefix=complete -f script.sql $db >pgbench.out 2>&1) ||
    { cat "$work/pgbench.out"; exit 1; }
sort -n -k3 "$work"/complete.* | awk -v n=$sessions '{ t[NR] = $3 } END {
    printf "complete_interview, 10-answer session (%d sessions, 1 client, pgbench): median %.2f ms, p90 %.2f ms, max %.2f ms (target: under 2 ms)\n",
           NR, t[int((NR + 1) / 2)] / 1000, t[int(NR * 0.9)] / 1000, t[NR] / 1000 }'
"${psql[@]}" -d $db -At -c "SELECT 'sessions completed: ' || count(*) || ', feedback rows: ' || (SELECT count(*) FROM interview_feedback)
                             FROM interview_sessions WHERE status = 'completed'"
# Server-side time of the same call (no client round trip), on sessions completed again from scratch.
"${psql[@]}" -d $db -At <<'SQL'
CREATE FUNCTION pg_temp.time_complete() RETURNS SETOF float8 LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    s int;
BEGIN
    DELETE FROM interview_feedback;
    -- Reopen the sessions (the status trigger allows only in_progress -> completed).
    ALTER TABLE interview_sessions DISABLE TRIGGER USER;
    UPDATE interview_sessions SET status = 'in_progress', completed_at = NULL, duration_seconds = NULL;
    ALTER TABLE interview_sessions ENABLE TRIGGER USER;
    FOR s IN SELECT id FROM interview_sessions ORDER BY id LOOP
        t0 := clock_timestamp();
        PERFORM complete_interview(s);
        RETURN NEXT extract(epoch FROM clock_timestamp() - t0) * 1000;
    END LOOP;
END $$;
SELECT format('complete_interview server-side (same sessions, in one transaction): median %s ms, p90 %s ms',
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 3),
              round(percentile_cont(0.9) WITHIN GROUP (ORDER BY ms)::numeric, 3))
  FROM pg_temp.time_complete() AS t(ms);
SQL
"${psql[@]}" -d postgres -c "DROP DATABASE $db"

# ---------------------------------------------------------------- 2. aggregate over 1M answers
db=uh_bench_feedback_agg
"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
sessions=$(( (answers + 9) / 10 ))
"${psql[@]}" -d $db <<SQL
CREATE EXTENSION utopiahire_interview;
SELECT setseed(0.42);
-- Pools the rows draw from: answer texts of 40 to 160 words (some hedged), and the strings an
-- analysis writes (3000 distinct missed key points, as a bank of ~500 questions has).
CREATE TEMP TABLE vocabulary AS
SELECT string_to_array('the a an index query cache database table row column join scan plan lock transaction '
    || 'commit replica shard partition latency throughput request response server client api endpoint '
    || 'service queue message event stream batch job retry timeout error failure recovery backup '
    || 'we i our team because so then when if and but with for to of in on by it this that which '
    || 'maybe think probably sure know example result users data system design scale load balance', ' ') AS words;
CREATE TEMP TABLE texts AS
SELECT g AS id, (SELECT string_agg(v.words[1 + floor(random() * array_length(v.words, 1))::int + 0 * w], ' ')
                   FROM generate_series(1, 40 + (g * 7) % 120) w) AS answer
  FROM generate_series(1, 2000) g, vocabulary v;
CREATE TEMP TABLE lists AS
SELECT g AS id,
       jsonb_build_array('Strength ' || (g % 40) || ': clear explanation of the main idea',
                         'Strength ' || ((g * 7) % 40) || ': concrete example') AS strengths,
       jsonb_build_array('Weakness ' || (g % 30) || ': misses trade-offs') AS weaknesses,
       jsonb_build_array('Key point ' || (g % 3000) || ' of the expected answer',
                         'Key point ' || ((g * 13) % 3000) || ' of the expected answer',
                         'Key point ' || ((g * 29) % 3000) || ' of the expected answer') AS missing
  FROM generate_series(1, 5000) g;
-- Bulk load: triggers and foreign-key checks off (replica role); the fixture is consistent.
SET session_replication_role = replica;
INSERT INTO interview_sessions (id, user_id, session_type, status, total_questions)
SELECT g, 1 + g % 20000, 'mixed', 'completed', 10 FROM generate_series(1, $sessions) g;
INSERT INTO interview_questions (id, session_id, question_id, question_order)
SELECT (s - 1) * 10 + o, s, 1, o FROM generate_series(1, $sessions) s, generate_series(1, 10) o;
INSERT INTO interview_answers (id, interview_question_id, session_id, user_answer, time_taken_seconds,
    relevance_score, completeness_score, clarity_score, technical_accuracy_score, communication_score,
    overall_score, strengths, weaknesses, missing_points, suggestions, ai_feedback, word_count, sentiment)
SELECT g, g, (g + 9) / 10, t.answer, 15 + (g * 37) % 300, r, c, cl, ta, cm,
       interview_overall_score(r, c, cl, ta, cm), l.strengths, l.weaknesses, l.missing,
       '["Discuss trade-offs", "Add a metric"]', 'Fair answer with room to go deeper.',
       40 + (g * 7) % 120, (ARRAY['positive', 'neutral', 'negative'])[1 + g % 3]
  FROM generate_series(1, $answers) g
  JOIN texts t ON t.id = 1 + g % 2000
  JOIN lists l ON l.id = 1 + (g * 7) % 5000
 CROSS JOIN LATERAL (SELECT (g * 13) % 101 AS r, (g * 17) % 101 AS c, (g * 19) % 101 AS cl,
                            (g * 23) % 101 AS ta, (g * 29) % 101 AS cm) s;
RESET session_replication_role;
VACUUM ANALYZE interview_answers;
SQL
"${psql[@]}" -d $db -At -c "SELECT format('%s answers, table %s', count(*), pg_size_pretty(pg_table_size('interview_answers'))) FROM interview_answers"

settings="SET max_parallel_workers_per_gather = 2; SET jit = off;"
heap="SET enable_indexonlyscan = off; SET enable_indexscan = off; SET enable_bitmapscan = off;"
"${psql[@]}" -d $db <<SQL
$settings
\echo 'Plans (default costs, 2 workers per gather, jit off). AVG as the planner picks it reads only'
\echo 'the spec index on overall_score; "AVG, heap scan" reads the table rows as the aggregate does.'
EXPLAIN (COSTS OFF) SELECT avg(overall_score) FROM interview_answers;
$heap
EXPLAIN (COSTS OFF) SELECT avg(overall_score) FROM interview_answers;
EXPLAIN (COSTS OFF) SELECT interview_feedback_agg(a) FROM interview_answers a;
SQL
# The module installs its planner hook when it loads (first call in a session): from then on
# interview_feedback_agg(a) over a table row runs as an aggregate of the columns it reads.
echo 'interview_feedback_agg as planned once the module is loaded:'
"${psql[@]}" -d $db -At <<SQL | awk '/Output:/ && !n++ { print substr($0, 1, 150) "..." }'
$settings
\o /dev/null
SELECT interview_feedback_agg(a) FROM interview_answers a WHERE a.id = 1;
\o
EXPLAIN (VERBOSE, COSTS OFF) SELECT interview_feedback_agg(a) FROM interview_answers a;
SQL
# Warm the cache, then alternate the queries; psql's \timing gives the elapsed time. "rows"
# is count(a): the whole-row value alone, which PostgreSQL builds for any aggregate of a row.
{
    echo "$settings"
    echo "SELECT avg(overall_score) FROM interview_answers;"
    echo "SELECT length(interview_feedback_agg(a)::text) > 0 FROM interview_answers a;"
    echo '\timing on'
    for run in 1 2 3 4 5; do
        echo '\echo avg_index'
        echo "SELECT avg(overall_score) FROM interview_answers;"
        echo "$heap"
        echo '\echo avg_heap'
        echo "SELECT avg(overall_score) FROM interview_answers;"
        echo '\echo rows'
        echo "SELECT count(a) FROM interview_answers a;"
        echo '\echo agg'
        echo "SELECT length(interview_feedback_agg(a)::text) > 0 FROM interview_answers a;"
        echo "SET utopiahire_interview.feedback_agg_columns = off;"
        echo '\echo agg_whole_row'
        echo "SELECT length(interview_feedback_agg(a)::text) > 0 FROM interview_answers a;"
        echo "RESET utopiahire_interview.feedback_agg_columns;"
        echo "RESET enable_indexonlyscan; RESET enable_indexscan; RESET enable_bitmapscan;"
    done
} > "$work/timing.sql"
"${psql[@]}" -d $db -At -f "$work/timing.sql" > "$work/timing.out"
awk '/^(avg_index|avg_heap|rows|agg|agg_whole_row)$/ { q = $1 } /^Time: / && q != "" { print $2 > ("'"$work"'/t_" q); q = "" }' "$work/timing.out"
median() { sort -n "$1" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }
awk -v ai="$(median "$work/t_avg_index")" -v ah="$(median "$work/t_avg_heap")" -v r="$(median "$work/t_rows")" \
    -v g="$(median "$work/t_agg")" -v w="$(median "$work/t_agg_whole_row")" -v n="$answers" 'BEGIN {
    printf "over %d answers, parallel plans (2 workers), median of 5 alternated runs:\n", n
    printf "  AVG(overall_score), planner default (index-only scan): %7.0f ms\n", ai
    printf "  AVG(overall_score), parallel heap scan of the rows:    %7.0f ms\n", ah
    printf "  count(a), the whole-row value alone (heap scan):       %7.0f ms  (%.2fx the heap AVG)\n", r, r / ah
    printf "  interview_feedback_agg(a):                             %7.0f ms\n", g
    printf "  the same, planner hook off (whole-row aggregate):      %7.0f ms  (%.2fx the heap AVG)\n", w, w / ah
    printf "  ratio to the heap-scan AVG: %.2f (target: within 2x); to the index-only AVG: %.2f\n", g / ah, g / ai }'
"${psql[@]}" -d $db -At -c "SET max_parallel_workers_per_gather = 2" -c "SELECT 'document: ' || left(interview_feedback_agg(a)->>'overall_performance', 160) FROM interview_answers a"
"${psql[@]}" -d postgres -c "DROP DATABASE $db"
