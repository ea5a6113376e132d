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
#   --runs N        cnkg --jobs 1 and jieba run N times in turn (default 3)
#   --corpus PATH   a file of JSON lines or a folder of them instead of the
#                   generated corpus (e.g. ../shared/corpus/news/cctv-2022-26.jsonl)
#   --base PATH     a second cnkg binary (an earlier build) run in turn with
#                   the first, --jobs 1: the ratio says what a change cost
#   --dir DIR       work folder (default: a temporary one, removed after)
# MB/s count the UTF-8 bytes of the texts, the same for both tools. The
# ratio is the median over the runs of jieba's seconds over cnkg's, each
# pair run back to back, so it holds when the machine's speed drifts. CPU
# is user+sys; user alone leaves out the kernel's share of writing cnkg's
# output, which on a shared virtual machine swings by seconds from run to
# run (jieba writes nothing). Wall MB/s is what a user waits. No figure
# here is asserted: a benchmark reports, tests check behaviour.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cnkg=$here/build/cnkg size=22 big=0 jieba=1 dir="" jobs="" jobs_given="" runs=3 given="" base=""
while [ $# -gt 0 ]; do
  case $1 in
    --cnkg) cnkg=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --big) big=1; size=1000; jieba=0; shift ;;
    --jobs) jobs=$2; jobs_given=$2; shift 2 ;;
    --no-jieba) jieba=0; shift ;;
    --runs) runs=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --corpus) given=$(realpath "$2"); shift 2 ;;
    --base) base=$(realpath "$2"); shift 2 ;;
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
if [ -n "$given" ]; then
  [ -e "$given" ] || { echo "bench/throughput.sh: no corpus at $given" >&2; exit 1; }
  mkdir -p "$corpus" && ln -sf "$given" "$corpus/"
else
  "$here/bench/corpus.sh" "$corpus" "$size" >&2
fi
[ -z "$base" ] || [ -x "$base" ] || { echo "bench/throughput.sh: no binary at $base" >&2; exit 1; }

# The peer, installed once into a cache outside the repository.
node_dir=${CNKG_BENCH_NODE:-${TMPDIR:-/tmp}/cnkg-bench-node}
if [ "$jieba" = 1 ] && [ ! -d "$node_dir/node_modules/@node-rs/jieba" ]; then
  echo "installing @node-rs/jieba into $node_dir" >&2
  mkdir -p "$node_dir"
  (cd "$node_dir" && npm install --silent --no-audit --no-fund --no-save @node-rs/jieba >&2)
fi

