/**
 * INVESTED_IN from a list of a company's holders: a holder noun ("investors", "Investoren",
 * "investisseurs"), the company it belongs to, then a word that opens the list of its members.
 *   en.invested_in.holders-include  "Investors in Vantix include Nvidia, Microsoft and Index Ventures" → each INVESTED_IN Vantix
 *   en.invested_in.holders-include  "Vantix's backers include Sequoia and Accel", "Its investors include …" (the company of the last sentences)
 *   de.invested_in.holders-include  "Zu den Investoren von Vantix gehören Nvidia und SAP"
 *   fr.invested_in.holders-include  "Parmi les investisseurs de Vantix figurent Nvidia et Bpifrance"
 *   es.invested_in.holders-include  "Entre los inversores de Vantix figuran Nvidia y Telefónica"
 *   nl.invested_in.holders-include  "Tot de investeerders van Vantix behoren Nvidia en ASML"
 *   en.invested_in.holders-include  "Boltway raised $50 million. Investors include A and B", "Other investors in the round included A" (the round's company)
 *   tr.invested_in.holders-include  "Şirketin yatırımcıları arasında A ve B bulunuyor" (the company of the last sentences)
 *   nl.invested_in.holders-colon    "DSM neemt CSK over. … voor de aandeelhouders: A, B en C" (the company just sold)
 * Gives up where the company is not named, not a possessive, not an anaphor and no round was
 * spoken of ("Investors in the deal include …"), where another name stands between the company
 * and the list word, or where the company guessed is one of the listed holders.
 */
import type { ExtractedClaim } from '../../model/extraction.js';
import { stopwordsOf } from '../mentions.js';
import { claim, coordinated, mentionStartingAt, orgAnaphorAt, recentRoundOwner, relationPrepositions, salientOrg, set, type SentenceContext, type SMention } from './context.js';

/** Below a trigger with both arguments beside it (0.8): the list is read from word order alone. */
const CONFIDENCE = 0.7;
/** Words from the company's name to the list word ("include", "also include", "are, among others"). */
const INCLUSION_REACH = 3;
/** Words from the list word to the first member (articles: "sont notamment la société …"). */
const MEMBER_REACH = 3;

export function holdersRule(ctx: SentenceContext): ExtractedClaim[] {
  const { words, pack } = ctx;
  if (pack.relations.inclusionWords.length === 0 || pack.relations.holderNouns.length === 0) return [];
  const holders = set(ctx, 'holderNouns', pack.relations.holderNouns);
  const inclusion = set(ctx, 'inclusionWords', pack.relations.inclusionWords);
  const preps = relationPrepositions(ctx);
  const dets = set(ctx, 'determiners', pack.entities.determiners);
  const possessives = set(ctx, 'possessivePronouns', pack.relations.possessivePronouns);
  const out: ExtractedClaim[] = [];
  for (let h = 0; h < words.length; h++) {
    const noun = holders.match(words, h);
    if (!noun) continue;
    // "De verkoop betekent … voor de aandeelhouders: FrieslandCampina, DOC Kaas en Cono": holders listed after a colon,
    // with no company named, in a sentence right after a sale are the sold company's.
    //   nl.invested_in.holders-colon  → each INVESTED_IN the company sold
    const colon = words[h + noun.length]?.text === ':' && !ctx.mentions.some((m) => m.to <= h && m.type === 'Organization') ? soldCompany(ctx) : undefined;
    const held = colon !== undefined ? { id: colon, end: h + noun.length } : heldCompany(ctx, h, h + noun.length, preps, dets, possessives);
    if (!held) continue;
    // The list word follows the company's phrase, with no other name between.
    let k = held.end;
    let list = colon !== undefined ? held.end + 1 : -1;
    for (; k < Math.min(words.length, held.end + INCLUSION_REACH); k++) {
      const m = inclusion.match(words, k);
      if (m) {
        list = k + m.length;
        break;
      }
      if (mentionStartingAt(ctx, k)) break;
    }
    if (list < 0) continue;
    const first = ctx.mentions.find((m) => m.from >= list && m.from - list <= MEMBER_REACH && (m.type === 'Organization' || m.type === 'Person'));
    if (!first || !onlyFunctionWordsBetween(ctx, list, first.from, dets)) continue;
    const members = coordinated(ctx, first, ['Organization', 'Person']);
    // A guessed company that is one of the listed holders was the wrong guess.
    if (members.some((m) => ctx.doc.keys.get(m.id) === ctx.doc.keys.get(held.id))) continue;
    for (const member of members) {
      const made = claim(ctx, 'INVESTED_IN', member, held.id, colon !== undefined ? 'invested_in.holders-colon' : 'invested_in.holders-include', CONFIDENCE);
      if (made) out.push(made);
    }
    h = list - 1;
  }
  return out;
}

