#!/usr/bin/env bash
# make bench: answer analysis on the labelled data in $UH_BENCH_DATA (read from there, never
# copied into the project): quality figures, time per analysed answer, and insert throughput
# of scored answers against the spec's unscored flow. Runs against the cluster of run_bench.sh.
# The interview measures also run on the project's own labelled sets (test/bench/data/, see its
# README): "Interview held-out" and "Interview held-out 2 .. 5 (validation)" are validation sets
# that are tuned on; a set titled "(test)" is a held-out test set nobody tunes on, the honest
# estimate on unseen questions.
# Its parts live in test/bench/analysis/ (run_bench.sh runs only test/bench/*.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${UH_BENCH_DATA:?UH_BENCH_DATA must point at the bench data}
psql=("$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1)
db=uh_bench_analysis

"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export PGDATABASE=$db
# JSON lines loaded as CSV with quote and delimiter bytes that never occur in them.
"${psql[@]}" <<SQL
CREATE EXTENSION utopiahire_interview;
CREATE TABLE bench_mohler (doc jsonb);
CREATE TABLE bench_interview (doc jsonb);
CREATE TABLE bench_holdout (doc jsonb);
CREATE TABLE bench_holdout2 (doc jsonb);
CREATE TABLE bench_holdout3 (doc jsonb);
CREATE TABLE bench_holdout4 (doc jsonb);
CREATE TABLE bench_holdout5 (doc jsonb);
CREATE TABLE bench_holdout6 (doc jsonb);
CREATE TABLE bench_holdout7 (doc jsonb);
CREATE TABLE bench_holdout8 (doc jsonb);
CREATE TABLE bench_holdout9 (doc jsonb);
CREATE TABLE bench_holdout10 (doc jsonb);
CREATE TABLE bench_holdout11 (doc jsonb);
\copy bench_mohler (doc) FROM '$data/mohler2011_dev.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_interview (doc) FROM '$data/interview_dev.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout (doc) FROM '$here/data/interview_holdout.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout2 (doc) FROM '$here/data/interview_holdout2.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout3 (doc) FROM '$here/data/interview_holdout3.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout4 (doc) FROM '$here/data/interview_holdout4.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout5 (doc) FROM '$here/data/interview_holdout5.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout6 (doc) FROM '$here/data/interview_holdout6.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout7 (doc) FROM '$here/data/interview_holdout7.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout8 (doc) FROM '$here/data/interview_holdout8.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout9 (doc) FROM '$here/data/interview_holdout9.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout10 (doc) FROM '$here/data/interview_holdout10.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
\copy bench_holdout11 (doc) FROM '$here/data/interview_holdout11.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
SQL

"${psql[@]}" -f "$here/analysis/quality.sql"
"${psql[@]}" -v src=bench_holdout -v "title=Interview held-out" -v prefix=holdout \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -v src=bench_holdout2 -v "title=Interview held-out 2 (validation)" -v prefix=holdout2 \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -v src=bench_holdout3 -v "title=Interview held-out 3 (validation)" -v prefix=holdout3 \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -v src=bench_holdout4 -v "title=Interview held-out 4 (validation)" -v prefix=holdout4 \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -v src=bench_holdout5 -v "title=Interview held-out 5 (validation)" -v prefix=holdout5 \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -v src=bench_holdout6 -v "title=Interview held-out 6 (test)" -v prefix=holdout6 \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -v src=bench_holdout7 -v "title=Interview held-out 7 (validation)" -v prefix=holdout7 \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -v src=bench_holdout8 -v "title=Interview held-out 8 (test)" -v prefix=holdout8 \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -v src=bench_holdout9 -v "title=Interview held-out 9 (validation)" -v prefix=holdout9 \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -v src=bench_holdout10 -v "title=Interview held-out 10 (test)" -v prefix=holdout10 \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -v src=bench_holdout11 -v "title=Interview held-out 11 (test)" -v prefix=holdout11 \
    -f "$here/analysis/interview_quality.sql"
"${psql[@]}" -f "$here/analysis/speed.sql"
bash "$here/analysis/insert.sh"
