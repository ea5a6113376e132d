#!/usr/bin/env bash
# docs.sh - `make docs`: draws every picture of the README from examples/
# and records beside each what it was drawn from (docs/NAME.inputs), which
# tests/e2e/docs.sh checks.
#
#   scripts/docs.sh [CNKG]        (default build/cnkg)
#
# The pictures and their `cnkg render` options are data: docs/pictures.
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
cnkg=$(realpath "${1:-build/cnkg}")
. scripts/docs-inputs.sh

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cnkg-docs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
"$cnkg" extract examples/ -o "$tmp/kg.ttl" -q

# A line whose options start with --shot NAME is the HTML view (the rest
# of its options apply to it) photographed in headless Chromium with NAME
# searched for, as a reader would (tests/e2e/lib/html_driver.py).
while read -r name options; do
    # Options are words without spaces (names included), so they split.
    # shellcheck disable=SC2086
    set -- $options
    if [ "${1:-}" = --shot ]; then
        "$cnkg" render "$tmp/kg.ttl" -o "$tmp/view.html" "${@:3}" 2>/dev/null
        python3 tests/e2e/lib/html_driver.py --shot "$tmp/view.html" "docs/$name" "$2" </dev/null >/dev/null
    else
        "$cnkg" render "$tmp/kg.ttl" -o "docs/$name" "$@" 2>/dev/null
    fi
    docs_inputs "$cnkg" "$options" >"docs/$name.inputs"
    echo "drew docs/$name ($(file -b "docs/$name" | grep -o '[0-9]* x [0-9]*'))"
done < <(docs_pictures)
