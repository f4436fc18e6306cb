#!/usr/bin/env bash
# sample_questions on a generated bank of 1M questions: median latency of a draw (n = 10, mixed,
# with role and region) against the spec's ORDER BY RANDOM() query with the same filters, in the
# same run; the first (cache-loading) call of a backend; start_interview latency. With
# UH_BENCH_10M=1 the bank then grows to 10M and the draw is measured again (about 5 more minutes
# of generation on a 2-core machine, and 3 GB of disk, so it is not done by default).
# Runs against make bench's throwaway cluster, in its own database.
set -euo pipefail
psql=("$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1)
db=uh_bench_sampling
rows=${UH_BENCH_SAMPLING_ROWS:-1000000}
calls=${UH_BENCH_SAMPLING_CALLS:-2000}
baseline_calls=${UH_BENCH_SAMPLING_BASELINE_CALLS:-31}
work=$(mktemp -d)
trap 'rm -rf "$work"; "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export PGDATABASE=$db

# A generated bank: 5 types, 3 levels, 7 regions, 1-3 of 30 roles (10% role-agnostic), 2-4 of 40
# skills, usage counts 0-50. Row triggers are skipped while generating (replica role); the
# bank's version is bumped by hand afterwards, with the change log marked as not covering it.
generate() {
    local from=$1 to=$2
    "${psql[@]}" <<SQL
SET session_replication_role = replica;
SELECT setseed(0.42 + $from::float8 / 1e9);
INSERT INTO question_bank (question_text, question_type, difficulty_level, category, required_skills,
                           job_roles, region, difficulty_score, usage_count)
SELECT 'Generated question #' || g, t, l, 'Generated', s, r, reg,
       CASE l WHEN 'junior' THEN 2 WHEN 'mid' THEN 5 ELSE 9 END, floor(random() * 51)::int
  FROM (SELECT g, random() AS rt, random() AS rl, random() AS rr, random() AS rg
          FROM generate_series($from, $to) g) x,
       LATERAL (SELECT
           CASE WHEN rt < 0.30 THEN 'technical' WHEN rt < 0.45 THEN 'coding' WHEN rt < 0.55 THEN 'system_design'
                WHEN rt < 0.80 THEN 'behavioral' ELSE 'situational' END AS t,
           CASE WHEN rl < 0.30 THEN 'junior' WHEN rl < 0.75 THEN 'mid' ELSE 'senior' END AS l,
           CASE WHEN rg < 0.50 THEN 'Global' WHEN rg < 0.65 THEN 'MENA' WHEN rg < 0.80 THEN 'Africa'
                WHEN rg < 0.85 THEN 'Tunisia' WHEN rg < 0.90 THEN 'Egypt' WHEN rg < 0.95 THEN 'Morocco'
                ELSE 'Nigeria' END AS reg,
           CASE WHEN rr < 0.10 THEN NULL ELSE
                (SELECT array_agg(DISTINCT (ARRAY['Backend Developer', 'Frontend Developer', 'Full Stack Developer',
                    'Data Scientist', 'Data Engineer', 'DevOps Engineer', 'Mobile Developer', 'QA Engineer',
                    'Security Engineer', 'Machine Learning Engineer', 'Software Architect', 'Tech Lead',
                    'Senior Engineer', 'Product Manager', 'Site Reliability Engineer', 'Cloud Engineer',
                    'Embedded Engineer', 'Game Developer', 'Database Administrator', 'Data Analyst',
                    'UI Designer', 'UX Researcher', 'Network Engineer', 'Systems Administrator',
                    'Blockchain Developer', 'AR/VR Developer', 'Support Engineer', 'Solutions Architect',
                    'Engineering Manager', 'Business Analyst'])[1 + floor(random() * 30)::int])
                   FROM generate_series(1, 1 + floor(rr * 10)::int % 3)) END AS r,
           (SELECT array_agg(DISTINCT (ARRAY['Python', 'SQL', 'Java', 'Go', 'JavaScript', 'TypeScript', 'React',
                    'Node.js', 'Docker', 'Kubernetes', 'AWS', 'Azure', 'GCP', 'PostgreSQL', 'MongoDB', 'Redis',
                    'Kafka', 'Spark', 'Pandas', 'TensorFlow', 'PyTorch', 'C++', 'Rust', 'Kotlin', 'Swift',
                    'Linux', 'Git', 'CI/CD', 'REST', 'GraphQL', 'Microservices', 'Security', 'Testing',
                    'Agile', 'Leadership', 'Communication', 'System Design', 'Algorithms', 'Networking',
                    'i18n'])[1 + floor(random() * 40)::int])
              FROM generate_series(1, 2 + floor(rl * 10)::int % 3)) AS s) y;
RESET session_replication_role;
SQL
}

"${psql[@]}" -c "CREATE EXTENSION utopiahire_interview" -c "TRUNCATE question_bank RESTART IDENTITY CASCADE"
grow_to() {
    local target=$1 have start from to chunk=1000000
    have=$("${psql[@]}" -Atc "SELECT count(*) FROM question_bank")
    start=$(date +%s)
    for ((from = have + 1; from <= target; from += chunk)); do
        to=$((from + chunk - 1)); [ "$to" -gt "$target" ] && to=$target
        generate "$from" "$to" >/dev/null
    done
    "${psql[@]}" -c "UPDATE _question_bank_version SET token = nextval('_question_bank_version_seq'), log_from = currval('_question_bank_version_seq')" \
                 -c "VACUUM ANALYZE question_bank"
    echo "bank: $("${psql[@]}" -Atc "SELECT count(*) FROM question_bank") questions ($("${psql[@]}" -Atc "SELECT pg_size_pretty(pg_total_relation_size('question_bank'))") with indexes), generated in $(( $(date +%s) - start )) s"
}
grow_to "$rows"

# Timing loops, server side: clock_timestamp() around each call, static SQL (cached plans).
"${psql[@]}" <<'SQL'
CREATE FUNCTION bench_median(times float8[]) RETURNS text LANGUAGE sql AS $$
    SELECT format('median %s ms, p90 %s ms (%s calls)',
                  round(percentile_cont(0.5) WITHIN GROUP (ORDER BY t)::numeric, 4),
                  round(percentile_cont(0.9) WITHIN GROUP (ORDER BY t)::numeric, 4), count(*))
      FROM unnest(times) t
$$;
CREATE FUNCTION bench_sample(calls int) RETURNS float8[] LANGUAGE plpgsql AS $$
DECLARE started timestamptz; times float8[] := '{}';
BEGIN
    FOR i IN 1..calls LOOP
        started := clock_timestamp();
        PERFORM count(*) FROM sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA');
        times := times || extract(epoch FROM clock_timestamp() - started)::float8 * 1000;
    END LOOP;
    RETURN times;
END $$;
-- The same draw asking for French questions: on this all-English bank, the worst case of the
-- language fallback (every tier tried in French, then the whole draw in English).
CREATE FUNCTION bench_sample_french(calls int) RETURNS float8[] LANGUAGE plpgsql AS $$
DECLARE started timestamptz; times float8[] := '{}';
BEGIN
    SET LOCAL client_min_messages = warning;   -- its "english fallback" NOTICEs
    FOR i IN 1..calls LOOP
        started := clock_timestamp();
        PERFORM count(*) FROM sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA', language => 'french');
        times := times || extract(epoch FROM clock_timestamp() - started)::float8 * 1000;
    END LOOP;
    RETURN times;
END $$;
-- The spec's mixed query (70% technical, 30% behavioral, ORDER BY RANDOM()) with the same
-- filters as the draw: the type groups, the level, the region plus Global, the role.
CREATE FUNCTION bench_order_by_random(calls int) RETURNS float8[] LANGUAGE plpgsql AS $$
DECLARE started timestamptz; times float8[] := '{}';
BEGIN
    FOR i IN 1..calls LOOP
        started := clock_timestamp();
        PERFORM count(*) FROM (
            (SELECT id, question_text, question_type FROM question_bank
              WHERE question_type IN ('technical', 'coding', 'system_design') AND difficulty_level = 'mid'
                AND region IN ('Global', 'MENA') AND 'Backend Developer' = ANY(job_roles)
              ORDER BY RANDOM() LIMIT 7)
            UNION ALL
            (SELECT id, question_text, question_type FROM question_bank
              WHERE question_type IN ('behavioral', 'situational') AND difficulty_level = 'mid'
                AND region IN ('Global', 'MENA') AND 'Backend Developer' = ANY(job_roles)
              ORDER BY RANDOM() LIMIT 3)) spec;
        times := times || extract(epoch FROM clock_timestamp() - started)::float8 * 1000;
    END LOOP;
    RETURN times;
END $$;
-- The spec's query word for word (question_type 'technical' / 'behavioral' only), for reference.
CREATE FUNCTION bench_spec_literal(calls int) RETURNS float8[] LANGUAGE plpgsql AS $$
DECLARE started timestamptz; times float8[] := '{}';
BEGIN
    FOR i IN 1..calls LOOP
        started := clock_timestamp();
        PERFORM count(*) FROM (
            (SELECT id, question_text, question_type FROM question_bank
              WHERE question_type = 'technical' AND difficulty_level = 'mid'
                AND region IN ('Global', 'MENA') AND 'Backend Developer' = ANY(job_roles)
              ORDER BY RANDOM() LIMIT 7)
            UNION ALL
            (SELECT id, question_text, question_type FROM question_bank
              WHERE question_type = 'behavioral' AND difficulty_level = 'mid'
                AND region IN ('Global', 'MENA') AND 'Backend Developer' = ANY(job_roles)
              ORDER BY RANDOM() LIMIT 3)) spec;
        times := times || extract(epoch FROM clock_timestamp() - started)::float8 * 1000;
    END LOOP;
    RETURN times;
END $$;
CREATE FUNCTION bench_start(calls int) RETURNS float8[] LANGUAGE plpgsql AS $$
DECLARE started timestamptz; times float8[] := '{}';
BEGIN
    FOR i IN 1..calls LOOP
        started := clock_timestamp();
        PERFORM start_interview(i % 500, 'mixed', 'Backend Developer', 'mid', 10, 'MENA');
        times := times || extract(epoch FROM clock_timestamp() - started)::float8 * 1000;
    END LOOP;
    RETURN times;
END $$;
SQL

measure_draw() {
    local baseline_calls=$1
    echo "pool of the draw: $("${psql[@]}" -Atc "SELECT count(*) FILTER (WHERE question_type IN ('technical', 'coding', 'system_design')) || ' technical-group, ' || count(*) FILTER (WHERE question_type IN ('behavioral', 'situational')) || ' behavioral-group questions (mid, MENA or Global, Backend Developer)' FROM question_bank WHERE difficulty_level = 'mid' AND region IN ('Global', 'MENA') AND 'Backend Developer' = ANY(job_roles)")"
    # The first call of a backend loads its cache entries.
    local cold
    cold=$("${psql[@]}" -Atc "SELECT extract(epoch FROM clock_timestamp() - now()) FROM (SELECT count(*) FROM sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA')) x" | awk '{printf "%.1f", $1 * 1000}')
    echo "sample_questions first call in a new backend (cache load): $cold ms"
    "${psql[@]}" -At > "$work/figures" <<SQL
SELECT bench_sample(20);   -- warm-up
SELECT 'ours', bench_median(t), percentile_cont(0.5) WITHIN GROUP (ORDER BY x)
  FROM (SELECT bench_sample($calls) AS t) s, unnest(s.t) x GROUP BY t;
SELECT 'french', bench_median(bench_sample_french(500));
SELECT 'order_by_random', bench_median(t), percentile_cont(0.5) WITHIN GROUP (ORDER BY x)
  FROM (SELECT bench_order_by_random($baseline_calls) AS t) s, unnest(s.t) x GROUP BY t;
SELECT 'spec_literal', bench_median(t), percentile_cont(0.5) WITHIN GROUP (ORDER BY x)
  FROM (SELECT bench_spec_literal($baseline_calls) AS t) s, unnest(s.t) x GROUP BY t;
SQL
    local ours spec
    ours=$(awk -F'|' '$1 == "ours" {print $3}' "$work/figures")
    spec=$(awk -F'|' '$1 == "order_by_random" {print $3}' "$work/figures")
    echo "sample_questions (n=10, mixed, role, region):  $(awk -F'|' '$1 == "ours" {print $2}' "$work/figures")"
    echo "sample_questions, same, language => 'french' (all English: fallback): $(awk -F'|' '$1 == "french" {print $2}' "$work/figures")"
    echo "spec ORDER BY RANDOM(), same filters:          $(awk -F'|' '$1 == "order_by_random" {print $2}' "$work/figures")"
    echo "spec ORDER BY RANDOM(), literal types:         $(awk -F'|' '$1 == "spec_literal" {print $2}' "$work/figures")"
    awk -v a="$spec" -v b="$ours" 'BEGIN {printf "ratio (median ORDER BY RANDOM() / median sample_questions): %.0fx\n", a / b}'
    # A bank edit (100 new questions, 100 questions given another role): the next call of a warm
    # backend patches its cache from the change log instead of reloading it.
    "${psql[@]}" -At <<'SQL'
SELECT count(*) FROM sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA') \g /dev/null
INSERT INTO question_bank (question_text, question_type, difficulty_level, region, job_roles, required_skills)
SELECT 'Edited bank #' || g, 'technical', 'mid', 'MENA', ARRAY['Backend Developer'], ARRAY['Python'] FROM generate_series(1, 100) g;
UPDATE question_bank SET job_roles = job_roles || 'Tech Lead'::text
 WHERE id IN (SELECT id FROM question_bank WHERE 'Backend Developer' = ANY(job_roles) ORDER BY id LIMIT 100);
SELECT 'sample_questions first call after the edit (cache patched): '
       || round(extract(epoch FROM clock_timestamp() - now())::numeric * 1000, 1) || ' ms'
  FROM (SELECT count(*) FROM sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA')) x;
SQL
    # Client side, a query each (parse, plan, round trip included).
    echo "SELECT count(*) FROM sample_questions('Backend Developer', 'mid', 'mixed', 10, 'MENA');" > "$work/sample.sql"
    "$PG_BINDIR/pgbench" -n -c 1 -t 2000 -f "$work/sample.sql" >"$work/pgbench.log" 2>&1 || { cat "$work/pgbench.log"; exit 1; }
    echo "sample_questions via pgbench, 1 client, 2000 queries: $(grep -E '^latency average' "$work/pgbench.log")"
}
measure_draw "$baseline_calls"

# start_interview: server side (one transaction), then through pgbench (a transaction each).
echo "start_interview (n=10, mixed), server side: $("${psql[@]}" -Atc "SELECT bench_median(bench_start(300))")"
cat > "$work/start.sql" <<'SQL'
\set user_id random(1, 5000)
SELECT start_interview(:user_id, 'mixed', 'Backend Developer', 'mid', 10, 'MENA');
SQL
"$PG_BINDIR/pgbench" -n -c 1 -t 500 -f "$work/start.sql" >"$work/pgbench.log" 2>&1 || { cat "$work/pgbench.log"; exit 1; }
echo "start_interview via pgbench, 1 client, 500 transactions: $(grep -E '^latency average' "$work/pgbench.log")"
"$PG_BINDIR/pgbench" -n -c 2 -j 2 -t 1000 -f "$work/start.sql" >"$work/pgbench.log" 2>&1 || { cat "$work/pgbench.log"; exit 1; }
echo "start_interview via pgbench, 2 clients: $(grep -E '^latency average|^tps' "$work/pgbench.log" | tr '\n' ' ')"

if [ "${UH_BENCH_10M:-0}" = 1 ]; then
    grow_to 10000000
    measure_draw 5
fi
