/**
 * Language evidence from the packs, for texts the n-gram detector is unsure of (a one-line
 * brief, a headline): each word found in a pack's own vocabulary — function words, number and
 * scale words, currency words, relation triggers, titles — counts for that pack, shared words
 * split their vote. "Orbiton Group investeert 1,2 mld euro in Quillon Labs." has "investeert"
 * and "mld" only in Dutch: Dutch. Pure over the packs.
 */
import { PACKS } from '../lang/index.js';
import type { LanguagePack } from '../lang/types.js';

export interface EvidenceScore {
  lang: string;
  score: number;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

function fold(w: string): string {
  return w.toLocaleLowerCase('und').normalize('NFC');
}

/** Single words of a list of phrases, without `*` patterns. */
function wordsOf(list: Iterable<string>): string[] {
  const out: string[] = [];
  for (const p of list) for (const w of p.split(/\s+/u)) if (w !== '' && !w.endsWith('*') && /\p{L}/u.test(w)) out.push(fold(w));
  return out;
}

function vocabulary(pack: LanguagePack): Set<string> {
  const r = pack.relations;
  const n = pack.numbers;
  return new Set(
    wordsOf([
      ...pack.entities.stopwords,
      ...pack.entities.determiners,
      ...pack.entities.companyNouns,
      ...r.listJoiners,
      ...r.complementisers,
      ...r.passiveAuxiliaries,
      ...r.perfectAuxiliaries,
      ...r.triggers.flatMap((t) => t.forms),
      ...r.spendingTriggers,
      ...pack.titles.flatMap((t) => t.forms),
      ...Object.keys(n.scales),
      ...Object.keys(n.words),
      ...Object.keys(n.currencies),
      ...n.yearCues,
      ...pack.claimStatus.negators,
      ...pack.claimStatus.plans,
    ]),
  );
}

let vocabularies: Array<[string, Set<string>]> | undefined;

/**
 * Each pack's score over the words of `text`: 1 for a word only that pack knows, 1/k for a word
 * k packs share. Best first; packs without a word get no entry.
 */
export function packEvidence(text: string): EvidenceScore[] {
  vocabularies ??= Object.entries(PACKS).map(([code, p]) => [code, vocabulary(p)]);
  const scores = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    const w = fold(m[0]);
    const holders = vocabularies.filter(([, v]) => v.has(w)).map(([code]) => code);
    for (const code of holders) scores.set(code, (scores.get(code) ?? 0) + 1 / holders.length);
  }
  return [...scores.entries()].map(([lang, score]) => ({ lang, score })).sort((a, b) => b.score - a.score || a.lang.localeCompare(b.lang));
}
