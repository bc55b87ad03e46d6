import { describe, expect, it } from 'vitest';
import { looksLikeJsonl, parseJsonl, parseJsonlLine } from '../../src/ingest/jsonl.js';

describe('parseJsonlLine', () => {
  it('accepts a line with only text', () => {
    expect(parseJsonlLine('{"text": "Meta investiert."}')).toEqual({ ok: true, article: { text: 'Meta investiert.' } });
  });

  it('keeps the optional fields, numeric ids as strings, and reduces lang to its primary subtag', () => {
    const result = parseJsonlLine(
      JSON.stringify({ id: 17, title: ' Meta ', url: 'https://example.com/a', lang: 'de-DE', publishedAt: '2025-06-13', text: 'x', source: 'ignored' }),
    );
    expect(result).toEqual({
      ok: true,
      article: { id: '17', title: 'Meta', url: 'https://example.com/a', lang: 'de', publishedAt: '2025-06-13', text: 'x' },
    });
  });

  it('treats null and empty optional fields as absent', () => {
    expect(parseJsonlLine('{"text": "x", "title": null, "lang": null, "id": ""}')).toEqual({ ok: true, article: { text: 'x' } });
  });

  it('says that text is missing, not a string, or empty', () => {
    expect(parseJsonlLine('{"title": "t"}')).toEqual({ ok: false, kind: 'schema', reason: '"text" is missing' });
    expect(parseJsonlLine('{"text": 3}')).toEqual({ ok: false, kind: 'schema', reason: '"text" must be a string, got a number' });
    expect(parseJsonlLine('{"text": "  "}')).toEqual({ ok: false, kind: 'schema', reason: '"text" is empty' });
  });

  it('names every bad field of a line', () => {
    const result = parseJsonlLine('{"text": "x", "lang": "German!", "url": 5}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain('"lang" must be a language code');
    expect(result.reason).toContain('"url" must be a string, got a number');
  });

  it('reports lines that are not a JSON object', () => {
    expect(parseJsonlLine('this is not JSON')).toMatchObject({ ok: false, kind: 'not-json' });
    expect(parseJsonlLine('["text"]')).toEqual({ ok: false, kind: 'not-json', reason: 'found an array' });
    expect(parseJsonlLine('"text"')).toEqual({ ok: false, kind: 'not-json', reason: 'found a string' });
  });

  it('keeps a reason short even for a long broken line', () => {
    const result = parseJsonlLine(`{"text": "${'x'.repeat(5000)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeLessThanOrEqual(160);
  });
});

describe('parseJsonl', () => {
  it('numbers lines from 1 counting blank lines, skips blank lines, and keeps going after a bad line', () => {
    const { entries, failures } = parseJsonl('{"text": "a"}\n\nnot json\n   \n{"text": "b"}\n');
    expect(entries.map((e) => [e.line, e.article.text])).toEqual([
      [1, 'a'],
      [5, 'b'],
    ]);
    expect(failures.map((f) => [f.line, f.kind])).toEqual([[3, 'not-json']]);
  });
});

describe('looksLikeJsonl', () => {
  it('is true when the first non-white-space character is {', () => {
    expect(looksLikeJsonl('\n  {"text": "a"}')).toBe(true);
    expect(looksLikeJsonl('Meta {invests}')).toBe(false);
    expect(looksLikeJsonl('[{"text": "a"}]')).toBe(false);
  });
});
