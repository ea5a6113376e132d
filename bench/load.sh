#!/usr/bin/env bash
# load.sh - `cnkg load` of an N-Quads file into a fresh store directory
# (its private Virtuoso) against Virtuoso's own bulk loader (ld_dir +
# rdf_loader_run + checkpoint) on the same file in a fresh database of its
# own (both servers started before the clock), the two in turn --runs
# times, because on a shared machine one run of either swings by half.
# Reports each run's wall times, their ratio, the CPU each way (the
# server's, plus cnkg's own and its isql's for cnkg: CPU swings less than
# wall time when other work shares the cores) and cnkg's peak RSS (its own
# process and its children; Virtuoso's is the server's), then the median
# ratios. Nothing is asserted: a benchmark reports. The load is the
# default one: since 2026-12-04 the store's TDB2 copy is built at the
# first query that needs it (CNKG_STORE_JENA=load builds it here).
#
# Usage: bench/load.sh [--runs N] [--cnkg PATH] [--dir DIR] FILE.nq
#   --runs N      pairs of runs (default 3; odd, for the median)
#   --cnkg PATH   the binary (default build/cnkg), e.g. an older build to compare
#   --dir DIR     work folder, kept (default: a temporary one, removed)
# Make FILE.nq with cnkg extract -f nquads (bench/archive.sh does the same
# stage on the whole news corpus). Needs /usr/bin/time and Virtuoso
# (scripts/virtuoso.sh install).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cnkg=$here/build/cnkg runs=3 dir=""
while [ $# -gt 0 ]; do
    case $1 in
    --runs) runs=$2; shift 2 ;;
    --cnkg) cnkg=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    -h | --help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "bench/load.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
    esac
done
die() { echo "bench/load.sh: $*" >&2; exit 1; }
[ $# -eq 1 ] && [ -s "$1" ] || die "give an N-Quads file"
input=$(realpath "$1")
. "$here/bench/lib/store.sh"
bench_store_needs
bench_store_dir
now() { date +%s.%N; }
# server_cpu LOCKFILE: user + system seconds of the Virtuoso that wrote it
server_cpu() {
    awk -v t="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / t}' \
        "/proc/$(sed -n 's/^VIRT_PID=//p' "$1")/stat"
}
since() { awk -v a="$(now)" -v b="$1" 'BEGIN {printf "%.2f", a - b}'; }

quads=$(wc -l <"$input")
echo "input: $quads quads, $(du -m "$input" | cut -f1) MB ($input); machine: $(nproc) cores," \
    "load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%F)"
printf '%-4s %10s %10s %8s %10s %10s %8s %12s\n' run cnkg_s peer_s ratio cnkg_cpu peer_cpu ratio cnkg_rss_MB
ratios="" cpu_ratios=""
for run in $(seq 1 "$runs"); do
    # cnkg: a fresh store whose server has started before the clock, as
    # the peer's has (one triple loaded to make it)
    "$cnkg" store stop --store "$dir/store" >/dev/null 2>&1 || true
    rm -rf "$dir/store"
    echo '<urn:bench:s> <urn:bench:p> "warm-up" <urn:bench:g> .' >"$dir/warm.nq"
    CNKG_STORE_MEMORY_LIMIT=0 "$cnkg" load "$dir/warm.nq" --store "$dir/store" || die "cnkg load failed"
    c0=$(server_cpu "$dir/store/virtuoso/db/virtuoso.lck")
    t0=$(now)
    /usr/bin/time -f '%M %U %S' -o "$dir/rss" "$cnkg" load "$input" --store "$dir/store" ||
        die "cnkg load failed"
    mine=$(since "$t0")
    mine_cpu=$(awk -v a="$(server_cpu "$dir/store/virtuoso/db/virtuoso.lck")" -v b="$c0" \
        '{printf "%.2f", a - b + $2 + $3}' "$dir/rss")
    rss=$(awk '{printf "%.0f", $1 / 1024}' "$dir/rss")
    "$cnkg" store stop --store "$dir/store" >/dev/null
    # the peer: a fresh database, started before the clock
    "$here/scripts/virtuoso.sh" stop "$dir/peer" >/dev/null 2>&1 || true
    rm -rf "$dir/peer"
    url=$("$here/scripts/virtuoso.sh" start "$dir/peer")
    sql=${url##*sql=}
    cp "$input" "$dir/peer/incoming/input.nq"
    c0=$(server_cpu "$dir/peer/db/virtuoso.lck")
    t0=$(now)
    isql-vt "127.0.0.1:$sql" dba dba \
        exec="ld_dir('$dir/peer/incoming', 'input.nq', 'urn:bench'); rdf_loader_run(); checkpoint;" \
        >"$dir/peer.log" 2>&1 || die "Virtuoso's bulk loader failed: $(tail -3 "$dir/peer.log")"
    theirs=$(since "$t0")
    theirs_cpu=$(awk -v a="$(server_cpu "$dir/peer/db/virtuoso.lck")" -v b="$c0" 'BEGIN {printf "%.2f", a - b}')
    "$here/scripts/virtuoso.sh" stop "$dir/peer" >/dev/null
    ratio=$(awk -v a="$mine" -v b="$theirs" 'BEGIN {printf "%.2f", a / b}')
    cpu_ratio=$(awk -v a="$mine_cpu" -v b="$theirs_cpu" 'BEGIN {printf "%.2f", a / b}')
    ratios="$ratios $ratio" cpu_ratios="$cpu_ratios $cpu_ratio"
    printf '%-4s %10s %10s %8s %10s %10s %8s %12s\n' "$run" "$mine" "$theirs" "$ratio" \
        "$mine_cpu" "$theirs_cpu" "$cpu_ratio" "$rss"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
echo "median cnkg / Virtuoso's loader: $(median $ratios)x wall, $(median $cpu_ratios)x CPU"
