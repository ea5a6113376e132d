# checks.sh - what the end-to-end scripts share, sourced at their top:
#     . "$(dirname "$0")/lib/checks.sh"
# It requires CNKG (the built binary), finds the source tree, makes a
# scratch folder $tmp that is removed on exit, and defines the check
# helpers. A failed check is printed and counted in $failures, and the
# script goes on, so that one run shows everything that is wrong.
# (A folder of its own, so that the test runner's e2e/*.sh skips it.)

: "${CNKG:?set CNKG to the cnkg binary}"
CNKG_SOURCE_DIR=${CNKG_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cnkg-e2e-$(basename "$0" .sh).XXXXXX")
trap 'rm -rf "$tmp"' EXIT

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
