/**
 * What relation rules see: one sentence (words, entity mentions, quantities) and the
 * document so far (its main organisation, the last person, open investment events).
 */
import { endingTest } from '../endings.js';
import { foldWord, nameKey } from '../normalize.js';
import type { LanguagePack } from '../../lang/types.js';
import type { ClaimQualifiers, ExtractedClaim } from '../../model/extraction.js';
import { RELATION_SPECS, type EntityType, type Relation } from '../../model/types.js';
import type { Quantity } from '../quantities.js';
import { derivedPhrases, phrases, type PhraseSet, type Word } from '../words.js';

export interface SMention {
  /** Document-level mention id. */
  id: number;
  from: number;
  to: number;
  type: EntityType;
  name: string;
  canonical?: string;
}

export interface OpenEvent {
  relation: Relation;
  subject: number;
  qualifiers: ClaimQualifiers;
  sentence: number;
  /** Mention id of the target once "this investment" named it. */
  object?: number;
}

export interface DocState {
  /** Type of every mention of the document, by id. */
  types: Map<number, EntityType>;
  /** Normalised name of every mention, by id: two mentions of one entity never relate to each other. */
  keys: Map<number, string>;
  /** Mention id of the document's main organisation (most mentioned), if any. */
  mainOrg?: number;
  /** Last person mention before the current word, for pronouns. */
  lastPerson?: number;
  /** The latest subject per relation, for "the investment" in later sentences. */
  lastSubject: Map<Relation, number>;
  /** The subject of the latest claim of any relation and its sentence: what a sentence without a subject is about (`nullSubjects`). */
  topic?: { subject: number; sentence: number };
  /** The latest claim per relation: "La operación valora Nexia en 800 millones" adds its valuation. */
  lastClaim: Map<Relation, ExtractedClaim>;
  /** Organisation mention ids of every sentence, for "the company" / "l'entreprise" / "la empresa". */
  orgsBySentence: number[][];
  /**
   * The organisation each person was last given a role at in this document (CEO_OF, WORKS_FOR,
   * BOARD_MEMBER_OF, JOINED), by the person's name key: "quitte son poste" leaves that one.
   */
  roles?: Map<string, number>;
  /**
   * The same but for JOINED: the role a departure leaves first ("Altman gaat aan de slag bij Microsoft
   * … Altman werd ontslagen" leaves OpenAI, the role held before, not the one just taken up).
   */
  heldRoles?: Map<string, number>;
  /**
   * The organisation each person was last made chief executive of: the role a successor takes over
   * ("… its next CEO. Kreeger, a senior vice president at American, replaces Steve Ridgway").
   */
  topRoles?: Map<string, number>;
  /**
   * The organisation the document says develops each product, by the product's name key: "the ChatGPT maker" is
   * that organisation, not the last one named.
   */
  developers?: Map<string, number>;
  /** The last company an investment trigger named as its object, whoever the investor was. */
  investedTarget?: { sentence: number; target: number };
  /** The company whose round a sentence's investors joined ("X's funding was led by …"), for later verbs of that sentence. */
  roundTarget?: { sentence: number; target: number };
  /** The one organisation of the last sentence that spoke of a round: whose round a later "participated in the round" means. */
  roundOwner?: { sentence: number; target: number };
  /** An investment with a subject and amount whose object is named later ("Bu yatırımın merkezinde … X"). */
  open?: OpenEvent;
}

export interface SentenceContext {
  pack: LanguagePack;
  index: number;
  words: Word[];
  mentions: SMention[];
  quantities: Quantity[];
  doc: DocState;
  /** Mentions already given a role by an earlier rule in this sentence, per relation. */
  used: Set<string>;
}

export type Rule = (ctx: SentenceContext) => ExtractedClaim[];

export function set(ctx: SentenceContext, key: string, list: readonly string[]): PhraseSet {
  return phrases(ctx.pack, key, list);
}

