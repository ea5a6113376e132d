#!/usr/bin/env bash
# Extraction quality, in one command: the seed page against its gold graph
# and CLUENER's dev set against its spans, with the scorers in ../shared/eval.
# Usage: bench/eval.sh [CNKG] (default build/cnkg). `make eval` runs it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cnkg=${1:-$here/build/cnkg}
shared=${CNKG_SHARED:-$here/../shared}
python=/usr/bin/python3
if [ ! -x "$shared/eval/score" ]; then
  echo "bench/eval.sh: no scorers at $shared/eval (set CNKG_SHARED to the shared folder)" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

seed="$shared/corpus/seed/cqrb-2025-11-industry-transfer.txt"
gold="$shared/eval/gold/cqrb-2025-11-industry-transfer.tsv"
for model in "" "--no-model"; do
  "$cnkg" extract -q $model "$seed" -o "$tmp/seed.ttl"
  printf 'seed %-11s ' "${model:-(labeller)}"
  "$python" "$shared/eval/score" "$gold" "$tmp/seed.ttl" | tail -n 1
done

dev="$shared/data/cluener/dev.json"
"$cnkg" extract -q -i jsonl "$dev" -o "$tmp/dev.nt"
printf 'cluener dev   '
"$python" "$shared/eval/score-ner" "$dev" "$tmp/dev.nt" | tail -n 1
