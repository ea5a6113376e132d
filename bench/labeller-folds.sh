#!/bin/sh
# Leave-some-out test of training the labeller on CLUENER plus the training
# news stories (bench/news-project.py): the stories of bench/train-news, in
# name order, go to fold (line number mod FOLDS); for each fold a model is
# trained on CLUENER train + the other folds' projected stories, and
# cnkg with that model (CNKG_MODEL) is scored on the fold with
# bench/news-score.sh, beside cnkg with the shipped model. Last, the mean
# of the folds' entity and relation F1 for each model.
#
# usage: bench/labeller-folds.sh [CNKG [REPEAT [FOLDS]]]
#   CNKG    the cnkg binary (default build/cnkg); its build's labeller/cnkg-train trains
#   REPEAT  news-project.py --repeat (default 1)
#   FOLDS   how many folds (default 3)
# environment:
#   FOLDS_TYPES=N   --types of news-project.py and cnkg-train (default 10:
#                   CLUENER's; 11 to 15 add parks, projects, programmes,
#                   products and industries as types of their own)
#   CLUENER_REPEAT=N CLUENER's sentences N times (default 2, as
#                   scripts/train-labeller.sh ships)
#   FOLDS_SHIPPED=0 do not score the shipped model
#   FOLDS_KEEP=DIR  keep fold K's model as DIR/foldK.model; an existing one
#                   is used, not trained again (to score other binaries)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cnkg=${1:-build/cnkg}
repeat=${2:-1}
folds=${3:-3}
types=${FOLDS_TYPES:-10}
cluener_repeat=${CLUENER_REPEAT:-2}
train=$(dirname "$cnkg")/labeller/cnkg-train
shared=${CNKG_SHARED:-$here/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
keep=${FOLDS_KEEP:-$tmp}
mkdir -p "$keep"

summary() {
    /usr/bin/python3 -c 'import json, sys
d = json.load(sys.stdin)
f = lambda k: "P=%.3f R=%.3f F1=%.3f" % (d[k]["p"], d[k]["r"], d[k]["f1"])
print("entities %s (headline F1=%.3f); relations %s"
      % (f("entity"), d["headline_entity"]["f1"], f("relation")))'
}

ls "$here"/bench/train-news/*.tsv | sort >"$tmp/list"
k=0
while [ $k -lt "$folds" ]; do
    mkdir "$tmp/fold$k"
    awk -v k=$k -v n="$folds" 'NR % n == k' "$tmp/list" | xargs -I{} cp {} "$tmp/fold$k/"
    model=$keep/fold$k.model
    if [ ! -f "$model" ]; then
        for _ in $(seq "$cluener_repeat"); do
            cat "$shared/data/cluener/train.json"
        done >"$tmp/train.json"
        "$here/bench/news-project.py" --repeat "$repeat" --types "$types" \
            $(awk -v k=$k -v n="$folds" 'NR % n != k' "$tmp/list") 2>/dev/null >>"$tmp/train.json"
        "$train" --seed 20200101 --epochs 20 --types "$types" "$tmp/train.json" \
            "$model" 2>/dev/null
    fi
    models=$model
    [ "${FOLDS_SHIPPED:-1}" = 0 ] || models="$here/models/cluener.model $model"
    for m in $models; do
        case $m in "$keep"/*) name=adapted ;; *) name=shipped ;; esac
        printf 'fold %d %-8s ' $k $name
        CNKG_MODEL=$m CNKG_SCORE_JSON=1 "$here/bench/news-score.sh" "$tmp/fold$k" "$cnkg" | summary
    done | tee -a "$tmp/scores"
    k=$((k + 1))
done
# mean F1 of the folds, per model
awk '{ split($7, e, "="); split($13, r, "=");
       ne[$3] += e[2]; nr[$3] += r[2]; c[$3]++ }
     END { for (m in c) printf "mean %-8s entities F1=%.3f relations F1=%.3f\n",
                               m, ne[m] / c[m], nr[m] / c[m] }' "$tmp/scores" | sort
