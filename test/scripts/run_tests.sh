#!/usr/bin/env bash
# make test: unit tests, pg_regress and the scripted checks (test/scripts/check_*.sh) on a
# throwaway cluster; the last line is "N passed, N failed".
source "$(dirname "$0")/lib.sh"
cd "$UH_ROOT"

uh_install_deps
uh_build

passed=0; failed=0

uh_log "unit tests"
unit_out=$(mktemp)
./build/unit_tests --gtest_color=no >"$unit_out" 2>&1 || true
unit_ok=$(grep -c '^\[       OK \]' "$unit_out" || true)
unit_bad=$(grep -cE '^\[  FAILED  \] .+ \([0-9]+ ms\)$' "$unit_out" || true)
if ! grep -q '^\[  PASSED  \]\|^\[  FAILED  \]' "$unit_out"; then unit_bad=$((unit_bad + 1)); fi
grep -E '^\[  FAILED  \]|Failure' "$unit_out" >&2 || true
echo "unit tests: $unit_ok passed, $unit_bad failed"
passed=$((passed + unit_ok)); failed=$((failed + unit_bad))
rm -f "$unit_out"

uh_install
uh_cluster_start

uh_log "pg_regress"
regress_out=$(mktemp)
# Every result built straight into jsonb is also built through pushJsonbValue and compared.
PGOPTIONS="${PGOPTIONS:-} -c utopiahire_interview.check_jsonb=on" make -s installcheck >"$regress_out" 2>&1 || true
cat "$regress_out"
reg_ok=$(grep -cE '\.\.\. ok ' "$regress_out" || true)
reg_bad=$(grep -cE '\.\.\. FAILED|\.\.\. failed' "$regress_out" || true)
if [ "$reg_ok" -eq 0 ] && [ "$reg_bad" -eq 0 ]; then reg_bad=1; fi
[ -f regression.diffs ] && head -c 20000 regression.diffs >&2
passed=$((passed + reg_ok)); failed=$((failed + reg_bad))
rm -f "$regress_out"

for check in test/scripts/check_*.sh; do
    [ -e "$check" ] || continue
    name=$(basename "$check" .sh)
    if out=$(bash "$check" 2>&1); then
        echo "script $name ... ok"; passed=$((passed + 1))
    else
        echo "script $name ... FAILED"; echo "$out" | tail -30 >&2; failed=$((failed + 1))
    fi
done

uh_cluster_stop
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
