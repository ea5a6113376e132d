#!/usr/bin/env bash
# train.sh - the trainers. cnkg-train, the labeller's: the types a model
# learns are named in its file and chosen by --types or --news, a bad
# choice is a usage error, and the model it writes is one cnkg loads and
# tags with. cnkg-train-pairs, the pair model's: one labeller for every
# corpus or one per corpus, never another count. cnkg-train-entities, the
# entity filter's: the same, and the model it writes is one cnkg loads.
#
# Environment: CNKG (the built binary), CNKG_TRAIN, CNKG_TRAIN_PAIRS and
# CNKG_TRAIN_ENTITIES (the built trainers).
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
: "${CNKG_TRAIN:?set CNKG_TRAIN to the cnkg-train binary}"
: "${CNKG_TRAIN_PAIRS:?set CNKG_TRAIN_PAIRS to the cnkg-train-pairs binary}"
: "${CNKG_TRAIN_ENTITIES:?set CNKG_TRAIN_ENTITIES to the cnkg-train-entities binary}"

# Sentences of our own in CLUENER's format, with a news type (product)
# that CLUENER lacks.
for i in 1 2 3; do
    cat <<'JSON'
{"text": "青禾机电在璧山建设电机壳体生产线。", "label": {"company": {"青禾机电": [[0, 3]]}, "address": {"璧山": [[5, 6]]}, "product": {"电机壳体": [[9, 12]]}}}
{"text": "川锂新能源扩建正极材料车间。", "label": {"company": {"川锂新能源": [[0, 4]]}, "product": {"正极材料": [[7, 10]]}}}
{"text": "两江新区管委会与云舟科技签约。", "label": {"government": {"两江新区管委会": [[0, 6]]}, "company": {"云舟科技": [[8, 11]]}}}
JSON
done >"$tmp/train.json"

has_tag() { # has_tag MODEL TAG: the model file declares the tag
    grep -ao '[BIES]-[a-z]*' "$1" | grep -qx "$2"
}
lacks_tag() { ! has_tag "$@"; }

"$CNKG_TRAIN" --epochs 2 --news product "$tmp/train.json" "$tmp/product.model" 2>"$tmp/log"
check "--news product learns products" has_tag "$tmp/product.model" B-product
check "--news product keeps CLUENER's types" has_tag "$tmp/product.model" B-company
check "--news product learns no park" lacks_tag "$tmp/product.model" B-park

"$CNKG_TRAIN" --epochs 2 --types 12 "$tmp/train.json" "$tmp/twelve.model" 2>"$tmp/log"
check "--types 12 learns parks and projects" has_tag "$tmp/twelve.model" B-project
check "--types 12 learns no product" lacks_tag "$tmp/twelve.model" B-product

usage_error() { # usage_error ARGS...: exit status 2 and the usage line
    local rc=0
    "$CNKG_TRAIN" "$@" "$tmp/train.json" "$tmp/bad.model" 2>"$tmp/err" || rc=$?
    [ "$rc" -eq 2 ] && grep -q '^usage: cnkg-train' "$tmp/err"
}
check "an unknown news type is a usage error" usage_error --news bogus
check "a news type named twice is a usage error" usage_error --news product,product
check "--news with --types 12 is a usage error" usage_error --types 12 --news product
check "a CLUENER type is not a news type" usage_error --news company
check "an empty news type is a usage error" usage_error --news product,
check "no news type is a usage error" usage_error --news ''

printf '青禾机电在璧山建设电机壳体生产线。\n' >"$tmp/story.txt"
check "cnkg loads the model --news product wrote" \
    env CNKG_MODEL="$tmp/product.model" "$CNKG" extract -q "$tmp/story.txt" -o "$tmp/story.nt"
check "and writes a graph with it" test -s "$tmp/story.nt"

# Two annotated corpora of our own, one story each.
for c in a b; do mkdir -p "$tmp/$c/text" "$tmp/$c/gold"; done
printf '青禾机电落户璧山高新区，生产电机壳体。\n' >"$tmp/a/text/one.txt"
printf 'E\tCompany\t青禾机电\t\nE\tIndustrialPark\t璧山高新区\t\nR\t青禾机电\tlocatedIn\t璧山高新区\n' \
    >"$tmp/a/gold/one.tsv"
printf '川锂新能源在宜宾扩建正极材料车间。\n' >"$tmp/b/text/two.txt"
printf 'E\tCompany\t川锂新能源\t\nE\tAdministrativeDivision\t宜宾市\t宜宾\nR\t川锂新能源\tlocatedIn\t宜宾市\n' \
    >"$tmp/b/gold/two.tsv"
pairs() { "$CNKG_TRAIN_PAIRS" --epochs 1 "$@" 2>"$tmp/pairs.log"; }
check "a pair model trained with one labeller for both corpora" \
    pairs --labeller "$tmp/product.model" -o "$tmp/p1.model" \
    "$tmp/a/text" "$tmp/a/gold" "$tmp/b/text" "$tmp/b/gold"
