# Shared set-up for make test / make demo / make bench: install missing Debian packages, build,
# and run a throwaway PostgreSQL 15 cluster. Sourced, not run.
set -euo pipefail

UH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
UH_PACKAGES=(postgresql-15 postgresql-contrib postgresql-server-dev-15 nlohmann-json3-dev
             libgtest-dev libbenchmark-dev cmake g++ make jq wordnet-base)
PG_BINDIR=/usr/lib/postgresql/15/bin

uh_log() { printf '== %s\n' "$*" >&2; }

# Installs whatever of UH_PACKAGES (plus "$@") is missing, with apt, as root.
uh_install_deps() {
    local missing=() pkg
    for pkg in "${UH_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing packages: ${missing[*]} (run as root, or install them with apt)" >&2
        return 1
    fi
    uh_log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null; }
}

# Builds the extension (PGXS) and the core's unit tests and benchmarks (CMake, in build/).
uh_build() {
    uh_log "building"
    make -C "$UH_ROOT" -s -j2 >/dev/null
    cmake -S "$UH_ROOT" -B "$UH_ROOT/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$UH_ROOT/build" -j2 >/dev/null
}

# Runs a command as the postgres user when we are root (initdb and postgres refuse root).
uh_as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Installs the extension into a private copy of the PostgreSQL 15 installation (PostgreSQL
# finds its share and lib directories relative to its binaries), so tests never touch the
# system's installation and several work trees can test at once.
uh_install() {
    UH_PGTREE=$(mktemp -d /tmp/uh_pgtree.XXXXXX)
    chmod 755 "$UH_PGTREE"
    mkdir -p "$UH_PGTREE/usr/lib/postgresql" "$UH_PGTREE/usr/share/postgresql"
    cp -a /usr/lib/postgresql/15 "$UH_PGTREE/usr/lib/postgresql/"
    cp -a /usr/share/postgresql/15 "$UH_PGTREE/usr/share/postgresql/"
    export PG_BINDIR=$UH_PGTREE/usr/lib/postgresql/15/bin
    trap uh_cleanup EXIT
    uh_log "installing the extension into $UH_PGTREE"
    make -C "$UH_ROOT" -s install DESTDIR="$UH_PGTREE" >/dev/null
}

# Starts a throwaway cluster; exports PGHOST/PGPORT/PGUSER/PGDATABASE for psql and pg_regress.
uh_cluster_start() {
    UH_CLUSTER=$(mktemp -d /tmp/uh_cluster.XXXXXX)
    chmod 755 "$UH_CLUSTER"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$UH_CLUSTER"
    uh_as_pg "$PG_BINDIR/initdb" -D "$UH_CLUSTER/data" -A trust -U postgres -E UTF8 \
        --locale=C.UTF-8 >"$UH_CLUSTER/initdb.log" 2>&1 ||
        { cat "$UH_CLUSTER/initdb.log" >&2; return 1; }
    local port
    for port in $(shuf -i 20000-60000 -n 20); do
        if uh_as_pg "$PG_BINDIR/pg_ctl" -D "$UH_CLUSTER/data" -l "$UH_CLUSTER/server.log" -w -s \
            -o "-p $port -k $UH_CLUSTER -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=40 -c shared_buffers=256MB" \
            start >/dev/null 2>&1; then
            export PGHOST=$UH_CLUSTER PGPORT=$port PGUSER=postgres PGDATABASE=postgres
            uh_log "cluster on port $port"
            return 0
        fi
    done
    cat "$UH_CLUSTER/server.log" >&2
    return 1
}

uh_cleanup() {
    uh_cluster_stop
    [ -n "${UH_PGTREE:-}" ] && rm -rf "$UH_PGTREE"
    UH_PGTREE=
}

uh_cluster_stop() {
    [ -n "${UH_CLUSTER:-}" ] || return 0
    uh_as_pg "$PG_BINDIR/pg_ctl" -D "$UH_CLUSTER/data" -m fast -w -s stop >/dev/null 2>&1 || true
    rm -rf "$UH_CLUSTER"
    UH_CLUSTER=
}
