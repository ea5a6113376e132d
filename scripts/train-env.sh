# train-env.sh - what the train-*.sh scripts share, sourced by them (not
# run): where the checkout, ../shared and the training build are, how a
# trainer is built there, and the annotated stories' texts pulled into a
# temporary folder removed on exit.
#
# After `. scripts/train-env.sh`: $src (the checkout), $shared ($CNKG_SHARED
# or ../shared), $build ($CNKG_TRAIN_BUILD or build-train/, a Release build
# without tests, so training never waits on the test suite's targets).

src=$(cd "$(dirname "$0")/.." && pwd)
shared=${CNKG_SHARED:-$src/../shared}
build=${CNKG_TRAIN_BUILD:-$src/build-train}

# train_use_cnkg CNKG: a bench script's cnkg binary, made absolute in
# $cnkg; the trainers it runs are then the ones built beside it ($build).
train_use_cnkg() {
    [ -x "$1" ] || { echo "$(basename "$0"): $1: no cnkg binary (build first)" >&2; return 2; }
    cnkg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
    build=$(dirname "$cnkg")
}

# train_build TARGET...: configures the training build, then builds the
# TARGETs.
# Configured every time (a second or two): a build folder made before a
# trainer was added does not know its target, and make stops on it before
# CMake would notice the change.
train_build() {
    cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCNKG_TESTS=OFF >/dev/null
    cmake --build "$build" --target "$@" -j2 >/dev/null
}

# train_tmp: a temporary folder, $tmp, removed on exit.
train_tmp() {
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT INT TERM
}

# train_news_texts: the texts of bench/train-news's stories, laid out as
# pages, in $tmp/train-news ($tmp is removed on exit). The texts stay out
# of the repository: bench/news_pages.py pulls them from
# $shared/corpus/news.
train_news_texts() {
    train_tmp
    mkdir "$tmp/train-news"
    /usr/bin/python3 "$src/bench/news_pages.py" "$shared/corpus/news" "$src/bench/train-news" \
        "$tmp/train-news"
}

# The labeller's training settings, the same for the shipped model
# (train-labeller.sh) and bench/held-back.sh's (and its fold models): a
# fixed seed and epoch count, CLUENER's training sentences ($cluener_dir,
# CNKG_CLUENER_DIR or ../shared's) $cluener_repeat times (twice: once
# let CLUENER's company F1 fall to .748 with 1,018 stories), the stories
# once, CLUENER's ten types ($labeller_news names news types of the
# labeller's own, as cnkg-train --news: LABELLER_NEWS=product; LABELLER_SEED
# trains with another shuffle seed, to see how far the figures move with it).
labeller_seed=${LABELLER_SEED:-20200101}
labeller_epochs=20
labeller_news=${LABELLER_NEWS:-}
cluener_dir=${CNKG_CLUENER_DIR:-$shared/data/cluener}
cluener_repeat=${CLUENER_REPEAT:-2}
news_repeat=${NEWS_REPEAT:-1}

# train_labeller OUT GOLD...: a labeller trained on CLUENER and the stories
# of the GOLD files, projected onto their texts by bench/news-project.py;
# cnkg-train's report goes to OUT.log. (Its variables, and the fold
# functions', begin with lab_ or fold_: sh has no locals, and a caller's
# out or n would be overwritten.)
train_labeller() {
    lab_out=$1
    shift
    for _ in $(seq "$cluener_repeat"); do
        cat "$cluener_dir/train.json"
    done >"$lab_out.json"
    if [ "$news_repeat" -gt 0 ] && [ $# -gt 0 ]; then
        /usr/bin/python3 "$src/bench/news-project.py" --repeat "$news_repeat" --shared "$shared" \
            ${labeller_news:+--news "$labeller_news"} "$@" >>"$lab_out.json"
    fi
    "$build/labeller/cnkg-train" --seed "$labeller_seed" --epochs "$labeller_epochs" \
        ${labeller_news:+--news "$labeller_news"} "$lab_out.json" "$lab_out" >"$lab_out.log" 2>&1 ||
        { cat "$lab_out.log" >&2; rm -f "$lab_out.json"; return 1; }
    rm -f "$lab_out.json"
}

# train_fold_labellers TEXTS GOLD DIR K: the stories of GOLD (its *.tsv in
# name order) go to fold (row mod K); DIR/foldN/ gets fold N's texts and
# gold files (links) and DIR/foldN/labeller.model, a labeller trained on
# every other fold, two at a time: for an entity filter that learns from
# names as a labeller finds them in stories it never saw (one trained on
# the very stories finds nearly every name there; bench/held-back.sh -x).
train_fold_labellers() {
    (cd "$2" && ls -- *.tsv) | sort >"$3/stories"
    fold_n=0
    while [ "$fold_n" -lt "$4" ]; do
        mkdir -p "$3/fold$fold_n/texts" "$3/fold$fold_n/gold"
        awk -v n="$fold_n" -v k="$4" 'NR % k == n' "$3/stories" | while read -r gold; do
            ln -sf "$2/$gold" "$3/fold$fold_n/gold/$gold"
            ln -sf "$1/${gold%.tsv}.txt" "$3/fold$fold_n/texts/${gold%.tsv}.txt"
        done
        fold_n=$((fold_n + 1))
    done
    fold_n=0
    while [ "$fold_n" -lt "$4" ]; do
        train_fold_labeller "$2" "$3" "$4" "$fold_n" &
        if [ $((fold_n + 1)) -lt "$4" ]; then
            train_fold_labeller "$2" "$3" "$4" $((fold_n + 1)) || { wait; return 1; }
        fi
        wait $! || return 1
        fold_n=$((fold_n + 2))
    done
}

# train_fold_labeller GOLD DIR K N: fold N's labeller (see above).
train_fold_labeller() {
    awk -v n="$4" -v k="$3" 'NR % k != n' "$2/stories" | sed "s|^|$1/|" >"$2/fold$4/others"
    # shellcheck disable=SC2046 # split on purpose: one argument a gold file
    train_labeller "$2/fold$4/labeller.model" $(cat "$2/fold$4/others")
}
