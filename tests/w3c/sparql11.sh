#!/usr/bin/env bash
# sparql11.sh MODE TARGET [REQUIRED-FOLDERS] - the W3C SPARQL 1.1 query
# evaluation tests through cnkg (MODE d: query -d; store: a store made by
# cnkg load; virtuoso: such a store in its private Virtuoso), failing below TARGET percent or when a required folder does
# not pass whole. The suite is read from ../shared/w3c/sparql11 beside the
# source tree (never copied into it); without it the test is skipped
# (exit 77, which ctest reports as skipped, not passed).
set -u
: "${CNKG:?set CNKG to the cnkg binary}"
: "${CNKG_SOURCE_DIR:?set CNKG_SOURCE_DIR to the source tree}"
mode=${1:?mode: d or store}
target=${2:?target percent}
require=${3:-}
suite=${CNKG_W3C_SUITE:-$CNKG_SOURCE_DIR/../shared/w3c/sparql11}
if [ ! -d "$suite" ]; then
    echo "sparql11.sh: SKIPPED: no W3C suite at $suite" >&2
    exit 77
fi
if [ "$mode" = virtuoso ] && ! command -v virtuoso-t >/dev/null; then
    echo "sparql11.sh: SKIPPED: Virtuoso is not installed (scripts/deps.sh)" >&2
    exit 77
fi
# Debian's rdflib, whatever python3 comes first in PATH
python=/usr/bin/python3
exec "$python" "$CNKG_SOURCE_DIR/tests/w3c/sparql11.py" --cnkg "$CNKG" --suite "$suite" \
    --mode "$mode" --target "$target" --require "$require" --jobs 2 -v
