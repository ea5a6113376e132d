#!/usr/bin/env bash
# train.sh - cnkg-train, the labeller's trainer: the types a model learns
# are named in its file and chosen by --types or --news, a bad choice is a
# usage error, and the model it writes is one cnkg loads and tags with.
#
# Environment: CNKG (the built binary), CNKG_TRAIN (the built cnkg-train).
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
: "${CNKG_TRAIN:?set CNKG_TRAIN to the cnkg-train binary}"

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

printf '青禾机电在璧山建设电机壳体生产线。\n' >"$tmp/story.txt"
check "cnkg loads the model --news product wrote" \
    env CNKG_MODEL="$tmp/product.model" "$CNKG" extract -q "$tmp/story.txt" -o "$tmp/story.nt"
check "and writes a graph with it" test -s "$tmp/story.nt"

[ "$failures" -eq 0 ]
