# The questions and answers of the validation sets as two tables, for the checks that score a
# question against answers written for other questions: test/scripts/check_cross_answers.sh
# (make test) and test/bench/cross_pairs.sh (make bench). Sourced, not run (run_bench.sh runs
# only test/bench/*.sh).

# The validation sets of test/bench/data (see its README), tuned on. Never a test set: what is
# measured on cross pairs is tuned on, so the test sets (holdout6, holdout8, holdout10, holdout11) stay out.
UH_VALIDATION_SETS=(holdout holdout2 holdout3 holdout4 holdout5 holdout7 holdout9)

# Prints the psql script that loads the validation sets, and the shared dev set when its file is
# given as $1, into raw (s, doc) and builds from it
#   q (qk, doc, config): every question; qk is set/qid, config the text search configuration of
#     its language;
#   a (ak, qk, style, answer, labels, config): every answer; ak is set/aid, qk its question's,
#     config its question's.
uh_validation_tables_sql() {
    local dir s
    dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/data
    local -a files=()
    [ -n "${1:-}" ] && files+=("dev=$1")
    for s in "${UH_VALIDATION_SETS[@]}"; do files+=("$s=$dir/interview_$s.jsonl"); done
    echo "CREATE TABLE raw (s text, doc jsonb);"
    echo "CREATE TEMP TABLE one (doc jsonb);"
    for s in "${files[@]}"; do
        # JSON lines read as CSV with quote and delimiter bytes that never occur in them.
        echo "\\copy one (doc) FROM '${s#*=}' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
        echo "INSERT INTO raw SELECT '${s%%=*}', doc FROM one; TRUNCATE one;"
    done
    cat <<'SQL'
CREATE TABLE q AS
SELECT s || '/' || (doc->>'qid') AS qk, doc,
       (CASE doc->>'language' WHEN 'fr' THEN 'french' WHEN 'ar' THEN 'arabic' ELSE 'english' END)::regconfig AS config
  FROM raw WHERE doc->>'kind' = 'question';
CREATE TABLE a AS
SELECT r.s || '/' || (r.doc->>'aid') AS ak, r.s || '/' || (r.doc->>'qid') AS qk, r.doc->>'style' AS style,
       r.doc->>'answer' AS answer, r.doc->'labels' AS labels, q.config
  FROM raw r JOIN q ON q.qk = r.s || '/' || (r.doc->>'qid') WHERE r.doc->>'kind' = 'answer';
SQL
}
