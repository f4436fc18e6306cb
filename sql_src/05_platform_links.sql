-- users and resumes belong to other parts of the platform. Where they exist (in this schema
-- or in public) the session foreign keys of the spec point at them; where they do not, the
-- module works without them and this function can add the keys once they appear.
CREATE FUNCTION interview_link_platform_tables() RETURNS text[]
LANGUAGE plpgsql SET search_path = @extschema@, pg_catalog AS $$
DECLARE
    linked text[] := '{}';
    target regclass;
BEGIN
    target := coalesce(to_regclass(format('%I.users', '@extschema@')), to_regclass('public.users'));
    IF target IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'interview_sessions_user_id_fkey'
           AND conrelid = 'interview_sessions'::regclass) THEN
        EXECUTE format('ALTER TABLE interview_sessions ADD CONSTRAINT interview_sessions_user_id_fkey
                        FOREIGN KEY (user_id) REFERENCES %s(id) ON DELETE CASCADE', target);
        linked := linked || target::text;
    END IF;
    target := coalesce(to_regclass(format('%I.resumes', '@extschema@')), to_regclass('public.resumes'));
    IF target IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'interview_sessions_resume_id_fkey'
           AND conrelid = 'interview_sessions'::regclass) THEN
        EXECUTE format('ALTER TABLE interview_sessions ADD CONSTRAINT interview_sessions_resume_id_fkey
                        FOREIGN KEY (resume_id) REFERENCES %s(id) ON DELETE SET NULL', target);
        linked := linked || target::text;
    END IF;
    RETURN linked;
END $$;
COMMENT ON FUNCTION interview_link_platform_tables() IS
    'Adds the foreign keys from interview_sessions to users(id) and resumes(id) when those tables exist; returns the tables linked';
REVOKE ALL ON FUNCTION interview_link_platform_tables() FROM PUBLIC;

SELECT interview_link_platform_tables();
