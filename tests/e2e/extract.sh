#!/usr/bin/env bash
# extract.sh - `cnkg extract` end to end: every RDF syntax parses, the
# sample page gives one schema:NewsArticle per article with its headline,
# entities and NIF text; stdin and JSON lines work; output is
# deterministic; diagrams are written.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
# Every failed check is printed and the script goes on, so one run shows
# everything that is wrong; it exits 1 if any check failed.
set -euo pipefail
export LC_ALL=C.UTF-8 # printf %b decodes \uXXXX, grep -P matches CJK

. "$(dirname "$0")/lib/checks.sh"
SAMPLE=$CNKG_SOURCE_DIR/examples/cqnews-sample.txt
RECORDS=$CNKG_SOURCE_DIR/examples/cluener-style.jsonl

# rapper reads the output back for the syntax and content checks: without
# it they cannot run, and a test that drops its checks must not pass.
if ! command -v rapper >/dev/null; then
    echo "extract.sh: rapper not found: install raptor2-utils (scripts/deps.sh does)" >&2
    exit 1
fi
have_rapper=1

RDF_TYPE='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
SCHEMA='<https?://schema\.org/'
KG='<https://w3id\.org/cnkg/ontology#'
NIF='<http://persistence\.uni-leipzig\.org/nlp2rdf/ontologies/nif-core#'

# Runs cnkg, keeping its stderr in $tmp/err; returns its exit status.
run() {
    "$CNKG" "$@" 2>"$tmp/err"
}

# valid SYNTAX FILE: rapper accepts the file.
valid() {
    rapper -q -i "$1" -c "$2" >/dev/null 2>"$tmp/rapper.err" ||
        { sed 's/^/    rapper: /' "$tmp/rapper.err" | head -5 >&2; return 1; }
}

# to_nt SYNTAX FILE: the file as N-Triples (rapper escapes non-ASCII as \uXXXX).
to_nt() {
    rapper -q -i "$1" -o ntriples "$2"
}

# Decoded values of the literals of predicate PRED_REGEX in N-Triples on
# stdin, one per line. Enough for this test's texts: no quotes or
# backslashes, no line breaks.
literals_of() {
    { grep -E "^[^ ]+ $1> \"" || true; } |
        sed -E 's/^[^ ]+ <[^>]+> "(.*)"(\^\^<[^>]*>|@[A-Za-z-]+)? \.$/\1/' |
        while IFS= read -r value; do printf '%b\n' "$value"; done |
        sed 's/\\"/"/g'
}

is_png() {
    [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]
}

count_typed() { # count_typed CLASS_REGEX < ntriples
    grep -cE "^[^ ]+ $RDF_TYPE $1> \.\$" || true
}

expected_headlines() {
    printf '%s\n' \
        '璧山高新区精密制造产业链加速成形' \
        '江津新能源汽车零部件产业园再添新项目' \
        '渝西三区共建新能源汽车零部件协作区' \
        '企研携手攻关新型电池材料' | sort
}

# check_sample_graph LABEL NTRIPLES_FILE: the sample page's four articles.
check_sample_graph() {
    local label=$1 nt=$2
    local n
    n=$(count_typed "${SCHEMA}NewsArticle" <"$nt")
    if [ "$n" -eq 4 ]; then pass "$label: 4 schema:NewsArticle"; else fail "$label: $n schema:NewsArticle, want 4"; fi
    if diff <(literals_of "${SCHEMA}headline" <"$nt" | sort) <(expected_headlines) >"$tmp/diff"; then
        pass "$label: headlines are the sample's"
    else
        fail "$label: headlines differ (< got, > want):"
        sed 's/^/    /' "$tmp/diff" >&2
    fi
}

# --- one run per syntax ------------------------------------------------

for ext in ttl nt nq rdf; do
    case $ext in
    ttl) syntax=turtle ;;
    nt) syntax=ntriples ;;
    nq) syntax=nquads ;;
    rdf) syntax=rdfxml ;;
    esac
    out=$tmp/sample.$ext
    if run extract "$SAMPLE" -o "$out" --quiet; then
        pass "extract -o sample.$ext exits 0"
    else
        fail "extract -o sample.$ext exits $?: $(head -3 "$tmp/err")"
        continue
    fi
    check "sample.$ext is not empty" test -s "$out"
    if [ $have_rapper = 1 ]; then
        check "rapper -i $syntax accepts sample.$ext" valid "$syntax" "$out"
    fi
