#!/usr/bin/env bash
# Builds a benchmark corpus of about SIZE megabytes (default 22) in DIR:
# rounds of CLUENER's train and dev texts (JSON lines with the "label"
# field cut, so that the size counts text), the seed page and copies of the
# examples page, repeated until the size is reached.
# Nothing of it belongs in the repository: DIR should be outside it (the
# throughput script uses a temporary folder).
# Usage: bench/corpus.sh DIR [SIZE_MB]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: bench/corpus.sh DIR [SIZE_MB]}
size_mb=${2:-22}
shared=${CNKG_SHARED:-$here/../shared}
cluener="$shared/data/cluener"
seed=$(ls "$shared"/corpus/seed/*.txt | head -n 1)
for f in "$cluener/train.json" "$cluener/dev.json" "$seed"; do
  [ -r "$f" ] || { echo "bench/corpus.sh: cannot read $f (set CNKG_SHARED)" >&2; exit 1; }
done
mkdir -p "$dir"
rm -rf "${dir:?}"/round-*
want=$((size_mb * 1000 * 1000))
total=0 round=0
# One round is built once; later rounds are hard links to it, so a 1 GB
# corpus costs the disk one round (cnkg reads each path as its own file).
first="$dir/round-00000"
mkdir -p "$first"
for set in train dev; do
  sed 's/, "label": .*}$/}/' "$cluener/$set.json" >"$first/cluener-$set.jsonl"
done
cp "$seed" "$first/seed.txt"
for k in 1 2 3 4 5 6 7 8; do
  cp "$here/examples/cqnews-sample.txt" "$first/example-$k.txt"
done
per_round=$(cat "$first"/* | wc -c)
while [ "$total" -lt "$want" ]; do
  r=$(printf '%s/round-%05d' "$dir" "$round")
  [ -d "$r" ] || { mkdir -p "$r"; ln "$first"/* "$r"/; }
  total=$((total + per_round))
  round=$((round + 1))
done
echo "$dir: $round rounds, $total bytes"
