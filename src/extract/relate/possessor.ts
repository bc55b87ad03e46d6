/**
 * OWNS from a possessive between two company names: "Alphabet's Google", "Meta's WhatsApp".
 *   en.owns.possessor  "Alphabet's Google invested $2 billion in Boltway" → Alphabet OWNS Google
 *   en.owns.possessor  "Acme Corp's subsidiary Boltway Systems" → Acme Corp OWNS Boltway Systems
 * Only where the possessed name ends its phrase (a reporting verb, a modal, an auxiliary or
 * punctuation comes next): in "Meta's Scale AI deal" the name modifies "deal" and Meta owns nothing.
 */
import type { ExtractedClaim } from '../../model/extraction.js';
import { claim, set, type SentenceContext } from './context.js';

const CONFIDENCE = 0.7;
/** Apostrophe endings that mark a possessor ("'s", "’s"); a bare "s" (German "Metas") is too often part of a name. */
const APOSTROPHE_GENITIVE = /['’]s?$/u;

export function possessorRule(ctx: SentenceContext): ExtractedClaim[] {
  const { words, pack } = ctx;
  if (!pack.morphology.genitiveSuffixes.some((s) => APOSTROPHE_GENITIVE.test(s))) return [];
  // Words that show the possessed name is a clause's subject: reporting verbs, modals, auxiliaries.
  const verbs = set(ctx, 'possessedVerbs', [...pack.claimStatus.reporting, ...pack.claimStatus.modals, ...pack.relations.perfectAuxiliaries, ...pack.relations.passiveAuxiliaries]);
  const subsidiaries = set(ctx, 'subsidiaryNouns', pack.relations.subsidiaryNouns);
  const out: ExtractedClaim[] = [];
  for (const owner of ctx.mentions) {
    if (owner.type !== 'Organization') continue;
    const last = words[owner.to - 1];
    if (!APOSTROPHE_GENITIVE.test(last.text) || last.stem === last.text) continue;
    // "Acme Corp's subsidiary Boltway Systems": a subsidiary noun may stand between; then it says what the name is.
    const noun = subsidiaries.match(words, owner.to);
    const at = owner.to + (noun?.length ?? 0);
    const owned = ctx.mentions.find((m) => m.from === at && m.type === 'Organization');
    if (!owned) continue;
    const next = words[owned.to];
    const ends = noun !== undefined || !next || (next.kind === 'punct' && next.text !== '-') || verbs.match(words, owned.to) !== undefined;
    if (!ends) continue;
    const made = claim(ctx, 'OWNS', owner, owned, 'owns.possessor', CONFIDENCE);
    if (made) out.push(made);
  }
  return out;
}