/** Every preposition a relation rule reads: the title words' "of" and each trigger's object prepositions ("in", "an", "de"). */
export function relationPrepositions(ctx: SentenceContext): PhraseSet {
  return derivedPhrases(ctx.pack, '*prepositions', () => [...ctx.pack.titleOrgPreps, ...ctx.pack.relations.triggers.flatMap((t) => t.objectPreps ?? [])]);
}

export function allows(relation: Relation, role: 'from' | 'to', type: EntityType): boolean {
  return RELATION_SPECS[relation][role].includes(type);
}

export function mentionAt(ctx: SentenceContext, wordIndex: number): SMention | undefined {
  return ctx.mentions.find((m) => m.from <= wordIndex && wordIndex < m.to);
}

export function mentionStartingAt(ctx: SentenceContext, wordIndex: number): SMention | undefined {
  return ctx.mentions.find((m) => m.from === wordIndex);
}

/** Mentions strictly before word `at`, nearest first, of the allowed types. */
export function before(ctx: SentenceContext, at: number, types: readonly EntityType[], maxDistance = Infinity): SMention[] {
  return ctx.mentions.filter((m) => m.to <= at && at - m.to <= maxDistance && types.includes(m.type)).sort((a, b) => b.to - a.to);
}

/** Mentions from word `at` on, nearest first, of the allowed types. */
export function after(ctx: SentenceContext, at: number, types: readonly EntityType[], maxDistance = Infinity): SMention[] {
  return ctx.mentions.filter((m) => m.from >= at && m.from - at <= maxDistance && types.includes(m.type)).sort((a, b) => a.from - b.from);
}

/**
 * The mentions coordinated with `first`: "A und B", "A, B and C", "A ve B". Returns `first`
 * and every mention joined to it by a list joiner or comma, of the same allowed types.
 */
/** Words a parenthesis after a list item may hold ("(izquierda)", "(NYSE: ACM)" is a name and stops the list). */
const PARENTHESIS_WORDS = 5;
/** Words of an item's article and description read backwards to the joiner before it ("und der chinesische Autobauer BAIC"). */
const DESCRIPTION_BEFORE_ITEM = 3;

/** The word opens with a list joiner glued to it as a proclitic (Arabic "وشركة", "وإكس"): the rest is a word of its own. */
export function gluedJoiner(ctx: SentenceContext, w: Word): boolean {
  return w.bases.length > 1 && ctx.pack.relations.listJoiners.some((j) => w.fold.startsWith(j) && w.bases.includes(w.fold.slice(j.length)));
}

/** Lower-case words of a description before a listed person's name ("and tech investor Sam Altman"). */
const PERSON_DESCRIPTION_WORDS = 2;

/** Words before a list's first item its preposition may stand ("de la chaîne de télévision BFMTV"). */
const REPEATED_PREP_REACH = 5;