/** Sentences back to the sale whose company a colon's list of holders belongs to. */
const SALE_SENTENCES = 5;

/** The company of the last acquisition claimed in this or the SALE_SENTENCES sentences before. */
function soldCompany(ctx: SentenceContext): number | undefined {
  const last = ctx.doc.lastClaim.get('ACQUIRED');
  if (last === undefined || typeof last.object !== 'number' || ctx.index - last.sentence > SALE_SENTENCES) return undefined;
  return last.object;
}

/** Words from a holder noun to the word that opens its list ("investors in the Munich startup include"). */
const HOLDER_LIST_REACH = 7;

/**
 * A holder noun at `from` opens a list of its members: a list word follows within
 * HOLDER_LIST_REACH words, with no punctuation but commas between ("Investors in the deal
 * include …", "Grote investeerders in X, waaronder …"). Such a noun is no verb's argument.
 */
export function opensHolderList(ctx: SentenceContext, from: number): boolean {
  const { words, pack } = ctx;
  if (pack.relations.inclusionWords.length === 0) return false;
  const noun = set(ctx, 'holderNouns', pack.relations.holderNouns).match(words, from);
  if (!noun) return false;
  const inclusion = set(ctx, 'inclusionWords', pack.relations.inclusionWords);
  for (let k = from + noun.length; k < Math.min(words.length, from + noun.length + HOLDER_LIST_REACH); k++) {
    if (inclusion.match(words, k)) return ctx.mentions.some((m) => m.from > k && m.from - k <= MEMBER_REACH + 1);
    if (words[k].kind === 'punct' && words[k].text !== ',' && !(words[k].text === '-' && words[k].glued) && words[k].text !== "'" && words[k].text !== '’') return false;
  }
  return false;
}

/**
 * The company whose holders the noun at [from, to) names, and where its phrase ends: a name or an
 * anaphor behind a preposition after the noun ("investors in Vantix", "Investoren des Unternehmens"),
 * a possessive name right before it ("Vantix's investors") or a possessive pronoun ("its investors").
 */
function heldCompany(ctx: SentenceContext, from: number, to: number, preps: ReturnType<typeof set>, dets: ReturnType<typeof set>, possessives: ReturnType<typeof set>): { id: number; end: number } | undefined {
  const { words } = ctx;
  const p = preps.match(words, to);
  if (p) {
    let k = to + p.length;
    while (k < words.length && dets.match(words, k) && !mentionStartingAt(ctx, k)) k++;
    const m = mentionStartingAt(ctx, k);
    if (m?.type === 'Organization') return { id: m.id, end: m.to };
    const a = orgAnaphorAt(ctx, to + p.length, to + p.length + 2);
    if (a >= 0) {
      const id = salientOrg(ctx);
      const end = anaphorEnd(ctx, a);
      return id === undefined ? undefined : { id, end };
    }
    // "Other investors in the round included …": the round of the last sentences.
    const round = set(ctx, 'roundNouns', ctx.pack.relations.roundNouns).match(words, k);
    const id = round ? (recentRoundOwner(ctx) ?? salientOrg(ctx)) : undefined;
    return round && id !== undefined ? { id, end: k + round.length } : undefined;
  }
  const owner: SMention | undefined = ctx.mentions.find((m) => m.to === from && m.type === 'Organization');
  if (owner && words[from - 1].stem !== words[from - 1].text) return { id: owner.id, end: to };
  // "its investors", and "the company's investors", "Şirketin yatırımcıları": a possessive anaphor.
  const genitive = from > 0 && (words[from - 1].stem !== words[from - 1].text || ctx.pack.morphology.genitiveCase.some((g) => words[from - 1].fold.endsWith(g)));
  const possessiveAnaphor = genitive && orgAnaphorAt(ctx, from - ANAPHOR_WORDS, from) >= 0 && anaphorEnd(ctx, orgAnaphorAt(ctx, from - ANAPHOR_WORDS, from)) === from;
  if (from > 0 && (possessives.match(words, from - 1)?.length === 1 || possessiveAnaphor)) {
    // "the company" whose investors are listed is the article's company, not an investor of the last sentence
    // ("Yatırım turunda ASML de katkı sağladı. Şirketin yatırımcıları arasında …": Mistral's).
    const id = possessiveAnaphor ? (ctx.doc.mainOrg ?? salientOrg(ctx)) : salientOrg(ctx);
    return id === undefined ? undefined : { id, end: to };
  }
  // "Les investisseurs précédents, dont A et B, ont participé au dernier tour", "Existing investors, including A and B, joined
  // the round": with no company named, holders in a sentence about a funding round are the raising company's.
  if (set(ctx, 'roundNouns', ctx.pack.relations.roundNouns).find(words, 0, words.length) >= 0 && !ctx.mentions.some((m) => m.to <= from && m.type === 'Organization')) {
    const id = salientOrg(ctx);
    let end = to;
    while (end < words.length && end - to < HOLDER_MODIFIERS && words[end].kind === 'word' && /^\p{Ll}/u.test(words[end].text) && !set(ctx, 'inclusionWords', ctx.pack.relations.inclusionWords).match(words, end)) end++;
    return id === undefined ? undefined : { id, end };
  }
  // "Boltway raised $50 million. Investors include A and B.": bare holders right after a sentence about a round are its owner's.
  const round = recentRoundOwner(ctx);
  if (round !== undefined && !ctx.mentions.some((m) => m.to <= from && m.type === 'Organization')) return { id: round, end: to };
  return undefined;
}

