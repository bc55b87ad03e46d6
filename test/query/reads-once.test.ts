/** A command reads the snapshot file once, however many lookups its answer takes. */
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FIXTURE_PATH } from './helpers.js';

const reads: string[] = [];
const originalReadFile = fsp.readFile;

// Counts readFile calls without vi.mock, which would need a module graph of this file's own
// (vitest.config.ts shares one per worker): node:fs/promises is a builtin, so replacing the
// function on its exports object and syncing the ES module bindings reaches every importer.
beforeEach(() => {
  reads.length = 0;
  fsp.readFile = ((path: Parameters<typeof originalReadFile>[0], ...rest: unknown[]) => {
    reads.push(String(path));
    return (originalReadFile as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof originalReadFile;
  syncBuiltinESMExports();
});
afterEach(() => {
  fsp.readFile = originalReadFile;
  syncBuiltinESMExports();
});

async function run(...argv: string[]): Promise<number> {
  return main(argv, { stdout: { write: () => true }, stderr: { write: () => true }, stdin: process.stdin, env: {}, cwd: process.cwd(), exitCode: 0 });
}

describe('the snapshot is read once per command', () => {
  it.each([
    ['ask', 'What connects Jason Droege and Mark Zuckerberg?'],
    ['ask', 'Who joined Meta?'],
    ['entity', 'Meta'],
  ])('kg %s %s', async (...argv) => {
    expect(await run(...argv, '--snapshot', FIXTURE_PATH)).toBe(0);
    expect(reads.filter((p) => p === FIXTURE_PATH)).toHaveLength(1);
  });

  it('counts every read: the count above can fail', async () => {
    const { readSnapshot } = await import('../../src/snapshot/io.js');
    await readSnapshot(FIXTURE_PATH);
    await readSnapshot(FIXTURE_PATH);
    expect(reads.filter((p) => p === FIXTURE_PATH)).toHaveLength(2);
  });
});
