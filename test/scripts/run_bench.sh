#!/usr/bin/env bash
# make bench: the core's micro-benchmarks, then every test/bench/*.sh against a throwaway
# cluster. Each prints its own figures. UH_BENCH_DATA points at the labelled data (default
# ../shared/bench beside the checkout).
source "$(dirname "$0")/lib.sh"
cd "$UH_ROOT"
export UH_BENCH_DATA=${UH_BENCH_DATA:-$(cd "$UH_ROOT/.." && pwd)/shared/bench}
uh_install_deps postgresql-contrib
uh_build
if [ -x build/core_bench ]; then
    uh_log "core micro-benchmarks"
    build/core_bench --benchmark_min_time=0.2
fi
uh_install
uh_cluster_start
for bench in test/bench/*.sh; do
    [ -e "$bench" ] || continue
    uh_log "$(basename "$bench")"
    bash "$bench"
done
