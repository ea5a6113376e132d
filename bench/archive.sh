#!/usr/bin/env bash
# archive.sh - the whole path a user takes with an archive, stage by stage,
# with a peer for each stage in the same run:
#
#   extract  cnkg extract -i jsonl -f nquads, --jobs 1 and all cores
#            peer: @node-rs/jieba's part-of-speech tagger on the same texts
#   load     cnkg load into a fresh store directory (its private Virtuoso)
#            peer: Virtuoso's own bulk loader (ld_dir + rdf_loader_run) on
#            the same N-Quads file, in a fresh database of its own
#            peer: Oxigraph (npm) loading the same file in memory
#   query    every shipped query (queries/*.rq) through cnkg query --store
#            peer: Oxigraph answering the same query; answers compared as
#            sets of rows
#
# For each: wall time, CPU, peak RSS of cnkg's own process and triples per
# second, and the ratios. Nothing is asserted: a benchmark reports.
#
# Usage: bench/archive.sh [--corpus FILE] [--limit N] [--dir DIR] [--cnkg PATH]
#   --corpus FILE  JSON lines (default ../shared/corpus/news/cctv-2022-26.jsonl)
#   --limit N      only the first N stories (a quick run)
#   --dir DIR      work folder, kept (default: a temporary one, removed)
#   --query-runs N each query N times, its median time reported (default 3:
#                  on a shared machine one run of a short query swings by half)
# Needs /usr/bin/time, node and npm (the peers are installed into a cache
# outside the repository), and Virtuoso (scripts/virtuoso.sh install).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cnkg=$here/build/cnkg corpus=$here/../shared/corpus/news/cctv-2022-26.jsonl limit="" dir="" query_runs=3
while [ $# -gt 0 ]; do
    case $1 in
    --corpus) corpus=$2; shift 2 ;;
    --limit) limit=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --cnkg) cnkg=$2; shift 2 ;;
    --query-runs) query_runs=$2; shift 2 ;;
    -h | --help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/archive.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
die() { echo "bench/archive.sh: $*" >&2; exit 1; }
. "$here/bench/lib/store.sh"
bench_store_needs
[ -s "$corpus" ] || die "no corpus at $corpus"
bench_store_dir
mkdir -p "$dir/texts"
if [ -n "$limit" ]; then head -n "$limit" "$corpus" >"$dir/texts/corpus.jsonl"; else ln -sf "$(realpath "$corpus")" "$dir/texts/corpus.jsonl"; fi

node_dir=${CNKG_BENCH_NODE:-${TMPDIR:-/tmp}/cnkg-bench-node}
for pkg in @node-rs/jieba oxigraph; do
    [ -d "$node_dir/node_modules/$pkg" ] && continue
    echo "installing $pkg into $node_dir" >&2
    mkdir -p "$node_dir"
    (cd "$node_dir" && npm install --silent --no-audit --no-fund --no-save @node-rs/jieba oxigraph >&2)
done
export NODE_PATH=$node_dir/node_modules

# measure CMD...: runs it under /usr/bin/time; sets wall, cpu, rss_mb.
measure() {
    /usr/bin/time -v -o "$dir/time.log" "$@"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$dir/time.log")
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$dir/time.log")
    rss_mb=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$dir/time.log")
}
div() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
now() { date +%s.%N; }
row() { printf '%-34s %9s %9s %8s %12s  %s\n' "$@"; }

stories=$(wc -l <"$dir/texts/corpus.jsonl")
echo "corpus: $stories stories of $corpus; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%F)"
row stage wall_s cpu_s rss_MB per_second note

# --- extract ---------------------------------------------------------------------
read -r bytes jcpu jwall _ < <(node "$here/bench/jieba-tag.js" "$dir/texts")
row "jieba tagging (peer)" "$jwall" "$jcpu" "" "$(div "$bytes" "$jcpu" | awk '{printf "%.2f MB/s", $1/1e6}')" "$bytes bytes of text"
measure "$cnkg" extract -q -j 1 -i jsonl -f nquads "$dir/texts/corpus.jsonl" -o "$dir/kg.nq"
triples=$(wc -l <"$dir/kg.nq")
x1_cpu=$cpu x1_wall=$wall
row "cnkg extract --jobs 1" "$wall" "$cpu" "$rss_mb" "$(div "$triples" "$wall") t/s" \
    "$(div "$bytes" "$cpu" | awk '{printf "%.2f", $1/1e6}') MB/s cpu; $triples quads, $(du -m "$dir/kg.nq" | cut -f1) MB"
