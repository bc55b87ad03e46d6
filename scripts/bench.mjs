#!/usr/bin/env node
// Throughput and memory benchmark of `kg build` end to end (what the CLI runs: read, extract,
// resolve, build, and the snapshot written to disk), one JSON report.
// Usage: npm run bench [-- options]   (after npm run build)
//   --mb 20            seed articles repeated to at least this many MB (the default corpus)
//   --docs 10000       the news-like generated corpus (scripts/news-corpus.mjs) of this many articles instead
//   --corpus FILE      an existing corpus file (JSONL) instead of generating one
//   --workers 0        worker threads (default 0: kg's automatic choice; 1: in-process)
//   --cache            use a fresh extraction cache; then change one article and rebuild, reporting the ratio
//   --keep             keep the corpus folder
// Each seed copy gets a distinct last line, so ingest does not fold the copies into one document.
// The corpus is written to a file as it is generated and each build runs in a process of its
// own, so peakRssMB is the build's alone. Figures: wall seconds (stretch on a shared machine),
// CPU seconds of all threads of the build, peak RSS, the load average before and after.
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);

if (args[0] === '--build') {
  // The child: one build of one corpus, figures on stdout.
  const [, corpus, workers, cacheDir, out] = args;
  const { buildFromPaths } = await import('../dist/pipeline/index.js');
  // As the CLI does (dist/cli/bin.js).
  (await import('../dist/pipeline/memory.js')).boundHeapGrowth();
  (await import('../dist/pipeline/jit.js')).limitInlining();
  const { writeSnapshotParts } = await import('../dist/snapshot/write.js');
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await buildFromPaths([corpus], { maxBytes: Number.MAX_SAFE_INTEGER, workers: Number(workers), cacheDir: cacheDir === '-' ? undefined : cacheDir });
  const built = performance.now();
  await writeSnapshotParts(result.parts, join(out, 'graph.json'));
  const seconds = (performance.now() - started) / 1000;
  // CPU seconds of every thread: on a shared machine wall time stretches, CPU time much less.
  const cpu = process.cpuUsage(cpuStart);
  if (result.issues.length) console.error(result.issues.slice(0, 5).map((i) => i.message).join('\n'));
  const entities = result.parts.nodes.filter(([, a]) => a.kind === 'entity').length;
  console.log(
    JSON.stringify({
      documents: result.documents.length,
      textBytes: result.textBytes,
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      stagesMs: { ...result.timings, writeMs: performance.now() - built },
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      entities,
      facts: result.parts.facts.length,
      cache: result.cache,
    }),
  );
  process.exit(0);
}

const mb = Number(opt('--mb', 20));
const docs = Number(opt('--docs', 0));
const given = opt('--corpus', undefined);
const workers = opt('--workers', '0');
const withCache = args.includes('--cache');
const keep = args.includes('--keep');

const dir = await mkdtemp(join(tmpdir(), 'kg-bench-'));
let corpus = given;
const label = given ? `file ${given}` : docs > 0 ? `news-like, ${docs} articles` : 'seeds repeated';
if (!given) {
  corpus = join(dir, 'corpus.jsonl');
  const out = createWriteStream(corpus);
  const write = (line) => (out.write(`${line}\n`) ? undefined : new Promise((r) => out.once('drain', r)));
  if (docs > 0) {
    const { newsCorpus } = await import('./news-corpus.mjs');
    for (const line of newsCorpus(docs)) await write(line);
  } else {
    const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));
    const seeds = [];
    for (const f of (await readdir(seedsDir)).sort()) if (f.endsWith('.txt')) seeds.push(await readFile(join(seedsDir, f), 'utf8'));
    let bytes = 0;
    let n = 0;
    for (let copy = 0; bytes < mb * 1024 * 1024; copy++) {
      for (const text of seeds) {
        const line = JSON.stringify({ id: `copy${copy}-${n++}`, text: `${text}\nRef ${copy}.` });
        bytes += Buffer.byteLength(line) + 1;
        await write(line);
      }
    }
  }
  await new Promise((r) => out.end(r));
}
const inputBytes = (await stat(corpus)).size;
const cacheDir = withCache ? join(dir, 'cache') : '-';

function build() {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const stdout = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--build', corpus, workers, cacheDir, out], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

const loadBefore = loadavg()[0];
const r = build();
const textMB = r.textBytes / 1024 / 1024;
const report = {
  corpus: label,
  workers: Number(workers),
  documents: r.documents,
  inputMB: +(inputBytes / 1024 / 1024).toFixed(1),
  textMB: +textMB.toFixed(1),
  seconds: +r.seconds.toFixed(2),
  throughputMBps: +(textMB / r.seconds).toFixed(2),
  cpuSeconds: +r.cpuSeconds.toFixed(2),
  cpuMBps: +(textMB / r.cpuSeconds).toFixed(2),
  // With builds from paths, ingest runs inside the extract stage (streamed to the workers).
  stagesMs: Object.fromEntries(Object.entries(r.stagesMs).map(([k, v]) => [k, Math.round(v)])),
  peakRssMB: r.peakRssMB,
  entities: r.entities,
  facts: r.facts,
  loadAverage: [+loadBefore.toFixed(1), +loadavg()[0].toFixed(1)],
};

if (withCache) {
  // Change one article (append a sentence to the first line's text) and build again; a given corpus is changed in a copy.
  const text = await readFile(corpus, 'utf8');
  const nl = text.indexOf('\n');
  const changed = JSON.parse(text.slice(0, nl));
  changed.text += '\nUpdated.';
  corpus = join(dir, 'changed.jsonl');
  await writeFile(corpus, `${JSON.stringify(changed)}${text.slice(nl)}`);
  const again = build();
  report.rebuild = {
    seconds: +again.seconds.toFixed(2),
    cpuSeconds: +again.cpuSeconds.toFixed(2),
    ratio: +(again.seconds / r.seconds).toFixed(3),
    cpuRatio: +(again.cpuSeconds / r.cpuSeconds).toFixed(3),
    cache: again.cache,
    peakRssMB: again.peakRssMB,
    stagesMs: Object.fromEntries(Object.entries(again.stagesMs).map(([k, v]) => [k, Math.round(v)])),
  };
}
console.log(JSON.stringify(report, null, 2));
if (!keep) await rm(dir, { recursive: true, force: true });
else console.error(`corpus kept in ${corpus}`);
