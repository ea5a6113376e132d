// query-oxigraph.js - the independent engine the query tests and the
// benchmark compare cnkg with: loads RDF files into an in-memory Oxigraph
// store and runs SPARQL files over it, the default graph being the union
// of all graphs (as in cnkg).
//   node query-oxigraph.js [--merge] [--repeat N] [--out DIR] DATA... -- QUERY.rq...
// --merge loads every triple into the default graph, graph names dropped,
// so that a triple stated in two graphs is one triple, as in cnkg's
// in-memory engine (without it the union of the graphs repeats it).
// Prints "load SECONDS" and "NAME SECONDS ROWS" (best of N runs); with
// --out, writes each result as DIR/NAME.json (SPARQL JSON results).
// Needs the npm package oxigraph where node finds it (NODE_PATH).
'use strict';
const fs = require('fs');
const path = require('path');
const oxigraph = require('oxigraph');

const formats = { '.ttl': 'text/turtle', '.nt': 'application/n-triples',
                  '.nq': 'application/n-quads', '.trig': 'application/trig' };
let repeat = 1, outDir = null, merge = false;
const args = process.argv.slice(2);
while (args[0] && args[0].startsWith('--') && args[0] !== '--') {
    const opt = args.shift();
    if (opt === '--repeat') repeat = Number(args.shift());
    else if (opt === '--out') outDir = args.shift();
    else if (opt === '--merge') merge = true;
    else throw new Error('unknown option ' + opt);
}
const sep = args.indexOf('--');
const data = args.slice(0, sep), queries = args.slice(sep + 1);
const store = new oxigraph.Store();
let t = process.hrtime.bigint();
// Line-based syntaxes are read in pieces of whole lines: a file of a few GB
// is longer than the longest string V8 holds.
function* pieces(file) {
    if (!/\.n[tq]$/.test(file)) {
        yield fs.readFileSync(file, 'utf8');
        return;
    }
    // Cut at the last newline byte, so that no UTF-8 sequence is split.
    const fd = fs.openSync(file, 'r'), buf = Buffer.alloc(64 << 20);
    let kept = 0;
    for (let n; (n = fs.readSync(fd, buf, kept, buf.length - kept, null)) > 0;) {
        const end = kept + n, cut = buf.lastIndexOf(10, end - 1) + 1;
        if (cut === 0)
            throw new Error(file + ': a line longer than 64 MB');
        yield buf.toString('utf8', 0, cut);
        buf.copy(buf, 0, cut, end);
        kept = end - cut;
    }
    fs.closeSync(fd);
    if (kept) yield buf.toString('utf8', 0, kept);
}
for (const file of data) {
    const format = formats[path.extname(file)] || 'text/turtle';
    const options = { format, base_iri: 'file://' + path.resolve(file), lenient: true };
    for (const text of pieces(file)) {
        if (!merge) {
            store.load(text, options);
            continue;
        }
        for (const q of oxigraph.parse(text, options))
            store.add(oxigraph.quad(q.subject, q.predicate, q.object, oxigraph.defaultGraph()));
    }
}
const secs = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`load ${secs(t).toFixed(3)}`);
for (const q of queries) {
    const text = fs.readFileSync(q, 'utf8');
    const name = path.basename(q, '.rq');
    let best = Infinity, result;
    for (let i = 0; i < repeat; i++) {
        t = process.hrtime.bigint();
        result = store.query(text, { use_default_graph_as_union: true, results_format: 'json' });
        best = Math.min(best, secs(t));
    }
    let rows = 0;
    try { rows = JSON.parse(result).results.bindings.length; } catch (e) { rows = -1; }
    console.log(`${name} ${best.toFixed(3)} ${rows}`);
    if (outDir) fs.writeFileSync(path.join(outDir, name + '.json'), result);
}
