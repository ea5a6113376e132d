# virtuoso.sh - sourced by the end-to-end scripts that need Virtuoso (Debian
# package virtuoso-opensource), after they made $tmp:
#     . "$(dirname "$0")/lib/virtuoso.sh"
#     virtuoso_or_skip
# installs it when missing (scripts/virtuoso.sh install) and skips the
# script (exit 77, the test runner's "skipped") only when it cannot be.

virtuoso_or_skip() {
    if command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then
        return 0
    fi
    if ! timeout 900 bash "$CNKG_SOURCE_DIR/scripts/virtuoso.sh" install >"$tmp/install.log" 2>&1; then
        echo "$(basename "$0"): SKIPPED: Virtuoso is not installed and could not be:" >&2
        tail -n 5 "$tmp/install.log" >&2
        exit 77
    fi
}
