#!/usr/bin/env bash
# Several clients start interviews and answer them at once, some answering the same sessions,
# some abandoning, while a writer edits the bank: afterwards no session holds a question twice, usage_count equals the number
# of sessions that drew each question, and every session's progress counters equal a recount.
# Runs against run_tests.sh's cluster.
set -euo pipefail
PG_BINDIR=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
db=uh_lifecycle_concurrency
psql_q() { "$PG_BINDIR/psql" -X -v ON_ERROR_STOP=1 -qAt "$@"; }
work=$(mktemp -d /tmp/uh_lifecycle.XXXXXX)
trap 'rm -rf "$work"; psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql_q -d "$db" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION utopiahire_interview;
TRUNCATE question_bank RESTART IDENTITY CASCADE;
-- A small bank, so that concurrent sessions share questions (and their usage_count rows) often.
INSERT INTO question_bank (question_text, question_type, difficulty_level, region, job_roles)
SELECT 'Q' || g, (ARRAY['technical', 'coding', 'system_design', 'behavioral', 'situational'])[1 + g % 5],
       'mid', CASE WHEN g % 2 = 0 THEN 'MENA' ELSE 'Global' END, ARRAY['Backend Developer']
  FROM generate_series(1, 60) g;
-- Sessions that several clients answer at once.
SELECT start_interview(1000 + g, 'mixed', 'Backend Developer', 'mid', 10, 'MENA') FROM generate_series(1, 4) g;
-- pgbench stops a client at its first error: these turn the expected refusals into NULLs.
CREATE FUNCTION try_answer(session int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
    RETURN (submit_answer(session, 'a concurrent answer', 5)).id;
EXCEPTION WHEN object_not_in_prerequisite_state THEN RETURN NULL;   -- all answered, or abandoned
END $$;
CREATE FUNCTION try_abandon(session int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
    RETURN (abandon_interview(session)).id;
EXCEPTION WHEN object_not_in_prerequisite_state THEN RETURN NULL;
END $$;
SQL
# A client: starts an interview for one of a few users (recent sessions avoided), answers part
# of it, answers a question of a shared session, and now and then abandons its session.
cat > "$work/client.sql" <<'SQL'
\set user_id random(1, 12)
\set shared random(1, 4)
\set d random(1, 6)
SELECT start_interview(:user_id, 'mixed', 'Backend Developer', 'mid', 6, 'MENA') AS sid \gset
SELECT try_answer(:sid);
SELECT try_answer(:shared);
SELECT try_answer(:sid);
SELECT * FROM next_question(:sid);
SELECT try_abandon(:sid) WHERE :d = 1;
SQL
# Meanwhile a writer edits the bank: new questions, questions moving between roles and regions
# (every backend's sampler cache follows through the change log).
cat > "$work/writer.sql" <<'SQL'
\set q random(1, 60)
INSERT INTO question_bank (question_text, question_type, difficulty_level, region, job_roles)
VALUES ('W', 'technical', 'mid', 'MENA', ARRAY['Backend Developer']);
UPDATE question_bank SET job_roles = job_roles || 'Tech Lead'::text WHERE id = :q;
UPDATE question_bank SET region = CASE region WHEN 'MENA' THEN 'Global' ELSE 'MENA' END WHERE id = :q;
SQL
"$PG_BINDIR/pgbench" -n -c 1 -t 60 -f "$work/writer.sql" "$db" >"$work/writer.log" 2>&1 &
writer=$!
"$PG_BINDIR/pgbench" -n -c 6 -j 3 -t 40 -f "$work/client.sql" "$db" >"$work/pgbench.log" 2>&1 ||
    { cat "$work/pgbench.log"; exit 1; }
wait "$writer" || { cat "$work/writer.log"; exit 1; }
grep -E "number of failed|transactions actually processed" "$work/pgbench.log" "$work/writer.log" || true
if grep -qE "number of failed transactions: [1-9]|aborted" "$work/pgbench.log" "$work/writer.log"; then
    cat "$work/pgbench.log" "$work/writer.log"; exit 1
fi

result=$(psql_q -d "$db" <<'SQL'
SELECT concat_ws(' ',
  'sessions=' || (SELECT count(*) FROM interview_sessions),
  'duplicate_in_session=' || (SELECT count(*) FROM (SELECT 1 FROM interview_questions GROUP BY session_id, question_id HAVING count(*) > 1) d),
  'usage_wrong=' || (SELECT count(*) FROM question_bank q
                      WHERE coalesce(q.usage_count, 0) <> (SELECT count(*) FROM interview_questions iq WHERE iq.question_id = q.id)),
  'usage_total=' || (SELECT sum(usage_count) FROM question_bank),
  'questions_total=' || (SELECT count(*) FROM interview_questions),
  'total_wrong=' || (SELECT count(*) FROM interview_sessions s
                      WHERE s.total_questions <> (SELECT count(*) FROM interview_questions iq WHERE iq.session_id = s.id)),
  'progress_wrong=' || (SELECT count(*) FROM interview_sessions s,
                          LATERAL (SELECT count(*)::int AS n, avg(overall_score)::float8 AS avg FROM interview_answers a WHERE a.session_id = s.id) c
                         WHERE s.questions_answered <> c.n OR s.average_score IS DISTINCT FROM c.avg),
  'answers=' || (SELECT count(*) FROM interview_answers),
  'answers_wrong_session=' || (SELECT count(*) FROM interview_answers a JOIN interview_questions iq ON iq.id = a.interview_question_id
                                 WHERE iq.session_id <> a.session_id),
  'shared_answered=' || (SELECT sum(questions_answered) FROM interview_sessions WHERE user_id > 1000),
  'abandoned=' || (SELECT count(*) FROM interview_sessions WHERE status = 'abandoned'))
SQL
)
echo "$result"
for zero in duplicate_in_session usage_wrong total_wrong progress_wrong answers_wrong_session; do
    echo "$result" | grep -q "$zero=0 " || { echo "FAILED: $zero"; exit 1; }
done
# 4 shared + 6 clients x 40 sessions; the 4 shared sessions (40 questions) fully answered.
echo "$result" | grep -q "sessions=244 " || { echo "FAILED: session count"; exit 1; }
echo "$result" | grep -q "shared_answered=40 " || { echo "FAILED: shared sessions not fully answered"; exit 1; }
