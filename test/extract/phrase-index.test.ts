/**
 * The compiled phrase index (src/extract/phrase-index.ts) must change speed only: the seeds,
 * the second dev set and the real-news dev split are built with it and with the matcher it
 * replaced (each list on its own), and the snapshots must be the same byte for byte.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useReferenceMatching, PhraseSet, toWords } from '../../src/extract/words.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { packFor } from '../../src/lang/index.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { buildFromPaths } from '../../src/pipeline/index.js';

const ROOT = join(import.meta.dirname, '../..');
const CORPORA = ['seeds', 'test/fixtures/dev2', 'test/fixtures/news/dev'];

afterEach(() => useReferenceMatching(false));

async function snapshotJson(dir: string, reference: boolean): Promise<string> {
  useReferenceMatching(reference);
  const lexicon = await loadLexicon();
  const r = await buildFromPaths([join(ROOT, dir)], { lexicon, workers: 1 });
  return JSON.stringify(r.snapshot);
}

describe('compiled phrase index', () => {
  for (const dir of CORPORA) {
    it(`builds ${dir} byte-identical to the per-list matcher`, async () => {
      const compiled = await snapshotJson(dir, false);
      const reference = await snapshotJson(dir, true);
      expect(compiled.length).toBeGreaterThan(1000);
      expect(compiled).toBe(reference);
    }, 120_000);
  }

  it('keeps longest-first and first-listed-on-ties across lists sharing a pack', () => {
    const pack = packFor('en');
    const words = toWords(tokenize('The company acquired the stake in Acme Labs.'), pack);
    // Two lists of one pack share the index; each still sees only its own phrases.
    const a = new PhraseSet(['the', 'the company', 'acme*'], pack);
    const b = new PhraseSet(['the stake', 'company'], pack);
    expect(a.match(words, 0)).toEqual({ length: 2, value: 'the company' });
    expect(b.match(words, 0)).toBeUndefined();
    expect(b.match(words, 1)).toEqual({ length: 1, value: 'company' });
    expect(a.match(words, 3)).toEqual({ length: 1, value: 'the' });
    expect(b.match(words, 3)).toEqual({ length: 2, value: 'the stake' });
    expect(a.match(words, 6)).toEqual({ length: 1, value: 'acme*' });
    // A list added after words were matched is seen by those words too.
    const c = new PhraseSet(['acquired the'], pack, { inflect: true });
    expect(c.match(words, 2)).toEqual({ length: 2, value: 'acquired the' });
    for (let i = 0; i < words.length; i++) {
      const compiled = [a, b, c].map((s) => s.match(words, i));
      useReferenceMatching(true);
      const reference = [a, b, c].map((s) => s.match(words, i));
      useReferenceMatching(false);
      expect(compiled).toEqual(reference);
    }
  });
});
