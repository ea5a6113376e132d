#!/usr/bin/env python3
"""sparql11.py - the W3C SPARQL 1.1 query-evaluation tests through cnkg.

Runs every query-evaluation test of the suite (the query part of the
public w3c/rdf-tests repository, kept outside this repository) that uses
one default graph, through `cnkg query -d DATA` (--mode d), through a
store made for the test with `cnkg load` (--mode store), or through such a
store pushed into its private Virtuoso (--mode virtuoso), and prints
pass / wrong / refused per folder:

  pass     the answer equals the expected one, compared as a multiset of
           rows (blank nodes match any blank node), a graph for CONSTRUCT
           (isomorphic), or the boolean of ASK
  wrong    cnkg answered something else
  refused  cnkg exited with an error, or took longer than --timeout twice
           (a step that times out is run once more: on a loaded machine a
           server's start can take that long, and it says nothing of the
           answer)

Left out, and named in the report: entailment/ (needs RDFS/OWL reasoning,
not plain SPARQL), service/ (SERVICE calls remote endpoints), and the
tests with named graphs (qt:graphData) or more than one data file.

Exit status: 0 when the pass rate reaches --target and every folder of
--require passes whole, 1 otherwise, 77 when the suite is absent (the
test reports itself skipped, never passed).

Test-only: needs Python 3 and rdflib (python3-rdflib, in scripts/deps.sh).
"""
import argparse
import collections
import csv
import decimal
import io
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor

import rdflib
import rdflib.compare

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD = "http://www.w3.org/2001/XMLSchema#"
SRX = "{http://www.w3.org/2005/sparql-results#}"
EXCLUDED_FOLDERS = {
    "entailment": "RDFS/OWL entailment regimes, not plain SPARQL evaluation",
    "service": "SERVICE queries remote endpoints",
}


class Test:
    def __init__(self, folder, name, kind, query, data, result):
        self.folder, self.name, self.kind = folder, name, kind
        self.query, self.data, self.result = query, data, result


def path_of(uri):
    s = str(uri)
    return s[7:] if s.startswith("file://") else s


def collect(suite, only):
    """The runnable tests of every folder, and what was left out."""
    tests, skipped = [], collections.Counter()
    for folder in sorted(os.listdir(suite)):
        manifest = os.path.join(suite, folder, "manifest.ttl")
        if not os.path.isfile(manifest) or (only and folder not in only):
            continue
        g = rdflib.Graph()
        g.parse(manifest, format="turtle", publicID="file://" + manifest)
        kinds = {MF.QueryEvaluationTest: "eval", MF.CSVResultFormatTest: "csv"}
        for kind_uri, kind in kinds.items():
            for t in g.subjects(rdflib.RDF.type, kind_uri):
                if folder in EXCLUDED_FOLDERS:
                    skipped[folder] += 1
                    continue
                action = g.value(t, MF.action)
                datas = list(g.objects(action, QT.data))
                if list(g.objects(action, QT.graphData)) or len(datas) > 1:
                    skipped["named graphs (qt:graphData) or several data files"] += 1
                    continue
                name = str(g.value(t, MF.name) or t).split(" - ")[0]
                tests.append(
                    Test(
                        folder,
                        name,
                        kind,
                        path_of(g.value(action, QT.query)),
                        path_of(datas[0]) if datas else None,
                        path_of(g.value(t, MF.result)),
                    )
                )
    tests.sort(key=lambda t: (t.folder, t.name))
    return tests, skipped


# --- terms and rows ---------------------------------------------------------


NUMERIC = {"integer": int, "decimal": decimal.Decimal, "double": float, "float": float}