done

# --- what the Turtle says ------------------------------------------------

if [ $have_rapper = 1 ] && [ -s "$tmp/sample.ttl" ]; then
    to_nt turtle "$tmp/sample.ttl" >"$tmp/sample.ttl.nt" || fail "Turtle converts to N-Triples"
    nt=$tmp/sample.ttl.nt
    check_sample_graph "turtle" "$nt"
    n=$(count_typed "${KG}Company" <"$nt")
    if [ "$n" -ge 1 ]; then pass "kg:Company nodes: $n"; else fail "no kg:Company node"; fi
    n=$(grep -cE "^[^ ]+ ${KG}locatedIn> " "$nt" || true)
    if [ "$n" -ge 1 ]; then pass "kg:locatedIn triples: $n"; else fail "no kg:locatedIn triple"; fi
    n=$(grep -cE "^[^ ]+ ${NIF}isString> \"" "$nt" || true)
    if [ "$n" -ge 1 ]; then pass "nif:isString literals: $n"; else fail "no nif:isString literal"; fi
    # The article text is the page's own: a sentence of the first article
    # survives the rejoining of its broken line.
    literals_of "${NIF}isString" <"$nt" >"$tmp/strings"
    if grep -qF '一批材料、结构件和设备企业相继跟进,逐步形成了' "$tmp/strings"; then
        pass "a sentence broken by a blank line is rejoined in nif:isString"
    else
        fail "nif:isString lacks the rejoined sentence 一批材料、结构件和设备企业相继跟进,逐步形成了"
    fi
fi

# --- format by name, by extension, and to stdout -----------------------------

if run extract "$SAMPLE" -o "$tmp/by-name.out" --format ntriples --quiet; then
    pass "--format ntriples with an unknown extension exits 0"
    [ $have_rapper = 0 ] || check "--format ntriples wins over the extension" valid ntriples "$tmp/by-name.out"
else
    fail "--format ntriples exits non-zero: $(head -3 "$tmp/err")"
fi

if run extract "$SAMPLE" --quiet >"$tmp/stdout.ttl"; then
    pass "no -o exits 0"
    check "no -o writes to stdout" test -s "$tmp/stdout.ttl"
    [ $have_rapper = 0 ] || check "no -o writes Turtle" valid turtle "$tmp/stdout.ttl"
else
    fail "no -o exits non-zero: $(head -3 "$tmp/err")"
fi

# --- standard input ----------------------------------------------------

# shellcheck disable=SC2002 # a pipe, not a file, is the point
if cat "$SAMPLE" | "$CNKG" extract - --quiet >"$tmp/stdin.ttl" 2>"$tmp/err"; then
    pass "cat sample | cnkg extract - exits 0"
    if [ $have_rapper = 1 ] && valid turtle "$tmp/stdin.ttl"; then
        to_nt turtle "$tmp/stdin.ttl" >"$tmp/stdin.nt"
        check_sample_graph "stdin" "$tmp/stdin.nt"
    elif [ $have_rapper = 1 ]; then
        fail "stdin: Turtle does not parse"
    fi
else
    fail "cnkg extract - exits non-zero: $(head -3 "$tmp/err")"
fi

# --- JSON lines --------------------------------------------------------

# A file named *.jsonl is JSON lines without -i.
if run extract "$RECORDS" -o "$tmp/records-auto.nt" --quiet &&
    run extract --input-format jsonl "$RECORDS" -o "$tmp/records-given.nt" --quiet; then
    if cmp -s "$tmp/records-auto.nt" "$tmp/records-given.nt"; then
        pass "*.jsonl is read as JSON lines without -i"
    else
        fail "*.jsonl without -i differs from -i jsonl"
    fi
fi
if run extract --input-format jsonl "$RECORDS" -o "$tmp/records.nt" --quiet; then
    pass "--input-format jsonl exits 0"
    if [ $have_rapper = 1 ] && valid ntriples "$tmp/records.nt"; then
        n_lines=$(grep -c . "$RECORDS")
        n=$(count_typed "${NIF}Context" <"$tmp/records.nt")
        if [ "$n" -eq "$n_lines" ]; then
            pass "jsonl: one nif:Context per line ($n)"
        else
            fail "jsonl: $n nif:Context for $n_lines lines"
        fi
        if diff <(literals_of "${NIF}isString" <"$tmp/records.nt" | sort) \
            <(sed -E 's/.*"text": *"([^"]*)".*/\1/' "$RECORDS" | sort) >"$tmp/diff"; then
            pass "jsonl: nif:isString is each line's text"
        else
            fail "jsonl: nif:isString differs from the lines' text (< got, > want):"
            sed 's/^/    /' "$tmp/diff" >&2
        fi
    elif [ $have_rapper = 1 ]; then
        fail "jsonl: N-Triples do not parse"
    fi
