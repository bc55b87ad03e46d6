/**
 * A folder for the seeds snapshots of this run (vitest globalSetup): the first test file
 * that needs one builds it there and every other file of the run reads it back
 * (./seeds-snapshot.ts), instead of each file building its own: the build, not the tests,
 * was most of the time of the seeds suites. The build runs in the test workers, beside
 * other files, not here before any file may start.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the seeds snapshots of this run go: `folder` as `kg build seeds` writes it, `articles` built from the file list, and their extraction cache. */
    seedsSnapshots: { folder: string; articles: string; cacheDir: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-seeds-'));
  project.provide('seedsSnapshots', { folder: join(dir, 'folder.json'), articles: join(dir, 'articles.json'), cacheDir: join(dir, 'extractions') });
  return () => rm(dir, { recursive: true, force: true });
}
