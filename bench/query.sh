#!/usr/bin/env bash
# query.sh [SIZES] - the store against Oxigraph, on this machine, in one run.
# For each size (triples; default "10000 100000 1000000") it generates a
# synthetic cnkg-shaped graph (bench/query-gen.sh), loads it into a fresh
# default store (a directory: in memory up to 20,000 triples, the private
# Virtuoso past that), times the queries bench/query-*.rq through
# `cnkg query --store` (best of 3, after one warm-up run) and through
# Oxigraph in memory (npm package oxigraph, installed into the work
# directory), and prints the times and the ratios cnkg/Oxigraph.
# Env: CNKG (default build/cnkg), WORK (default /tmp/cnkg-bench-query).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cnkg=${CNKG:-$here/../build/cnkg}
work=${WORK:-/tmp/cnkg-bench-query}
sizes=${1:-10000 100000 1000000}
queries=("$here"/query-join.rq "$here"/query-origin.rq "$here"/query-sources.rq)
mkdir -p "$work"
if [ ! -d "$work/npm/node_modules/oxigraph" ]; then
    npm install --silent --no-audit --no-fund --prefix "$work/npm" oxigraph >/dev/null
fi
export NODE_PATH="$work/npm/node_modules"

now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc -l | xargs printf '%.3f'; }

printf '%-9s %-8s %-14s %9s %9s %7s  %s\n' triples query engine cnkg_s oxigraph_s ratio rows
for n in $sizes; do
    data="$work/g$n.nq"
    [ -s "$data" ] || "$here/query-gen.sh" "$n" >"$data"
    store="$work/store$n"
    "$cnkg" store stop --store "$store" >/dev/null 2>&1 || true
    rm -rf "$store"
    t0=$(now)
    "$cnkg" load "$data" --store "$store"
    load_s=$(secs "$t0" "$(now)")
    oxi=$(node "$here/query-oxigraph.js" --repeat 3 "$data" -- "${queries[@]}")
    printf '%-9s %-8s %-14s %9s %9s\n' "$n" load "" "$load_s" "$(echo "$oxi" | awk '/^load/ {print $2}')"
    for q in "${queries[@]}"; do
        name=$(basename "$q" .rq)
        name=${name#query-}
        engine=$("$cnkg" query --store "$store" -v -r csv @"$q" 2>&1 >/dev/null | sed -n 's/^cnkg query: engine: \([a-z]*\).*/\1/p')
        best=
        for _ in 1 2 3; do
            t0=$(now)
            rows=$("$cnkg" query --store "$store" -r csv @"$q" | tail -n +2 | wc -l)
            t=$(secs "$t0" "$(now)")
            if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
        done
        o=$(echo "$oxi" | awk -v q="query-$name" '$1 == q {print $2, $3}')
        ot=${o% *}
        orows=${o#* }
        ratio=$(echo "$best / ($ot + 0.0005)" | bc -l | xargs printf '%.2f')
        printf '%-9s %-8s %-14s %9s %9s %7s  %s\n' "$n" "$name" "$engine" "$best" "$ot" "$ratio" \
            "$rows/$orows"
    done
    "$cnkg" store stop --store "$store" >/dev/null 2>&1 || true
done
