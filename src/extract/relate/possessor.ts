/**
 * OWNS from a possessive before a company name: "Alphabet's Google", "Meta's WhatsApp", and a
 * possessor of a company noun that the name follows ("Musk's AI company xAI").
 *   en.owns.possessor          "Alphabet's Google invested $2 billion in Boltway" → Alphabet OWNS Google
 *   en.owns.possessor          "Acme Corp's subsidiary Boltway Systems" → Acme Corp OWNS Boltway Systems
 *   en.owns.possessor-company  "Elon Musk's AI company xAI raised money" → Elon Musk OWNS xAI
 *   tr.owns.possessor-company  "Koç Holding’in beyaz eşya şirketi Arçelik" → Koç Holding OWNS Arçelik
 * A name right after the possessor counts only where it ends its phrase (a reporting verb, a modal, an
 * auxiliary or punctuation comes next): in "Meta's Scale AI deal" the name modifies "deal" and
 * Meta owns nothing. A person owns only through a company noun: "Musk's Tesla" may be a car.
 */
import type { ExtractedClaim } from '../../model/extraction.js';
import { endingTest } from '../endings.js';
import { triggerPhrases } from '../words.js';
import { stopwordsOf } from '../mentions.js';
import { claim, relationPrepositions, set, type SentenceContext, type SMention } from './context.js';
import type { EntityType } from '../../model/types.js';

