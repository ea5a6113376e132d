#!/usr/bin/env bash
# docs.sh - the README's pictures are current: each picture the README
# shows is listed in docs/pictures, exists, and was drawn by `make docs`
# from what make docs would draw it from now (docs/NAME.inputs, compared
# with scripts/docs-inputs.sh's record of the tree as it is).
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
cd "$CNKG_SOURCE_DIR"
. scripts/docs-inputs.sh

shown=$(grep -o '](docs/[^)]*\.png)' README.md | sed 's/^](docs\///; s/)$//' | sort -u)
if [ -z "$shown" ]; then
    fail "the README shows no picture of docs/"
fi
for name in $shown; do
    check "docs/pictures lists the README's $name" sh -c 'docs() { grep -v "^[[:space:]]*\(#\|$\)" docs/pictures; }; docs | awk "{print \$1}" | grep -qx "$1"' _ "$name"
done
while read -r name options; do
    if [ ! -s "docs/$name" ] || [ ! -s "docs/$name.inputs" ]; then
        fail "docs/$name or its record is missing: run make docs"
        continue
    fi
    docs_inputs "$CNKG" "$options" >"$tmp/now"
    if cmp -s "$tmp/now" "docs/$name.inputs"; then
        pass "docs/$name is current"
    else
        fail "docs/$name is stale (its inputs changed): run make docs"
        diff "docs/$name.inputs" "$tmp/now" | sed 's/^/    /' >&2 || true
    fi
done < <(docs_pictures)

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all docs checks passed"
