#!/bin/sh
# Score cnkg on the training news set (bench/train-news): stories annotated for rule writers
# to read and tune on. The held-out set is bench/heldout-news/score.sh.
#
# usage: bench/train-news/score.sh [CNKG] [-v]
#   CNKG  the cnkg binary (default build/cnkg, relative to the current directory)
#   -v    passed through to score-set: list every miss of every article
#
# The article texts are not in the repository: bench/news-score.sh pulls them by id from
# the shared corpus (CNKG_SHARED, default ../shared beside the checkout), lays them out as
# the dev set's pages and scores them with shared/eval/score-set against the gold files here.
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../news-score.sh" "$here" "$@"
