/** Shared by the query tests: the small fixture snapshot, read once, and a backend over it. */
import { existsSync, readFileSync } from 'node:fs';
import { parseSnapshot, type Snapshot } from '../../src/snapshot/index.js';
import { SnapshotBackend } from '../../src/query/snapshot-backend.js';
import { sharedSeedsSnapshot } from '../support/seeds-snapshot.js';

export const FIXTURE_PATH = new URL('../fixtures/snapshot.small.json', import.meta.url).pathname;

let cached: Snapshot | undefined;
export function fixtureSnapshot(): Snapshot {
  cached ??= parseSnapshot(JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')), FIXTURE_PATH);
  return cached;
}

export function fixtureBackend(): SnapshotBackend {
  return new SnapshotBackend(fixtureSnapshot());
}

/** True once the lead's pipeline exists; tests on the real seeds skip visibly before that. */
export const PIPELINE_PATH = new URL('../../src/pipeline/index.ts', import.meta.url).pathname;
export const SEEDS_DIR = new URL('../../seeds', import.meta.url).pathname;
export const hasPipeline = existsSync(PIPELINE_PATH);

let seeds: Promise<Snapshot> | undefined;
/** The snapshot `kg build seeds` writes, built once per run (test/support/seeds-snapshot.ts). */
export function seedsSnapshot(): Promise<Snapshot> {
  seeds ??= sharedSeedsSnapshot('folder');
  return seeds;
}
