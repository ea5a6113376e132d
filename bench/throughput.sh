#!/usr/bin/env bash
# Throughput and memory of `cnkg extract` to N-Triples, full extraction
# (statistical labeller on), against @node-rs/jieba's part-of-speech
# tagger on the same texts in the same run; then the --jobs curve, whose
# outputs must equal --jobs 1 byte for byte.
#
# Usage: bench/throughput.sh [options]
#   --cnkg PATH     the binary (default build/cnkg)
#   --size MB       corpus size (default 22); bench/corpus.sh builds it
#   --big           a 1000 MB corpus, one run for peak memory (N-Triples to
#                   /dev/null; takes long; --jobs 1 unless --jobs gives a
#                   number), no jieba, no curve
#   --jobs "1 2 4"  the --jobs curve (default: 1, 2 and all cores)
#   --no-jieba      skip the peer (no npm needed)
#   --dir DIR       work folder (default: a temporary one, removed after)
# MB/s count the UTF-8 bytes of the texts, the same for both tools. CPU
# MB/s (bytes over user+sys seconds) is the figure to compare on a busy
# machine; wall MB/s is what a user waits. No figure here is asserted: a
# benchmark reports, tests check behaviour.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cnkg=$here/build/cnkg size=22 big=0 jieba=1 dir="" jobs="" jobs_given=""
while [ $# -gt 0 ]; do
  case $1 in
    --cnkg) cnkg=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --big) big=1; size=1000; jieba=0; shift ;;
    --jobs) jobs=$2; jobs_given=$2; shift 2 ;;
    --no-jieba) jieba=0; shift ;;
    --dir) dir=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/throughput.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
cores=$(nproc)
jobs=${jobs:-$(printf '%s\n' 1 2 "$cores" | sort -nu | tr '\n' ' ')}
[ -x "$cnkg" ] || { echo "bench/throughput.sh: no binary at $cnkg (make build)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench/throughput.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
if [ -z "$dir" ]; then
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir"
corpus=$dir/corpus
"$here/bench/corpus.sh" "$corpus" "$size" >&2

# The peer, installed once into a cache outside the repository.
node_dir=${CNKG_BENCH_NODE:-${TMPDIR:-/tmp}/cnkg-bench-node}
if [ "$jieba" = 1 ] && [ ! -d "$node_dir/node_modules/@node-rs/jieba" ]; then
  echo "installing @node-rs/jieba into $node_dir" >&2
  mkdir -p "$node_dir"
  (cd "$node_dir" && npm install --silent --no-audit --no-fund --no-save @node-rs/jieba >&2)
fi

# Runs cnkg under /usr/bin/time -v; sets wall, cpu, rss_mb.
measure() {
  local log=$dir/time.log
  /usr/bin/time -v -o "$log" "$@"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$log")
  rss_mb=$(awk -F': ' '/Maximum resident/ {printf "%.1f", $2/1024}' "$log")
}
mbs() { awk -v b="$1" -v s="$2" 'BEGIN {printf "%.2f", (s > 0) ? b / 1e6 / s : 0}'; }

# Text bytes: what jieba's script counts, computed here when it does not
# run. Rounds are copies of the first, so one round is counted.
text_bytes() {
  local first=$corpus/round-00000 n=0 f
  for f in "$first"/*.txt; do n=$((n + $(grep -v '^$' "$f" | tr -d '\n' | wc -c))); done
  n=$((n + $(cat "$first"/*.jsonl | sed 's/^{"text": "//; s/"}$//' | tr -d '\n' | wc -c)))
  echo $((n * $(find "$corpus" -maxdepth 1 -name 'round-*' | wc -l)))
}

echo "corpus: $(find "$corpus" -type f -printf '%s\n' | awk '{n += $1} END {print n}') bytes in $(find "$corpus" -type f | wc -l) files; machine: $cores cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$big" = 1 ]; then
  bytes=$(text_bytes)
  big_jobs=$(printf '%s\n' ${jobs_given:-1} | head -n 1)
  measure sh -c '"$0" extract -q -j "$2" -i jsonl -f ntriples "$1" >/dev/null' "$cnkg" "$corpus" "$big_jobs"
  echo "cnkg --jobs $big_jobs, $size MB to /dev/null: wall $wall s, cpu $cpu s, $(mbs "$bytes" "$cpu") MB/s cpu, $(mbs "$bytes" "$wall") MB/s wall, peak RSS $rss_mb MB"
  exit 0
fi

if [ "$jieba" = 1 ]; then
  read -r bytes jcpu jwall _ < <(NODE_PATH="$node_dir/node_modules" node "$here/bench/jieba-tag.js" "$corpus")
else
  bytes=$(text_bytes)
fi
echo "text: $bytes bytes (UTF-8)"

declare -A walls
for j in $jobs; do
  measure "$cnkg" extract -q -j "$j" -i jsonl "$corpus" -o "$dir/j$j.nt"
  walls[$j]=$wall
  same=""
  if [ "$j" != 1 ]; then
    cmp -s "$dir/j1.nt" "$dir/j$j.nt" && same=", output identical to --jobs 1" || same=", OUTPUT DIFFERS from --jobs 1"
  fi
  printf 'cnkg --jobs %-2s wall %7.2f s  cpu %7.2f s  %6s MB/s wall  %6s MB/s cpu  peak RSS %s MB  speed-up %sx%s\n' \
    "$j" "$wall" "$cpu" "$(mbs "$bytes" "$wall")" "$(mbs "$bytes" "$cpu")" "$rss_mb" \
    "$(awk -v a="${walls[1]:-$wall}" -v b="$wall" 'BEGIN {printf "%.2f", a / b}')" "$same"
  if [ "$j" = 1 ]; then
    cnkg_cpu=$cpu cnkg_wall=$wall
    echo "  N-Triples: $(wc -l <"$dir/j1.nt") lines, $(wc -c <"$dir/j1.nt") bytes"
  fi
  [ "$j" = 1 ] || rm -f "$dir/j$j.nt"
done
if [ "$jieba" = 1 ]; then
  printf '@node-rs/jieba tag   wall %7.2f s  cpu %7.2f s  %6s MB/s wall  %6s MB/s cpu (tagging only)\n' \
    "$jwall" "$jcpu" "$(mbs "$bytes" "$jwall")" "$(mbs "$bytes" "$jcpu")"
  echo "ratio cnkg --jobs 1 / jieba: $(awk -v a="$jcpu" -v b="$cnkg_cpu" 'BEGIN {printf "%.2f", a / b}')x by cpu, $(awk -v a="$jwall" -v b="$cnkg_wall" 'BEGIN {printf "%.2f", a / b}')x by wall (target 5x)"
fi