else
    fail "--input-format jsonl exits non-zero: $(head -3 "$tmp/err")"
fi

# --- a directory ----------------------------------------------------------

mkdir -p "$tmp/corpus/sub"
cp "$SAMPLE" "$tmp/corpus/sub/page.txt"
echo "not read: wrong extension" >"$tmp/corpus/notes.md"
if run extract "$tmp/corpus" -o "$tmp/dir.nt" --quiet; then
    pass "a directory as input exits 0"
    if [ $have_rapper = 1 ]; then
        n=$(count_typed "${SCHEMA}NewsArticle" <"$tmp/dir.nt")
        if [ "$n" -eq 4 ]; then pass "directory: its one page gives 4 articles"; else fail "directory: $n articles, want 4"; fi
    fi
else
    fail "a directory as input exits non-zero: $(head -3 "$tmp/err")"
fi

# --- determinism ---------------------------------------------------------

if run extract "$SAMPLE" -o "$tmp/run1.nt" --quiet && run extract "$SAMPLE" -o "$tmp/run2.nt" --quiet; then
    check "the determinism run wrote N-Triples" test -s "$tmp/run1.nt"
    check "two runs give byte-identical N-Triples" cmp -s "$tmp/run1.nt" "$tmp/run2.nt"
else
    fail "determinism runs exit non-zero: $(head -3 "$tmp/err")"
fi

# --- quiet -------------------------------------------------------------------

if run extract "$SAMPLE" -o "$tmp/quiet.ttl" --quiet; then
    check "--quiet prints nothing on stderr" test ! -s "$tmp/err"
else
    fail "--quiet run exits non-zero: $(head -3 "$tmp/err")"
fi

# --- diagrams ------------------------------------------------------------

if run extract "$SAMPLE" -o "$tmp/d.ttl" --svg "$tmp/d.svg" --dot "$tmp/d.dot" --png "$tmp/d.png" --quiet; then
    pass "--svg --dot --png exit 0"
    check "--svg writes SVG" grep -q '<svg' "$tmp/d.svg"
    # Graphviz writes CJK either as UTF-8 or as numeric character references.
    check "the SVG has a Chinese label" grep -qP '[\x{4E00}-\x{9FFF}]|&#(x[4-9][0-9A-Fa-f]{3}|[2-3][0-9]{4}|19[0-9]{3});' "$tmp/d.svg"
    check "--dot writes a Graphviz graph" grep -qE '^(strict )?(di)?graph' "$tmp/d.dot"
    check "--png writes a PNG" is_png "$tmp/d.png"
else
    fail "diagram options exit non-zero: $(head -3 "$tmp/err")"
fi

# --- websites ----------------------------------------------------------
# The labeller reads a trade website as a firm; the schema counts it a body
# (kg:websiteSuffix), while a grid (电网, kg:notWebsiteWord) stays a firm. A
# firm closed by 公司 beside them is never read as a website: the rule only
# looks at names ending in 网, so that check guards the text's other names.

# has_class CLASS LABEL < ntriples: the node labelled LABEL is a kg:CLASS.
has_class() {
    awk -v lab="\"$2\"@zh" -v cls="#$1>" '
        $2 ~ /label>$/ && index($0, lab) { want[$1] = 1 }
        $2 ~ /rdf-syntax-ns#type>$/ && index($3, cls) { typed[$1] = 1 }
        END { for (s in want) if (s in typed) found = 1; exit !found }'
}
lacks_class() { ! has_class "$@"; }

printf '%s\n' '华夏钢铁网分析师李明认为，钢价还将上涨。记者从中国化工网获悉，国家电网公司已投产。华中电网今年投资增长。' \
    >"$tmp/web.txt"
