# store.sh - what the benchmarks of a store against a peer Virtuoso
# (bench/load.sh, bench/archive.sh) share, sourced after they set $here,
# $cnkg and $dir and defined die():
#     . "$here/bench/lib/store.sh"
# bench_store_needs checks the tools they run; bench_store_dir makes the
# work folder when --dir gave none, and at exit stops the store's and the
# peer's Virtuoso in it and removes it.

bench_store_needs() {
    [ -x "$cnkg" ] || die "no binary at $cnkg (make build)"
    [ -x /usr/bin/time ] || die "needs /usr/bin/time (apt-get install time)"
    command -v virtuoso-t >/dev/null || die "needs Virtuoso (scripts/virtuoso.sh install)"
}

bench_store_dir() {
    [ -z "$dir" ] || return 0
    dir=$(mktemp -d)
    trap '"$cnkg" store stop --store "$dir/store" >/dev/null 2>&1 || true;
          "$here/scripts/virtuoso.sh" stop "$dir/peer" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
}
