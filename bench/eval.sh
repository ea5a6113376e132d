#!/usr/bin/env bash
# Extraction quality, in one command: the seed page against its gold graph,
# the dev set of 16 real articles against theirs (what predicts unseen
# news), the project's annotated news sets (bench/*-news) and CLUENER's
# dev set against its spans, with the scorers in
# ../shared/eval.
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

# score-set's JSON summary as one line.
summary() {
  "$python" -c 'import json, sys
d = json.load(sys.stdin)
f = lambda k: "P=%.3f R=%.3f F1=%.3f" % (d[k]["p"], d[k]["r"], d[k]["f1"])
print("entities %s (headline classes F1=%.3f); relations %s; articles F1=%.3f"
      % (f("entity"), d["headline_entity"]["f1"], f("relation"), d["article"]["f1"]))'
}

if [ -d "$shared/eval/gold/dev" ]; then
  printf 'dev set (16)  '
  "$python" "$shared/eval/score-set" --json --cnkg "$cnkg" "$shared/corpus/dev" "$shared/eval/gold/dev" | summary
  # The shipped pair model (models/pairs.model) was trained on the dev set
  # and train-news, so the lines above and below are training figures for
  # its facts; the (LOO) lines extract each article with a model trained
  # on every other article (bench/pairs-folds.sh): the honest ones.
  printf 'dev (16, LOO) '
  CNKG_SCORE_JSON=1 "$here/bench/pairs-folds.sh" "$cnkg" dev | summary
fi

# The project's own annotated news: train-news may be read while writing
# rules, heldout-news never (bench/heldout-news/README.md).
for set in train heldout; do
  printf '%-13s ' "$set-news"
  CNKG_SCORE_JSON=1 "$here/bench/$set-news/score.sh" "$cnkg" | summary
  if [ $set = train ]; then
    printf 'train (LOO)   '
    CNKG_SCORE_JSON=1 "$here/bench/pairs-folds.sh" "$cnkg" train | summary
  fi
done

dev="$shared/data/cluener/dev.json"
"$cnkg" extract -q -i jsonl "$dev" -o "$tmp/dev.nt"
printf 'cluener dev   '
"$python" "$shared/eval/score-ner" "$dev" "$tmp/dev.nt" | tail -n 1
