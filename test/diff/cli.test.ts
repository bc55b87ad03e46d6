import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotDiff } from '../../src/diff/diff.js';
import { runKg } from '../support/run-kg.js';
import { changedSnapshot, SMALL_SNAPSHOT_PATH } from './fixtures.js';

let workdir: string;
beforeAll(async () => {
  workdir = await mkdtemp(join(tmpdir(), 'kg-diff-'));
  await writeFile(join(workdir, 'new.json'), JSON.stringify(changedSnapshot()));
});
afterAll(async () => {
  await rm(workdir, { recursive: true, force: true });
});

describe('kg diff', () => {
  it('prints the changes as text and exits 0', async () => {
    const { code, stdout } = await runKg(['diff', SMALL_SNAPSHOT_PATH, 'new.json'], { cwd: workdir });
    expect(code).toBe(0);
    expect(stdout).toContain('amount: US$14.3 billion → US$15 billion');
    expect(stdout).toContain('Facts added (1)');
  });

  it('prints JSON for machines with --json', async () => {
    const { code, stdout } = await runKg(['diff', SMALL_SNAPSHOT_PATH, 'new.json', '--json'], { cwd: workdir });
    expect(code).toBe(0);
    const diff = JSON.parse(stdout) as SnapshotDiff;
    expect(diff.facts.changed[0].qualifierChanges).toEqual([{ name: 'amount', old: 14.3e9, new: 15e9 }]);
    expect(diff.identical).toBe(false);
  });

  it('exits 1 on differences only with --exit-code', async () => {
    expect((await runKg(['diff', SMALL_SNAPSHOT_PATH, 'new.json', '--exit-code'], { cwd: workdir })).code).toBe(1);
    const same = await runKg(['diff', SMALL_SNAPSHOT_PATH, SMALL_SNAPSHOT_PATH, '--exit-code'], { cwd: workdir });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No changes');
  });

  it('needs two snapshots and names a missing one', async () => {
    expect((await runKg(['diff', SMALL_SNAPSHOT_PATH], { cwd: workdir })).code).toBe(2);
    const missing = await runKg(['diff', SMALL_SNAPSHOT_PATH, 'gone.json'], { cwd: workdir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('snapshot not found');
  });
});
