/**
 * The extraction cache (src/pipeline/cache.ts): a build with it gives the same snapshot as
 * one without, cold or warm; a damaged entry is detected, extracted again and rewritten;
 * builds sharing the folder leave only whole entries; another lexicon is another extractor.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { Lexicon } from '../../src/lexicon/schema.js';
import { ExtractionCache, extractorFingerprint } from '../../src/pipeline/cache.js';
import { buildFromPaths } from '../../src/pipeline/index.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
let dir: string;
let lexicon: Lexicon;
let plain: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-cache-'));
  lexicon = await loadLexicon();
  plain = JSON.stringify((await buildFromPaths([SEEDS], { lexicon, workers: 1 })).snapshot);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function build(cacheDir: string) {
  const r = await buildFromPaths([SEEDS], { lexicon, workers: 1, cacheDir });
  return { json: JSON.stringify(r.snapshot), stats: r.cache!, documents: r.documents };
}

async function entries(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('extraction cache', () => {
  it('gives the snapshot of a build without it, cold and warm, and reuses every extraction when warm', async () => {
    const cacheDir = join(dir, 'a');
    const cold = await build(cacheDir);
    expect(cold.stats).toEqual({ hits: 0, misses: 5, corrupt: 0 });
    expect(cold.json).toBe(plain);
    const warm = await build(cacheDir);
    expect(warm.stats).toEqual({ hits: 5, misses: 0, corrupt: 0 });
    expect(warm.json).toBe(plain);
    expect((await entries(cacheDir)).filter((f) => f.endsWith('.json'))).toHaveLength(5);
  });

  it('detects a damaged entry, extracts the document again and rewrites the entry', async () => {
    const cacheDir = join(dir, 'b');
    const first = await build(cacheDir);
    const cache = await ExtractionCache.open(cacheDir, lexicon);
    const damaged = cache.pathOf(first.documents[0]);
    const whole = await readFile(damaged, 'utf8');
    await writeFile(damaged, whole.slice(0, whole.length - 10));
    // A flipped digit in an offset keeps valid JSON: only the checksum notices.
    const other = cache.pathOf(first.documents[1]);
    await writeFile(other, (await readFile(other, 'utf8')).replace(/"start":(\d)/u, (_, d: string) => `"start":${(Number(d) + 1) % 10}`));
    const again = await build(cacheDir);
    expect(again.stats).toEqual({ hits: 3, misses: 2, corrupt: 2 });
    expect(again.json).toBe(plain);
    expect(await readFile(damaged, 'utf8')).toBe(whole);
  });

  it('leaves only whole entries when two builds share the folder at once', async () => {
    const cacheDir = join(dir, 'c');
    const [one, two] = await Promise.all([build(cacheDir), build(cacheDir)]);
    expect(one.json).toBe(plain);
    expect(two.json).toBe(plain);
    const files = await entries(cacheDir);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await build(cacheDir)).stats.hits).toBe(5);
  });

  it('keys entries by the extractor: another lexicon gets another fingerprint', async () => {
    const other: Lexicon = { ...lexicon, entries: lexicon.entries.slice(1) };
    expect(await extractorFingerprint(other)).not.toBe(await extractorFingerprint(lexicon));
    expect(await extractorFingerprint(lexicon)).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('keys entries by the given names too', async () => {
    const other: Lexicon = { ...lexicon, givenNames: { latin: new Set([...lexicon.givenNames.latin, 'Zyxwend']), arabic: lexicon.givenNames.arabic } };
    expect(await extractorFingerprint(other)).not.toBe(await extractorFingerprint(lexicon));
  });
});
