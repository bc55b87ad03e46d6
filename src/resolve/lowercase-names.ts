/**
 * A corpus pass for names written in lower case ("analysts said orrin robotics was growing"):
 * extraction of one document cannot tell such words from common ones, but the corpus can.
 * Names of several capitalised words that extraction found (organisations and people the
 * gazetteer does not know) become gazetteer entries with their lower-case form as an alias,
 * and only the documents that write one of them in lower case are extracted again with
 * them; everything else is left as it was.
 */
import type { Document } from '../model/document.js';
import type { DocExtraction } from '../model/extraction.js';
import type { LexiconEntry } from '../lexicon/schema.js';

/** A name needs this many words, each at least MIN_WORD_LETTERS long, to be looked for in lower case. */
export const MIN_NAME_WORDS = 2;
export const MIN_WORD_LETTERS = 3;

/**
 * Rules whose names are sure enough to look for in lower case: a legal form or suffix, a
 * company noun, a title or given name ("Orrin Robotics", "Lena Varga"); not a mere run of
 * capitals, which is as often a heading or a place ("Península Ibérica").
 */
const SURE_RULES = /\.entity\.(?:org-suffix|company-cue|company-head|title-before-name|given-name)$/u;

/** The corpus names worth finding in lower case: "Orrin Robotics", "Lena Varga". */
export function lowerCaseCandidates(extractions: readonly DocExtraction[]): LexiconEntry[] {
  const byLower = new Map<string, LexiconEntry | null>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.canonical || (m.type !== 'Organization' && m.type !== 'Person') || !SURE_RULES.test(m.ruleId)) continue;
      const words = m.name.split(' ');
      if (words.length < MIN_NAME_WORDS || !words.every((w) => /^\p{Lu}/u.test(w) && [...w].length >= MIN_WORD_LETTERS && /^[\p{L}-]+$/u.test(w))) continue;
      const lower = m.name.toLocaleLowerCase(x.lang);
      const seen = byLower.get(lower);
      // One lower-case form naming two kinds of thing says nothing: leave it.
      if (seen === undefined) byLower.set(lower, { name: m.name, type: m.type, aliases: [lower] });
      else if (seen && seen.type !== m.type) byLower.set(lower, null);
    }
  }
  return [...byLower.values()].filter((e): e is LexiconEntry => e !== null);
}

/**
 * Per document key, the candidates it writes in lower case as whole words. Linear in the
 * text: candidates are looked up by the word they start with, at each lower-case word.
 */
export function documentsWithLowerCase(documents: readonly Pick<Document, 'key' | 'text'>[], candidates: readonly LexiconEntry[]): Map<string, LexiconEntry[]> {
  const out = new Map<string, LexiconEntry[]>();
  if (candidates.length === 0) return out;
  const find = lowerCaseMatcher(candidates);
  for (const d of documents) {
    const hits = find(d.text);
    if (hits.length > 0) out.set(d.key, hits);
  }
  return out;
}

/**
 * The candidates one text writes in lower case as whole words, in the order the text first
 * writes them; the index of first words is built once for any number of texts.
 */
export function lowerCaseMatcher(candidates: readonly LexiconEntry[]): (text: string) => LexiconEntry[] {
  const byFirst = new Map<string, LexiconEntry[]>();
  for (const c of candidates) {
    const first = c.aliases[0].split(' ')[0];
    byFirst.set(first, [...(byFirst.get(first) ?? []), c]);
  }
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;
  return (text) => {
    const hits = new Set<LexiconEntry>();
    for (const m of text.matchAll(WORD)) {
      for (const c of byFirst.get(m[0]) ?? []) {
        const lower = c.aliases[0];
        const after = text[m.index + lower.length];
        if (text.startsWith(lower, m.index) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) hits.add(c);
      }
    }
    return [...hits];
  };
}
