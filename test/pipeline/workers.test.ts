/**
 * Worker threads run the compiled extractor (dist/), so this test drives the built CLI
 * (`npm test` builds first) and compares a two-worker build with an in-process one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
/** More documents than one worker batch (64), so that two workers share the work. */
const COPIES = 14;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-workers-'));
  const seeds = (await readdir(join(ROOT, 'seeds'))).filter((f) => f.endsWith('.txt')).sort();
  const lines: string[] = [];
  for (let i = 0; i < COPIES; i++) {
    for (const f of seeds) lines.push(JSON.stringify({ id: `${f}-${i}`, text: `${await readFile(join(ROOT, 'seeds', f), 'utf8')}\nRef ${i}.` }));
  }
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
  oneThread ??= Promise.resolve().then(() => {
    kg('build', 'corpus.jsonl', '--workers', '1', '--out', 'one', '--quiet', '--no-cache');
    return readFile(join(dir, 'one', 'graph.json'), 'utf8');
  });
  return oneThread;
}

describe.skipIf(!existsSync(BIN))('extraction in worker threads (built CLI; run npm run build first)', () => {
  it('gives the same snapshot as extraction in one thread', async () => {
    const one = await oneThreadSnapshot();
    kg('build', 'corpus.jsonl', '--workers', '2', '--out', 'two', '--quiet', '--no-cache');
    const two = await readFile(join(dir, 'two', 'graph.json'), 'utf8');
    expect(JSON.parse(two).nodes.length).toBeGreaterThan(COPIES * 5);
    expect(two).toBe(one);
  }, 120_000);

  it('gives the same snapshot with the extraction cache, cold and warm, with two workers', async () => {
    const plain = await oneThreadSnapshot();
    for (const out of ['cold', 'warm']) {
      const stdout = kg('build', 'corpus.jsonl', '--workers', '2', '--out', out, '--cache-dir', 'cache');
      expect(await readFile(join(dir, out, 'graph.json'), 'utf8')).toBe(plain);
      expect(stdout).toContain(`cache      ${out === 'cold' ? 0 : COPIES * 5} of ${COPIES * 5} extractions reused`);
    }
  }, 120_000);
});
