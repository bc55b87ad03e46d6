#!/usr/bin/env node
// Extraction-only A/B of two builds of kg in one process: both `dist/` trees are loaded and
// extract the same documents alternately, ten at a time; each side's CPU time is summed. On a
// shared machine the neighbours then slow both sides alike, so the ratio holds when wall
// seconds do not. The documents: the .txt articles under the given folders (language = the
// two-letter folder they sit in), repeated to --mb MB.
// Usage: node scripts/bench-ab.mjs <kg-root-A> <kg-root-B> [--mb 2] [folders...]
//   e.g. git worktree of the old commit built into /tmp/kg-old:
//   node scripts/bench-ab.mjs /tmp/kg-old . --mb 1 test/fixtures/news/dev/en test/fixtures/dev2/en test/fixtures/dev/en
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const roots = args.slice(0, 2).map((r) => resolve(r));
const mbAt = args.indexOf('--mb');
const mb = mbAt >= 0 ? Number(args[mbAt + 1]) : 2;
const folders = args.slice(2).filter((a, i, all) => a !== '--mb' && all[i - 1] !== '--mb');
if (folders.length === 0) folders.push('test/fixtures/news/dev', 'test/fixtures/dev2');
const STEP = 10;

const impl = [];
for (const root of roots) {
  const { extractDocument } = await import(join(root, 'dist/extract/index.js'));
  const { packFor } = await import(join(root, 'dist/lang/index.js'));
  const { loadLexicon } = await import(join(root, 'dist/lexicon/load.js'));
  impl.push({ root, extractDocument, packFor, lexicon: await loadLexicon(), cpu: 0, claims: 0 });
}
const docs = [];
function walk(dir, lang) {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p, /^[a-z]{2}$/u.test(f) ? f : lang);
    else if (f.endsWith('.txt') && lang) docs.push({ text: readFileSync(p, 'utf8'), lang });
  }
}
for (const f of folders) walk(resolve(f), /([a-z]{2})\/?$/u.exec(f)?.[1]);
const all = [];
let chars = 0;
for (let c = 0; chars < mb * 1048576; c++) {
  for (const d of docs) {
    all.push({ key: `k${all.length}`, text: `${d.text}\nRef ${c}.`, lang: d.lang });
    chars += d.text.length;
  }
}
// Warm-up: compile every pack's lists on both sides before timing.
for (const m of impl) for (const d of all.slice(0, 80)) m.extractDocument(d, { pack: m.packFor(d.lang), lexicon: m.lexicon });
for (let i = 0; i < all.length; i += STEP) {
  for (const k of (i / STEP) % 2 ? [1, 0] : [0, 1]) {
    const m = impl[k];
    const t = process.cpuUsage();
    for (const d of all.slice(i, i + STEP)) m.claims += m.extractDocument(d, { pack: m.packFor(d.lang), lexicon: m.lexicon }).claims.length;
    const c = process.cpuUsage(t);
    m.cpu += (c.user + c.system) / 1e6;
  }
}
for (const m of impl) console.log(`${m.root}: ${m.cpu.toFixed(2)} CPU s, ${(chars / 1048576 / m.cpu).toFixed(2)} MB/s, ${m.claims} claims`);
console.log(`B is ${(impl[0].cpu / impl[1].cpu).toFixed(2)}× as fast as A${impl[0].claims === impl[1].claims ? '' : ' (claims differ: not the same extractor output)'}`);
