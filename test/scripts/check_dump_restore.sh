#!/usr/bin/env bash
# pg_dump -> pg_restore into a new database keeps every row of every user-data table, the
# shipped rows exactly as they were (including edits and usage counts), and the sequences, with
# no conflict or duplicate during the restore. Runs against the cluster of run_tests.sh.
set -euo pipefail
PG_BINDIR=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
psql_q() { "$PG_BINDIR/psql" -X -v ON_ERROR_STOP=1 -qAt "$@"; }
src=uh_dump_src; dst=uh_dump_dst
dump=$(mktemp /tmp/uh_dump.XXXXXX)
trap 'rm -f "$dump"; psql_q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" >/dev/null 2>&1 || true' EXIT
psql_q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" -c "CREATE DATABASE $src" -c "CREATE DATABASE $dst"

psql_q -d "$src" <<'SQL'
CREATE EXTENSION utopiahire_interview;
-- User rows in every table.
INSERT INTO question_bank (question_text, question_type, difficulty_level, key_points, required_skills, language)
SELECT 'User question ' || g, 'technical', 'mid',
       jsonb_build_object('must_mention', jsonb_build_array('point ' || g)), ARRAY['SQL'], 'simple'
  FROM generate_series(1, 50) g;
INSERT INTO learning_resources (resource_type, title, url, areas)
VALUES ('article', 'Our team wiki on SQL', 'https://wiki.example/sql', ARRAY['Databases']);
-- Shipped rows changed by use and by edits (when the extension ships any).
UPDATE question_bank SET usage_count = usage_count + 3 WHERE id IN (SELECT min(id) FROM question_bank WHERE id < 100000);
UPDATE question_bank SET category = 'Edited by an admin' WHERE id IN (SELECT max(id) FROM question_bank WHERE id < 100000);
UPDATE learning_resources SET usage_count = 2 WHERE id IN (SELECT min(id) FROM learning_resources WHERE id < 100000);
INSERT INTO interview_sessions (user_id, session_type, job_role, difficulty_level, total_questions, status)
SELECT g % 7, 'technical', 'Backend Developer', 'mid', 3, 'in_progress' FROM generate_series(1, 20) g;
INSERT INTO interview_questions (session_id, question_id, question_order, time_limit_seconds)
SELECT s, (SELECT min(id) FROM question_bank WHERE id >= 100000) + o, o, 300
  FROM generate_series(1, 20) s, generate_series(1, 3) o;
INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds, relevance_score,
    completeness_score, clarity_score, technical_accuracy_score, communication_score, strengths)
SELECT iq.id, 'Answer ' || iq.id, 60, 50 + iq.id % 50, 60, 70, 80, 90, '["clear"]'
  FROM interview_questions iq WHERE iq.question_order < 3;
UPDATE interview_sessions SET status = 'completed' WHERE id <= 10;
INSERT INTO interview_feedback (session_id, overall_performance, technical_rating, communication_rating,
    confidence_rating, areas_to_improve)
SELECT id, 'Solid', 3, 4, 3, '[{"area": "System Design", "priority": "high"}]' FROM interview_sessions WHERE id <= 10;
SQL

"$PG_BINDIR/pg_dump" -Fc -d "$src" -f "$dump"
"$PG_BINDIR/pg_restore" --exit-on-error --single-transaction -d "$dst" "$dump"

fingerprint() {
    psql_q -d "$1" <<'SQL'
SELECT 'question_bank', count(*), md5(string_agg(t::text, '|' ORDER BY id)) FROM question_bank t
UNION ALL SELECT 'learning_resources', count(*), md5(string_agg(t::text, '|' ORDER BY id)) FROM learning_resources t
UNION ALL SELECT 'interview_sessions', count(*), md5(string_agg(t::text, '|' ORDER BY id)) FROM interview_sessions t
UNION ALL SELECT 'interview_questions', count(*), md5(string_agg(t::text, '|' ORDER BY id)) FROM interview_questions t
UNION ALL SELECT 'interview_answers', count(*), md5(string_agg(t::text, '|' ORDER BY id)) FROM interview_answers t
UNION ALL SELECT 'interview_feedback', count(*), md5(string_agg(t::text, '|' ORDER BY id)) FROM interview_feedback t
UNION ALL SELECT 'sequences', count(*), string_agg(sequencename || '=' || coalesce(last_value, 0), ',' ORDER BY sequencename)
  FROM pg_sequences WHERE sequencename LIKE ANY (ARRAY['question_bank%', 'learning_resources%', 'interview%']);
SQL
}
before=$(fingerprint "$src")
after=$(fingerprint "$dst")
echo "$before"
if [ "$before" != "$after" ]; then
    echo "restored database differs:"; diff <(echo "$before") <(echo "$after"); exit 1
fi
# The restored database keeps working: a new answer is accepted and numbered after the old ones.
psql_q -d "$dst" -c "INSERT INTO interview_answers (interview_question_id, user_answer) SELECT id, 'after restore' FROM interview_questions WHERE session_id = 11 AND question_order = 3 RETURNING id > 40"
echo "dump/restore: identical"
