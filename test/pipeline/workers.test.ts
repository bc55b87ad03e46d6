/**
 * Worker threads run the compiled extractor (dist/), so this test drives the built CLI
 * (`npm test` builds first) for the builds with workers, and compares them with a build in
 * one thread: `kg build --workers 1` run in this process (runKg), which spawns no thread,
 * so it needs no process of its own either.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from '../support/run-kg.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
/** More documents than one worker batch (64), so that two workers share the work. */
const MIN_DOCUMENTS = 65;

let dir: string;
/** Documents in the corpus: one per paragraph (line) of the seed articles (de, nl, tr, ar). */
let documents: number;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-workers-'));
  const seeds = (await readdir(join(ROOT, 'seeds'))).filter((f) => f.endsWith('.txt')).sort();
  // Paragraphs, not whole articles: the batches and threads are under test, and the seeds'
  // 83 paragraphs make two batches with a fourteenth of the text of 14 copies of the articles.
  const paragraphs = new Map<string, string>();
  for (const f of seeds) {
    for (const [n, line] of (await readFile(join(ROOT, 'seeds', f), 'utf8')).split('\n').entries()) {
      if (line.trim() !== '' && !paragraphs.has(line.trim())) paragraphs.set(line.trim(), `${f}:${n + 1}`);
    }
  }
  documents = paragraphs.size;
  const lines = [...paragraphs].map(([text, id]) => JSON.stringify({ id, text }));
  await writeFile(join(dir, 'corpus.jsonl'), `${lines.join('\n')}\n`);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** Runs the built CLI in the corpus folder; its stdout. */
function kg(...args: string[]): string {
  return execFileSync(process.execPath, [BIN, ...args], { cwd: dir, stdio: 'pipe' }).toString();
}

let oneThread: Promise<string> | undefined;
/** The snapshot of an extraction in one thread without the cache: both tests compare with it, so it is built once. */
function oneThreadSnapshot(): Promise<string> {
  oneThread ??= (async () => {
    const r = await runKg(['build', 'corpus.jsonl', '--workers', '1', '--out', 'one', '--quiet', '--no-cache'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    return readFile(join(dir, 'one', 'graph.json'), 'utf8');
  })();
  return oneThread;
}

describe.skipIf(!existsSync(BIN))('extraction in worker threads (built CLI; run npm run build first)', () => {
  it('gives the same snapshot as extraction in one thread', async () => {
    const one = await oneThreadSnapshot();
    kg('build', 'corpus.jsonl', '--workers', '2', '--out', 'two', '--quiet', '--no-cache');
    const two = await readFile(join(dir, 'two', 'graph.json'), 'utf8');
    expect(documents).toBeGreaterThanOrEqual(MIN_DOCUMENTS);
    expect(JSON.parse(two).nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === 'document')).toHaveLength(documents);
    expect(two).toBe(one);
  }, 120_000);

  it('gives the same snapshot with the extraction cache, cold and warm, with two workers', async () => {
    const plain = await oneThreadSnapshot();
    for (const out of ['cold', 'warm']) {
      const stdout = kg('build', 'corpus.jsonl', '--workers', '2', '--out', out, '--cache-dir', 'cache');
      expect(await readFile(join(dir, out, 'graph.json'), 'utf8')).toBe(plain);
      expect(stdout).toContain(`cache      ${out === 'cold' ? 0 : documents} of ${documents} extractions reused`);
    }
  }, 120_000);
});
