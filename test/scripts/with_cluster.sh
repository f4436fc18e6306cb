#!/usr/bin/env bash
# Development helper: build, install, start a throwaway cluster, run the given command with
# PGHOST/PGPORT/PGUSER set, stop the cluster. Example: test/scripts/with_cluster.sh psql -c 'select 1'
source "$(dirname "$0")/lib.sh"
cd "$UH_ROOT"
make -s -j2 >/dev/null
uh_install
uh_cluster_start
"$@"
