#!/usr/bin/env bash
# render.sh - `cnkg render` end to end on the graph of the sample page:
# every picture format, every RDF syntax in, the views, the overview of a
# graph too large, exit statuses, and no half-written file on failure.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
# Every failed check is printed and the script goes on; it exits 1 if any
# check failed.
set -euo pipefail
export LC_ALL=C.UTF-8
# Under the sanitizer build: full stacks, so that tests/lsan.supp's rules
# see the library frames that leak (raptor's N-Quads parser, cairo's PDF).
export ASAN_OPTIONS=${ASAN_OPTIONS:-fast_unwind_on_malloc=0}

. "$(dirname "$0")/lib/checks.sh"
SAMPLE=$CNKG_SOURCE_DIR/examples/cqnews-sample.txt

run() { # cnkg with stderr kept in $tmp/err
    "$CNKG" "$@" 2>"$tmp/err"
}
status_is() { # status_is WANT COMMAND...
    local want=$1 got=0
    shift
    "$@" >/dev/null 2>"$tmp/err" || got=$?
    [ "$got" -eq "$want" ] || { echo "    exit $got, wanted $want: $(head -2 "$tmp/err")" >&2; return 1; }
}
is_png() { [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; }
is_pdf() { [ "$(head -c 5 "$1")" = "%PDF-" ]; }
has() { grep -qF -- "$2" "$1"; }
lacks() { ! grep -qF -- "$2" "$1"; }

if ! run extract "$SAMPLE" -o "$tmp/kg.ttl" -q; then
    fail "extract the sample: $(cat "$tmp/err")"
    exit 1
fi
run extract "$SAMPLE" -o "$tmp/kg.nq" -q || fail "extract the sample as N-Quads"

# --- help and usage ---------------------------------------------------------
"$CNKG" render --help >"$tmp/help" 2>&1 || fail "--help exits 0"
check "--help shows examples" has "$tmp/help" "cnkg render kg.ttl -o byd.png --focus"
check "--help names every view" grep -q -- '--article N' "$tmp/help"
check "no -o is a usage error" status_is 2 "$CNKG" render "$tmp/kg.ttl"
check "no GRAPH is a usage error" status_is 2 "$CNKG" render -o "$tmp/x.svg"
check "an unknown extension is a usage error" status_is 2 "$CNKG" render "$tmp/kg.ttl" -o "$tmp/x.jpg"
check "an unknown class is a usage error" status_is 2 "$CNKG" render "$tmp/kg.ttl" -o "$tmp/x.svg" --class Company,Planet
check "an unknown relation is a usage error" status_is 2 "$CNKG" render "$tmp/kg.ttl" -o "$tmp/x.svg" --relation owns
check "--depth 0 is a usage error" status_is 2 "$CNKG" render "$tmp/kg.ttl" -o "$tmp/x.svg" --focus 比亚迪 --depth 0
check "usage errors say 'cnkg render:'" grep -q '^cnkg render: ' "$tmp/err"

# --- formats -----------------------------------------------------------------
for fmt in svg png pdf dot; do
    check "renders .$fmt" status_is 0 "$CNKG" render "$tmp/kg.ttl" -o "$tmp/all.$fmt"
done
check "SVG is SVG" has "$tmp/all.svg" "<svg"
check "PNG is PNG" is_png "$tmp/all.png"
check "PDF is PDF" is_pdf "$tmp/all.pdf"
check "DOT is a Graphviz graph" grep -qE '^(strict )?digraph' "$tmp/all.dot"
check "DOT names the CJK font" has "$tmp/all.dot" "Noto Sans CJK SC"
check "-f dot to stdout" sh -c '"$0" render "$1" -o - -f dot | grep -q "^digraph"' "$CNKG" "$tmp/kg.ttl"
check "the picture has the legend" has "$tmp/all.svg" "图例"
check "entities are named in Chinese" has "$tmp/all.svg" "比亚迪"
check "relations are labelled in Chinese" has "$tmp/all.svg" "位于"
check "places are boxes" grep -q 'class="cluster"' "$tmp/all.svg"
check "articles are not drawn by default" lacks "$tmp/all.svg" "提及"
check "N-Quads draw the same entities" status_is 0 "$CNKG" render "$tmp/kg.nq" -o "$tmp/nq.dot"
check "N-Quads and Turtle give the same nodes" \
    sh -c '[ "$(grep -c "label=" "$1")" = "$(grep -c "label=" "$2")" ]' _ "$tmp/all.dot" "$tmp/nq.dot"

# --- determinism: the same graph under another name, the same bytes ------
cp "$tmp/kg.ttl" "$tmp/a-much-longer-name-for-the-same-graph-so-that-the-heap-differs.ttl"
for fmt in dot svg; do
    "$CNKG" render "$tmp/kg.ttl" -o "$tmp/det1.$fmt" 2>/dev/null
    "$CNKG" render "$tmp/a-much-longer-name-for-the-same-graph-so-that-the-heap-differs.ttl" \
        -o "$tmp/det2.$fmt" 2>/dev/null
    check "the .$fmt picture does not depend on the file name" cmp -s "$tmp/det1.$fmt" "$tmp/det2.$fmt"
done

# --- views -------------------------------------------------------------------
if run render "$tmp/kg.ttl" -o "$tmp/focus.svg" --focus 比亚迪 -v; then
    pass "--focus 比亚迪 exits 0"
    check "the focus is drawn" has "$tmp/focus.svg" "比亚迪"
    check "its project is drawn" has "$tmp/focus.svg" "比亚迪动力电池基地"
    check "its industry is drawn" has "$tmp/focus.svg" "动力电池"
    check "what is not next to it is not drawn" lacks "$tmp/focus.svg" "宁德时代"
    check "nor far places" lacks "$tmp/focus.svg" "浙江省"
    check "--verbose names the layout" grep -q 'layout dot' "$tmp/err"
else
    fail "--focus 比亚迪: $(cat "$tmp/err")"
fi
check "an unknown --focus fails" status_is 1 "$CNKG" render "$tmp/kg.ttl" -o "$tmp/nf.svg" --focus 不存在的公司
check "and leaves no file" test ! -e "$tmp/nf.svg"
check "and says so" grep -q 'cnkg render: --focus 不存在的公司' "$tmp/err"

run render "$tmp/kg.ttl" -o "$tmp/class.svg" --class Company || fail "--class Company"
check "--class keeps the class" has "$tmp/class.svg" "宁德时代"
check "--class drops the others" lacks "$tmp/class.svg" "浙江省"
run render "$tmp/kg.ttl" -o "$tmp/rel.svg" --relation originFrom || fail "--relation originFrom"
check "--relation keeps the relation" has "$tmp/rel.svg" "来自"
check "--relation drops the others" lacks "$tmp/rel.svg" ">位于<"
run render "$tmp/kg.ttl" -o "$tmp/art.svg" --article 1 --show-articles -v || fail "--article 1"
check "--article 1 draws the article" has "$tmp/art.svg" "文章 1"
check "--verbose names the article" grep -q 'article 1: ' "$tmp/err"
# Article numbers follow the text whatever the syntax: Turtle lists
# articles by IRI (a hash), N-Quads in the order read.
for n in 1 2 3 4; do
    "$CNKG" render "$tmp/kg.ttl" -o "$tmp/x.svg" --article $n -v 2>&1 | grep "article $n:" >"$tmp/ttl.$n" || true
    "$CNKG" render "$tmp/kg.nq" -o "$tmp/x.svg" --article $n -v 2>&1 | grep "article $n:" >"$tmp/nq.$n" || true
done
check "Turtle and N-Quads number the articles alike" \
    sh -c 'for n in 1 2 3 4; do [ -s "$1/ttl.$n" ] && cmp -s "$1/ttl.$n" "$1/nq.$n" || exit 1; done' _ "$tmp"
in_page_order() { # the headlines of articles 1..4 come in this order in the page
    local prev=0 n line
    for n in 1 2 3 4; do
        line=$(grep -nF -- "$(sed 's/^cnkg render: article [0-9]*: //' "$tmp/ttl.$n")" "$SAMPLE" | head -1 | cut -d: -f1)
        [ -n "$line" ] && [ "$line" -gt "$prev" ] || return 1
        prev=$line
    done
}
check "articles are numbered in the order of the page" in_page_order
words=$(sed 's/^cnkg render: article 2: //' "$tmp/ttl.2" | cut -c1-12)
run render "$tmp/kg.ttl" -o "$tmp/byname.svg" --article "$words" -v || fail "--article by headline: $(cat "$tmp/err")"
check "--article takes part of a headline" grep -q 'article 2: ' "$tmp/err"
check "a headline no article has fails" status_is 1 "$CNKG" render "$tmp/kg.ttl" -o "$tmp/x.svg" --article 火星登陆
check "--article 0 is a usage error" status_is 2 "$CNKG" render "$tmp/kg.ttl" -o "$tmp/x.svg" --article 0
check "a missing article fails" status_is 1 "$CNKG" render "$tmp/kg.ttl" -o "$tmp/x.svg" --article 99
check "it says how many there are" grep -q 'articles' "$tmp/err"

# --- too large: an overview, and a hint on stderr --------------------------
if run render "$tmp/kg.ttl" -o "$tmp/over.svg" --max-nodes 5; then
    pass "--max-nodes 5 exits 0"
    check "an overview is drawn" has "$tmp/over.svg" "概览"
    check "stderr says how to narrow it" grep -q -- '--focus' "$tmp/err"
    check "and how to draw everything" grep -q -- '--all' "$tmp/err"
else
    fail "--max-nodes 5: $(cat "$tmp/err")"
fi
# The sample page is past the default: its picture is the overview, which
# a person reads at 100% (tests/e2e/lib/svg_check.py: no edge label over
# another, no entity without an edge, at most 2000 x 2200 px).
SVG_CHECK=$CNKG_SOURCE_DIR/tests/e2e/lib/svg_check.py
if run render "$tmp/kg.ttl" -o "$tmp/default.svg"; then
    check "the sample's default picture is an overview" has "$tmp/default.svg" "概览"
    check "which says so on stderr" grep -q 'drew an overview' "$tmp/err"
    check "and is readable" python3 "$SVG_CHECK" "$tmp/default.svg" --max-width 2000 --max-height 2200
    check "leaves are grouped into lists" grep -q '<title>group:' "$tmp/default.svg"
else
    fail "render the sample: $(cat "$tmp/err")"
fi
check "the unfiltered full picture is not (its own check fails)" sh -c \
    '"$0" render "$1" -o "$2" --all 2>/dev/null && ! python3 "$3" "$2" --max-width 2000 --max-height 2200 >/dev/null' \
    "$CNKG" "$tmp/kg.ttl" "$tmp/all-of-it.svg" "$SVG_CHECK"
check "--all draws no overview" lacks "$tmp/all-of-it.svg" "概览"
check "--all draws more" sh -c '[ "$(grep -c "class=\"node\"" "$1")" -gt "$(grep -c "class=\"node\"" "$2")" ]' \
    _ "$tmp/all-of-it.svg" "$tmp/default.svg"

# A large graph (3000 made-up entities): an overview on two 1920 x 1080
# screens at most. How long it takes is bench/render-gen.sh's business
# (times are measured in bench/, never asserted in tests).
bash "$CNKG_SOURCE_DIR/bench/render-gen.sh" 3000 1 >"$tmp/big.ttl"
if run render "$tmp/big.ttl" -o "$tmp/big.svg"; then
    check "on two screens, readable" python3 "$SVG_CHECK" "$tmp/big.svg" --max-width 1920 --max-height 2160
    check "with entities in it" sh -c '[ "$(grep -c "class=\"node\"" "$1")" -ge 10 ]' _ "$tmp/big.svg"
else
    fail "render 3000 entities: $(cat "$tmp/err")"
fi

# --- failures ----------------------------------------------------------------
check "a missing graph fails" status_is 1 "$CNKG" render "$tmp/none.ttl" -o "$tmp/x.svg"
printf '<a> <b> .\n' >"$tmp/bad.ttl"
check "a broken graph fails" status_is 1 "$CNKG" render "$tmp/bad.ttl" -o "$tmp/bad.svg"
check "naming file and line" grep -q 'bad.ttl:1' "$tmp/err"
echo keep >"$tmp/keep.svg"
"$CNKG" render "$tmp/kg.ttl" -o "$tmp/keep.svg" --focus 不存在的公司 2>/dev/null || true
check "a failed render keeps the old picture" has "$tmp/keep.svg" keep
check "and leaves no temporary file" sh -c '! ls "$1" | grep -q "keep.svg."' _ "$tmp"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all render checks passed"
