/**
 * The snapshot of seeds/ built by the real pipeline. src/pipeline/index.ts is written in
 * parallel; until it exists the seeds tests skip (the eval tests do the same).
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { sharedSeedsSnapshot } from '../support/seeds-snapshot.js';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
const PIPELINE = join(import.meta.dirname, '../../src/pipeline/index.ts');
export const HAS_PIPELINE = existsSync(PIPELINE);
export const PIPELINE_SUFFIX = HAS_PIPELINE ? '' : ' (SKIPPED: src/pipeline/index.ts does not exist yet)';

type BuildFromPaths = (paths: string[], options?: { lang?: string }) => Promise<{ snapshot: Snapshot }>;

export async function seedArticles(): Promise<string[]> {
  return (await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.txt')).sort().map((n) => join(SEEDS_DIR, n));
}

export async function buildSnapshot(paths: string[]): Promise<Snapshot> {
  const { buildFromPaths } = (await import(pathToFileURL(PIPELINE).href)) as { buildFromPaths: BuildFromPaths };
  return (await buildFromPaths(paths)).snapshot;
}

/** The snapshot of the sorted seed articles, built once per run (test/support/seeds-snapshot.ts). */
export async function seedsSnapshot(): Promise<Snapshot> {
  return sharedSeedsSnapshot('articles');
}
