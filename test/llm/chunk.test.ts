import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/segment.js';
import { chunkSentences, MAX_CHUNK_CHARS } from '../../src/llm/chunk.js';

describe('chunkSentences', () => {
  it('keeps a short document in one chunk', () => {
    const s = segment('Meta investiert in Scale AI.\nWang wechselt zu Meta.');
    expect(chunkSentences(s)).toEqual([s]);
  });

  it('splits a long document between sentences, each chunk under the limit, in order', () => {
    const sentence = 'Meta investiert weiter in Rechenzentren und Modelle. ';
    const s = segment(sentence.repeat(400));
    const chunks = chunkSentences(s);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(s);
    for (const c of chunks) expect(c.reduce((n, x) => n + x.text.length + 1, 0)).toBeLessThanOrEqual(MAX_CHUNK_CHARS + 1);
  });

  it('sends a sentence longer than the limit alone rather than cutting it', () => {
    const s = segment(`Kurz.\n${'lang '.repeat(50)}Ende.\nKurz.`);
    expect(chunkSentences(s, 100).map((c) => c.map((x) => x.index))).toEqual([[0], [1], [2]]);
  });
});