export function coordinated(ctx: SentenceContext, first: SMention, types: readonly EntityType[], direction: 1 | -1 = 1): SMention[] {
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  const out = [first];
  let cur = first;
  let joined = false;
  for (;;) {
    let k = direction === 1 ? cur.to : cur.from - 1;
    // "Guillaume Lample (izquierda), Arthur Mensch y …": a short parenthesis after an item is the item's.
    if (direction === 1 && ctx.words[k]?.text === '(') {
      const close = ctx.words.findIndex((w, j) => j > k && j <= k + 1 + PARENTHESIS_WORDS && w.text === ')');
      // A place may stand in it: "Cosme (Le Mans, 72) et Maître Jacques (Rennes, 35)".
      if (close > k && !ctx.mentions.some((m) => m.from > k && m.from < close && m.type !== 'Location')) k = close + 1;
    }
    // Backwards from a name in brackets to the name it spells out: "… und BAIC (Beijing Automotive Industry Corporation) gründen".
    if (direction === -1 && ctx.words[cur.from - 1]?.text === '(' && ctx.words[cur.to]?.text === ')') {
      const spelled = ctx.mentions.find((m) => m.to === cur.from - 1 && types.includes(m.type));
      if (spelled) {
        out[out.length - 1] = spelled;
        cur = spelled;
        continue;
      }
    }
    // Backwards over the next item's article and description: "Die Kalvon AG und die Dorta AG", "ZF und der chinesische Autobauer BAIC".
    if (direction === -1) {
      const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
      const endsInHead = endingTest(ctx.pack.entities.companyHeads, 0);
      let j = k;
      while (j >= 0 && k - j < DESCRIPTION_BEFORE_ITEM && ctx.words[j].kind === 'word' && !ctx.mentions.some((m) => m.from <= j && j < m.to) &&
        (dets.match(ctx.words, j) !== undefined || endsInHead(ctx.words[j].fold))) j--;
      if (j < k && j >= 0 && joiners.match(ctx.words, j)) k = j;
    }
    // "سالك" و"منيرفا فودز": the quotes around items stand between them and the joiner.
    while (ctx.words[k] !== undefined && QUOTE.test(ctx.words[k].text) && !ctx.mentions.some((m) => m.from <= k && k < m.to)) k += direction;
    let sawJoin = false;
    // Skip one comma and/or one joiner word (also glued Arabic "و" before a Latin name).
    for (let steps = 0; steps < 2; steps++) {
      const w = ctx.words[k];
      if (!w) break;
      if (w.text === ',' || w.text === '،') {
        sawJoin = true;
        k += direction;
        continue;
      }
      if (joiners.match(ctx.words, k)) {
        sawJoin = true;
        joined = true;
        k += direction;
        continue;
      }
      break;
    }
    // A joiner glued to the next name as a proclitic: Arabic "وإكس إيه آي".
    // Backwards over the same glued joiner and noun: "أكمي وشركة بولتواي" read from بولتواي.
    if (!sawJoin && direction === -1) {
      const w = ctx.words[k];
      const nouns = set(ctx, 'companyNouns', ctx.pack.entities.companyNouns);
      if (w && nouns.match(ctx.words, k) && gluedJoiner(ctx, w)) {
        sawJoin = joined = true;
        k--;
      }
    }
    if (!sawJoin && direction === 1) {
      const w = ctx.words[k];
      if (w && gluedJoiner(ctx, w)) {
        sawJoin = joined = true;
        // "شركة أكمي وشركة بولتواي": the joiner is glued to a company noun before the next name.
        if (set(ctx, 'companyNouns', ctx.pack.entities.companyNouns).match(ctx.words, k) && !ctx.mentions.some((m) => m.from === k)) k++;
      }
    }
    if (!sawJoin) break;
    while (ctx.words[k] !== undefined && QUOTE.test(ctx.words[k].text) && !ctx.mentions.some((m) => m.from <= k && k < m.to)) k += direction;
    // "le modèle Mistral Large et l'assistant Le Chat": an item may bring its article and head noun.
    if (direction === 1) {
      const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
      const heads = set(ctx, 'productNouns', ctx.pack.entities.productNouns);
      // "de la chaîne BFMTV et de la radio RMC": the preposition of the first item may be repeated, and a
      // lower-case head noun of its own may stand before the next name.
      const start = k;
      const preps = set(ctx, 'titleOrgPreps', ctx.pack.titleOrgPreps);
      // Only after a joiner word, and only the preposition the first item stands behind.
      const repeated = (p: string) => {
        for (let j = Math.max(0, out[0].from - REPEATED_PREP_REACH); j < out[0].from; j++) if (preps.match(ctx.words, j)?.value === p) return true;
        return false;
      };
      const candidate = ctx.mentions.some((m) => m.from === k) || !joiners.match(ctx.words, k - 1) ? undefined : preps.match(ctx.words, k);
      const prep = candidate && repeated(candidate.value) ? candidate : undefined;
      if (prep) k += prep.length;
      // "Dorta Capital and the venture arm of Salesforce": an investment arm stands for its parent.
      const arms = set(ctx, 'armPhrases', ctx.pack.relations.armPhrases);
      for (let steps = 0; steps < 2 && !ctx.mentions.some((m) => m.from === k); steps++) {
        const m = heads.match(ctx.words, k) ?? dets.match(ctx.words, k) ?? arms.match(ctx.words, k);
        if (!m) break;
        k += m.length;
      }
      const w = ctx.words[k];
      if (prep && k > start + prep.length && w && w.kind === 'word' && /^\p{Ll}/u.test(w.text) && ctx.mentions.some((m) => m.from === k + 1)) k++;
      if (prep && !ctx.mentions.some((m) => m.from === k)) k = start;
    }
    // "Elon Musk en techinvesteerder Sam Altman", "A and tech investor B": a person's description may stand before the next name.
    if (direction === 1 && first.type === 'Person' && types.includes('Person') && !ctx.mentions.some((m) => m.from === k)) {
      let j = k;
      while (j < k + PERSON_DESCRIPTION_WORDS && ctx.words[j]?.kind === 'word' && /^\p{Ll}/u.test(ctx.words[j].text) && !joiners.match(ctx.words, j)) j++;
      if (j > k && ctx.mentions.some((m) => m.from === j && m.type === 'Person')) k = j;
    }
    let next = direction === 1 ? ctx.mentions.find((m) => m.from === k) : ctx.mentions.find((m) => m.to === k + 1);
    // "Facebook-moederbedrijf Meta", "Google-moeder Alphabet": a name glued to a compound noun modifies the name after it; that is the item.
    if (direction === 1 && next && ctx.words[next.to]?.text === '-' && ctx.words[next.to].glued && ctx.words[next.to + 1]?.glued) {
      const head = ctx.mentions.find((m) => m.from === next!.to + 2);
      if (head) next = head;
    }
    // "Macquarie, Aberdeen, Daiwa Energy y Arjun": a place's name among companies is a company's that kg took for the place;
    // the list goes on past it (without it: its type is unsure).
    if (next && next.type === 'Location' && direction === 1 && cur.type === 'Organization' && types.includes('Organization') &&
      (isComma(ctx.words[next.to]?.text ?? '') || joiners.match(ctx.words, next.to) !== undefined)) {
      cur = next;
      continue;
    }
    if (!next || !types.includes(next.type) || out.includes(next)) break;
    out.push(next);
    cur = next;
  }
  // Two items with a comma before their joiner belong to different levels ("OpenAI, respaldada
  // por Microsoft, y DeepMind"): a serial comma needs three items. Arabic writes "، و" between
  // any two items, so only the Latin comma counts.
  if (out.length === 2) {
    const x = out[0].from < out[1].from ? out[0] : out[1];
    if (ctx.words[x.to]?.text === ',' && joiners.match(ctx.words, x.to + 1)) return [first];
  }
  // Commas alone make a list only where it ends its phrase ("such as A, B, C."); "companies
  // including Cohere, Amazon has not …" runs into the next clause.
  if (direction === 1 && out.length > 1 && !joined) {
    const w = ctx.words[out[out.length - 1].to];
    if (w && w.kind !== 'punct') return [first];
    // Two names with a comma only are a name and its apposition ("the owner of Three UK, CK Hutchison").
    if (out.length === 2) return [first];
  }
  return out;
}

