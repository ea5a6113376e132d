#!/bin/sh
# Leave-some-out test of training the labeller on CLUENER plus the training
# news stories (bench/news-project.py): the stories of bench/train-news, in
# name order, go to fold (line number mod 3); for each fold a model is
# trained on CLUENER train + the other two folds' projected stories, and
# cnkg with that model (CNKG_MODEL) is scored on the fold with
# bench/news-score.sh, beside cnkg with the shipped model.
#
# usage: bench/labeller-folds.sh [CNKG [REPEAT]]
#   CNKG    the cnkg binary (default build/cnkg); its build's labeller/cnkg-train trains
#   REPEAT  news-project.py --repeat (default 1)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cnkg=${1:-build/cnkg}
repeat=${2:-1}
train=$(dirname "$cnkg")/labeller/cnkg-train
shared=${CNKG_SHARED:-$here/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

summary() {
    /usr/bin/python3 -c 'import json, sys
d = json.load(sys.stdin)
f = lambda k: "P=%.3f R=%.3f F1=%.3f" % (d[k]["p"], d[k]["r"], d[k]["f1"])
print("entities %s (headline F1=%.3f); relations %s"
      % (f("entity"), d["headline_entity"]["f1"], f("relation")))'
}

ls "$here"/bench/train-news/*.tsv | sort >"$tmp/list"
for k in 0 1 2; do
    mkdir "$tmp/fold$k"
    awk -v k=$k 'NR % 3 == k' "$tmp/list" | xargs -I{} cp {} "$tmp/fold$k/"
    "$here/bench/news-project.py" --repeat "$repeat" $(awk -v k=$k 'NR % 3 != k' "$tmp/list") |
        cat "$shared/data/cluener/train.json" - >"$tmp/train.json"
    "$train" --seed 20200101 --epochs 20 --types 10 "$tmp/train.json" "$tmp/fold$k.model" 2>/dev/null
    for m in "$here/models/cluener.model" "$tmp/fold$k.model"; do
        case $m in "$tmp"/*) name=adapted ;; *) name=shipped ;; esac
        printf 'fold %d %-8s ' $k $name
        CNKG_MODEL=$m CNKG_SCORE_JSON=1 "$here/bench/news-score.sh" "$tmp/fold$k" "$cnkg" | summary
    done
done