def literal(value, lang=None, datatype=None):
    """A literal as a comparable tuple. Numbers and booleans of one datatype
    compare by value (1.05E3 is 1050.0E0, "0" is false), as result checkers
    of the suite do; the datatype must still be the expected one."""
    if datatype == XSD_STRING:
        datatype = None
    kind = datatype[len(XSD) :] if datatype and datatype.startswith(XSD) else None
    if kind == "boolean" and value.strip() in ("0", "1", "true", "false"):
        value = "true" if value.strip() in ("1", "true") else "false"
    if kind in NUMERIC:
        try:
            v = NUMERIC[kind](value.strip())
            value = repr(v.normalize() if kind == "decimal" else v)
        except (ValueError, ArithmeticError):
            pass
    return ("l", value, (lang or "").lower(), "" if lang else (datatype or ""))


def term_from_json(t):
    if t is None:
        return None
    if t["type"] == "uri":
        return ("u", t["value"])
    if t["type"] == "bnode":
        return ("b",)
    return literal(t["value"], t.get("xml:lang"), t.get("datatype"))


def rows_from_json(text):
    r = json.loads(text)
    if "boolean" in r:
        return bool(r["boolean"])
    names = r["head"].get("vars", [])
    return [
        tuple(sorted((v, term_from_json(b.get(v))) for v in names if b.get(v) is not None))
        for b in r["results"]["bindings"]
    ]


def rows_from_srx(path):
    root = ET.parse(path).getroot()
    boolean = root.find(SRX + "boolean")
    if boolean is not None:
        return boolean.text.strip() == "true"
    rows = []
    for result in root.iter(SRX + "result"):
        row = []
        for b in result.findall(SRX + "binding"):
            (node,) = list(b)
            tag = node.tag[len(SRX) :]
            if tag == "uri":
                term = ("u", node.text or "")
            elif tag == "bnode":
                term = ("b",)
            else:
                lang = node.get("{http://www.w3.org/XML/1998/namespace}lang")
                term = literal(node.text or "", lang, node.get("datatype"))
            row.append((b.get("name"), term))
        rows.append(tuple(sorted(row)))
    return rows


def tsv_term(cell):
    if cell == "":
        return None
    if cell.startswith("<"):
        return ("u", cell[1:-1])
    if cell.startswith("_:"):
        return ("b",)
    if cell.startswith('"'):
        end = cell.rindex('"')
        lex = cell[1:end].encode("utf-8").decode("unicode_escape").encode("latin-1").decode()
        rest = cell[end + 1 :]
        if rest.startswith("@"):
            return literal(lex, rest[1:])
        if rest.startswith("^^<"):
            return literal(lex, None, rest[3:-1])
        return literal(lex)
    if cell in ("true", "false"):
        return literal(cell, None, XSD + "boolean")
    if "e" in cell.lower():
        return literal(cell, None, XSD + "double")
    if "." in cell:
        return literal(cell, None, XSD + "decimal")
    return literal(cell, None, XSD + "integer")


def rows_from_tsv(text):
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    names = [v.lstrip("?$") for v in lines[0].split("\t")]
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        row = [(n, tsv_term(c)) for n, c in zip(names, cells)]
        rows.append(tuple(sorted((n, t) for n, t in row if t is not None)))
    return rows


def rows_from_csv(text):
    """CSV keeps no types: a row is its cells as text, blank node labels aside."""
    table = list(csv.reader(io.StringIO(text)))
    names = table[0]
    rows = []
    for cells in table[1:]:
        cells = ["_:" if c.startswith("_:") else c for c in cells]
        rows.append(tuple(sorted(zip(names, cells))))
    return rows