cores=$(nproc)
measure "$cnkg" extract -q -j "$cores" -i jsonl -f nquads "$dir/texts/corpus.jsonl" -o "$dir/kg-j.nq"
cmp -s "$dir/kg.nq" "$dir/kg-j.nq" && same="same output" || same="OUTPUT DIFFERS"
rm -f "$dir/kg-j.nq"
row "cnkg extract --jobs $cores" "$wall" "$cpu" "$rss_mb" "$(div "$triples" "$wall") t/s" "$(div "$x1_wall" "$wall")x over --jobs 1, $same"
echo "  extraction / jieba per core (cpu): $(div "$jcpu" "$x1_cpu")x"

# --- load ----------------------------------------------------------------------------
measure "$cnkg" load "$dir/kg.nq" --store "$dir/store"
load_wall=$wall
row "cnkg load (private Virtuoso)" "$wall" "$cpu" "$rss_mb" "$(div "$triples" "$wall") t/s" "cpu and RSS are cnkg's own"

"$here/scripts/virtuoso.sh" start "$dir/peer" >"$dir/peer.url"
sql=$(sed -n 's/.*sql=\([0-9]*\).*/\1/p' "$dir/peer.url")
cp "$dir/kg.nq" "$dir/peer/incoming/"
t0=$(now)
isql-vt "127.0.0.1:$sql" dba dba exec="ld_dir('$dir/peer/incoming', 'kg.nq', 'urn:bench'); rdf_loader_run(); checkpoint;" >"$dir/peer.log" 2>&1 ||
    die "Virtuoso's bulk loader failed: $(tail -3 "$dir/peer.log")"
peer_wall=$(awk -v a="$(now)" -v b="$t0" 'BEGIN {printf "%.2f", a - b}')
"$here/scripts/virtuoso.sh" stop "$dir/peer" >/dev/null
row "Virtuoso bulk loader (peer)" "$peer_wall" "" "" "$(div "$triples" "$peer_wall") t/s" "ld_dir + rdf_loader_run + checkpoint"
echo "  cnkg load / Virtuoso's loader (wall): $(div "$load_wall" "$peer_wall")x"

# --- query ----------------------------------------------------------------------------
# Oxigraph answers over the RDF merge of the article graphs: cnkg's graph
# names are dropped and repeated triples removed before it loads them.
mkdir -p "$dir/oxi"
sed 's| <https://w3id.org/cnkg/id/article/[0-9a-f]*> \.$| .|' "$dir/kg.nq" | LC_ALL=C sort -u >"$dir/merged.nt"
oxi=$(node "$here/bench/query-oxigraph.js" --out "$dir/oxi" "$dir/merged.nt" -- "$here"/queries/*.rq)
row "Oxigraph load (peer, in memory)" "$(echo "$oxi" | awk '/^load/ {print $2}')" "" "" \
    "$(div "$(wc -l <"$dir/merged.nt")" "$(echo "$oxi" | awk '/^load/ {print $2}')") t/s" "the merged graph: $(wc -l <"$dir/merged.nt") triples"
for q in "$here"/queries/*.rq; do
    name=$(basename "$q" .rq)
    times=() failed=""
    for _ in $(seq "$query_runs"); do
        t0=$(now)
        "$cnkg" query --store "$dir/store" -r csv @"$q" >"$dir/cnkg-$name.csv" 2>"$dir/err" || { failed=1; break; }
        times+=("$(awk -v a="$(now)" -v b="$t0" 'BEGIN {printf "%.3f", a - b}')")
    done
    [ -z "$failed" ] || { row "query $name" "" "" "" "" "FAILED: $(head -c 120 "$dir/err")"; continue; }
    t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
    rows=$(($(wc -l <"$dir/cnkg-$name.csv") - 1))
    read -r ot orows < <(echo "$oxi" | awk -v n="$name" '$1 == n {print $2, $3}')
    /usr/bin/python3 - "$dir/cnkg-$name.csv" "$dir/oxi/$name.json" >"$dir/cmp" <<'PY' || true
import csv, json, sys
# A cell's words are a set: GROUP_CONCAT's order is not defined.
cell = lambda v: " ".join(sorted(v.split(" ")))
mine = sorted(tuple(map(cell, r)) for r in list(csv.reader(open(sys.argv[1], encoding="utf-8")))[1:])
d = json.load(open(sys.argv[2], encoding="utf-8"))
vars_ = d["head"]["vars"]
theirs = sorted(tuple(cell(b.get(v, {}).get("value", "")) for v in vars_) for b in d["results"]["bindings"])
print("same rows" if mine == theirs else "ROWS DIFFER (%d vs %d)" % (len(mine), len(theirs)))
PY
    row "query $name" "$t" "" "" "" "median of $query_runs; $rows rows; Oxigraph ${ot}s $orows rows; $(cat "$dir/cmp")"
done
