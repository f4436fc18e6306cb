#!/usr/bin/env bash
# Several clients insert, update and delete answers of one session at once; afterwards
# questions_answered and average_score equal a recount. Runs against run_tests.sh's cluster.
set -euo pipefail
PG_BINDIR=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
db=uh_concurrency
psql_q() { "$PG_BINDIR/psql" -X -v ON_ERROR_STOP=1 -qAt "$@"; }
work=$(mktemp -d /tmp/uh_conc.XXXXXX)
trap 'rm -rf "$work"; psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql_q -d "$db" <<'SQL'
CREATE EXTENSION utopiahire_interview;
INSERT INTO question_bank (question_text, question_type, difficulty_level) VALUES ('Q', 'technical', 'mid');
INSERT INTO interview_sessions (user_id, session_type, status, total_questions) VALUES (1, 'technical', 'in_progress', 400);
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT 1, (SELECT max(id) FROM question_bank), g FROM generate_series(1, 400) g;
SQL
# Each client answers its own slice of questions, rescoring and deleting some as it goes.
cat > "$work/client.sql" <<'SQL'
\set q random(1, 400)
INSERT INTO interview_answers (interview_question_id, user_answer, relevance_score, completeness_score,
    clarity_score, technical_accuracy_score, communication_score)
VALUES (:q, 'answer', :q % 101, 50, 50, 50, 50) ON CONFLICT (interview_question_id) DO NOTHING;
UPDATE interview_answers SET relevance_score = (relevance_score + 7) % 101 WHERE interview_question_id = (:q * 7) % 400 + 1;
\set d random(1, 10)
DELETE FROM interview_answers WHERE interview_question_id = :q AND :d = 1;
SQL
"$PG_BINDIR/pgbench" -n -c 8 -j 4 -t 150 -f "$work/client.sql" "$db" >"$work/pgbench.log" 2>&1 ||
    { cat "$work/pgbench.log"; exit 1; }
grep -E "number of failed|transactions actually processed" "$work/pgbench.log" || true
result=$(psql_q -d "$db" -c "
SELECT s.questions_answered = c.n AND s.average_score IS NOT DISTINCT FROM c.avg, s.questions_answered, c.n, s.average_score, c.avg
  FROM interview_sessions s,
       LATERAL (SELECT count(*)::int AS n, avg(overall_score)::float8 AS avg FROM interview_answers WHERE session_id = s.id) c
 WHERE s.id = 1")
echo "exact|stored|recount|stored avg|recount avg: $result"
[ "${result%%|*}" = "t" ] && [ "$(echo "$result" | cut -d'|' -f3)" -gt 0 ]
