-- The installed schema against the spec: columns, types, defaults, checks, keys, indexes.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

SELECT table_name, column_name,
       CASE WHEN data_type = 'character varying' THEN 'varchar(' || character_maximum_length || ')'
            WHEN data_type IN ('ARRAY', 'USER-DEFINED') THEN udt_name
            ELSE data_type END AS type,
       is_nullable, column_default
  FROM information_schema.columns
 WHERE table_schema = 'public'
   AND table_name IN ('question_bank', 'interview_sessions', 'interview_questions',
                      'interview_answers', 'interview_feedback', 'learning_resources')
 ORDER BY table_name, ordinal_position;

-- Every check, unique, primary and foreign key.
SELECT conrelid::regclass AS "table", contype, pg_get_constraintdef(oid) AS definition
  FROM pg_constraint
 WHERE conrelid IN ('question_bank'::regclass, 'interview_sessions'::regclass,
                    'interview_questions'::regclass, 'interview_answers'::regclass,
                    'interview_feedback'::regclass, 'learning_resources'::regclass)
 ORDER BY conrelid::regclass::text, contype, 3;

-- The spec's 15 named indexes, exactly as it writes them.
SELECT indexname, indexdef
  FROM pg_indexes
 WHERE schemaname = 'public' AND indexname LIKE 'idx\_%' AND tablename <> 'learning_resources'
 ORDER BY indexname;
SELECT count(*) AS spec_indexes FROM pg_indexes
 WHERE schemaname = 'public' AND indexname LIKE 'idx\_%' AND tablename <> 'learning_resources';

-- Every table belongs to the extension (DROP EXTENSION removes exactly these) and is
-- registered with pg_extension_config_dump with its sequence, so pg_dump keeps its rows.
-- (Not _question_bank_version and _question_bank_changes: internal state of sample_questions,
-- re-created by CREATE EXTENSION.)
SELECT c.relname, c.relkind,
       c.oid = ANY (e.extconfig) AS dump_registered,
       e.extcondition[array_position(e.extconfig, c.oid)] AS dump_filter
  FROM pg_depend d
  JOIN pg_class c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
  JOIN pg_extension e ON e.oid = d.refobjid
 WHERE e.extname = 'utopiahire_interview' AND d.deptype = 'e' AND c.relkind IN ('r', 'S')
 ORDER BY c.relkind, c.relname;

-- User rows are numbered above the ids reserved for shipped rows.
INSERT INTO question_bank (question_text, question_type, difficulty_level)
VALUES ('What is a deadlock?', 'technical', 'junior') RETURNING id >= 100000 AS user_range, language, usage_count, region;

-- Fresh database: no users/resumes tables, so no foreign keys to them; the module still works.
SELECT conname FROM pg_constraint
 WHERE conrelid = 'interview_sessions'::regclass AND contype = 'f';
INSERT INTO interview_sessions (user_id, session_type, status) VALUES (7, 'mixed', 'in_progress') RETURNING id, user_id, status;

-- With the platform's users and resumes tables present, the spec's foreign keys point at them,
-- and DROP EXTENSION leaves those tables (and their rows) alone.
SET client_min_messages = warning;
DROP EXTENSION utopiahire_interview CASCADE;
RESET client_min_messages;
CREATE TABLE users (id SERIAL PRIMARY KEY, email text);
CREATE TABLE resumes (id SERIAL PRIMARY KEY, user_id int REFERENCES users(id));
INSERT INTO users DEFAULT VALUES;
INSERT INTO resumes (user_id) VALUES (1);
CREATE EXTENSION utopiahire_interview;
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
 WHERE conrelid = 'interview_sessions'::regclass AND contype = 'f' ORDER BY 1;
INSERT INTO interview_sessions (user_id, resume_id, session_type, status) VALUES (1, 1, 'mixed', 'in_progress');
INSERT INTO interview_sessions (user_id, session_type, status) VALUES (999, 'mixed', 'in_progress');
DELETE FROM resumes;
SELECT user_id, resume_id FROM interview_sessions;
DELETE FROM users;
SELECT count(*) AS sessions_after_user_deleted FROM interview_sessions;
DROP EXTENSION utopiahire_interview;
SELECT to_regclass('users') AS users, to_regclass('resumes') AS resumes, to_regclass('question_bank') AS question_bank;
DROP TABLE resumes, users;

-- Installing into another schema keeps everything there.
CREATE SCHEMA interview;
CREATE EXTENSION utopiahire_interview SCHEMA interview;
SELECT count(*) AS tables_in_schema FROM pg_tables WHERE schemaname = 'interview';
SELECT interview.interview_overall_score(85, 78, 90, 82, 88);
DROP EXTENSION utopiahire_interview;
DROP SCHEMA interview;
