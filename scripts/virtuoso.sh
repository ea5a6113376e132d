#!/usr/bin/env bash
# virtuoso.sh install|start|stop|url [DIR] - a Virtuoso of your own for
# `cnkg load/query --store virtuoso://...` (a store directory needs none of
# this: cnkg starts its private Virtuoso itself).
#   install     the Debian package virtuoso-opensource (apt-get; root or sudo)
#   start DIR   a server with its database in DIR (created), listening on
#               127.0.0.1 only, on two ports chosen free; prints the store
#               spec, virtuoso://127.0.0.1:HTTP?sql=SQL (also in DIR/url)
#   stop DIR    stops it (Virtuoso checkpoints first)
#   url DIR     prints the spec of the server running in DIR
# The dba password is the package's default (dba): the server is reachable
# from this machine only. Files to bulk-load go to DIR/incoming.
set -euo pipefail

die() { echo "virtuoso.sh: $*" >&2; exit 1; }

free_port() { # a port nothing listens on, from the ephemeral range's edge
    local p
    for _ in $(seq 1 200); do
        p=$((20000 + RANDOM % 30000))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
    die "no free port found"
}

install() {
    command -v virtuoso-t >/dev/null && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends virtuoso-opensource
    command -v virtuoso-t >/dev/null || die "virtuoso-t still missing after the install"
}

pid_of() { sed -n 's/^VIRT_PID=//p' "$1/db/virtuoso.lck" 2>/dev/null || true; }

start() {
    local dir=$1
    command -v virtuoso-t >/dev/null || die "virtuoso-t not found: run virtuoso.sh install"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    local pid
    pid=$(pid_of "$dir")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        cat "$dir/url"
        return
    fi
    mkdir -p "$dir/db" "$dir/incoming" "$dir/vsp"
    rm -f "$dir/db/virtuoso.lck"
    local http sql
    http=$(free_port)
    sql=$(free_port)
    while [ "$sql" = "$http" ]; do sql=$(free_port); done
    cat >"$dir/virtuoso.ini" <<INI
; written by scripts/virtuoso.sh: loopback only, data in $dir
[Database]
DatabaseFile = $dir/db/virtuoso.db
ErrorLogFile = $dir/db/virtuoso.log
LockFile = $dir/db/virtuoso.lck
TransactionFile = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $dir/db/virtuoso-temp.db
TransactionFile = $dir/db/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:$sql
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., $dir/incoming
NumberOfBuffers = ${VIRTUOSO_BUFFERS:-100000}
MaxDirtyBuffers = ${VIRTUOSO_DIRTY:-75000}
MaxQueryMem = 1G
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = $dir/vsp
MaxClientConnections = 4
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
INI
    (cd "$dir/db" && timeout 180 virtuoso-t +wait +configfile "$dir/virtuoso.ini" \
        >"$dir/start.log" 2>&1) || die "Virtuoso did not start: see $dir/start.log, $dir/db/virtuoso.log"
    echo "virtuoso://127.0.0.1:$http?sql=$sql" | tee "$dir/url"
}

stop() {
    local dir=$1 pid
    pid=$(pid_of "$dir")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid"
    for _ in $(seq 1 600); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
}

case "${1:-}" in
install) install ;;
start) start "${2:?usage: virtuoso.sh start DIR}" ;;
stop) stop "${2:?usage: virtuoso.sh stop DIR}" ;;
url) cat "${2:?usage: virtuoso.sh url DIR}/url" ;;
*) die "usage: virtuoso.sh install|start DIR|stop DIR|url DIR" ;;
esac
