#!/usr/bin/env bash
# jena.sh - runs a command of Apache Jena from Debian's libapache-jena-java
# (installed by scripts/deps.sh), for the tests that check cnkg's output
# with an independent engine (cnkg's own queries start ARQ from
# query/jena.c, with the same set-up).
#
#     scripts/jena.sh shacl validate --shapes ontology/shapes.ttl --data kg.ttl
#     scripts/jena.sh sparql --data kg.ttl --query q.rq
#     scripts/jena.sh riot --validate kg.nt
#     scripts/jena.sh --check          # exit 0 when Jena can run here
#
# TOOL is shacl, sparql, arq, riot or shex, or a main class of jena-cmds.
# JENA_JAVA_OPTS adds JVM options.
#
# Debian's package needs two things its own launcher would have done: a
# classpath of the Jena jars and their dependencies by name, and the XML
# Schema datatype messages where jena-core's classes look for them. The
# build makes both, once, for cnkg's queries and for this script alike
# (query/CMakeLists.txt): CNKG_JENA_DIR (default: build/jena beside this
# script, what tests/CMakeLists.txt passes) holds the classpath file and
# cnkg-jena-msg.jar.
#
# The classes a run loads are archived at the first run (class data
# sharing) and mapped by the next ones, which saves a third of a short
# run's CPU time; JENA_CDS=0 turns it off.
set -euo pipefail

jena_dir=${CNKG_JENA_DIR:-$(dirname "$0")/../build/jena}

die() {
    echo "jena.sh: $*" >&2
    exit 127
}

# A home that cannot be written (some CI runners) falls back to /tmp.
cache=${CNKG_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/cnkg}
mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ] || cache=${TMPDIR:-/tmp}/cnkg-cache-$(id -u)

[ $# -ge 1 ] || die "usage: jena.sh TOOL ARGS... | --check"
command -v java >/dev/null || die "java not found (Debian package default-jre-headless; scripts/deps.sh installs it)"
[ -s "$jena_dir/classpath" ] && [ -f "$jena_dir/cnkg-jena-msg.jar" ] ||
    die "$jena_dir holds no Jena set-up: build cnkg with libapache-jena-java installed (scripts/deps.sh), or set CNKG_JENA_DIR to the build's jena folder"
# The jars come first, so a package that ships the messages right wins.
cp=$(cat "$jena_dir/classpath"):$jena_dir/cnkg-jena-msg.jar
tool=$1
shift
case $tool in
--check) exec java -cp "$cp" riotcmd.riot --version >/dev/null ;;
shacl) main=shacl.shacl ;;
shex) main=shex.shex ;;
sparql) main=arq.sparql ;;
arq) main=arq.arq ;;
riot) main=riotcmd.riot ;;
*) main=$tool ;;
esac
# Short runs: the client compiler alone starts faster and is enough.
# shellcheck disable=SC2206
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${JENA_JAVA_OPTS:-})
[ "${JENA_CDS:-1}" = 1 ] || exec java "${opts[@]}" -cp "$cp" "$main" "$@"

# The archive is only good for the same JVM, classpath and jars: its name
# says which (the build remakes the message jar from a new jena-core).
java_bin=$(readlink -f "$(command -v java)")
key=$(stat -L -c '%s-%Y' "$java_bin" "$jena_dir/cnkg-jena-msg.jar" | tr '\n' '-')
key+=$(printf '%s' "$cp" | cksum | cut -d' ' -f1)-
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
