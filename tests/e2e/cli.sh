#!/usr/bin/env bash
# cli.sh - the command line itself: help and version, exit statuses (0
# success, 1 failure, 2 usage error), messages that name the bad input,
# and `cnkg ontology`.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
# Every failed check is printed before the script exits non-zero.
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
SAMPLE=$CNKG_SOURCE_DIR/examples/cqnews-sample.txt

# status WANT DESCRIPTION ARGS...: runs cnkg ARGS with stdout in $tmp/out
# and stderr in $tmp/err, and checks its exit status.
status() {
    local want=$1 what=$2 rc=0
    shift 2
    "$CNKG" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null || rc=$?
    if [ "$rc" -eq "$want" ]; then
        pass "$what exits $want"
        return 0
    fi
    fail "$what exits $rc, want $want; stderr: $(head -3 "$tmp/err")"
    return 1
}

# says FILE PATTERN DESCRIPTION: FILE matches the extended regex.
says() {
    if grep -qE -e "$2" "$1"; then pass "$3"; else fail "$3 (no /$2/ in $(basename "$1"))"; fi
}

# --- help and version --------------------------------------------------

if status 0 "cnkg --help" --help; then
    says "$tmp/out" '[Uu]sage' "cnkg --help prints usage on stdout"
    says "$tmp/out" 'extract' "cnkg --help lists the extract command"
    says "$tmp/out" 'ontology' "cnkg --help lists the ontology command"
fi

if status 0 "cnkg extract --help" extract --help; then
    says "$tmp/out" '[Uu]sage' "cnkg extract --help prints usage on stdout"
    for opt in -o --format --dot --svg --png --input-format --ontology --quiet; do
        says "$tmp/out" "$opt" "cnkg extract --help mentions $opt"
    done
fi

if status 0 "cnkg --version" --version; then
    says "$tmp/out" '[0-9]+\.[0-9]+' "cnkg --version prints a version number"
fi

# --- usage errors --------------------------------------------------------

status 2 "cnkg extract with an unknown option" extract --no-such-option "$SAMPLE" || true
if [ -s "$tmp/err" ]; then
    pass "an unknown option is reported on stderr"
else
    fail "an unknown option prints nothing on stderr"
fi
status 2 "cnkg with an unknown option" --no-such-option || true
status 2 "cnkg with an unknown command" no-such-command || true
status 2 "cnkg extract --format with an unknown syntax" extract --format klingon "$SAMPLE" || true
status 2 "cnkg extract --input-format with an unknown value" extract --input-format csv "$SAMPLE" || true

# An output name whose extension cnkg does not write is refused, never
# quietly filled with another syntax; --format makes the choice explicit.
if status 2 "cnkg extract -o x.json" extract "$SAMPLE" -o "$tmp/x.json"; then
    says "$tmp/err" 'x\.json.*\.ttl, \.nt, \.nq or \.rdf' "the message names the file and the extensions"
    [ ! -e "$tmp/x.json" ] && pass "nothing is written to x.json" || fail "x.json was written"
fi
status 0 "cnkg extract -o x.json --format ntriples" extract -q "$SAMPLE" -o "$tmp/x.json" -f ntriples || true
status 0 "cnkg extract -o x.TTL (extensions ignore case)" extract -q "$SAMPLE" -o "$tmp/x.TTL" || true
if status 2 "cnkg extract --svg x.png" extract "$SAMPLE" -o "$tmp/x.ttl" --svg "$tmp/x.png"; then
    says "$tmp/err" 'svg.*x\.png.*\.png' "the message says --svg writes SVG, not .png"
fi

# --- input errors ----------------------------------------------------------

missing=$tmp/no-such-page.txt
if status 1 "cnkg extract on a missing file" extract "$missing" -o "$tmp/x.ttl"; then
    says "$tmp/err" "no-such-page\.txt" "the message names the missing file"
    says "$tmp/err" "No such file or directory" "the message says why"
fi

# A page that is neither UTF-8 nor GBK is refused by name and offset.
printf 'abc\x80\xff\n' >"$tmp/neither.txt"
if status 1 "cnkg extract on a file in no known encoding" extract "$tmp/neither.txt" -o "$tmp/x.ttl"; then
    says "$tmp/err" "neither\.txt" "the encoding message names the file"
    says "$tmp/err" "offset 3" "the encoding message gives the byte offset"
fi

printf '{"text": "第一行"}\n{"id": 2}\n' >"$tmp/bad.jsonl"
if status 1 "cnkg extract on a JSON line without text" extract --input-format jsonl "$tmp/bad.jsonl" -o "$tmp/x.nt"; then
    says "$tmp/err" 'bad\.jsonl:2' "the JSON lines message names file and line"
fi

