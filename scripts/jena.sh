#!/usr/bin/env bash
# jena.sh - runs a command of Apache Jena from Debian's libapache-jena-java
# (installed by scripts/deps.sh), for the tests that check cnkg's output
# with an independent engine. cnkg itself never needs Java.
#
#     scripts/jena.sh shacl validate --shapes ontology/shapes.ttl --data kg.ttl
#     scripts/jena.sh sparql --data kg.ttl --query q.rq
#     scripts/jena.sh riot --validate kg.nt
#     scripts/jena.sh --check          # exit 0 when Jena can run here
#
# TOOL is shacl, sparql, arq, riot or shex, or a main class of jena-cmds.
# JENA_JAVA_DIR overrides /usr/share/java, JENA_JAVA_OPTS adds JVM options.
#
# Debian's package needs two things its own launcher would have done:
#  - a classpath of the Jena jars and their dependencies by name: the whole
#    of /usr/share/java holds two SLF4J bridges (log4j-over-slf4j and
#    slf4j-log4j12) that call each other until the stack overflows, and
#    one SLF4J binding (slf4j-nop) is enough, since tests read the reports;
#  - the XML Schema datatype messages: jena-core 4.5.0-2 ships the Xerces
#    classes as xerces.* but their message files under
#    org/apache/jena/ext/xerces/, so the first xsd: datatype fails to
#    initialise ("internal error"). The files are copied once, where the
#    classes look for them, into a cache directory put on the classpath
#    (a directory, not a jar: no JDK needed, only python3's zipfile).
#
# The classes a run loads are archived at the first run (class data
# sharing) and mapped by the next ones, which saves a third of a short
# run's CPU time; JENA_CDS=0 turns it off.
set -euo pipefail

java_dir=${JENA_JAVA_DIR:-/usr/share/java}
jars=(jena-base jena-core jena-iri jena-arq jena-shacl jena-shex jena-cmds
    commons-cli commons-codec commons-compress commons-csv commons-io commons-lang3
    dexx.collection gson guava httpclient httpcore jackson-core jackson-databind
    jackson-annotations jsonld-java protobuf thrift titanium-json-ld jakarta.json-api
    slf4j-api slf4j-nop jcl-over-slf4j)

die() {
    echo "jena.sh: $*" >&2
    exit 127
}

classpath() {
    local cp="" j
    for j in "${jars[@]}"; do
        [ -f "$java_dir/$j.jar" ] || die "$java_dir/$j.jar not found (Debian package libapache-jena-java; scripts/deps.sh installs it)"
        cp+="$java_dir/$j.jar:"
    done
    printf '%s' "$cp"
}

# A home that cannot be written (some CI runners) falls back to /tmp.
cache=${CNKG_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/cnkg}
mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ] || cache=${TMPDIR:-/tmp}/cnkg-cache-$(id -u)

# Prints the directory holding the Xerces message files where the classes
# look for them, extracting them on first use. Keyed by the jar's size and
# time, so an upgraded package gets a fresh copy.
messages_dir() {
    local core=$java_dir/jena-core.jar
    local key
    key=$(stat -L -c '%s-%Y' "$core")
    local dir=$cache/jena-xerces-$key
    if [ ! -d "$dir" ]; then
        command -v python3 >/dev/null || die "python3 is needed to unpack $core"
        mkdir -p "$cache"
        local part
        part=$(mktemp -d "$cache/.jena-xerces.XXXXXX")
        python3 - "$core" "$part" <<'PY'
import os, sys, zipfile
jar, out = sys.argv[1], sys.argv[2]
src = "org/apache/jena/ext/xerces/"
with zipfile.ZipFile(jar) as z:
    for name in z.namelist():
        if name.startswith(src) and name.endswith(".properties"):
            dest = os.path.join(out, "xerces", name[len(src):])
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "wb") as f:
                f.write(z.read(name))
PY
        # Another run may have won the race; either copy is the same.
        mv -T "$part" "$dir" 2>/dev/null || rm -rf "$part"
    fi
    printf '%s' "$dir"
}

[ $# -ge 1 ] || die "usage: jena.sh TOOL ARGS... | --check"
command -v java >/dev/null || die "java not found (Debian package default-jre-headless; scripts/deps.sh installs it)"
cp=$(classpath)
tool=$1
shift
case $tool in
--check) exec java -cp "$cp$(messages_dir)" riotcmd.riot --version >/dev/null ;;
shacl) main=shacl.shacl ;;
shex) main=shex.shex ;;
sparql) main=arq.sparql ;;
arq) main=arq.arq ;;
riot) main=riotcmd.riot ;;
*) main=$tool ;;
esac
# The jars come first, so a package that ships the messages right wins.
# Short runs: the client compiler alone starts faster and is enough.
cp+=$(messages_dir)
# shellcheck disable=SC2206
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${JENA_JAVA_OPTS:-})
[ "${JENA_CDS:-1}" = 1 ] || exec java "${opts[@]}" -cp "$cp" "$main" "$@"

# The archive is only good for the same JVM and jars: its name says which.
java_bin=$(readlink -f "$(command -v java)")
key=$(stat -L -c '%s-%Y' "$java_bin" "$java_dir/jena-core.jar" "$java_dir/jena-arq.jar" | tr '\n' '-')
archive=$cache/jena-cds-$key$main.jsa
if [ -f "$archive" ]; then
    exec java "${opts[@]}" -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -cp "$cp" "$main" "$@"
fi
# First run: archive under a name of its own, then put it in place, so that
# runs at once neither read nor write a half-written archive.
part=$archive.$$.part
rc=0
java "${opts[@]}" -XX:ArchiveClassesAtExit="$part" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$cp" "$main" "$@" || rc=$?
if [ -s "$part" ]; then mv -f "$part" "$archive"; else rm -f "$part"; fi
exit "$rc"
