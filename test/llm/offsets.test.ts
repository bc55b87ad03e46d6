import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/segment.js';
import { findSpans } from '../../src/llm/offsets.js';

describe('findSpans', () => {
  const text = 'Vorwort.\nMeta kauft\u00a0Anteile an Scale  AI; metaverse und Meta.';
  const [, s] = segment(text);

  it('finds a quote across folded white space and returns offsets into the original text', () => {
    const [span] = findSpans(text, s, 'Scale AI');
    expect(text.slice(span.start, span.end)).toBe('Scale  AI');
  });

  it('prefers exact case and word starts, then spans not already taken', () => {
    const all = findSpans(text, s, 'Meta');
    expect(all.map((x) => text.slice(x.start, x.end))).toEqual(['Meta', 'Meta', 'meta']);
    expect(all[0].start).toBe(text.indexOf('Meta'));
    const free = findSpans(text, s, 'Meta', [all[0]]);
    expect(free[0].start).toBe(text.lastIndexOf('Meta'));
  });

  it('looks only inside the named sentence, and finds nothing rather than guessing', () => {
    expect(findSpans(text, s, 'Vorwort')).toEqual([]);
    expect(findSpans(text, s, 'Google')).toEqual([]);
    expect(findSpans(text, s, '   ')).toEqual([]);
  });

  it('treats regular-expression characters in a quote literally', () => {
    const t = 'Die Firma C++ (Beta) wächst.';
    const [one] = segment(t);
    const [span] = findSpans(t, one, 'C++ (Beta)');
    expect(t.slice(span.start, span.end)).toBe('C++ (Beta)');
  });
});
