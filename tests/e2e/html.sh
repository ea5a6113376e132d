#!/usr/bin/env bash
# html.sh - `cnkg render GRAPH -o view.html` end to end, in a real browser:
# the graph of a short page written for this test (tests/data/html-page.txt,
# two articles) becomes an HTML view, which must be one self-contained file
# (no script, style or picture fetched: it works from file://), and which
# headless Chromium, driven through chromedriver by lib/html_driver.py,
# must show as a reader uses it: the SVG drawn, 比亚迪 found by the search
# box and selected, the panel showing 璧山区 and the sentence that says
# 比亚迪 settled there with its article's headline, a click selecting
# another entity, zoom and a switch to the other article's view, with no
# JavaScript error. A screenshot is taken ($CNKG_HTML_SCREENSHOT keeps it).
#
# Chromium and chromedriver are Debian's (scripts/deps.sh installs them);
# without them the test cannot run and exits 77, which ctest reports as
# skipped and CI counts as a failure.
set -euo pipefail
export LC_ALL=C.UTF-8
export ASAN_OPTIONS=${ASAN_OPTIONS:-fast_unwind_on_malloc=0}

. "$(dirname "$0")/lib/checks.sh"
PAGE=$CNKG_SOURCE_DIR/tests/data/html-page.txt

for tool in chromium chromedriver python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "html.sh: SKIPPED: no $tool (scripts/deps.sh installs chromium and chromium-driver)" >&2
        exit 77
    fi
done

if ! "$CNKG" extract -q "$PAGE" -o "$tmp/kg.ttl" 2>"$tmp/err"; then
    fail "extract the test page: $(cat "$tmp/err")"
    exit 1
fi
if ! "$CNKG" render "$tmp/kg.ttl" -o "$tmp/view.html" 2>"$tmp/err"; then
    fail "render the HTML view: $(cat "$tmp/err")"
    exit 1
fi
html=$tmp/view.html

# --- one self-contained file --------------------------------------------
check "the view is HTML" grep -q '^<!DOCTYPE html>' "$html"
check "its script is inline" sh -c '! grep -Eiq "<script[^>]* src=" "$1"' sh "$html"
check "its style is inline" sh -c '! grep -Eiq "<link[^>]*stylesheet|@import" "$1"' sh "$html"
check "it fetches no picture" sh -c '! grep -Eiq "<(img|image|iframe)[^>]* (src|href)=.?(https?:|//)" "$1"' sh "$html"
check "its policy forbids any request" grep -q "default-src 'none'" "$html"
check "it holds a view per article" test "$(grep -c '<template id="cnkg-view-' "$html")" -ge 3
# The data run to the first "</script>" after them, as the browser reads
# them: a "</script>" inside would cut them short of valid JSON.
data_are_json() {
    python3 -c 'import json, sys
page = open(sys.argv[1], encoding="utf-8").read()
start = page.index("id=\"cnkg-data\">") + len("id=\"cnkg-data\">")
data = json.loads(page[start:page.index("</script>", start)])
assert data["entities"] and data["edges"] and data["views"], "empty"' "$1"
}
check "its data are JSON up to the end of their element" data_are_json "$html"
check "-f html writes the view to stdout" sh -c '"$0" render "$1" -o - -f html | grep -q "cnkg-data"' "$CNKG" "$tmp/kg.ttl"
check ".htm is HTML too" "$CNKG" render "$tmp/kg.ttl" -o "$tmp/view.htm"

# A graph without provenance still gives a view, with no sentence to quote.
"$CNKG" extract -q "$PAGE" --provenance none -o "$tmp/bare.ttl"
check "a graph without provenance gives a view" "$CNKG" render "$tmp/bare.ttl" -o "$tmp/bare.html"
check "... that quotes no sentence" sh -c '! grep -q "比亚迪落户璧山区后" "$1"' sh "$tmp/bare.html"

# A name holding markup stays text: the page's own two script elements are
# the only ones, and nothing of the name is read as HTML.
cat >"$tmp/hostile.ttl" <<'TTL'
@prefix kg: <https://w3id.org/cnkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/cnkg/id/company/x> a kg:Company ;
    skos:prefLabel "</script><script>alert(1)</script><!--"@zh ;
    kg:locatedIn <https://w3id.org/cnkg/id/division/500120> .
<https://w3id.org/cnkg/id/division/500120> a kg:AdministrativeDivision ;
    skos:prefLabel "璧山区"@zh ; skos:notation "500120" .
TTL
check "a graph with markup in a name gives a view" "$CNKG" render "$tmp/hostile.ttl" -o "$tmp/hostile.html"
check "... whose data stay JSON" data_are_json "$tmp/hostile.html"
check "... whose script elements are the page's own" test "$(grep -o '</script>' "$tmp/hostile.html" | wc -l)" -eq 2
check "... and whose data still hold the name" grep -qF '\u003c/script>\u003cscript>alert(1)' "$tmp/hostile.html"

# --- in the browser ----------------------------------------------------
cat >"$tmp/checks.json" <<'JSON'
{
  "search": "比亚迪",
  "panel": ["企业", "璧山区", "位于",
            "比亚迪落户璧山区后建设的第二条电池生产线正式投产",
            "比亚迪电池新线在璧山投产"],
  "place": "璧山区",
  "click": "璧山区",
  "click_panel": ["行政区划", "500120", "璧山高新技术产业开发区"],
  "view": "江津永川联手培育智能装备产业"
}
JSON
shot=${CNKG_HTML_SCREENSHOT:-$tmp/view.png}
if timeout 180 python3 "$CNKG_SOURCE_DIR/tests/e2e/lib/html_driver.py" "$html" "$shot" \
    "$tmp/checks.json"; then
    pass "Chromium shows the view as a reader uses it (screenshot: $shot)"
else
    fail "Chromium shows the view as a reader uses it"
fi

[ "$failures" -eq 0 ]
