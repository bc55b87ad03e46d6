#!/usr/bin/env node
// Throughput benchmark of `kg build` (the library call the CLI makes), one JSON report.
// Usage: npm run bench [-- options]
//   --mb 20            seed articles repeated to at least this many MB (the default corpus)
//   --docs 10000       the news-like generated corpus (scripts/news-corpus.mjs) of this many articles instead
//   --workers 0        worker threads (default 0: kg's automatic choice; 2 or more streams documents to the workers)
//   --cache            use a fresh extraction cache; then change one article and rebuild, reporting the ratio
//   --keep             keep the corpus folder
// Each seed copy gets a distinct last line, so ingest does not fold the copies into one document.
// Figures: wall seconds (stretches on a shared machine), CPU seconds of all threads, peak RSS.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFromPaths } from '../dist/pipeline/index.js';
import { loadLexicon } from '../dist/lexicon/load.js';
import { newsCorpus } from './news-corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const mb = opt('--mb', 20);
const docs = opt('--docs', 0);
const workers = opt('--workers', 0);
const withCache = args.includes('--cache');
const keep = args.includes('--keep');

const dir = await mkdtemp(join(tmpdir(), 'kg-bench-'));
const lines = [];
let bytes = 0;
if (docs > 0) {
  for (const line of newsCorpus(docs)) {
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
} else {
  const seedsDir = new URL('../seeds/', import.meta.url).pathname;
  const seeds = [];
  for (const f of (await readdir(seedsDir)).sort()) if (f.endsWith('.txt')) seeds.push(await readFile(join(seedsDir, f), 'utf8'));
  for (let copy = 0; bytes < mb * 1024 * 1024; copy++) {
    for (const text of seeds) {
      const line = JSON.stringify({ id: `copy${copy}-${lines.length}`, text: `${text}\nRef ${copy}.` });
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
  }
}
const corpus = join(dir, 'corpus.jsonl');
await writeFile(corpus, `${lines.join('\n')}\n`);

const lexicon = await loadLexicon();
const cacheDir = withCache ? join(dir, 'cache') : undefined;

async function timedBuild() {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  // The corpus is one JSONL file larger than the default 20 MB file limit.
  const result = await buildFromPaths([corpus], { lexicon, maxBytes: bytes * 2, workers, cacheDir });
  const seconds = (performance.now() - started) / 1000;
  // CPU seconds of every thread: on a shared machine wall time stretches, CPU time much less.
  const cpu = process.cpuUsage(cpuStart);
  return { result, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const { result, seconds, cpuSeconds } = await timedBuild();
if (result.issues.length) console.error(result.issues.slice(0, 5).map((i) => i.message).join('\n'));
const text = result.documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const t = result.timings;
const report = {
  corpus: docs > 0 ? `news-like, ${docs} articles` : 'seeds repeated',
  workers,
  documents: result.documents.length,
  inputMB: +(bytes / 1024 / 1024).toFixed(1),
  textMB: +(text / 1024 / 1024).toFixed(1),
  seconds: +seconds.toFixed(2),
  throughputMBps: +(text / 1024 / 1024 / seconds).toFixed(2),
  cpuSeconds: +cpuSeconds.toFixed(2),
  cpuMBps: +(text / 1024 / 1024 / cpuSeconds).toFixed(2),
  // With two or more workers ingest runs inside the extract stage (streamed to the workers).
  extractMBps: +(text / 1024 / 1024 / (t.extractMs / 1000)).toFixed(2),
  stagesMs: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  entities: result.snapshot.nodes.filter((n) => n.attributes.kind === 'entity').length,
  facts: result.snapshot.edges.filter((e) => e.attributes.kind === 'fact').length,
};

if (withCache) {
  // Change one article (append a sentence to the first line's text) and build again.
  const changed = JSON.parse(lines[0]);
  changed.text += '\nUpdated.';
  lines[0] = JSON.stringify(changed);
  await writeFile(corpus, `${lines.join('\n')}\n`);
  const again = await timedBuild();
  report.rebuild = {
    seconds: +again.seconds.toFixed(2),
    cpuSeconds: +again.cpuSeconds.toFixed(2),
    ratio: +(again.seconds / seconds).toFixed(3),
    cpuRatio: +(again.cpuSeconds / cpuSeconds).toFixed(3),
    cache: again.result.cache,
    stagesMs: Object.fromEntries(Object.entries(again.result.timings).map(([k, v]) => [k, Math.round(v)])),
  };
}
console.log(JSON.stringify(report, null, 2));
if (!keep) await rm(dir, { recursive: true, force: true });
else console.error(`corpus kept in ${corpus}`);
