#!/usr/bin/env bash
# valgrind-cnkg.sh - stands in for cnkg when the end-to-end suite runs under
# valgrind (make test-valgrind): runs $CNKG_REAL under memcheck, and a
# memory error or a leak of cnkg's own (tests/valgrind.supp lists the
# libraries') turns the exit status into 99, which no test expects.
here=$(cd "$(dirname "$0")" && pwd)
exec valgrind -q --error-exitcode=99 --leak-check=full \
    --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
    --suppressions="$here/valgrind.supp" "${CNKG_REAL:?set CNKG_REAL to the cnkg binary}" "$@"