/** Whether any phrase of the set occurs in words [from, to). */
export function hasBetween(ctx: SentenceContext, s: PhraseSet, from: number, to: number): boolean {
  return s.find(ctx.words, Math.max(0, from), Math.min(ctx.words.length, to)) >= 0;
}

export function claim(
  ctx: SentenceContext,
  relation: Relation,
  subject: SMention | number,
  object: SMention | number | { topic: string },
  ruleId: string,
  confidence: number,
  qualifiers: ClaimQualifiers & Pick<ExtractedClaim, 'former' | 'yearOffset' | 'quarterOffset' | 'monthOffset'> = {},
): ExtractedClaim | undefined {
  const s = typeof subject === 'number' ? subject : subject.id;
  const o = typeof object === 'number' ? object : 'topic' in object ? object : object.id;
  if (typeof o === 'number' && (o === s || ctx.doc.keys.get(o) === ctx.doc.keys.get(s))) return undefined;
  if (typeof o === 'number' && subjectAside(ctx, s, o, RELATION_SPECS[relation].symmetric)) return undefined;
  const out: ExtractedClaim = { relation, subject: s, object: o, sentence: ctx.index, ruleId: `${ctx.pack.code}.${ruleId}`, confidence };
  for (const [k, v] of Object.entries(qualifiers)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

const DASHES = new Set(['-', '–', '—']);

/** Word spans [open, close] between two dashes that stand apart from their neighbours ("X – autour de Lufthansa en Europe – Y"). */
function dashAsides(words: readonly Word[]): Array<[number, number]> {
  const spaced = (k: number) => DASHES.has(words[k].text) && !words[k].glued && words[k + 1] !== undefined && !words[k + 1].glued;
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let k = 0; k < words.length; k++) {
    if (!spaced(k)) continue;
    if (open < 0) open = k;
    else {
      out.push([open, k]);
      open = -1;
    }
  }
  return out;
}

/**
 * Whether the subject stands inside an aside between dashes and the object outside it: the aside
 * comments on the sentence and gives no argument to a claim outside it (for a symmetric relation,
 * neither side may be the aside's alone).
 *   aside  "SAS va quitter Star Alliance – autour de Lufthansa en Europe – pour rejoindre SkyTeam, qui compte, avec Air France, …" → no Lufthansa claim
 */
function subjectAside(ctx: SentenceContext, s: number, o: number, symmetric: boolean): boolean {
  // An aside that opens with a relative pronoun is a relative clause of the name before it ("Acme – which Boltway bought –").
  const relatives = set(ctx, 'relativePronouns', ctx.pack.relations.relativePronouns);
  const asides = dashAsides(ctx.words).filter(([a]) => !relatives.match(ctx.words, a + 1));
  if (asides.length === 0) return false;
  const from = (id: number) => ctx.mentions.find((m) => m.id === id)?.from;
  const [sFrom, oFrom] = [from(s), from(o)];
  if (sFrom === undefined || oFrom === undefined) return false;
  /** Index of the aside holding word k, or -1. */
  const aside = (k: number) => asides.findIndex(([a, b]) => a < k && k < b);
  const [sa, oa] = [aside(sFrom), aside(oFrom)];
  return (sa >= 0 && sa !== oa) || (symmetric && oa >= 0 && oa !== sa);
}

/** Words (articles, company nouns) that may stand between an introducing phrase and its name ("laut dem Konzern Siemens"). */
const INTRODUCER_GAP = 2;
/** Longest introducing phrase, in words ("nach Angaben von", "en ce qui concerne"). */
const INTRODUCER_WORDS = 4;

/** Whether a phrase of `introducers` ends right before the mention or before its article and company noun. */
function introducedBy(words: readonly Word[], pack: LanguagePack, m: { from: number }, introducers: PhraseSet): boolean {
  const skip = phrases(pack, 'sourceGap', [...pack.entities.determiners, ...pack.entities.companyNouns]);
  // A compound company noun too: "laut der Beratungsfirma Deloitte".
  const compound = (w: Word) => pack.capitalisesNouns && endingTest(pack.entities.companyHeads, 1)(w.fold);
  let j = m.from;
  while (j > 0 && m.from - j < INTRODUCER_GAP && (skip.match(words, j - 1) || compound(words[j - 1]))) j--;
  for (let k = Math.max(0, j - INTRODUCER_WORDS); k < j; k++) {
    const p = introducers.match(words, k);
    if (p && k + p.length === j) return true;
  }
  return false;
}

/**
 * The mention names a source: it follows a phrase like "according to", "laut", "selon",
 * "según", "بحسب" (articles and company nouns between), or precedes a postposition like
 * Turkish "göre" or German "zufolge".
 *   source  "Según Siemens, Bosch invertirá 2.000 millones" → Siemens is no spender
 */
export function isSource(words: readonly Word[], pack: LanguagePack, m: { from: number; to: number }): boolean {
  return introducedBy(words, pack, m, phrases(pack, 'sourcePhrases', pack.relations.sourcePhrases)) ||
    phrases(pack, 'sourcePostpositions', pack.relations.sourcePostpositions).match(words, m.to) !== undefined;
}

/**
 * The mention is what the sentence speaks about, after "regarding", "concernant", "en cuanto a"
 * (pack relations.topicPhrases): no party to what the sentence states.
 *   topic  "Concernant Arm, le PDG a été catégorique : l'accord avec Intel …" → Arm partners no one
 */
export function isTopic(words: readonly Word[], pack: LanguagePack, m: { from: number }): boolean {
  return introducedBy(words, pack, m, phrases(pack, 'topicPhrases', pack.relations.topicPhrases));
}

/** Quotation marks, which may enclose a name or stand between it and the word it modifies ("لشركة "أوبن ايه أي""). */
export const QUOTE = /^["'«»“”„‘’]$/u;

/** A Latin or Arabic comma. */
export function isComma(text: string): boolean {
  return text === ',' || text === '،';
}

export function compact<T>(xs: ReadonlyArray<T | undefined>): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

/** How many sentences back "the company" may refer. */
const SALIENCE_WINDOW = 3;

/** How many sentences after a sentence about a round its investors may be named ("The round was led by …"). */
export const ROUND_SENTENCES = 3;

/** The organisation whose round one of the last ROUND_SENTENCES sentences spoke of (noteRoundOwner), if any. */
export function recentRoundOwner(ctx: SentenceContext): number | undefined {
  const owner = ctx.doc.roundOwner;
  return owner !== undefined && owner.sentence < ctx.index && ctx.index - owner.sentence <= ROUND_SENTENCES ? owner.target : undefined;
}

/**
 * The organisation "the company" most likely refers to: the one named most often in the
 * last few sentences, nearer ones counting more, else the document's main organisation.
 */
export function salientOrg(ctx: SentenceContext): number | undefined {
  const counts = new Map<string, { n: number; id: number; last: number }>();
  for (let si = Math.max(0, ctx.index - SALIENCE_WINDOW); si < ctx.index; si++) {
    for (const id of ctx.doc.orgsBySentence[si] ?? []) {
      const key = ctx.doc.keys.get(id) ?? String(id);
      const c = counts.get(key) ?? { n: 0, id, last: -1 };
      // Nearer sentences weigh more: "the textile group" after a sentence about Inditex is Inditex.
      c.n += SALIENCE_WINDOW - (ctx.index - 1 - si);
      c.last = si;
      counts.set(key, c);
    }
  }
  let best: { n: number; id: number; last: number } | undefined;
  const mainKey = ctx.doc.mainOrg === undefined ? undefined : ctx.doc.keys.get(ctx.doc.mainOrg);
  const isMain = (c: { id: number }) => mainKey !== undefined && ctx.doc.keys.get(c.id) === mainKey;
  // Ties: the document's main organisation, then the one named last.
  for (const c of counts.values()) {
    if (!best || c.n > best.n || (c.n === best.n && (isMain(c) ? !isMain(best) : !isMain(best) && c.last > best.last))) best = c;
  }
  return best?.id ?? ctx.doc.mainOrg;
}

/**
 * Index where an organisation anaphor starts in [from, to), or -1: a listed one ("the company",
 * "l'entreprise", "الشركة") or a definite description headed by a company noun ("the Munich
 * startup", "der Wolfsburger Autokonzern", "the ChatGPT maker") that names no one after it.
 */
/**
 * The organisation an anaphor at word `at` stands for: where it is a description holding a product the document
 * says an organisation develops ("the ChatGPT maker"), that organisation; else the salient one (salientOrg).
 */
export function anaphorReferent(ctx: SentenceContext, at: number): number | undefined {
  if (at >= 0 && ctx.doc.developers) {
    for (let k = at; k < Math.min(ctx.words.length, at + 2 + DESCRIPTION_MODIFIERS); k++) {
      // The product may be a mention here, or only a word the document named as a product before ("The Zentra maker").
      const m = ctx.mentions.find((x) => x.from === k && x.type === 'Product');
      const key = m ? ctx.doc.keys.get(m.id) : ctx.words[k].kind === 'word' && /^\p{Lu}/u.test(ctx.words[k].text) ? nameKey(ctx.words[k].stem) : undefined;
      const developer = key !== undefined ? ctx.doc.developers.get(key) : undefined;
      if (developer !== undefined) return developer;
    }
  }
  return salientOrg(ctx);
}

export function orgAnaphorAt(ctx: SentenceContext, from: number, to: number): number {
  const lo = Math.max(0, from);
  const hi = Math.min(ctx.words.length, to);
  const listed = set(ctx, 'orgAnaphors', ctx.pack.entities.orgAnaphors);
  // A word of a name is no anaphor ("Can Holding’in" holds "holding").
  for (let k = lo; k < hi; k++) if ((listed.match(ctx.words, k) || descriptionAt(ctx, k)) && mentionAt(ctx, k) === undefined) return k;
  return -1;
}

/** Modifiers a definite description may hold between its article and its head ("the French carmaker"). */
const DESCRIPTION_MODIFIERS = 3;

const articleSets = new WeakMap<object, ReadonlySet<string>>();

/** Definite articles of a pack: the first words of its listed anaphors ("the", "der", "die", "het", "la"). */
function definiteArticles(ctx: SentenceContext): ReadonlySet<string> {
  let s = articleSets.get(ctx.pack);
  if (!s) {
    s = new Set(ctx.pack.entities.orgAnaphors.map((a) => a.split(' ')).filter((p) => p.length > 1).map((p) => foldWord(p[0])));
    articleSets.set(ctx.pack, s);
  }
  return s;
}

/**
 * The words from `from` up to the mention are a description that names it ("der Chemiekonzern
 * BASF", "der deutsche Autobauer Volkswagen"): a determiner, at most DESCRIPTION_MODIFIERS
 * modifiers and a company head noun of the pack, directly before the name.
 *   de  "kaufte der Chemiekonzern BASF …" → BASF stands right after the verb
 */
export function describedFrom(ctx: SentenceContext, from: number, m: SMention): boolean {
  const { words, pack } = ctx;
  const heads = pack.entities.companyHeads;
  if (heads.length === 0 || m.from - from < 2 || m.from - from > DESCRIPTION_MODIFIERS + 2) return false;
  const d = set(ctx, 'determiners', pack.entities.determiners).match(words, from);
  if (!d || from + d.length >= m.from) return false;
  // "der US-Internetkonzern AOL": a place and a glued hyphen may stand inside the description.
  for (let j = from + d.length; j < m.from; j++) {
    const inner = mentionAt(ctx, j);
    const hyphen = words[j].text === '-' && words[j].glued;
    if ((words[j].kind !== 'word' && !hyphen) || (inner !== undefined && inner.type !== 'Location')) return false;
  }
  return endingTest(heads, 0)(words[m.from - 1].fold);
}

function descriptionAt(ctx: SentenceContext, k: number): boolean {
  const { words } = ctx;
  const heads = ctx.pack.entities.companyHeads;
  if (heads.length === 0 || !definiteArticles(ctx).has(words[k].fold)) return false;
  const endsInHead = endingTest(heads, 0);
  for (let j = k + 1; j < Math.min(words.length, k + 2 + DESCRIPTION_MODIFIERS); j++) {
    const w = words[j];
    if (w.kind !== 'word' || ctx.mentions.some((m) => m.from <= j && j < m.to && m.type !== 'Product' && m.type !== 'Location')) return false;
    if (endsInHead(w.fold)) {
      // "the startup Acme": a cue for the name after it, not a reference back.
      // A quote may open the name ("the startup « Acme »"); a verb between ("Der deutsche Konzern erwirbt Acme") makes it no cue.
      return !ctx.mentions.some((m) => m.from === j + 1 || (m.from === j + 2 && words[j + 1].kind === 'punct'));
    }
  }
  return false;
}
