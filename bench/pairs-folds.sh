#!/bin/sh
# Leave-one-article-out figures of the pair classifier: what cnkg scores on
# an annotated article with a model that never saw it. cnkg-train-pairs
# --folds trains, for each article of bench/train-news and the dev set, a
# model on all the others (FOLDS/NAME.model); each article is then
# extracted with its own fold's model (CNKG_PAIRS_MODEL, set by a wrapper
# that score-set runs as cnkg) and the set is scored with
# shared/eval/score-set.
#
# Only the pair model is trained per fold; the entity filter is the shipped
# models/entities.model. It was trained on bench/train-news, never the dev
# set (scripts/train-entities.sh): the dev figures stay honest, the train
# ones are training figures for the filter (bench/held-back.sh trains one
# without the stories it scores).
#
# usage: bench/pairs-folds.sh [CNKG [SET...]]
#   CNKG   the cnkg binary (default build/cnkg); its build's
#          train/cnkg-train-pairs trains
#   SET    dev or train (default both): which set to score
# CNKG_SCORE_JSON=1 asks score-set for JSON (bench/eval.sh reads it).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cnkg=${1:-build/cnkg}
if [ $# -gt 0 ]; then shift; fi
sets=${*:-dev train}
cnkg=$(cd "$(dirname "$cnkg")" && pwd)/$(basename "$cnkg")
trainer=$(dirname "$cnkg")/train/cnkg-train-pairs
shared=${CNKG_SHARED:-$here/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

mkdir "$tmp/train-news"
/usr/bin/python3 "$here/bench/news_pages.py" "$shared/corpus/news" "$here/bench/train-news" \
    "$tmp/train-news"
"$trainer" --folds "$tmp/folds" "$tmp/train-news" "$here/bench/train-news" \
    "$shared/corpus/dev" "$shared/eval/gold/dev" 2>"$tmp/train.log" ||
    { cat "$tmp/train.log" >&2; exit 1; }

# score-set runs `CNKG extract DIR/NAME.txt -o OUT`: the wrapper gives
# NAME.txt the model of NAME's fold.
cat >"$tmp/cnkg" <<WRAP
#!/bin/sh
for a in "\$@"; do
    case \$a in *.txt) name=\$(basename "\$a" .txt) ;; esac
done
CNKG_PAIRS_MODEL="$tmp/folds/\$name.model" exec "$cnkg" "\$@"
WRAP
chmod +x "$tmp/cnkg"

for set in $sets; do
    case $set in
        dev) "$shared/eval/score-set" --cnkg "$tmp/cnkg" ${CNKG_SCORE_JSON:+--json} \
                 "$shared/corpus/dev" "$shared/eval/gold/dev" ;;
        train) "$shared/eval/score-set" --cnkg "$tmp/cnkg" ${CNKG_SCORE_JSON:+--json} \
                   "$tmp/train-news" "$here/bench/train-news" ;;
        *) echo "pairs-folds.sh: unknown set $set (dev or train)" >&2; exit 2 ;;
    esac
done