/** Words a possessive anaphor before a holder noun may take ("the company's", "Şirketin"). */
const ANAPHOR_WORDS = 2;

/** Adjectives after a holder noun with no company ("investisseurs précédents"). */
const HOLDER_MODIFIERS = 2;

/** Where an anaphor starting at `at` ends: the listed phrase, else its article and head ("the company"). */
function anaphorEnd(ctx: SentenceContext, at: number): number {
  const listed = set(ctx, 'orgAnaphors', ctx.pack.entities.orgAnaphors).match(ctx.words, at);
  return at + (listed?.length ?? 2);
}

/** Only articles and lower-case function words ("also", "ayrıca") between the list word and its first member. */
function onlyFunctionWordsBetween(ctx: SentenceContext, from: number, to: number, dets: ReturnType<typeof set>): boolean {
  const stop = stopwordsOf(ctx.pack);
  for (let k = from; k < to; ) {
    const d = dets.match(ctx.words, k);
    const w = ctx.words[k];
    if (!d && !(w.kind === 'word' && /^\p{Ll}/u.test(w.text) && stop.has(w.fold))) return false;
    k += d?.length ?? 1;
  }
  return true;
}

/** Sentences after an investment in which "the money comes from …" still speaks of it. */
const FUNDING_SOURCE_SENTENCES = 3;

/**
 * INVESTED_IN from where an investment's money comes from: "Investors put €9.5 billion into X. The money comes from
 * A, the pension fund B and C" → A, B and C each INVESTED_IN X (relations.fundingSourcePhrases). Every organisation
 * of the rest of the clause is a source; the company is the object of the last investment named in the last
 * FUNDING_SOURCE_SENTENCES sentences (DocState.investedTarget), or none.
 *   nl.invested_in.funding-source  "… 9,5 miljard euro in TenneT Duitsland. Het geld komt van NBIM, de Nederlandse pensioenuitvoerder APG en GIC."
 */
export function fundingSourceRule(ctx: SentenceContext): ExtractedClaim[] {
  const { words, pack } = ctx;
  if (pack.relations.fundingSourcePhrases.length === 0) return [];
  const phrase = set(ctx, 'fundingSourcePhrases', pack.relations.fundingSourcePhrases);
  const last = ctx.doc.investedTarget;
  if (!last || ctx.index - last.sentence > FUNDING_SOURCE_SENTENCES || last.sentence >= ctx.index) return [];
  const target = last.target;
  const out: ExtractedClaim[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = phrase.match(words, i);
    if (!m) continue;
    let end = i + m.length;
    while (end < words.length && !(words[end].kind === 'punct' && /^[.;:!?]$/u.test(words[end].text))) end++;
    for (const source of ctx.mentions.filter((x) => x.from >= i + m.length && x.to <= end && (x.type === 'Organization' || x.type === 'Person'))) {
      if (ctx.doc.keys.get(source.id) === ctx.doc.keys.get(target)) continue;
      const made = claim(ctx, 'INVESTED_IN', source, target, 'invested_in.funding-source', CONFIDENCE);
      if (made) out.push(made);
    }
    break;
  }
  return out;
}
