/**
 * Time in a sentence, from the pack's `time` words: years stated relative to the document's
 * date ("next year", "im kommenden Jahr", "l'an prochain", "volgend jaar", "gelecek yıl",
 * "العام المقبل", "el próximo año") and spending that already happened ("Last year Acme Corp
 * spent $38bn", "والتي بلغت 38.4 مليار دولار"). Extraction records the offset; the graph
 * build turns it into a year with the document's `publishedAt` (graph/time.ts).
 *   time.relative-year   "Orbiton Group will spend $5 billion next year" → yearOffset 1
 *   time.actual          "Last year Acme Corp spent $38bn" → period actual, yearOffset −1
 *   time.quarter         "… $2 billion in the third quarter" / "Q3 2025" / "im dritten Quartal" → quarter 3 (year: stated, else the document's)
 *   time.relative-quarter "… next quarter" / "الربع المقبل" → quarterOffset 1 (build: from the document's quarter)
 *   time.month           "… in March" / "im März" / "Mart'ta" / "في مارس" → month 3 (year: stated, else the document's)
 *   time.relative-month  "… next month" / "le mois dernier" → monthOffset ±1 (build: from the document's month)
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

/** The value of the phrase of `table` nearest words [at, end) within [from, to), and its distance in words. */
function nearest(words: readonly Word[], pack: LanguagePack, key: string, table: Record<string, number>, from: number, to: number, at: number, end: number): { value: number; dist: number } | undefined {
  const set = phrases(pack, key, Object.keys(table));
  let best: { value: number; dist: number } | undefined;
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) {
    const m = set.match(words, i);
    if (!m) continue;
    const dist = i + m.length <= at ? at - (i + m.length) : Math.max(0, i - end);
    if (!best || dist < best.dist) best = { value: table[m.value], dist };
    i += m.length - 1;
  }
  return best;
}

/** A quarter or month a figure is dated to, absolute (with the year left to the caller) or relative to the document's. */
export interface PeriodOf {
  quarter?: number;
  month?: number;
  quarterOffset?: number;
  monthOffset?: number;
}

/**
 * The quarter and month nearest words [at, end) within `window` words: "in the third quarter",
 * "Q3", "next quarter", "in March", "next month". Relative phrases win over absolute ones at
 * the same distance only when nearer. Pure; the graph build resolves offsets (graph/time.ts).
 */
export function periodNear(words: readonly Word[], pack: LanguagePack, at: number, end: number, window: number): PeriodOf {
  const t = pack.time;
  const from = at - window;
  const to = end + window;
  const pick = (abs: { value: number; dist: number } | undefined, rel: { value: number; dist: number } | undefined): ['abs' | 'rel', number] | undefined => {
    const a = abs && abs.dist <= window ? abs : undefined;
    const r = rel && rel.dist <= window ? rel : undefined;
    if (a && (!r || a.dist <= r.dist)) return ['abs', a.value];
    return r ? ['rel', r.value] : undefined;
  };
  const out: PeriodOf = {};
  const q = pick(nearest(words, pack, 'time:quarters', t.quarters, from, to, at, end), nearest(words, pack, 'time:relativeQuarters', t.relativeQuarters, from, to, at, end));
  if (q) out[q[0] === 'abs' ? 'quarter' : 'quarterOffset'] = q[1];
  const m = pick(nearest(words, pack, 'time:months', t.months, from, to, at, end), nearest(words, pack, 'time:relativeMonths', t.relativeMonths, from, to, at, end));
  if (m) out[m[0] === 'abs' ? 'month' : 'monthOffset'] = m[1];
  return out;
}

/** Whether words [from, to) say the money was already spent ("spent", "ausgegeben", "بلغت"). */
export function isPastSpending(words: readonly Word[], pack: LanguagePack, from: number, to: number): boolean {
  return phrases(pack, 'time:pastSpending', pack.time.pastSpending).find(words, Math.max(0, from), Math.min(words.length, to)) >= 0;
}
