#!/usr/bin/env bash
# make demo: a throwaway cluster, CREATE EXTENSION, and the scripted walk of test/scripts/demo.sql.
source "$(dirname "$0")/lib.sh"
cd "$UH_ROOT"
uh_install_deps
make -s -j2 >/dev/null
uh_install
uh_cluster_start
"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d postgres -f test/scripts/demo.sql