def same_rows(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    return collections.Counter(a) == collections.Counter(b)


# --- running ----------------------------------------------------------------


class Runner:
    def __init__(self, args):
        self.cnkg, self.mode, self.timeout = os.path.abspath(args.cnkg), args.mode, args.timeout
        self.tmp = tempfile.mkdtemp(prefix="cnkg-w3c-")
        self.empty = os.path.join(self.tmp, "empty.ttl")
        open(self.empty, "w").close()
        self.counter = itertools.count(1)
        self.template = None
        if self.mode == "virtuoso":
            self.template = self.make_template()

    def make_template(self):
        """An empty Virtuoso store, stopped, that each test copies: a new
        Virtuoso database costs seconds to make, a copy of one little."""
        store = os.path.join(self.tmp, "template")
        p = self.cnkg_run(["load", self.empty, "--store", store], timeout=self.timeout + 60)
        self.stop_server(store)
        if p.returncode != 0 or not os.path.isdir(os.path.join(store, "virtuoso", "db")):
            sys.exit("sparql11.py: cannot make a Virtuoso store: %s" % p.stderr.decode())
        return store

    def cnkg_run(self, argv, cwd=None, timeout=None):
        env = dict(os.environ)
        if self.mode == "virtuoso":  # every store past the threshold
            env["CNKG_STORE_MEMORY_LIMIT"] = "0"
        return subprocess.run(
            [self.cnkg] + argv, capture_output=True, timeout=timeout or self.timeout, cwd=cwd,
            env=env
        )

    def stop_server(self, store):
        """`cnkg store stop` waits up to 65 s for Virtuoso's checkpoint before
        it kills the server, so it gets longer than a query; a stop that
        still overruns costs a leftover process, never the test's verdict."""
        try:
            self.cnkg_run(["store", "stop", "--store", store], timeout=self.timeout + 60)
        except subprocess.TimeoutExpired:
            print("sparql11.py: store stop overran in %s" % store, file=sys.stderr)

    def query(self, t, fmt):
        data = t.data or self.empty
        where = ["-d", data]
        if self.mode not in ("store", "virtuoso"):
            return self.cnkg_run(["query", "-v"] + where + ["-r", fmt, "@" + t.query],
                                 os.path.dirname(t.query))
        store = os.path.join(self.tmp, "store%d" % next(self.counter))
        if self.template:
            shutil.copytree(self.template, store, symlinks=True)
        try:
            p = self.cnkg_run(["load", data, "--store", store])
            if p.returncode != 0:
                return p
            return self.cnkg_run(
                ["query", "-v", "--store", store, "-r", fmt, "@" + t.query],
                os.path.dirname(t.query),
            )
        finally:
            if self.mode == "virtuoso":
                self.stop_server(store)
            shutil.rmtree(store, ignore_errors=True)

    def run(self, t):
        """('pass'|'wrong'|'refused', detail, answered by Jena ARQ)"""
        verdict, detail, p = self.judge(t)
        jena = p is not None and b"engine: Jena ARQ" in p.stderr
        return verdict, detail, jena

    def judge(self, t):
        fmt = "csv" if t.kind == "csv" else "tsv" if t.result.endswith(".tsv") else "json"
        p = None
        for attempt in (1, 2):
            try:
                p = self.query(t, fmt)
                break
            except subprocess.TimeoutExpired as e:
                step = e.cmd[1] if len(e.cmd) > 1 else "cnkg"
                print("sparql11.py: %s/%s: cnkg %s timed out after %d s (attempt %d)" %
                      (t.folder, t.name, step, self.timeout, attempt), file=sys.stderr)
        if p is None:
            return "refused", "timed out twice after %d s" % self.timeout, None
        if p.returncode != 0:
            err = p.stderr.decode("utf-8", "replace").strip().splitlines()
            return "refused", err[-1] if err else "exit %d" % p.returncode, p
        out = p.stdout.decode("utf-8", "replace")
        try:
            if t.result.endswith(".ttl") or t.result.endswith(".rdf"):
                fmt_in = "xml" if t.result.endswith(".rdf") else "turtle"
                want = rdflib.Graph().parse(t.result, format=fmt_in)
                got = rdflib.Graph().parse(data=out, format="turtle")
                ok = rdflib.compare.isomorphic(want, got)
                return ("pass" if ok else "wrong"), "%d triples, want %d" % (len(got), len(want)), p
            if t.kind == "csv":
                got = rows_from_csv(out)
                want = rows_from_csv(open(t.result, encoding="utf-8").read())
            elif fmt == "tsv":
                got = rows_from_tsv(out)
                want = rows_from_tsv(open(t.result, encoding="utf-8").read())
            else:
                got = rows_from_json(out)
                if t.result.endswith(".srj"):
                    want = rows_from_json(open(t.result, encoding="utf-8").read())
                else:
                    want = rows_from_srx(t.result)
        except Exception as e:  # an answer we cannot read is a wrong one
            return "wrong", "unreadable answer: %s" % e, p
        if same_rows(got, want):
            return "pass", "", p
        if isinstance(want, bool):
            return "wrong", "answered %s, want %s" % (got, want), p
        extra = collections.Counter(got) - collections.Counter(want)
        missing = collections.Counter(want) - collections.Counter(got)
        detail = "%d rows, want %d" % (len(got), len(want))
        if extra:
            detail += "; extra %s" % (next(iter(extra)),)
        if missing:
            detail += "; missing %s" % (next(iter(missing)),)
        return "wrong", detail, p

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cnkg", required=True)
    ap.add_argument("--suite", required=True, help="the sparql11/ folder of the W3C tests")
    ap.add_argument("--mode", choices=["d", "store", "virtuoso"], default="d",
                    help="query -d, a store in memory, or a store in its private Virtuoso "
                         "(slow: a server started for every test)")
    ap.add_argument("--target", type=float, default=0.0, help="lowest pass rate, percent")
    ap.add_argument("--require", default="", help="folders that must pass whole, comma-separated")
    ap.add_argument("--folders", default="", help="run only these folders, comma-separated")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failure")
    args = ap.parse_args()
    if not os.path.isdir(args.suite):
        print("sparql11.py: SKIPPED: no W3C suite at %s" % args.suite, file=sys.stderr)
        return 77
    only = set(f for f in args.folders.split(",") if f)
    tests, skipped = collect(args.suite, only)
    if not tests:
        print("sparql11.py: no runnable test in %s" % args.suite, file=sys.stderr)
        return 1
    runner = Runner(args)
    start = time.time()
    try:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            outcomes = list(pool.map(runner.run, tests))
    finally:
        runner.close()
    table = collections.OrderedDict()
    for t, (verdict, detail, jena) in zip(tests, outcomes):
        table.setdefault(t.folder, collections.Counter())[verdict] += 1
        table[t.folder]["jena"] += jena
        if verdict != "pass" and args.verbose:
            print("%-8s %s/%s: %s" % (verdict, t.folder, t.name, detail))
    total = collections.Counter()
    print("\nW3C SPARQL 1.1 query evaluation through cnkg (%s), %.0f s" %
          ({"d": "query -d", "store": "a store", "virtuoso": "a Virtuoso store"}[args.mode],
           time.time() - start))
    print("| folder | pass | wrong | refused | answered by Jena ARQ |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for folder, c in table.items():
        total.update(c)
        print("| %s | %d | %d | %d | %d |" % (folder, c["pass"], c["wrong"], c["refused"], c["jena"]))
    n = total["pass"] + total["wrong"] + total["refused"]
    rate = 100.0 * total["pass"] / n
    print("| all %d | %d | %d | %d | %d |" %
          (n, total["pass"], total["wrong"], total["refused"], total["jena"]))
    print("pass rate %.1f%% (target %.1f%%)" % (rate, args.target))
    for what, count in sorted(skipped.items()):
        why = EXCLUDED_FOLDERS.get(what, "")
        print("left out: %d in %s%s" % (count, what, " (%s)" % why if why else ""))
    status = 0
    if rate < args.target:
        print("FAIL: pass rate %.1f%% is below %.1f%%" % (rate, args.target))
        status = 1
    for folder in filter(None, args.require.split(",")):
        c = table.get(folder, collections.Counter())
        if not c or c["pass"] != c["pass"] + c["wrong"] + c["refused"]:
            print("FAIL: %s must pass whole" % folder)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
