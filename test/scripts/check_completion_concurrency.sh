#!/usr/bin/env bash
# Several clients call complete_interview on the same sessions at once (and read reports while
# they do): no error, every session completed once, exactly one feedback row each, and every
# call returned that row. Runs against run_tests.sh's cluster.
set -euo pipefail
PG_BINDIR=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
db=uh_completion_concurrency
psql_q() { "$PG_BINDIR/psql" -X -v ON_ERROR_STOP=1 -qAt "$@"; }
work=$(mktemp -d /tmp/uh_complete.XXXXXX)
trap 'rm -rf "$work"; psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql_q -d "$db" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION utopiahire_interview;
TRUNCATE question_bank RESTART IDENTITY CASCADE;
INSERT INTO question_bank (question_text, question_type, difficulty_level, category)
VALUES ('Q1', 'technical', 'mid', 'Databases'), ('Q2', 'behavioral', 'mid', 'Teamwork & Communication');
INSERT INTO interview_sessions (user_id, session_type, status, total_questions)
SELECT g, 'mixed', 'in_progress', 2 FROM generate_series(1, 40) g;
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s.id, q, q FROM interview_sessions s, generate_series(1, 2) q;
INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds, relevance_score,
    completeness_score, clarity_score, technical_accuracy_score, communication_score, strengths,
    weaknesses, missing_points, suggestions, ai_feedback, word_count, sentiment)
SELECT iq.id, 'An answer.', 90, 60 + iq.id % 40, 50, 70, 55, 65, '[]', '[]', '["Indexes"]', '[]', 'x', 100, 'neutral'
  FROM interview_questions iq;
CREATE TABLE calls (session_id int, feedback_id int);
SQL
cat > "$work/client.sql" <<'SQL'
\set s random(1, 40)
SELECT :s AS s \gset
INSERT INTO calls SELECT :s, (complete_interview(:s)).id;
SELECT length(interview_report(:s)) > 0;
SQL
"$PG_BINDIR/pgbench" -n -c 6 -j 3 -t 60 -f "$work/client.sql" "$db" >"$work/pgbench.log" 2>&1 ||
    { cat "$work/pgbench.log"; exit 1; }
grep -q "number of failed transactions: 0" "$work/pgbench.log" || { cat "$work/pgbench.log"; exit 1; }
result=$(psql_q -d "$db" <<'SQL'
SELECT (SELECT count(*) FROM interview_feedback) = (SELECT count(*) FROM interview_sessions WHERE status = 'completed')
   AND (SELECT count(DISTINCT session_id) FROM calls) = (SELECT count(*) FROM interview_feedback)
   AND NOT EXISTS (SELECT 1 FROM calls c JOIN interview_feedback f USING (session_id) WHERE c.feedback_id <> f.id)
   AND NOT EXISTS (SELECT session_id FROM interview_feedback GROUP BY session_id HAVING count(*) > 1);
SQL
)
echo "one feedback per completed session, every call returned it: $result"
[ "$result" = "t" ]
