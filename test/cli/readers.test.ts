/**
 * What every command that reads a snapshot has in common: `--snapshot FILE` (and the
 * positional SNAPSHOT where nothing else is positional), and with --json, errors as one
 * JSON object on stderr that a script can read.
 */
import { describe, expect, it } from 'vitest';
import { runKg } from '../support/run-kg.js';

const FIXTURE = new URL('../fixtures/snapshot.small.json', import.meta.url).pathname;
const GOLD = new URL('../../seeds/seeds.gold.json', import.meta.url).pathname;

describe('--snapshot on every reader', () => {
  it.each([
    ['export', ['export', '--format', 'json']],
    ['eval', ['eval', '--gold', GOLD, '--json']],
    ['load --dry-run', ['load', '--dry-run']],
    ['entity', ['entity', 'Meta', '--json']],
    ['ask', ['ask', 'Who invested in Scale AI?', '--json']],
  ])('%s takes --snapshot FILE', async (_name, argv) => {
    const r = await runKg([...argv, '--snapshot', FIXTURE]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it.each([
    ['export', ['export', '--format', 'json']],
    ['eval', ['eval', '--gold', GOLD, '--json']],
    ['load --dry-run', ['load', '--dry-run']],
  ])('%s takes the snapshot as SNAPSHOT too, with the same output, and refuses two different ones', async (_name, argv) => {
    const flag = await runKg([...argv, '--snapshot', FIXTURE]);
    const positional = await runKg([...argv, FIXTURE]);
    expect(positional.code).toBe(0);
    expect(positional.stdout).toBe(flag.stdout);
    const both = await runKg([...argv, FIXTURE, '--snapshot', 'other.json']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('two snapshots given');
  });

  it('diff takes OLD NEW, or --old and --snapshot', async () => {
    const positional = await runKg(['diff', FIXTURE, FIXTURE, '--json']);
    const flags = await runKg(['diff', '--old', FIXTURE, '--snapshot', FIXTURE, '--json']);
    expect(positional.code).toBe(0);
    expect(flags.stdout).toBe(positional.stdout);
    const one = await runKg(['diff', FIXTURE]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('kg diff compares two snapshots');
  });
});

describe('--json errors', () => {
  it.each([
    ['an unparsed question', ['ask', 'Why is the sky blue?', '--json'], 'E_UNPARSED_QUESTION', 1],
    ['a missing snapshot', ['entity', 'Meta', '--json', '--snapshot', 'does/not/exist.json'], 'E_SNAPSHOT', 1],
    ['an unknown entity', ['entity', 'Zuckerbergs Inc', '--json', '--snapshot', FIXTURE], 'E_UNKNOWN_ENTITY', 1],
    ["commander's own usage error", ['eval', '--json'], 'E_USAGE', 2],
    ['two snapshots', ['export', FIXTURE, '--snapshot', 'x.json', '--format', 'json', '--json'], 'E_USAGE', 2],
  ])('%s is one JSON object on stderr, nothing on stdout', async (_name, argv, code, exit) => {
    const r = await runKg(argv);
    expect(r.code).toBe(exit);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const { error } = JSON.parse(lines[0]!);
    expect(error).toMatchObject({ code, exitCode: exit });
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('without --json, errors stay text', async () => {
    const r = await runKg(['entity', 'Meta', '--snapshot', 'does/not/exist.json']);
    expect(r.stderr).toMatch(/^error \[E_SNAPSHOT\]/);
  });
});

describe('kg load --help and output', () => {
  it('shows the batch size default as a number and has examples', async () => {
    const r = await runKg(['load', '--help']);
    expect(r.stdout).toMatch(/--batch-size <rows>\s+rows per write transaction \(default: 5000\)/);
    expect(r.stdout).not.toContain('"5000"');
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('kg load --dry-run');
  });

  it('counts in the singular for one', async () => {
    const r = await runKg(['load', '--dry-run', FIXTURE, '--batch-size', '1000']);
    expect(r.stdout).toMatch(/: 1 row in 1 batch of up to 1000/);
    expect(r.stdout).not.toMatch(/\b1 rows\b|\b1 batches\b/);
    const bad = await runKg(['load', '--dry-run', FIXTURE, '--batch-size', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--batch-size must be a positive whole number');
  });
});
