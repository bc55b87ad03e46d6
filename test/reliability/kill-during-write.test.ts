/**
 * Row 3: a kill while a snapshot is written over a good one must leave the good one whole.
 * Writes go to a temporary file in the same folder, are flushed, and then renamed over the
 * target (src/io/atomic-write.ts). Here a child process is killed at chosen points of one
 * write, and a full `kg build` is killed at 20 seeded random moments; after each kill the
 * previous snapshot must still load.
 */
import { spawn } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEMP_PREFIX } from '../../src/io/atomic-write.js';
import { runKg } from '../support/run-kg.js';
import { sharedSeedsSnapshot } from '../support/seeds-snapshot.js';
import { BIN, loadSnapshotFile, ROOT, SEEDS, tempDir } from './support/helpers.js';

/** Plain JavaScript on dist/io/atomic-write.js (built by `npm test` before vitest runs). */
const WRITE_CHILD = join(import.meta.dirname, 'support', 'write-child.mjs');

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('kill')));
afterAll(async () => cleanup());

/** Starts the write child and resolves once it printed "AT <point>". */
function startWriter(path: string, size: number, point: 'before-rename' | 'mid-write') {
  // Node itself, no wrapper (tsx's CLI, say, runs the script in a grandchild that a SIGKILL of
  // the CLI leaves running, so the killed writer would still be alive).
  const child = spawn(process.execPath, [WRITE_CHILD, path, String(size), point], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const reached = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      if (out.includes(`AT ${point}`)) resolve();
    });
    child.on('exit', () => reject(new Error(`writer exited before ${point}: ${out}`)));
  });
  return { child, reached, exited };
}

describe('row 3: kill during a write', () => {
  const OLD = 'the previous snapshot, whole\n';

  for (const signal of ['SIGKILL', 'SIGINT'] as const) {
    it(`${signal} just before the rename: the previous file is untouched`, async () => {
      const path = join(dir, `${signal}-before.json`);
      await writeFile(path, OLD);
      const w = startWriter(path, 1 << 20, 'before-rename');
      await w.reached;
      w.child.kill(signal);
      await w.exited;
      expect(await readFile(path, 'utf8')).toBe(OLD);
    });
  }

  it('SIGKILL while the temporary file is being written: the previous file is untouched', async () => {
    const path = join(dir, 'mid.json');
    await writeFile(path, OLD);
    const size = 128 << 20; // large enough that the write is still going when the kill lands
    const w = startWriter(path, size, 'mid-write');
    await w.reached;
    // Wait until the temporary file exists, then kill: the data is half written.
    for (let i = 0; i < 2000; i++) {
      if ((await readdir(dir)).some((n) => n.startsWith(`${TEMP_PREFIX}mid.json`))) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    w.child.kill('SIGKILL');
    await w.exited;
    expect(await readFile(path, 'utf8')).toBe(OLD);
  });

  it('the next write removes temporary files that killed writers left', async () => {
    const before = (await readdir(dir)).filter((n) => n.startsWith(TEMP_PREFIX));
    expect(before.length).toBeGreaterThan(0);
    const { writeFileAtomic } = await import('../../src/io/atomic-write.js');
    for (const name of ['SIGKILL-before.json', 'SIGINT-before.json', 'mid.json']) await writeFileAtomic(join(dir, name), 'new\n');
    expect((await readdir(dir)).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
  });

  it('a full kg build killed at 20 seeded random moments never leaves a snapshot that fails to load', async () => {
    const out = join(dir, 'build');
    // Every build of this test reads one extraction cache of its own, filled by the first,
    // so all do the same work (a cold first child had been twice as slow as the others).
    // It starts as a copy of the run's extraction cache, which the run's seeds snapshots
    // filled with these articles' extractions (test/support/seeds-snapshot.ts; the build waits
    // for them or makes them): the first build reads them instead of extracting the seeds
    // again, and no build of this test writes to the cache other files read.
    await sharedSeedsSnapshot('articles');
    await cp(inject('seedsSnapshots').cacheDir, join(dir, 'extraction-cache'), { recursive: true });
    const env = { ...process.env, KG_CACHE_DIR: join(dir, 'extraction-cache') };
    expect((await runKg(['build', SEEDS, '--out', out, '--quiet'], { env: { KG_CACHE_DIR: env.KG_CACHE_DIR } })).code).toBe(0);
    const previous = await readFile(join(out, 'graph.json'), 'utf8');
    // How long a build takes here, so the kill moments cover all of it (start-up, reading, the
    // write): the shorter of two timed builds, lowered to any build that finishes sooner,
    // because on a shared machine one build can take twice as long as the next, and kills
    // planned for a slow build would mostly come after fast ones had finished.
    const build = () => spawn(process.execPath, [BIN, 'build', SEEDS, '--out', out, '--quiet'], { stdio: 'ignore', env });
    const timedBuild = async () => {
      const started = Date.now();
      await new Promise<void>((resolve) => build().on('exit', () => resolve()));
      return Date.now() - started;
    };
    let duration = Math.min(await timedBuild(), await timedBuild());
    // Each kill at a seeded fraction of that duration: a build as fast as the fastest one
    // seen is killed just before its end, a faster one may finish.
    const fractions = fc.sample(fc.integer({ min: 0, max: 1000 }), { seed: 15, numRuns: 20 }).map((n) => n / 1000);
    const outcomes = { killed: 0, finished: 0 };
    for (const fraction of fractions) {
      const started = Date.now();
      const child = build();
      const timer = setTimeout(() => child.kill('SIGKILL'), Math.round(fraction * duration));
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
      clearTimeout(timer);
      outcomes[signal === 'SIGKILL' ? 'killed' : 'finished']++;
      if (signal !== 'SIGKILL') duration = Math.min(duration, Date.now() - started);
      const snapshot = await loadSnapshotFile(join(out, 'graph.json'));
      expect(snapshot.nodes.length).toBeGreaterThan(0);
      // Builds of the same input give the same snapshot but for the generator line.
      expect((await readFile(join(out, 'graph.json'), 'utf8')).length).toBe(previous.length);
    }
    console.info(`[kill during write] ${outcomes.killed} builds killed, ${outcomes.finished} finished`);
    expect(outcomes.killed).toBeGreaterThan(10);
    // A killed build's lock does not block the next one.
    expect((await runKg(['build', SEEDS, '--out', out, '--quiet'], { env: { KG_CACHE_DIR: env.KG_CACHE_DIR } })).code).toBe(0);
  }, 180_000);
});