const CONFIDENCE = 0.7;
/** Apostrophe endings that mark a possessor ("'s", "’s"); a bare "s" (German "Metas") is too often part of a name. */
export const APOSTROPHE_GENITIVE = /['’]s?$/u;
/** Modifiers between the possessor and its company noun ("Musk's artificial intelligence company"). */
const COMPANY_NOUN_MODIFIERS = 3;

export function possessorRule(ctx: SentenceContext): ExtractedClaim[] {
  const { words, pack } = ctx;
  const apostrophes = pack.morphology.genitiveSuffixes.some((s) => APOSTROPHE_GENITIVE.test(s));
  const genitive = pack.morphology.genitiveCase;
  if (!apostrophes && genitive.length === 0) return [];
  // Words that show the possessed name is a clause's subject: reporting verbs, modals, auxiliaries.
  const verbs = set(ctx, 'possessedVerbs', [...pack.claimStatus.reporting, ...pack.claimStatus.modals, ...pack.relations.perfectAuxiliaries, ...pack.relations.passiveAuxiliaries]);
  const subsidiaries = set(ctx, 'subsidiaryNouns', pack.relations.subsidiaryNouns);
  const joiners = set(ctx, 'listJoiners', pack.relations.listJoiners);
  const stop = stopwordsOf(pack);
  const out: ExtractedClaim[] = [];
  for (const owner of ctx.mentions) {
    if (owner.type !== 'Organization' && owner.type !== 'Person') continue;
    const last = words[owner.to - 1];
    if (last.stem === last.text) continue;
    const marked = (apostrophes && APOSTROPHE_GENITIVE.test(last.text)) || (genitive.length > 0 && genitive.some((g) => last.text.endsWith(g)));
    if (!marked) continue;
    const head = companyNounAfter(ctx, owner.to);
    if (head !== undefined) {
      const owned = ctx.mentions.find((m) => m.from === head && m.type === 'Organization');
      const made = owned && claim(ctx, 'OWNS', owner, owned, 'owns.possessor-company', CONFIDENCE);
      if (made) out.push(made);
      continue;
    }
    if (owner.type !== 'Organization' || !apostrophes || !APOSTROPHE_GENITIVE.test(last.text)) continue;
    // "Acme Corp's subsidiary Boltway Systems": a subsidiary noun may stand between; then it says what the name is.
    const noun = subsidiaries.match(words, owner.to);
    const at = owner.to + (noun?.length ?? 0);
    const owned = ctx.mentions.find((m) => m.from === at && m.type === 'Organization');
    if (!owned) continue;
    // A preposition or a conjunction after the name ends its phrase too: "joined AMR Corp’s American Airlines in 1985",
    // "IAG’s British Airways and Iberia" (not "Meta's Scale AI deal", where a noun follows).
    // A function word ends it as well ("joined AMR Corp’s American Airlines in 1985"); after "and" the next name must end
    // its phrase too: "IAG’s British Airways and Iberia across …", not "Campbell’s Global Snacks and Biscuits division".
    const endsAt = (k: number): boolean => !words[k] || (words[k].kind === 'punct' && words[k].text !== '-') || verbs.match(words, k) !== undefined || (stop.has(words[k].fold) && joiners.match(words, k) === undefined);
    const joined = joiners.match(words, owned.to);
    const nextName = joined ? ctx.mentions.find((m) => m.from === owned.to + joined.length) : undefined;
    const ends = noun !== undefined || endsAt(owned.to) || (nextName !== undefined && endsAt(nextName.to));
    if (!ends) continue;
    const made = claim(ctx, 'OWNS', owner, owned, 'owns.possessor', CONFIDENCE);
    if (made) out.push(made);
    // "IAG’s British Airways and Iberia": the possessive holds every name of the list that ends the phrase.
    //   en.owns.possessor.conjuncts  → IAG OWNS Iberia
    if (nextName && nextName.type === 'Organization' && endsAt(nextName.to)) {
      const also = claim(ctx, 'OWNS', owner, nextName, 'owns.possessor.conjuncts', CONFIDENCE);
      if (also) out.push(also);
    }
  }
  return out;
}

/**
 * Where a company noun after the possessor ends, with at most COMPANY_NOUN_MODIFIERS words before
 * it: "'s AI company" → the word after "company". Not a relation noun that names another role
 * ("Microsoft's rival Google", "Acme's partner Boltway", "Vantix's parent company Boltway").
 */
function companyNounAfter(ctx: SentenceContext, from: number): number | undefined {
  const { words, pack } = ctx;
  const heads = set(ctx, 'companyNounHeads', [...pack.entities.companyHeads, ...pack.entities.companyNouns.filter((n) => !n.includes(' '))]);
  const compound = endingTest(pack.entities.companyHeads, 0);
  // Every trigger, OWNS's own too: "Vantix's parent company Boltway" is owned the other way round.
  const roles = triggerPhrases(pack, '*allRoles', () => pack.relations.triggers.flatMap((t) => t.forms));
  const preps = relationPrepositions(ctx);
  const joiners = set(ctx, 'listJoiners', pack.relations.listJoiners);
  for (let k = from; k < Math.min(words.length, from + COMPANY_NOUN_MODIFIERS + 1); k++) {
    const w = words[k];
    if (w.kind !== 'word' || ctx.mentions.some((m) => m.from <= k && k < m.to)) return undefined;
    const h = heads.match(words, k);
    const isHead = h !== undefined || (pack.capitalisesNouns && compound(w.fold));
    if (isHead) return roles.match(words, k) !== undefined ? undefined : k + (h?.length ?? 1);
    // A modifier is no preposition, no conjunction and no relation's word: "Accuride's acquisition of German peer Mefro" owns nothing.
    if (preps.match(words, k) !== undefined || joiners.match(words, k) !== undefined || roles.match(words, k) !== undefined) return undefined;
  }
  return undefined;
}

/**
 * The organisation named right after a possessor ("AMR Corp’s American Airlines" → American Airlines, "Mitsubishi
 * Materials Co.’s Metals Company" → Metals Company), if `m` is one; the possessive may follow a legal form's period.
 */
export function possessedAfter(ctx: SentenceContext, m: SMention, types: readonly EntityType[]): SMention | undefined {
  if (m.type !== 'Organization' || !ctx.pack.morphology.genitiveSuffixes.some((s) => /^['’]/u.test(s))) return undefined;
  const last = ctx.words[m.to - 1];
  // "Co.’s": the period of the legal form, then the possessive as a word of its own.
  const w = (k: number) => ctx.words[k]?.text ?? '';
  const afterPeriod = w(m.to) !== '.' ? -1 : /^['’]s$/u.test(w(m.to + 1)) ? m.to + 2 : /^['’]$/u.test(w(m.to + 1)) && w(m.to + 2) === 's' ? m.to + 3 : -1;
  if (afterPeriod < 0 && (!APOSTROPHE_GENITIVE.test(last.text) || last.stem === last.text)) return undefined;
  const at = afterPeriod >= 0 ? afterPeriod : m.to;
  const owned = ctx.mentions.find((x) => x.from === at && x.type === 'Organization' && types.includes(x.type));
  // Only a name that ends its phrase: in "Meta's Scale AI deal" the name modifies "deal".
  const next = owned ? ctx.words[owned.to] : undefined;
  return owned && (next === undefined || next.kind === 'punct' || stopwordsOf(ctx.pack).has(next.fold)) ? owned : undefined;
}