printf '{"text": "ok"}\n{"text": "unterminated}\n' >"$tmp/broken.jsonl"
if status 1 "cnkg extract on malformed JSON" extract --input-format jsonl "$tmp/broken.jsonl" -o "$tmp/x.nt"; then
    says "$tmp/err" 'broken\.jsonl:2' "the JSON message names file and line"
fi

# -v says what became of each article, in input order.
if status 0 "cnkg extract -v" extract -v -q "$SAMPLE" -o "$tmp/v.ttl"; then
    says "$tmp/err" 'cqnews-sample\.txt: .+: [0-9]+ entities, [0-9]+ facts' "extract -v prints a line per article"
fi

# Option errors name the whole command and point to its help, never dump it.
status 2 "cnkg extract --bogus" extract --bogus "$SAMPLE" || true
says "$tmp/err" "^cnkg extract: unrecognized option '--bogus'" "the option error names 'cnkg extract'"
if status 2 "cnkg ontology --bogus" ontology --bogus; then
    says "$tmp/err" "^cnkg ontology: unrecognized option" "the option error names 'cnkg ontology'"
    [ "$(wc -l <"$tmp/err")" -le 2 ] && pass "cnkg ontology --bogus does not print the whole help" ||
        fail "cnkg ontology --bogus prints $(wc -l <"$tmp/err") lines"
fi
if status 1 "cnkg query --name nosuch" query --name nosuch -d "$tmp/none.ttl"; then
    says "$tmp/err" "no shipped query named 'nosuch'" "an unknown query name is named"
    says "$tmp/err" "companies-settled, designated-parks" "the shipped query names are listed"
fi

if status 2 "cnkg store status DIR (without --store)" store status "$tmp/kg-store"; then
    says "$tmp/err" "cnkg store status --store .*kg-store" "the message shows the command with --store"
fi
# Every command's help reads alike: examples, exit statuses, -v.
for cmd in extract query render load store ontology; do
    if status 0 "cnkg $cmd --help" $cmd --help; then
        says "$tmp/out" "^examples:" "cnkg $cmd --help has examples"
        says "$tmp/out" "^exit status" "cnkg $cmd --help has the exit statuses"
        says "$tmp/out" "-v, --verbose" "cnkg $cmd --help has -v"
    fi
done
# -v says on stderr what was done, and leaves stdout as it is.
if status 0 "cnkg ontology -v" ontology -v; then
    says "$tmp/err" "cnkg ontology: printed .*cnkg.ttl" "cnkg ontology -v names the files printed"
    "$CNKG" ontology >"$tmp/plain" 2>/dev/null
    check "cnkg ontology -v prints the same ontology" cmp -s "$tmp/out" "$tmp/plain"
fi
if status 0 "cnkg extract -v" extract -v "$SAMPLE" -o "$tmp/v.ttl"; then
    says "$tmp/err" "cqnews-sample" "cnkg extract -v names the article's file"
fi

# --- a graph command given something that is not a graph ------------------
# No library noise (raptor assertions) on stderr: one line naming the path
# and saying what to run instead.

for cmd in "query --name companies-settled -d" "render -o $tmp/r.svg"; do
    if status 1 "cnkg ${cmd%% *} on a directory" $cmd "$CNKG_SOURCE_DIR/examples"; then
        says "$tmp/err" 'examples is a directory.*cnkg extract' "cnkg ${cmd%% *}: a directory is named, with what to do"
        if grep -q raptor "$tmp/err"; then fail "cnkg ${cmd%% *} on a directory prints raptor's noise"; else pass "no raptor noise"; fi
    fi
    if status 1 "cnkg ${cmd%% *} on an article" $cmd "$SAMPLE"; then
        says "$tmp/err" 'cqnews-sample\.txt is an article.*cnkg extract' "cnkg ${cmd%% *}: an article is named, with the extract command"
    fi
done

# --- the ontology ----------------------------------------------------------

if status 0 "cnkg ontology" ontology; then
    cp "$tmp/out" "$tmp/ontology.ttl"
    says "$tmp/ontology.ttl" 'kg:Company|<https://w3id\.org/cnkg/ontology#Company>' "the ontology declares kg:Company"
    if command -v rapper >/dev/null; then
        if rapper -q -i turtle -o ntriples "$tmp/ontology.ttl" >"$tmp/ontology.nt" 2>"$tmp/rapper.err"; then
            pass "rapper accepts the ontology's Turtle"
            says "$tmp/ontology.nt" '^<https://w3id\.org/cnkg/ontology#Company> <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> <http://www\.w3\.org/2002/07/owl#Class> \.$' \
                "kg:Company is an owl:Class"
        else
            fail "rapper rejects the ontology: $(head -3 "$tmp/rapper.err")"
        fi
    else
        fail "rapper not found: install raptor2-utils (scripts/deps.sh does)"
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "cli.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "cli.sh: all checks passed"
