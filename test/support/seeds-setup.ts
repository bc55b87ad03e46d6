/**
 * Builds the seeds snapshot once for the whole run (vitest globalSetup) instead of once per
 * test file: the build, not the tests, was most of the time of the seeds suites. Two
 * variants, as the tests built them: `kg build seeds` run from the repository (document
 * paths `seeds/…`), and the sorted list of article files (absolute paths). Each test file
 * reads the JSON back through parseSnapshot, so it gets its own copy to read. The two builds
 * share an extraction cache of this run only, so the second one does not extract the same
 * articles again (test/pipeline/cache.test.ts shows a cached build gives the same snapshot).
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFromPaths } from '../../src/pipeline/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS_DIR = join(ROOT, 'seeds');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Files holding the seeds snapshot: `folder` as `kg build seeds` writes it, `articles` built from the file list. */
    seedsSnapshots: { folder: string; articles: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-seeds-'));
  const articles = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.txt')).sort().map((n) => join(SEEDS_DIR, n));
  const files = { folder: join(dir, 'folder.json'), articles: join(dir, 'articles.json') };
  const options = { cacheDir: join(dir, 'extractions') };
  // Relative to the working directory, as the tests that build `seeds` did.
  const folder = (await buildFromPaths([relative(process.cwd(), SEEDS_DIR) || SEEDS_DIR], options)).snapshot;
  await writeFile(files.folder, JSON.stringify(folder));
  await writeFile(files.articles, JSON.stringify((await buildFromPaths(articles, options)).snapshot));
  project.provide('seedsSnapshots', files);
  return () => rm(dir, { recursive: true, force: true });
}
