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

# Does the shipped pair model add facts? Only then are its (LOO) lines
# figures of what ships: a model whose every threshold is above 1 adds
# none, while fold models trained afresh would choose thresholds of their own.
pairs_model=${CNKG_PAIRS_MODEL:-$here/models/pairs.model}
pairs_active=$(awk -F'[=\t ]' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "threshold" && $(i + 1) <= 1) on = 1 }
  $1 == "threshold" && NR > 1 && $3 <= 1 { on = 1 } END { print on ? 1 : 0 }' "$pairs_model" 2>/dev/null || echo 0)

if [ -d "$shared/eval/gold/dev" ]; then
  printf 'dev set (16)  '
  "$python" "$shared/eval/score-set" --json --cnkg "$cnkg" "$shared/corpus/dev" "$shared/eval/gold/dev" | summary
  # The shipped pair model (models/pairs.model) was trained on the dev set
  # and train-news, so the lines above and below are training figures for
  # its facts; the (LOO) lines extract each article with a model trained
  # on every other article (bench/pairs-folds.sh): the honest ones.
  if [ "$pairs_active" = 1 ]; then
    printf 'dev (16, LOO) '
    CNKG_SCORE_JSON=1 "$here/bench/pairs-folds.sh" "$cnkg" dev | summary
  fi
fi

# The project's own annotated news: train-news may be read while writing
# rules, heldout-news never (bench/heldout-news/README.md).
# The labeller and the entity filter are trained on train-news too
# (scripts/train-labeller.sh, scripts/train-entities.sh): its line is a
# training figure; bench/labeller-folds.sh gives the labeller's folds,
# bench/held-back.sh a figure with all three models trained without them.
for set in train heldout; do
  printf '%-13s ' "$set-news"
  CNKG_SCORE_JSON=1 "$here/bench/$set-news/score.sh" "$cnkg" | summary
  if [ $set = train ] && [ "$pairs_active" = 1 ]; then
    printf 'train (LOO)   '
    CNKG_SCORE_JSON=1 "$here/bench/pairs-folds.sh" "$cnkg" train | summary
  fi
done

dev="$shared/data/cluener/dev.json"
"$cnkg" extract -q -i jsonl "$dev" -o "$tmp/dev.nt"
printf 'cluener dev   '
"$python" "$shared/eval/score-ner" "$dev" "$tmp/dev.nt" | tail -n 1
[ "$pairs_active" = 1 ] || echo "(no LOO lines: the shipped pair model adds no fact, so the lines above are what ships)"
