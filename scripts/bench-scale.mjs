#!/usr/bin/env node
// Scale benchmark: `kg build` on the news-like generated corpus at growing sizes, each run in
// its own process (so peak RSS is that run's), then a check that cost grows no faster than
// n log n: for each step, (cost ratio) ≤ (n log n ratio) × SLACK.
// Usage: npm run build && node scripts/bench-scale.mjs [--sizes 1000,10000,100000] [--workers 2]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Room for noise on a shared machine and for fixed start-up costs that shrink relatively. */
const SLACK = 1.25;

const args = process.argv.slice(2);
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '1000,10000,100000').split(',').map(Number);
const workers = args.includes('--workers') ? args[args.indexOf('--workers') + 1] : '0';
const bench = fileURLToPath(new URL('./bench.mjs', import.meta.url));

const rows = [];
for (const docs of sizes) {
  const out = execFileSync(process.execPath, [bench, '--docs', String(docs), '--workers', workers], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const r = JSON.parse(out);
  rows.push({ docs, seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakRssMB: r.peakRssMB, entities: r.entities, facts: r.facts, textMB: r.textMB, stagesMs: r.stagesMs });
  console.error(JSON.stringify(rows.at(-1)));
}
const nlogn = (n) => n * Math.log2(n);
const growth = [];
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1];
  const b = rows[i];
  const allowed = (nlogn(b.docs) / nlogn(a.docs)) * SLACK;
  // CPU seconds: wall time on a shared machine says more about the neighbours than about kg.
  const ratio = b.cpuSeconds / a.cpuSeconds;
  // Per stage too (wall ms, so noisier): a stage can grow too fast while extraction hides it in the total.
  const stages = Object.fromEntries(Object.keys(b.stagesMs).map((k) => [k, +(b.stagesMs[k] / Math.max(1, a.stagesMs[k])).toFixed(2)]));
  growth.push({ from: a.docs, to: b.docs, cpuRatio: +ratio.toFixed(2), allowed: +allowed.toFixed(2), ok: ratio <= allowed, stageRatios: stages, stagesOverNLogN: Object.keys(stages).filter((k) => stages[k] > allowed) });
}
console.log(JSON.stringify({ workers: Number(workers), rows, growth, withinNLogN: growth.every((g) => g.ok) }, null, 2));
