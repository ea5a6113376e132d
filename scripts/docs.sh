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

while read -r name options; do
    # Options are words without spaces (names included), so they split.
    # shellcheck disable=SC2086
    "$cnkg" render "$tmp/kg.ttl" -o "docs/$name" $options 2>/dev/null
    docs_inputs "$cnkg" "$options" >"docs/$name.inputs"
    echo "drew docs/$name ($(file -b "docs/$name" | grep -o '[0-9]* x [0-9]*'))"
done < <(docs_pictures)

# The HTML view's screenshot goes here, once `cnkg render -o view.html`
# exists: write the view of $tmp/kg.ttl, take a screenshot of it with
# headless chromium (as its own test does) into docs/example-view.png, and
# record docs_inputs beside it; then list it in docs/pictures with a kind
# that tells this script to screenshot it rather than render it.
