#!/usr/bin/env bash
# ALTER EXTENSION ... UPDATE from every released version gives exactly a fresh install of the
# current version: same objects and definitions (pg_dump --binary-upgrade writes out every member
# of the extension), same shipped rows, and the user's rows untouched. Runs against the cluster
# of run_tests.sh, after make install put the released scripts and the upgrade scripts in place.
set -euo pipefail
cd "$(dirname "$0")/../.."
PG_BINDIR=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
psql_q() { "$PG_BINDIR/psql" -X -v ON_ERROR_STOP=1 -qAt "$@"; }
fresh=uh_upgrade_fresh; upgraded=uh_upgrade_old
work=$(mktemp -d /tmp/uh_upgrade.XXXXXX)
trap 'rm -rf "$work"; psql_q -d postgres -c "DROP DATABASE IF EXISTS $fresh" -c "DROP DATABASE IF EXISTS $upgraded" >/dev/null 2>&1 || true' EXIT

# Every member of the extension with its definition; OIDs and sequence positions (which differ
# between databases, and the user rows move them) out.
definitions() {
    "$PG_BINDIR/pg_dump" --schema-only --binary-upgrade --no-owner -d "$1" |
        grep -v -e 'binary_upgrade_set_' -e '^--' -e '^$' -e '^\\restrict' -e '^\\unrestrict' \
                -e '^SELECT pg_catalog.setval(' -e '^UPDATE pg_catalog.pg_class$' -e '^SET relfrozenxid = ' -e "^WHERE oid = '" |
        sed -e "s/'{[0-9,]*}'/'{oids}'/g"
}
# The shipped rows (ids below 100000) of the shipped tables, and user rows of every table.
contents() {
    psql_q -d "$1" <<'SQL'
SELECT 'question_bank ' || md5(string_agg(q::text, '|' ORDER BY id)) FROM question_bank q;
SELECT 'learning_resources ' || md5(string_agg(r::text, '|' ORDER BY id)) FROM learning_resources r;
SELECT 'interview_sessions ' || count(*) || ' ' || md5(coalesce(string_agg(s::text, '|' ORDER BY id), '')) FROM interview_sessions s;
SELECT 'interview_answers ' || count(*) || ' ' || md5(coalesce(string_agg(a::text, '|' ORDER BY id), '')) FROM interview_answers a;
SQL
}

version=$(sed -n 's/^EXTVERSION *= *//p' Makefile)
failed=0
for old in released/utopiahire_interview--*.sql; do
    v=${old#released/utopiahire_interview--}; v=${v%.sql}
    [ "$v" = "$version" ] && continue
    psql_q -d postgres -c "DROP DATABASE IF EXISTS $fresh" -c "DROP DATABASE IF EXISTS $upgraded" \
                       -c "CREATE DATABASE $fresh" -c "CREATE DATABASE $upgraded"
    psql_q -d "$fresh" -c "CREATE EXTENSION utopiahire_interview"
    psql_q -d "$upgraded" -c "CREATE EXTENSION utopiahire_interview VERSION '$v'"
    # A user's interview in progress under the old version, carried through the update.
    psql_q -d "$upgraded" >/dev/null <<'SQL'
INSERT INTO question_bank (question_text, question_type, difficulty_level, key_points)
VALUES ('Explain an index.', 'technical', 'mid', '{"must_mention": ["faster lookups", "write cost"]}');
INSERT INTO interview_sessions (user_id, session_type, difficulty_level, total_questions, status)
VALUES (7, 'technical', 'mid', 1, 'in_progress');
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT s.id, q.id, 1 FROM interview_sessions s, question_bank q WHERE q.id >= 100000;
SQL
    psql_q -d "$upgraded" -c "INSERT INTO interview_answers (interview_question_id, user_answer)
                              SELECT id, 'An index gives faster lookups at a write cost.' FROM interview_questions" >/dev/null
    contents "$upgraded" | grep interview_ > "$work/user_before"
    psql_q -d "$upgraded" -c "ALTER EXTENSION utopiahire_interview UPDATE"
    got=$(psql_q -d "$upgraded" -c "SELECT extversion FROM pg_extension WHERE extname = 'utopiahire_interview'")
    if [ "$got" != "$version" ]; then echo "update from $v reached $got, not $version"; failed=1; continue; fi
    definitions "$fresh" > "$work/fresh.sql"
    definitions "$upgraded" > "$work/upgraded.sql"
    if ! diff -u "$work/fresh.sql" "$work/upgraded.sql" > "$work/diff"; then
        echo "update $v -> $version differs from a fresh $version install:"; head -40 "$work/diff"; failed=1
    fi
    contents "$upgraded" | grep interview_ > "$work/user_after"
    if ! diff "$work/user_before" "$work/user_after"; then echo "update $v -> $version changed user rows"; failed=1; fi
    psql_q -d "$upgraded" -c "DELETE FROM interview_answers; DELETE FROM interview_questions; DELETE FROM interview_sessions;
                              DELETE FROM question_bank WHERE id >= 100000"
    if ! diff <(contents "$fresh" | grep -v interview_) <(contents "$upgraded" | grep -v interview_); then
        echo "update $v -> $version: shipped rows differ from a fresh install"; failed=1
    fi
    # The upgraded installation works: answer scoring and the lifecycle functions.
    psql_q -d "$upgraded" -c "SELECT (analyze_answer('An index speeds up lookups', 1))->>'completeness_score'" >/dev/null ||
        { echo "update $v -> $version: analyze_answer fails"; failed=1; }
    [ $failed -eq 0 ] && echo "upgrade $v -> $version: same definitions and shipped rows as a fresh install, user rows kept"
done
exit $failed
