/**
 * The seeds snapshots, built once per run and read back as a fresh copy by every caller.
 * Two variants, as the tests built them: `kg build seeds` run from the repository (document
 * paths `seeds/…`), and the sorted list of article files (absolute paths). The first caller
 * of a variant builds it and writes it atomically to the folder ./seeds-setup.ts made for
 * the run; the callers after it, in any worker, read that file. A worker that asks while
 * another builds it waits for that build (a `.building` file marks it) instead of building
 * the same snapshot beside it: the two Neo4j files both ask for it as the run starts. Should
 * that build not come (its worker died), the waiter builds it itself: the same snapshot, and
 * each file is written whole. The builds share an extraction cache of this run only, so a
 * second build does not extract the same articles again (test/pipeline/cache.test.ts shows
 * a cached build gives the same snapshot).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import { buildFromPaths } from '../../src/pipeline/index.js';
import { parseSnapshot } from '../../src/snapshot/io.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

type Variant = 'folder' | 'articles';

const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');
const building = new Map<Variant, Promise<void>>();

/** How long a worker waits for another worker's build of a variant before it builds it itself. */
const OTHER_BUILD_WAIT_MS = 120_000;

async function build(variant: Variant): Promise<void> {
  const files = inject('seedsSnapshots');
  const marker = `${files[variant]}.building`;
  try {
    await writeFile(marker, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // Another worker builds it: wait for its file.
    const deadline = Date.now() + OTHER_BUILD_WAIT_MS;
    while (!existsSync(files[variant]) && existsSync(marker) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (existsSync(files[variant])) return;
  }
  const paths =
    variant === 'folder'
      ? // Relative to the working directory, as the tests that build `seeds` did.
        [relative(process.cwd(), SEEDS_DIR) || SEEDS_DIR]
      : (await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.txt')).sort().map((n) => join(SEEDS_DIR, n));
  try {
    const { snapshot } = await buildFromPaths(paths, { cacheDir: files.cacheDir });
    const temp = `${files[variant]}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(snapshot));
    await rename(temp, files[variant]);
  } finally {
    // A failed build lets the waiting workers try their own at once.
    await rm(marker, { force: true });
  }
}

export async function sharedSeedsSnapshot(variant: Variant): Promise<Snapshot> {
  const path = inject('seedsSnapshots')[variant];
  if (!existsSync(path)) {
    let done = building.get(variant);
    if (!done) {
      done = build(variant);
      building.set(variant, done);
    }
    await done;
  }
  return parseSnapshot(JSON.parse(readFileSync(path, 'utf8')), path);
}
