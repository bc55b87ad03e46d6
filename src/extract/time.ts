/**
 * Time in a sentence, from the pack's `time` words: years stated relative to the document's
 * date ("next year", "im kommenden Jahr", "l'an prochain", "volgend jaar", "gelecek yıl",
 * "العام المقبل", "el próximo año") and spending that already happened ("Last year Acme Corp
 * spent $38bn", "والتي بلغت 38.4 مليار دولار"). Extraction records the offset; the graph
 * build turns it into a year with the document's `publishedAt` (graph/time.ts).
 *   time.relative-year   "Orbiton Group will spend $5 billion next year" → yearOffset 1
 *   time.actual          "Last year Acme Corp spent $38bn" → period actual, yearOffset −1
 */
import type { LanguagePack } from '../lang/types.js';
import { phrases, type Word } from './words.js';

/** Punctuation that bounds the clause an amount belongs to. */
const CLAUSE_PUNCT = new Set([',', '،', ';', '؛', ':', '(', ')', '–', '—']);

/** Words [from, to) of the clause holding words [at, end): between the nearest clause punctuation either side. */
export function clauseOf(words: readonly Word[], at: number, end = at + 1): { from: number; to: number } {
  let from = at;
  while (from > 0 && !(words[from - 1].kind === 'punct' && CLAUSE_PUNCT.has(words[from - 1].text))) from--;
  let to = end;
  while (to < words.length && !(words[to].kind === 'punct' && CLAUSE_PUNCT.has(words[to].text))) to++;
  return { from, to };
}

/** The offset in years of the relative year phrase nearest word `at` within [from, to), or undefined. */
export function relativeYear(words: readonly Word[], pack: LanguagePack, from: number, to: number, at: number): number | undefined {
  const table = pack.time.relativeYears;
  const set = phrases(pack, 'time:relativeYears', Object.keys(table));
  let best: { offset: number; dist: number } | undefined;
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) {
    const m = set.match(words, i);
    if (!m) continue;
    const dist = Math.abs(i - at);
    if (!best || dist < best.dist) best = { offset: table[m.value], dist };
    i += m.length - 1;
  }
  return best?.offset;
}

/** Whether words [from, to) say the money was already spent ("spent", "ausgegeben", "بلغت"). */
export function isPastSpending(words: readonly Word[], pack: LanguagePack, from: number, to: number): boolean {
  return phrases(pack, 'time:pastSpending', pack.time.pastSpending).find(words, Math.max(0, from), Math.min(words.length, to)) >= 0;
}
