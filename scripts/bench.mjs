#!/usr/bin/env node
// Throughput benchmark: `kg build` on the seed articles repeated to at least N MB (default 20).
// Usage: npm run bench [-- --mb 20 --keep]
// Each copy gets a distinct last line, so ingest does not fold the copies into one document.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFromPaths } from '../dist/pipeline/index.js';
import { loadLexicon } from '../dist/lexicon/load.js';

const args = process.argv.slice(2);
const mb = Number(args[args.indexOf('--mb') + 1]) || 20;
const keep = args.includes('--keep');
const seedsDir = new URL('../seeds/', import.meta.url).pathname;
const seeds = [];
for (const f of (await readdir(seedsDir)).sort()) if (f.endsWith('.txt')) seeds.push(await readFile(join(seedsDir, f), 'utf8'));

const dir = await mkdtemp(join(tmpdir(), 'kg-bench-'));
const lines = [];
let bytes = 0;
for (let copy = 0; bytes < mb * 1024 * 1024; copy++) {
  for (const text of seeds) {
    const line = JSON.stringify({ id: `copy${copy}-${lines.length}`, text: `${text}\nRef ${copy}.` });
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
}
const corpus = join(dir, 'corpus.jsonl');
await writeFile(corpus, `${lines.join('\n')}\n`);

const lexicon = await loadLexicon();
const started = performance.now();
const cpuStart = process.cpuUsage();
// The corpus is one JSONL file larger than the default 20 MB file limit.
const result = await buildFromPaths([corpus], { lexicon, maxBytes: bytes * 2 });
if (result.issues.length) console.error(result.issues.slice(0, 5).map((i) => i.message).join('\n'));
const seconds = (performance.now() - started) / 1000;
// CPU seconds of every thread: on a shared machine wall time stretches, CPU time much less.
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const text = result.documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const t = result.timings;
const report = {
  documents: result.documents.length,
  inputMB: +(bytes / 1024 / 1024).toFixed(1),
  textMB: +(text / 1024 / 1024).toFixed(1),
  seconds: +seconds.toFixed(2),
  throughputMBps: +(text / 1024 / 1024 / seconds).toFixed(2),
  cpuSeconds: +cpuSeconds.toFixed(2),
  cpuMBps: +(text / 1024 / 1024 / cpuSeconds).toFixed(2),
  extractMBps: +(text / 1024 / 1024 / (t.extractMs / 1000)).toFixed(2),
  stagesMs: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  entities: result.snapshot.nodes.filter((n) => n.attributes.kind === 'entity').length,
  facts: result.snapshot.edges.filter((e) => e.attributes.kind === 'fact').length,
};
console.log(JSON.stringify(report, null, 2));
if (!keep) await rm(dir, { recursive: true, force: true });
else console.error(`corpus kept in ${corpus}`);
