-- The C++/PostgreSQL boundary: every kind of C++ failure becomes a clean ERROR with its
-- SQLSTATE, the transaction rolls back, and the backend (and server) keep running.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;
CREATE TEMP TABLE server_before AS SELECT pg_postmaster_start_time() AS started, pg_backend_pid() AS pid;
\set VERBOSITY sqlstate
SELECT _interview_guard_selftest('none');
SELECT _interview_guard_selftest('invalid_argument');
SELECT _interview_guard_selftest('malformed_json');
SELECT _interview_guard_selftest('program_limit');
SELECT _interview_guard_selftest('bad_alloc');
SELECT _interview_guard_selftest('runtime_error');
SELECT _interview_guard_selftest('unknown');
SELECT _interview_guard_selftest('no such kind');
\set VERBOSITY default
SELECT _interview_guard_selftest('runtime_error');
SELECT _interview_guard_selftest('invalid_argument');
-- Inside a transaction: the error aborts it cleanly, a savepoint recovers.
BEGIN;
SELECT 1 AS before_failure;
SAVEPOINT s;
SELECT _interview_guard_selftest('unknown');
ROLLBACK TO SAVEPOINT s;
SELECT _interview_guard_selftest('none') AS after_recovery;
COMMIT;
-- Same backend, no restart: the session's state survived every failure above.
SELECT started = pg_postmaster_start_time() AS server_not_restarted, pid = pg_backend_pid() AS same_backend
  FROM server_before;
SELECT count(*) AS failures_in_loop FROM generate_series(1, 3) g
 WHERE (SELECT _interview_guard_selftest('none')) = 'ok';
-- Internal helpers are not granted to PUBLIC.
SELECT has_function_privilege('public', '_interview_guard_selftest(text)', 'EXECUTE') AS public_can_execute;
