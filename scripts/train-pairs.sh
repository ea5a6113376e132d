#!/bin/sh
# Trains models/pairs.model, the pair classifier (learn/pairs.c), on the
# annotated articles: every story of bench/train-news (whatever it holds
# when run) and the dev set (../shared/corpus/dev, ../shared/eval/gold/dev).
# Never the seed page, never bench/heldout-news. Reproducible: the seed and
# options are fixed, so the same data and rules give the same file.
#
#   scripts/train-pairs.sh [CNKG-TRAIN-PAIRS OPTIONS]   (e.g. --curve)
#
# Builds cnkg-train-pairs (in build-train/, $CNKG_TRAIN_BUILD) if needed.
# The extraction it learns from is the rules' of this checkout, so the
# model is trained again after a change of the rules. The story texts stay
# outside the repository: bench/news_pages.py pulls them from
# ../shared/corpus/news ($CNKG_SHARED) into a temporary folder.
set -eu

. "$(dirname "$0")/train-env.sh"
train_build cnkg-train-pairs
train_news_texts
mkdir -p "$src/models"
"$build/train/cnkg-train-pairs" "$@" -o "$src/models/pairs.model" \
    "$tmp/train-news" "$src/bench/train-news" \
    "$shared/corpus/dev" "$shared/eval/gold/dev"
