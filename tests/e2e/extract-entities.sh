#!/usr/bin/env bash
# extract-entities.sh - the entity filter in the CLI: a model file (here a
# tiny one that believes no firm) drops the firms no fact joins,
# --no-entity-model and --no-model turn it off, $CNKG_ENTITY_MODEL chooses
# the file, and a missing or foreign file is a clear error, as a missing
# pair model is.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"

# Sentences written for this test: a firm and a district, no fact between
# them; then a firm that settles in the district (locatedIn).
printf '星河科技有限公司发布年报。青山区举办展会。\n' >"$tmp/page.txt"
printf '星河科技有限公司落户青山区。\n' >"$tmp/settles.txt"
printf 'cnkg-linear 2 bits=8 threshold=0 features=entities-1\nthreshold\tCompany\t0.5\nbias\t-10\n' \
    >"$tmp/nofirm.model"
firm='<https://w3id.org/cnkg/id/company/星河科技有限公司>'
place='<https://w3id.org/cnkg/id/division/青山区>'

printf 'cnkg-linear 2 bits=8 threshold=0 features=entities-1\nbias\t-10\n' >"$tmp/keep.model"

extract() { # extract OUT ARGS...: N-Triples of the page
    local out=$1
    shift
    "$CNKG" extract -q "$@" -f nt --provenance none "$tmp/page.txt" -o "$out"
}

extract "$tmp/plain.nt" --entity-model "$tmp/keep.model"
check "a model that keeps every class writes the firm" grep -qF "$firm" "$tmp/plain.nt"

extract "$tmp/model.nt" --entity-model "$tmp/nofirm.model"
check "a model drops the firm" bash -c "! grep -qF '$firm' '$tmp/model.nt'"
check "... and keeps the district, a class it has no threshold for" grep -qF "$place" "$tmp/model.nt"

"$CNKG" extract -q --entity-model "$tmp/nofirm.model" -f nt --provenance none "$tmp/settles.txt" \
    -o "$tmp/settles.nt"
check "a firm a fact joins is not judged" grep -qF "$firm" "$tmp/settles.nt"

extract "$tmp/none.nt" --entity-model "$tmp/nofirm.model" --no-model
check "--no-model drops nothing" grep -qF "$firm" "$tmp/none.nt"

extract "$tmp/off.nt" --entity-model "$tmp/nofirm.model" --no-entity-model
check "--no-entity-model drops nothing" grep -qF "$firm" "$tmp/off.nt"

CNKG_ENTITY_MODEL=$tmp/nofirm.model extract "$tmp/env.nt"
check "\$CNKG_ENTITY_MODEL chooses the model" bash -c "! grep -qF '$firm' '$tmp/env.nt'"

extract "$tmp/jobs.nt" --entity-model "$tmp/nofirm.model" --jobs 2
check "--jobs 2 applies the model too" bash -c "! grep -qF '$firm' '$tmp/jobs.nt'"

rc=0
"$CNKG" extract -q --entity-model "$tmp/missing.model" "$tmp/page.txt" -o "$tmp/x.nt" 2>"$tmp/err" || rc=$?
check "a missing model fails" test "$rc" -eq 1
check "... naming the file and the way out" grep -qE "missing.model.*--no-entity-model" "$tmp/err"

# The shipped model is required like the pair model: no silent fallback.
rc=0
CNKG_ENTITY_MODEL=$tmp/missing.model "$CNKG" extract -q "$tmp/page.txt" -o "$tmp/x.nt" \
    2>"$tmp/err" || rc=$?
check "a missing default model fails" test "$rc" -eq 1
CNKG_ENTITY_MODEL=$tmp/missing.model extract "$tmp/off2.nt" --no-entity-model
check "... unless the filter is off" grep -qF "$firm" "$tmp/off2.nt"

printf 'cnkg-linear 1 bits=8 threshold=0.5 features=pairs-3\nbias\t0\n' >"$tmp/other.model"
rc=0
"$CNKG" extract -q --entity-model "$tmp/other.model" "$tmp/page.txt" -o "$tmp/x.nt" 2>"$tmp/err" || rc=$?
check "a model of other features is refused" grep -qE "other.model:1:" "$tmp/err"

if [ "$failures" -gt 0 ]; then
    echo "extract-entities.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "extract-entities.sh: all checks passed"
