#!/usr/bin/env bash
# A released install script is never edited: the script generated from sql_src/ and data/ for
# the current version must equal its frozen copy in released/ once that version is released.
# A change to the schema, functions or shipped data needs a new version (EXTVERSION in the
# Makefile, default_version in the control file) and an upgrade script --OLD--NEW.sql.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^EXTVERSION *= *//p' Makefile)
control=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" utopiahire_interview.control)
[ "$version" = "$control" ] || { echo "Makefile EXTVERSION $version differs from the control file's default_version $control"; exit 1; }
generated=utopiahire_interview--$version.sql
frozen=released/$generated
make -s "$generated" >/dev/null
if [ -f "$frozen" ]; then
    if ! cmp -s "$generated" "$frozen"; then
        echo "the install script of released version $version changed (diff $frozen $generated):"
        diff "$frozen" "$generated" | head -20
        echo "bump EXTVERSION and default_version, and add utopiahire_interview--$version--NEW.sql"
        exit 1
    fi
fi
# The frozen copies themselves are never edited either: released/SHA256SUMS records each one as
# it was released (a new release appends its line).
(cd released && sha256sum --quiet -c SHA256SUMS) || { echo "a released install script was edited (released/SHA256SUMS)"; exit 1; }
for frozen_copy in released/utopiahire_interview--*.sql; do
    grep -q " ${frozen_copy#released/}\$" released/SHA256SUMS || { echo "$frozen_copy is not in released/SHA256SUMS"; exit 1; }
done
# Every older released version has an upgrade path to the current one.
for old in released/utopiahire_interview--*.sql; do
    v=${old#released/utopiahire_interview--}; v=${v%.sql}
    [ "$v" = "$version" ] && continue
    ls utopiahire_interview--"$v"--*.sql >/dev/null 2>&1 || { echo "no upgrade script from released $v"; exit 1; }
done
echo "released scripts: $(ls released | tr '\n' ' ')ok"