if run extract -q "$tmp/web.txt" -o "$tmp/web.nt"; then
    check "a trade website is an Organization" has_class Organization 华夏钢铁网 <"$tmp/web.nt"
    check "a trade website is no Company" lacks_class Company 华夏钢铁网 <"$tmp/web.nt"
    check "a firm beside the websites stays a Company" has_class Company 国家电网公司 <"$tmp/web.nt"
    check "a grid (电网, kg:notWebsiteWord) stays a Company" has_class Company 华中电网 <"$tmp/web.nt"
else
    fail "website run exits non-zero: $(head -3 "$tmp/err")"
fi

# --- trades and words beside firms ---------------------------------------
# A list before 等领域企业 names fields, and one holding a known product
# (洗衣机) names trades: neither names firms. One character the labeller
# reads beside a known firm (华润则) is the next word, not a longer name.
printf '%s\n' '据了解，今年芯片封装、光学镜头等领域企业的订单明显增长。' \
    '业内人士说，上游压缩机、洗衣机等家电企业的库存偏高。' \
    '华润则通过其全资子公司增持股份，华润将继续扩大医药业务。' >"$tmp/trades.txt"
if run extract -q "$tmp/trades.txt" -o "$tmp/trades.nt"; then
    check "a field in a list before 等领域企业 is no Company" lacks_class Company 芯片封装 <"$tmp/trades.nt"
    check "a trade listed with a known product is no Company" lacks_class Company 上游压缩机 <"$tmp/trades.nt"
    check "a known firm and the word after it are no firm" lacks_class Company 华润则 <"$tmp/trades.nt"
    check "the known firm stays a Company" has_class Company 华润 <"$tmp/trades.nt"
else
    fail "trades run exits non-zero: $(head -3 "$tmp/err")"
fi

# A known firm's name and a firm's suffix right after it (蒙牛|乳业,
# 海尔|电器) are the firm's fuller name: the node is labelled by it.
label_is() { # label_is IRI_TAIL LABEL < ntriples
    grep -qF "<https://w3id.org/cnkg/id/company/$1> <http://www.w3.org/2000/01/rdf-schema#label> \"$2\"@zh"
}
printf '%s\n' '记者获悉，蒙牛乳业今年营收增长，海尔电器也发布了年报。' >"$tmp/fuller.txt"
if run extract -q --provenance none "$tmp/fuller.txt" -f nt -o "$tmp/fuller.nt"; then
    check "a known firm and 乳业 are one firm" label_is 蒙牛乳业 蒙牛乳业 <"$tmp/fuller.nt"
    check "a known firm and 电器 are one firm" label_is 海尔电器 海尔电器 <"$tmp/fuller.nt"
else
    fail "fuller-name run exits non-zero: $(head -3 "$tmp/err")"
fi

# Multinationals named by their Chinese names alone (companies.ttl) are
# firms, not the people or places the labeller reads there.
printf '%s\n' '在照明市场上，欧司朗与飞利浦的竞争日趋激烈，雅培也加大了投入。' >"$tmp/multi.txt"
if run extract -q --provenance none "$tmp/multi.txt" -f nt -o "$tmp/multi.nt"; then
    check "欧司朗 is a Company" has_class Company 欧司朗 <"$tmp/multi.nt"
    check "飞利浦 is a Company" has_class Company 飞利浦 <"$tmp/multi.nt"
    check "雅培 is a Company" has_class Company 雅培 <"$tmp/multi.nt"
else
    fail "multinationals run exits non-zero: $(head -3 "$tmp/err")"
fi

# A rule that reads a name out of common words must not run into the
# clause around it: a word of a clause (kg:clauseWord: 很, 们, 做准备) is in
# no such name, and a place's one-character suffix inside a common word
# (kg:suffixWord: 海外, 开路) ends none.
printf '%s\n' '记者获悉，厂里正在为明年的生产做准备，工人们很忙。' \
    '厂长说，今年我们海外市场的订单不少，有人替我们开路。' >"$tmp/clause.txt"
if run extract -q --provenance none "$tmp/clause.txt" -f nt -o "$tmp/clause.nt"; then
    check "what follows 生产 up to a clause's verb is no Product" lacks_class Product 做准备 <"$tmp/clause.nt"
    check "海 of 海外 ends no Place" lacks_class Place 们海 <"$tmp/clause.nt"
    check "路 of 开路 ends no Place" lacks_class Place 们开路 <"$tmp/clause.nt"
else
    fail "clause-words run exits non-zero: $(head -3 "$tmp/err")"
fi

if [ "$failures" -gt 0 ]; then
    echo "extract.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "extract.sh: all checks passed"
