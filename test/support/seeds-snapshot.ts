/**
 * The seeds snapshots, built once per run and read back as a fresh copy by every caller.
 * Two variants, as the tests built them: `kg build seeds` run from the repository (document
 * paths `seeds/…`), and the sorted list of article files (absolute paths). The first caller
 * of a variant builds it and writes it atomically to the folder ./seeds-setup.ts made for
 * the run; the callers after it, in any worker, read that file. Two workers asking at once
 * may both build it: the same snapshot, and each file is written whole. The builds share an
 * extraction cache of this run only, so a second build does not extract the same articles
 * again (test/pipeline/cache.test.ts shows a cached build gives the same snapshot).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import { buildFromPaths } from '../../src/pipeline/index.js';
import { parseSnapshot } from '../../src/snapshot/io.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

type Variant = 'folder' | 'articles';

const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');
const building = new Map<Variant, Promise<void>>();

async function build(variant: Variant): Promise<void> {
  const files = inject('seedsSnapshots');
  const paths =
    variant === 'folder'
      ? // Relative to the working directory, as the tests that build `seeds` did.
        [relative(process.cwd(), SEEDS_DIR) || SEEDS_DIR]
      : (await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.txt')).sort().map((n) => join(SEEDS_DIR, n));
  const { snapshot } = await buildFromPaths(paths, { cacheDir: files.cacheDir });
  const temp = `${files[variant]}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(snapshot));
  await rename(temp, files[variant]);
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
