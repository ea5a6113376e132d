#!/bin/sh
# The figure of training stories held back from every learned part: the
# labeller, the pair model and the entity filter are trained without the
# stories a LIST names
# (gold file names of bench/train-news, one a line, as held-back.txt), and
# cnkg with those models scores them. Rules read off the stories of one list
# are checked on the other list's, which nobody read them from: a rule that
# helps only the stories it was read off is fitted to them.
#
# usage: bench/held-back.sh [-v] [-k DIR] [-n NEWS] [-s SEED] [-x] LIST [CNKG]
#   LIST   bench/train-news/held-back.txt or held-back-2.txt
#   CNKG   the cnkg binary to score with (default build/cnkg)
#   -v     list every miss of every story (score-set -v)
#   -k DIR keep the models and the story texts in DIR; a second run with
#          the same DIR scores again with them, without training. The pair
#          model and the entity filter learn from the rules' output: remove
#          DIR/pairs.model to train both again after the rules change (the
#          labeller does not depend on them)
#   -n NEWS the labeller learns these news types too (cnkg-train --news,
#          e.g. product); a kept labeller of other types is trained again
#   -s SEED the labeller's shuffle seed (default scripts/train-env.sh's);
#          a kept labeller of another seed is trained again. The figure
#          moves with it: how far is the noise a change must clear
#   -x     the entity filter reads each story with a labeller of five folds
#          that did not see it (as a labeller reads new text), not with
#          the split's labeller, which learnt them; five more labellers,
#          about fifteen minutes more on two cores (kept in DIR/folds)
#
# Trains with scripts/train-env.sh's settings (the labeller: CLUENER twice,
# the news once, a fixed seed, 20 epochs) and cnkg-train-pairs' defaults,
# on the other stories and the dev set, and the entity filter with
# scripts/train-entities.sh's, on the other stories. Takes about three
# minutes on two cores.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
verbose= keep= folds=
while getopts vk:n:s:x opt; do
    case $opt in
        v) verbose=-v ;;
        k) keep=$OPTARG ;;
        n) LABELLER_NEWS=$OPTARG ;;
        s) LABELLER_SEED=$OPTARG ;;
        x) folds=5 ;;
        *) sed -n '2,33p' "$0" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { sed -n '2,33p' "$0" >&2; exit 2; }
list=$1
cnkg=${2:-build/cnkg}
[ -f "$list" ] || { echo "held-back.sh: $list: no such list" >&2; exit 2; }
. "$here/scripts/train-env.sh"
train_use_cnkg "$cnkg" || exit 2
[ -d "$shared/corpus/news" ] ||
    { echo "held-back.sh: $shared: no shared data (set CNKG_SHARED)" >&2; exit 2; }

if [ -n "$keep" ]; then
    mkdir -p "$keep"
    work=$(cd "$keep" && pwd)
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    trap 'exit 130' INT TERM
fi
# A kept folder holds one list's split: another list starts afresh.
if [ -f "$work/list" ] && ! cmp -s "$list" "$work/list"; then
    rm -rf "$work/list" "$work/held-gold" "$work/train-gold" "$work/held" "$work/train" \
        "$work/cluener.model" "$work/pairs.model" "$work/entities.model" "$work/folds"
fi

