/** A command reads the snapshot file once, however many lookups its answer takes. */
import { describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    readFile: ((path: Parameters<typeof original.readFile>[0], ...rest: unknown[]) => {
      reads.push(String(path));
      return (original.readFile as (...a: unknown[]) => unknown)(path, ...rest);
    }) as typeof original.readFile,
  };
});

const { main } = await import('../../src/cli/main.js');
const { FIXTURE_PATH } = await import('./helpers.js');

async function run(...argv: string[]): Promise<number> {
  return main(argv, { stdout: { write: () => true }, stderr: { write: () => true }, stdin: process.stdin, env: {}, cwd: process.cwd(), exitCode: 0 });
}

describe('the snapshot is read once per command', () => {
  it.each([
    ['ask', 'What connects Jason Droege and Mark Zuckerberg?'],
    ['ask', 'Who joined Meta?'],
    ['entity', 'Meta'],
  ])('kg %s %s', async (...argv) => {
    reads.length = 0;
    expect(await run(...argv, '--snapshot', FIXTURE_PATH)).toBe(0);
    expect(reads.filter((p) => p === FIXTURE_PATH)).toHaveLength(1);
  });
});
