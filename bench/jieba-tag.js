// jieba-tag.js - the peer in bench/throughput.sh: tags with @node-rs/jieba
// (jieba-rs) the same texts cnkg reads, and prints "BYTES CPU_SECONDS
// WALL_SECONDS" for the tagging alone (the dictionary load is left out).
// Usage: node bench/jieba-tag.js CORPUS_DIR   (NODE_PATH finds the package)
'use strict';
const fs = require('fs');
const path = require('path');
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');

// The files cnkg -i jsonl takes from a directory, in its (sorted) order:
// *.json and *.jsonl as one text per line, *.txt as lines of a page.
function files(dir) {
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(jsonl?|txt)$/.test(name)) out.push(p);
  }
  return out;
}

function texts(file) {
  const data = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.txt')) return data.split('\n').filter((l) => l.length);
  return data.split('\n').filter((l) => l.length).map((l) => JSON.parse(l).text || '');
}

const jieba = Jieba.withDict(dict);
let bytes = 0, cpu = 0, wall = 0n, words = 0;
for (const file of files(process.argv[2])) {
  const batch = texts(file);
  const c0 = process.cpuUsage(), w0 = process.hrtime.bigint();
  for (const t of batch) words += jieba.tag(t, true).length;
  const c = process.cpuUsage(c0);
  wall += process.hrtime.bigint() - w0;
  cpu += (c.user + c.system) / 1e6;
  for (const t of batch) bytes += Buffer.byteLength(t);
}
console.log(`${bytes} ${cpu.toFixed(3)} ${(Number(wall) / 1e9).toFixed(3)} ${words}`);
