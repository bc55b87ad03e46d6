/** Shared pieces of the reliability suite (issue #15). */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseSnapshot } from '../../../src/snapshot/io.js';
import type { Snapshot } from '../../../src/snapshot/schema.js';
import type { RunResult } from '../../support/run-kg.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
export const SEEDS = join(ROOT, 'seeds');

/** E_INTERNAL is for bugs only: no user-reachable path may end in it, nor print a stack. */
export function expectNoInternal(r: RunResult): void {
  expect(r.stderr).not.toContain('E_INTERNAL');
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/u);
  expect(r.code).not.toBe(70);
}

export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `kg-rel-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function loadSnapshotFile(path: string): Promise<Snapshot> {
  return parseSnapshot(JSON.parse(await readFile(path, 'utf8')), path);
}
