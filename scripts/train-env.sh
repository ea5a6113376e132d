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

# train_build TARGET: configures the training build, then builds TARGET.
# Configured every time (a second or two): a build folder made before a
# trainer was added does not know its target, and make stops on it before
# CMake would notice the change.
train_build() {
    cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCNKG_TESTS=OFF >/dev/null
    cmake --build "$build" --target "$1" -j2 >/dev/null
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