# Runs cnkg under /usr/bin/time -v; sets wall, cpu, user, rss_mb.
measure() {
  local log=$dir/time.log
  /usr/bin/time -v -o "$log" "$@"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$log")
  user=$(awk -F': ' '/User time/ {print $2}' "$log")
  rss_mb=$(awk -F': ' '/Maximum resident/ {printf "%.1f", $2/1024}' "$log")
}
mbs() { awk -v b="$1" -v s="$2" 'BEGIN {printf "%.2f", (s > 0) ? b / 1e6 / s : 0}'; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END {printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# Text bytes: what jieba's script counts, computed here when it does not
# run. Rounds are copies of the first, so one round is counted.
text_bytes() {
  if [ -n "$given" ]; then
    find -L "$corpus" -name '*.json*' -exec cat {} + |
      /usr/bin/python3 -c 'import json,sys; print(sum(len(json.loads(l).get("text","").encode()) for l in sys.stdin if l.strip()))'
    return
  fi
  local first=$corpus/round-00000 n=0 f
  for f in "$first"/*.txt; do n=$((n + $(grep -v '^$' "$f" | tr -d '\n' | wc -c))); done
  n=$((n + $(cat "$first"/*.jsonl | sed 's/^{"text": "//; s/"}$//' | tr -d '\n' | wc -c)))
  echo $((n * $(find "$corpus" -maxdepth 1 -name 'round-*' | wc -l)))
}

echo "corpus: $(find -L "$corpus" -type f -printf '%s\n' | awk '{n += $1} END {print n}') bytes in $(find -L "$corpus" -type f | wc -l) files; machine: $cores cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$big" = 1 ]; then
  bytes=$(text_bytes)
  big_jobs=$(printf '%s\n' ${jobs_given:-1} | head -n 1)
  measure sh -c '"$0" extract -q -j "$2" -i jsonl -f ntriples "$1" >/dev/null' "$cnkg" "$corpus" "$big_jobs"
  echo "cnkg --jobs $big_jobs, $size MB to /dev/null: wall $wall s, cpu $cpu s, $(mbs "$bytes" "$cpu") MB/s cpu, $(mbs "$bytes" "$wall") MB/s wall, peak RSS $rss_mb MB"
  exit 0
fi

# The peer and cnkg --jobs 1 in turn, runs times; the last cnkg output
# is kept as the reference for the --jobs curve. With the peer, the text
# bytes are its count (the JSON decoded); without, counted here.
[ "$jieba" = 1 ] || bytes=$(text_bytes)
ratios_cpu="" ratios_user="" ratios_wall="" ratios_base=""
for r in $(seq "$runs"); do
  if [ "$jieba" = 1 ]; then
    read -r bytes jcpu jwall _ < <(NODE_PATH="$node_dir/node_modules" node "$here/bench/jieba-tag.js" "$corpus")
    [ "$r" = 1 ] && echo "text: $bytes bytes (UTF-8)"
    printf '@node-rs/jieba run %s  wall %7.2f s  cpu %7.2f s  %6s MB/s cpu (tagging only)\n' \
      "$r" "$jwall" "$jcpu" "$(mbs "$bytes" "$jcpu")"
  elif [ "$r" = 1 ]; then
    echo "text: $bytes bytes (UTF-8)"
  fi
  measure "$cnkg" extract -q -j 1 -i jsonl "$corpus" -o "$dir/j1.nt"
  printf 'cnkg --jobs 1  run %s  wall %7.2f s  cpu %7.2f s  user %7.2f s  %6s MB/s cpu  %6s MB/s user  peak RSS %s MB\n' \
    "$r" "$wall" "$cpu" "$user" "$(mbs "$bytes" "$cpu")" "$(mbs "$bytes" "$user")" "$rss_mb"
  if [ -n "$base" ]; then
    saved="$wall $cpu $user"
    measure "$base" extract -q -j 1 -i jsonl "$corpus" -o "$dir/base.nt"
    base_cpu=$cpu
    printf 'base   --jobs 1  run %s  wall %7.2f s  cpu %7.2f s  user %7.2f s  %6s MB/s cpu  %6s MB/s user  peak RSS %s MB\n' \
      "$r" "$wall" "$cpu" "$user" "$(mbs "$bytes" "$cpu")" "$(mbs "$bytes" "$user")" "$rss_mb"
    read -r wall cpu user <<<"$saved"
    ratios_base+=" $(awk -v a="$base_cpu" -v b="$cpu" 'BEGIN {print a / b}')"
  fi
  [ "$jieba" = 1 ] || continue
  ratios_cpu+=" $(awk -v a="$jcpu" -v b="$cpu" 'BEGIN {print a / b}')"
  ratios_user+=" $(awk -v a="$jcpu" -v b="$user" 'BEGIN {print a / b}')"
  ratios_wall+=" $(awk -v a="$jwall" -v b="$wall" 'BEGIN {print a / b}')"
done
echo "  N-Triples: $(wc -l <"$dir/j1.nt") lines, $(wc -c <"$dir/j1.nt") bytes"
[ -z "$base" ] || echo "ratio cnkg / base by cpu, median of $runs pairs: $(median <<<"$ratios_base")x (above 1: cnkg is faster)"
if [ "$jieba" = 1 ]; then
  echo "ratio cnkg --jobs 1 / jieba, median of $runs pairs: $(median <<<"$ratios_cpu")x by cpu, $(median <<<"$ratios_user")x by user time, $(median <<<"$ratios_wall")x by wall (target 5x)"
fi

# The --jobs curve: wall time, output compared with --jobs 1's.
declare -A walls
walls[1]=$wall
for j in $jobs; do
  [ "$j" = 1 ] && continue
  measure "$cnkg" extract -q -j "$j" -i jsonl "$corpus" -o "$dir/j$j.nt"
  walls[$j]=$wall
  cmp -s "$dir/j1.nt" "$dir/j$j.nt" && same="output identical to --jobs 1" || same="OUTPUT DIFFERS from --jobs 1"
  printf 'cnkg --jobs %-2s wall %7.2f s  cpu %7.2f s  %6s MB/s wall  peak RSS %s MB  speed-up %sx over the last --jobs 1 run, %s\n' \
    "$j" "$wall" "$cpu" "$(mbs "$bytes" "$wall")" "$rss_mb" \
    "$(awk -v a="${walls[1]}" -v b="$wall" 'BEGIN {printf "%.2f", a / b}')" "$same"
  rm -f "$dir/j$j.nt"
done
