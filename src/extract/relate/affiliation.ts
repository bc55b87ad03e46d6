/**
 * A person named with the organisation they speak for, no title between: WORKS_FOR.
 *   de.works_for.affiliation  "betonte Peter Schiefer von Infineon dazu"
 *   en.works_for.affiliation  "said Satya Nadella of Microsoft"
 * A person the document already gave a role (a title, a move) keeps that role: the phrase
 * names the same tie, and WORKS_FOR beside CEO_OF would say less.
 */
import type { ExtractedClaim } from '../../model/extraction.js';
import { claim, mentionStartingAt, set, type SentenceContext } from './context.js';

/** Below the title rules (0.9 adjacent): the phrase names a tie, not which one. */
const CONFIDENCE = 0.6;

export function affiliationRule(ctx: SentenceContext): ExtractedClaim[] {
  const { words, pack } = ctx;
  if (pack.relations.affiliationPreps.length === 0) return [];
  const preps = set(ctx, 'affiliationPreps', pack.relations.affiliationPreps);
  const out: ExtractedClaim[] = [];
  for (const person of ctx.mentions) {
    if (person.type !== 'Person' || ctx.doc.roles?.has(ctx.doc.keys.get(person.id) ?? '')) continue;
    const p = preps.match(words, person.to);
    if (!p) continue;
    const org = mentionStartingAt(ctx, person.to + p.length);
    // "Jan de Vries van Adyen's board", "of Acme and Boltway": only a name that ends the phrase.
    if (org?.type !== 'Organization' || !endsPhrase(ctx, org.to)) continue;
    const made = claim(ctx, 'WORKS_FOR', person, org, 'works_for.affiliation', CONFIDENCE);
    if (made) out.push(made);
  }
  return out;
}

/** The word at `k` closes a noun phrase: punctuation, the end, or a lower-case word that no list joiner or possessive is. */
function endsPhrase(ctx: SentenceContext, k: number): boolean {
  const w = ctx.words[k];
  if (w === undefined || w.kind !== 'word') return w?.text !== "'" && w?.text !== '’';
  if (set(ctx, 'listJoiners', ctx.pack.relations.listJoiners).match(ctx.words, k)) return false;
  return !ctx.mentions.some((m) => m.from === k);
}
