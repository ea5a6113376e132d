#!/bin/sh
# Trains models/cluener.model from CLUENER2020, reproducibly: the seed and
# the epoch count are fixed, so the same data gives the same file.
#
#   scripts/train-labeller.sh [TRAIN.json [DEV.json]]
#
# Builds cnkg-train (in build-train/) if needed. The data stays outside the
# repository; by default it is read from ../shared/data/cluener/.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
data=${CNKG_CLUENER_DIR:-$src/../shared/data/cluener}
train=${1:-$data/train.json}
dev=${2:-$data/dev.json}
build=${CNKG_TRAIN_BUILD:-$src/build-train}
seed=20200101
epochs=20

if [ ! -x "$build/labeller/cnkg-train" ]; then
    cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCNKG_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target cnkg-train -j2 >/dev/null

mkdir -p "$src/models"
"$build/labeller/cnkg-train" --seed "$seed" --epochs "$epochs" --types 10 \
    "$train" "$src/models/cluener.model"
if [ -f "$dev" ]; then
    "$build/labeller/cnkg-train" --eval "$src/models/cluener.model" "$dev"
fi