check "which reads the two stories" grep -q '^2 articles' "$tmp/pairs.log"
check "a pair model trained with a labeller per corpus" \
    pairs --labeller "$tmp/product.model" --labeller "$tmp/twelve.model" -o "$tmp/p2.model" \
    "$tmp/a/text" "$tmp/a/gold" "$tmp/b/text" "$tmp/b/gold"
check "which reads the two stories too" grep -q '^2 articles' "$tmp/pairs.log"
# The second corpus's labeller is the one loaded for it: a missing file
# there fails, and the message names it.
second_labeller_read() {
    ! pairs --labeller "$tmp/product.model" --labeller "$tmp/none.model" -o "$tmp/p4.model" \
        "$tmp/a/text" "$tmp/a/gold" "$tmp/b/text" "$tmp/b/gold" &&
        grep -q 'none.model' "$tmp/pairs.log"
}
check "each corpus is read with its own labeller" second_labeller_read
pairs_usage_error() { # exit status 2 and the usage line
    local rc=0
    pairs "$@" || rc=$?
    [ "$rc" -eq 2 ] && grep -q '^usage: cnkg-train-pairs' "$tmp/pairs.log"
}
check "two labellers for one corpus is a usage error" \
    pairs_usage_error --labeller "$tmp/product.model" --labeller "$tmp/twelve.model" \
    -o "$tmp/p3.model" "$tmp/a/text" "$tmp/a/gold"
check "a labeller with --no-labeller is a usage error" \
    pairs_usage_error --labeller "$tmp/product.model" --no-labeller \
    -o "$tmp/p3.model" "$tmp/a/text" "$tmp/a/gold"

entities() { "$CNKG_TRAIN_ENTITIES" --epochs 1 --k-folds 2 "$@" 2>"$tmp/entities.log"; }
check "an entity model trained with a labeller and the pair model per corpus" \
    entities --labeller "$tmp/product.model" --labeller "$tmp/twelve.model" \
    --pairs-model "$tmp/p1.model" -o "$tmp/e1.model" \
    "$tmp/a/text" "$tmp/a/gold" "$tmp/b/text" "$tmp/b/gold"
check "which reads the two stories" grep -q '^2 articles' "$tmp/entities.log"
check "cnkg loads the entity model it wrote" \
    env CNKG_MODEL="$tmp/product.model" "$CNKG" extract -q --pairs-model "$tmp/p1.model" \
    --entity-model "$tmp/e1.model" "$tmp/a/text/one.txt" -o "$tmp/one.nt"
entities_usage_error() { # exit status 2 and the usage line
    local rc=0
    entities "$@" || rc=$?
    [ "$rc" -eq 2 ] && grep -q '^usage: cnkg-train-entities' "$tmp/entities.log"
}
check "two labellers for one corpus is a usage error (entities)" \
    entities_usage_error --labeller "$tmp/product.model" --labeller "$tmp/twelve.model" \
    -o "$tmp/e2.model" "$tmp/a/text" "$tmp/a/gold"
# A third story names a firm its gold lacks and no fact joins: the one
# firm judged is false, so without --keep-class firms get a threshold, and
# its absence below is the option's doing.
mkdir -p "$tmp/c/text" "$tmp/c/gold"
printf '星河科技有限公司发布年报。青山区举办展会。\n' >"$tmp/c/text/three.txt"
printf 'E\tAdministrativeDivision\t青山区\t\n' >"$tmp/c/gold/three.tsv"
threshold_without_keep() {
    entities -o "$tmp/e5.model" "$tmp/a/text" "$tmp/a/gold" "$tmp/b/text" "$tmp/b/gold" \
        "$tmp/c/text" "$tmp/c/gold" &&
        grep -q '^threshold.Company' "$tmp/e5.model"
}
check "without --keep-class a firm's threshold is written" threshold_without_keep
kept_without_threshold() { # the model --keep-class Company writes has no Company threshold
    entities --keep-class Company -o "$tmp/e3.model" \
        "$tmp/a/text" "$tmp/a/gold" "$tmp/b/text" "$tmp/b/gold" "$tmp/c/text" "$tmp/c/gold" &&
        ! grep -q '^threshold.Company' "$tmp/e3.model"
}
check "--keep-class gives the class no threshold" kept_without_threshold
unknown_kept_class() { # fails, naming the class
    ! entities --keep-class Firm -o "$tmp/e4.model" "$tmp/a/text" "$tmp/a/gold" &&
        grep -q "no class 'Firm'" "$tmp/entities.log"
}
check "--keep-class of no class fails, naming it" unknown_kept_class
check "a pair model with --no-labeller is a usage error (it would be ignored)" \
    entities_usage_error --pairs-model "$tmp/p1.model" --no-labeller \
    -o "$tmp/e2.model" "$tmp/a/text" "$tmp/a/gold"
check "one fold is a usage error" \
    entities_usage_error --k-folds 1 -o "$tmp/e2.model" "$tmp/a/text" "$tmp/a/gold"

[ "$failures" -eq 0 ]