# Split the gold files: the list's stories are scored, the others trained on.
if [ ! -f "$work/list" ]; then
    rm -rf "$work/held-gold" "$work/train-gold" "$work/held" "$work/train"
    mkdir -p "$work/held-gold" "$work/train-gold"
    for gold in "$here"/bench/train-news/*.tsv; do
        name=$(basename "$gold")
        if grep -qxF -e "$name" "$list"; then
            cp "$gold" "$work/held-gold/"
        else
            cp "$gold" "$work/train-gold/"
        fi
    done
    wanted=$(grep -c . "$list")
    found=$(ls "$work/held-gold" | wc -l)
    if [ "$wanted" -ne "$found" ]; then
        echo "held-back.sh: $list names $wanted stories, bench/train-news holds $found of them" >&2
        exit 1
    fi
    mkdir -p "$work/held" "$work/train"
    /usr/bin/python3 "$here/bench/news_pages.py" "$shared/corpus/news" "$work/held-gold" "$work/held"
    /usr/bin/python3 "$here/bench/news_pages.py" "$shared/corpus/news" "$work/train-gold" "$work/train"
    cp "$list" "$work/list"
fi

# A labeller of other news types or of another seed is trained again.
if [ "$(cat "$work/news" 2>/dev/null)" != "$labeller_news" ] ||
    [ "$(cat "$work/seed" 2>/dev/null)" != "$labeller_seed" ]; then
    rm -rf "$work/cluener.model" "$work/pairs.model" "$work/entities.model" "$work/folds"
fi
if [ ! -f "$work/cluener.model" ]; then
    train_labeller "$work/cluener.model.tmp" "$work"/train-gold/*.tsv
    mv "$work/cluener.model.tmp.log" "$work/labeller.log"
    mv "$work/cluener.model.tmp" "$work/cluener.model"
    printf '%s\n' "$labeller_news" >"$work/news"
    printf '%s\n' "$labeller_seed" >"$work/seed"
    rm -f "$work/pairs.model" "$work/entities.model"
fi
if [ ! -f "$work/pairs.model" ]; then
    "$build/train/cnkg-train-pairs" --labeller "$work/cluener.model" \
        -o "$work/pairs.model.tmp" "$work/train" "$work/train-gold" \
        "$shared/corpus/dev" "$shared/eval/gold/dev" >"$work/pairs.log" 2>&1 ||
        { cat "$work/pairs.log" >&2; exit 1; }
    mv "$work/pairs.model.tmp" "$work/pairs.model"
    rm -f "$work/entities.model"
fi
# The shipped entity filter saw the held-back stories: one is trained
# without them, on what the models above leave, as scripts/train-entities.sh
# trains it (the training stories only, not the dev set); with -x each
# story is read by a fold's labeller that did not see it. A filter of the
# other reading is trained again.
if [ "$(cat "$work/filter-folds" 2>/dev/null)" != "$folds" ]; then
    rm -f "$work/entities.model"
fi
if [ ! -f "$work/entities.model" ]; then
    set -- --keep-class Company --keep-class GovernmentAgency --pairs-model "$work/pairs.model"
    if [ -n "$folds" ]; then
        [ -f "$work/folds/done" ] || {
            rm -rf "$work/folds"
            mkdir -p "$work/folds"
            train_fold_labellers "$work/train" "$work/train-gold" "$work/folds" "$folds"
            touch "$work/folds/done"
        }
        n=0
        while [ "$n" -lt "$folds" ]; do
            set -- "$@" --labeller "$work/folds/fold$n/labeller.model"
            n=$((n + 1))
        done
        n=0
        while [ "$n" -lt "$folds" ]; do
            set -- "$@" "$work/folds/fold$n/texts" "$work/folds/fold$n/gold"
            n=$((n + 1))
        done
    else
        set -- "$@" --labeller "$work/cluener.model" "$work/train" "$work/train-gold"
    fi
    "$build/train/cnkg-train-entities" -o "$work/entities.model.tmp" "$@" \
        >"$work/entities.log" 2>&1 ||
        { cat "$work/entities.log" >&2; exit 1; }
    mv "$work/entities.model.tmp" "$work/entities.model"
    printf '%s\n' "$folds" >"$work/filter-folds"
fi

CNKG_MODEL="$work/cluener.model" CNKG_PAIRS_MODEL="$work/pairs.model" \
    CNKG_ENTITY_MODEL="$work/entities.model" \
    "$shared/eval/score-set" --cnkg "$cnkg" $verbose "$work/held" "$work/held-gold"
