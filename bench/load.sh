#!/usr/bin/env bash
# load.sh - `cnkg load` of an N-Quads file into a fresh store directory
# (its private Virtuoso) against Virtuoso's own bulk loader (ld_dir +
# rdf_loader_run + checkpoint) on the same file in a fresh database of its
# own (both servers started before the clock), the two in turn --runs times, because on a shared machine one run of
# either swings by half. Reports each run's wall times, their ratio and
# cnkg's peak RSS (its own process; Virtuoso's is the server's), then the
# median ratio. Nothing is asserted: a benchmark reports.
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
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
since() { awk -v a="$(now)" -v b="$1" 'BEGIN {printf "%.2f", a - b}'; }

quads=$(wc -l <"$input")
echo "input: $quads quads, $(du -m "$input" | cut -f1) MB ($input); machine: $(nproc) cores," \
    "load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%F)"
printf '%-4s %10s %10s %8s %12s\n' run cnkg_s peer_s ratio cnkg_rss_MB
ratios=""
for run in $(seq 1 "$runs"); do
    # cnkg: a fresh store whose server has started before the clock, as
    # the peer's has (one triple loaded to make it)
    "$cnkg" store stop --store "$dir/store" >/dev/null 2>&1 || true
    rm -rf "$dir/store"
    echo '<urn:bench:s> <urn:bench:p> "warm-up" <urn:bench:g> .' >"$dir/warm.nq"
    CNKG_STORE_MEMORY_LIMIT=0 "$cnkg" load "$dir/warm.nq" --store "$dir/store" || die "cnkg load failed"
    t0=$(now)
    /usr/bin/time -f '%M' -o "$dir/rss" "$cnkg" load "$input" --store "$dir/store" ||
        die "cnkg load failed"
    mine=$(since "$t0")
    rss=$(awk '{printf "%.0f", $1 / 1024}' "$dir/rss")
    "$cnkg" store stop --store "$dir/store" >/dev/null
    # the peer: a fresh database, started before the clock
    "$here/scripts/virtuoso.sh" stop "$dir/peer" >/dev/null 2>&1 || true
    rm -rf "$dir/peer"
    url=$("$here/scripts/virtuoso.sh" start "$dir/peer")
    sql=${url##*sql=}
    cp "$input" "$dir/peer/incoming/input.nq"
    t0=$(now)
    isql-vt "127.0.0.1:$sql" dba dba \
        exec="ld_dir('$dir/peer/incoming', 'input.nq', 'urn:bench'); rdf_loader_run(); checkpoint;" \
        >"$dir/peer.log" 2>&1 || die "Virtuoso's bulk loader failed: $(tail -3 "$dir/peer.log")"
    theirs=$(since "$t0")
    "$here/scripts/virtuoso.sh" stop "$dir/peer" >/dev/null
    ratio=$(awk -v a="$mine" -v b="$theirs" 'BEGIN {printf "%.2f", a / b}')
    ratios="$ratios $ratio"
    printf '%-4s %10s %10s %8s %12s\n' "$run" "$mine" "$theirs" "$ratio" "$rss"
done
echo "median cnkg / Virtuoso's loader: $(printf '%s\n' $ratios | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')x"
