/**
 * Real character offsets for a surface form the model quoted: it is searched inside the
 * named sentence of the original text. The model saw sentences with white space folded,
 * so any run of white space in the quote matches any run in the original. Nothing found
 * means no offsets: the caller drops the entity rather than inventing a position.
 */
import type { Sentence } from '../model/extraction.js';

export interface Span {
  start: number;
  end: number;
}

const SPACE = '[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]+';

function pattern(surface: string, flags: string): RegExp | undefined {
  const parts = surface.trim().split(/\s+/u).filter(Boolean);
  if (parts.length === 0) return undefined;
  return new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join(SPACE), flags);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Starts a word: nothing, or neither a letter nor a digit, before it. */
function atWordStart(text: string, i: number): boolean {
  return i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]);
}

/**
 * Every occurrence of `surface` in the sentence, best first: exact case before any case,
 * then at a word start and clear of `taken` spans before the rest.
 */
export function findSpans(text: string, sentence: Sentence, surface: string, taken: readonly Span[] = []): Span[] {
  const slice = text.slice(sentence.start, sentence.end);
  const found: Array<Span & { rank: number }> = [];
  const seen = new Set<number>();
  for (const [flags, caseRank] of [['gu', 0], ['giu', 4]] as const) {
    const re = pattern(surface, flags);
    if (!re) return [];
    for (const m of slice.matchAll(re)) {
      const start = sentence.start + m.index;
      if (seen.has(start)) continue;
      seen.add(start);
      const span = { start, end: start + m[0].length };
      const rank = caseRank + (atWordStart(text, start) ? 0 : 1) + (taken.some((t) => overlaps(t, span)) ? 2 : 0);
      found.push({ ...span, rank });
    }
  }
  return found.sort((a, b) => a.rank - b.rank || a.start - b.start).map(({ start, end }) => ({ start, end }));
}
