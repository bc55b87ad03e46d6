/**
 * Trigger rules: a relation word of the language plus argument rules (side, prepositions,
 * case suffixes, lists). The rule id is `<lang>.<relation>.<trigger id>`.
 *   de.invested_in.noun-in       "eine Investition … in das Unternehmen Scale"
 *   tr.competes_with.rakip       "Google ve OpenAI gibi rakipleriyle"  (objects before, SOV)
 *   ar.owns.owned-by             "xAI المملوكة لإيلون ماسك"            (reversed)
 *   de.partners_with.compound    "die Meta-Scale-Partnerschaft"
 */
import type { ExtractedClaim } from '../../model/extraction.js';
import type { LanguagePack, TriggerEntry } from '../../lang/types.js';
import { RELATION_SPECS, type EntityType, type Relation } from '../../model/types.js';
import { bareCompanyNouns, LEADER_PHRASE_WORDS, particleCloses, phraseEndingAt as phraseEndingBefore, titlePhrases, triggerPhrases, wordMatches, type PhraseSet, type Word } from '../words.js';
import { APOSTROPHE_GENITIVE, possessedAfter } from './possessor.js';
import { raisingVerbs, stopwordsOf } from '../mentions.js';
import { foldWord } from '../normalize.js';
import { after, anaphorReferent, before, claim, compact, coordinated, describedFrom, gluedJoiner, hasBetween, isComma, isSource, mentionAt, orgAnaphorAt, QUOTE, recentRoundOwner, relationPrepositions, ROUND_SENTENCES, salientOrg, set, type SentenceContext, type SMention } from './context.js';
import { endingTest } from '../endings.js';
import { isDealMoney, type Quantity } from '../quantities.js';
import { attachQualifiers, moneyOf } from './qualifiers.js';
import { opensHolderList } from './holders.js';

/**
 * A description in apposition to the name before it: "Meta, the company behind Facebook" → Meta OWNS Facebook.
 * Without a name right before it, a comma or a dash between at most ("invests in the company behind ChatGPT"), the
 * description names no one in the sentence: give up.
 *   de.owns.hinter  "Meta Platforms, das Unternehmen hinter Facebook, …" → Meta Platforms OWNS Facebook
 */
function adjacentSubjectClaims(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, sTypes: readonly EntityType[], oTypes: readonly EntityType[], ruleId: string, confidence: number): ExtractedClaim[] {
  const gap = tFrom > 0 && /^[,–—(-]$/u.test(ctx.words[tFrom - 1].text) ? 1 : 0;
  const subject = ctx.mentions.find((m) => m.to === tFrom - gap && sTypes.includes(m.type));
  if (!subject) return [];
  const out: ExtractedClaim[] = [];
  for (const o of findObjects(ctx, t, tFrom, tTo, oTypes)) {
    const made = t.reversed ? claim(ctx, t.relation, o, subject, ruleId, confidence) : claim(ctx, t.relation, subject, o, ruleId, confidence);
    if (made) out.push(made);
  }
  return out;
}

/** Words an anaphor before an apposition's comma may hold ("la compañía", "the German company"). */
const APPOSED_ANAPHOR_WORDS = 3;

/** Relations whose claims are deals: one named again without its subject is the last deal in the same company. */
const DEALS: ReadonlySet<string> = new Set(['INVESTED_IN', 'ACQUIRED']);

/** Relations that are states, not events: their trigger words take a passive agent only inside a passive clause (an auxiliary), never after a bare noun. */
const STATES: ReadonlySet<string> = new Set(['OWNS', 'COMPETES_WITH', 'PART_OF']);

/** How far (in words) an argument may stand from its trigger. */
export const ARGUMENT_WINDOW = 14;
/** Subjects may stand further away than objects: appositions sit between ("X, the founder of Y, … joins"). */
const SUBJECT_WINDOW = 24;
/** Objects introduced by a preposition: how far the preposition may be from the object. */
const PREP_WINDOW = 4;
/** Words of a verb-final clause's middle field between its object and the verb ("den US-Rivalen Chemtura für insgesamt rund 2,4 Milliarden Euro inklusive Schulden übernehmen"). */
const VERB_FINAL_OBJECT_WINDOW = 10;
const DEFAULT_CONFIDENCE = 0.8;
const CONTEXT_SUBJECT_PENALTY = 0.15;
/** How far before a trigger (subject) or after it (object) "the company" may stand. */
const ANAPHOR_WINDOW = 4;
/** Words between an object's preposition and the name before a verb-final trigger ("in das Startup Kiwilabs investiert"). */
const OBJECT_PREP_WORDS = 4;
/** Words a title may stand before the name of a verb-final clause's object ("die Leitung des angeschlagenen deutschen Warenhauskonzerns X"). */
const TITLE_OBJECT_WORDS = 6;
/** Words of a purchase's object before the owned-by noun that heads it ("buys the chip unit of …"). */
const PURCHASED_PART_WORDS = 4;
/** Words an article may stand between a seller's preposition and the name ("from the Carlyle Group"). */
const SELLER_PREP_WORDS = 2;
/** How many sentences after a claim a follow-up ("the deal values …") may complete it. */
const FOLLOW_UP_SENTENCES = 1;
/** Words an apposition may hold before its trigger ("the San Francisco-based developer of"). */
const APPOSITION_WINDOW = 8;
/** Verb-second clauses: how many words (an article) may stand between the verb and its subject. */
const INVERTED_SUBJECT_WINDOW = 1;
/** Verb-first clauses: how many words (a company noun) may stand between the verb and its subject. */
const NEXT_SUBJECT_WINDOW = 1;

export function triggerRule(ctx: SentenceContext): ExtractedClaim[] {
  noteRoundOwner(ctx);
  const out = allTriggers(ctx);
  // Joining a board is board membership, not employment ("se incorporará al consejo de administración de X").
  const board = new Set(out.filter((c) => c.relation === 'BOARD_MEMBER_OF').map((c) => `${c.subject}>${JSON.stringify(c.object)}`));
  // A sentence that names who does it ("وتتنافس G42 مع OpenAI") leaves no role to a guessed subject for that name.
  const explicitSubjects = new Set(out.filter((c) => !isGuessed(c)).map((c) => `${c.relation}:${ctx.doc.keys.get(c.subject)}`));
  // The partner of an agreement to sell is the buyer, no partner: "un acuerdo con Telecom Argentina para vender …".
  const buyers = (id: number | object) => typeof id === 'number' && ctx.used.has(`sale-buyer:${id}`);
  return out.filter(
    (c) =>
      !(c.relation === 'PARTNERS_WITH' && (buyers(c.subject) || buyers(c.object))) &&
      // "RWE verkauft eine Beteiligung … an KKR": the buyer is no company invested in or bought in the sentence of its purchase.
      !((c.relation === 'INVESTED_IN' || c.relation === 'ACQUIRED') && buyers(c.object) && !c.ruleId.endsWith('.sale')) &&
      (c.relation !== 'JOINED' || !board.has(`${c.subject}>${JSON.stringify(c.object)}`)) &&
      !(isGuessed(c) && typeof c.object === 'number' && explicitSubjects.has(`${c.relation}:${ctx.doc.keys.get(c.object)}`)),
  );
}

/**
 * A sentence that speaks of a round and names one organisation ("Avec un tour de table à 9
 * millions de dollars, Linkfluence conclut la levée", "Boltway raised $50 million on Tuesday")
 * tells whose round later sentences mean ("Ring Capital, Tikehau et Sigma ont participé à
 * l'opération", "The round was led by Kestrel Capital").
 */
function noteRoundOwner(ctx: SentenceContext): void {
  // "Boltway raised $50 million on Tuesday." speaks of a round too: a raising verb (a reversed INVESTED_IN trigger) and a sum.
  const raising = () =>
    ctx.quantities.some((q) => q.kind === 'money') &&
    raisingVerbs(ctx.pack).find(ctx.words) >= 0;
  if (set(ctx, 'roundNouns', ctx.pack.relations.roundNouns).find(ctx.words) < 0 && !raising()) return;
  const orgs = new Set(ctx.mentions.filter((m) => m.type === 'Organization').map((m) => ctx.doc.keys.get(m.id)));
  if (orgs.size !== 1) return;
  // "Kestrel Capital led the round": the one organisation of a sentence that joins a round is an investor in it.
  if (triggerPhrases(ctx.pack, 'roundVerbs', () => ctx.pack.relations.triggers.filter((t) => t.roundObject).flatMap((t) => t.forms)).find(ctx.words) >= 0) return;
  const owner = ctx.mentions.find((m) => m.type === 'Organization')!;
  ctx.doc.roundOwner = { sentence: ctx.index, target: owner.id };
}

/** Events between two companies that a lead sentence names and the next describes ("Der Staatskonzern übernimmt den Kunststoffhersteller"). */
const PAIR_RELATIONS: ReadonlySet<Relation> = new Set(['ACQUIRED', 'INVESTED_IN', 'SUPPLIES', 'PARTNERS_WITH']);

/**
 * Where the ANAPHOR_WINDOW words before `tFrom` begin, a name counting as one word: "Der
 * Staatskonzern aus Abu Dhabi übernimmt" holds its description within the window.
 */
function anaphorWindowStart(ctx: SentenceContext, tFrom: number): number {
  let k = tFrom;
  for (let n = 0; n < ANAPHOR_WINDOW && k > 0; n++) {
    const m = ctx.mentions.find((x) => x.to === k);
    k = m ? m.from : k - 1;
  }
  return k;
}

/**
 * The two organisations of the last sentence that named any, in the order it named them, where it
 * named exactly two (by entity key); else undefined.
 */
function lastSentencePair(ctx: SentenceContext): [number, number] | undefined {
  for (let si = ctx.index - 1; si >= 0; si--) {
    const ids = ctx.doc.orgsBySentence[si] ?? [];
    if (ids.length === 0) continue;
    const byKey = new Map<string, number>();
    for (const id of ids) if (!byKey.has(ctx.doc.keys.get(id) ?? String(id))) byKey.set(ctx.doc.keys.get(id) ?? String(id), id);
    const distinct = [...byKey.values()];
    return distinct.length === 2 ? [distinct[0], distinct[1]] : undefined;
  }
  return undefined;
}

/** A trigger's own word lists, compiled on first use (keys and lists were rebuilt at every use). */
interface TriggerLists {
  objectPreps?: PhraseSet;
  subjectPreps?: PhraseSet;
  particleNext?: PhraseSet;
}

const triggerListCache = new WeakMap<LanguagePack, Map<TriggerEntry, TriggerLists>>();

function triggerListsOf(ctx: SentenceContext, t: TriggerEntry): TriggerLists {
  let byTrigger = triggerListCache.get(ctx.pack);
  if (!byTrigger) triggerListCache.set(ctx.pack, (byTrigger = new Map()));
  let l = byTrigger.get(t);
  if (!l) byTrigger.set(t, (l = {}));
  return l;
}

/** The trigger's object prepositions (the trigger must have some). */
function objectPrepsOf(ctx: SentenceContext, t: TriggerEntry): PhraseSet {
  const l = triggerListsOf(ctx, t);
  return (l.objectPreps ??= set(ctx, `preps:${t.objectPreps!.join('|')}`, t.objectPreps!));
}

/** The trigger's subject prepositions (the trigger must have some). */
function subjectPrepsOf(ctx: SentenceContext, t: TriggerEntry): PhraseSet {
  const l = triggerListsOf(ctx, t);
  return (l.subjectPreps ??= set(ctx, `spreps:${t.subjectPreps!.join('|')}`, t.subjectPreps!));
}

/** What may follow a separable verb's particle: a list joiner or a preposition of its object. */
function particleNextOf(ctx: SentenceContext, t: TriggerEntry): PhraseSet {
  const l = triggerListsOf(ctx, t);
  return (l.particleNext ??= set(ctx, `particleNext:${t.relation}:${t.id}`, [...ctx.pack.relations.listJoiners, ...(t.objectPreps ?? [])]));
}

function isGuessed(c: ExtractedClaim): boolean {
  return c.ruleId.endsWith('.context') || c.ruleId.endsWith('.anaphor');
}

function allTriggers(ctx: SentenceContext): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const { pack, words } = ctx;
  // One pass with every form of every trigger finds where any trigger may start; each
  // trigger is then tried there only (most words start none).
  const any = triggerPhrases(pack, '*', () => pack.relations.triggers.flatMap((t) => t.forms));
  const starts: number[] = [];
  for (let i = 0; i < words.length; i++) if (any.match(words, i)) starts.push(i);
  if (starts.length === 0) return out;
  // Every occurrence first: a trigger inside a longer one of another relation, or of the same relation read the
  // other way round or with its object on the other side ("parent company of X" is not "X's parent company"), is part of that one ("ortaklık kurdu" forms a partnership and founds nothing; "adquiere la
  // propiedad de X" owns X, while "propiedad de X" alone is owned by X).
  const occurrences: Array<{ t: TriggerEntry; from: number; to: number }> = [];
  // "… and the venture arm of Salesforce", "led by the investment arm of X": an arm phrase inside a list or behind a
  // preposition stands for its parent; its "arm of" says nothing of who owns the sentence's subject.
  const argumentOpeners = set(ctx, 'armOpeners', [...pack.relations.listJoiners, ...pack.relations.passiveAgents, ...pack.relations.comitativePreps, ...pack.relations.sellerPreps]);
  const articleSet = set(ctx, 'determiners', pack.entities.determiners);
  const behindOpener = (i: number) => {
    let b = i - 1;
    while (b >= 0 && articleSet.match(words, b)) b--;
    return b >= 0 && argumentOpeners.match(words, b) !== undefined;
  };
  const inArgumentArm = coveredBy(words, set(ctx, 'armPhrases', pack.relations.armPhrases), behindOpener);
  const inLeaderPhrase = coveredBy(words, set(ctx, 'leaderPhrases', pack.relations.leaderPhrases));
  for (const [t, forms] of compiledTriggers(pack)) {
    let next = 0;
    for (const i of starts) {
      if (i < next) continue;
      const m = forms.match(words, i);
      if (!m) continue;
      if (t.noun && pack.capitalisesNouns && words[i].script === 'latin' && !/^\p{Lu}/u.test(words[i].text)) continue;
      // A trigger inside an entity name is not a trigger ("Scale AI", "Partners Group"), nor one inside a group's
      // leader phrase ("مجموعة استثمارية يقودها", an investment group led by).
      if (ctx.mentions.some((x) => x.from <= i && i < x.to) || inLeaderPhrase[i]) continue;
      if (inArgumentArm[i] && t.relation === 'OWNS') continue;
      if (t.particle !== undefined && !particleCloses(words, t.particle, i + m.length, particleNextOf(ctx, t))) continue;
      next = i + m.length;
      occurrences.push({ t, from: i, to: i + m.length });
    }
  }
  // A round verb ("geleid") says nothing without its round noun, so a longer trigger around it ("geleid door", led by a CEO) leaves it be.
  const inside = (o: (typeof occurrences)[number]) =>
    !o.t.roundObject &&
    occurrences.some((p) => (p.t.relation !== o.t.relation || !p.t.reversed !== !o.t.reversed || (o.t.object === 'before' && o.t.subject === 'after' && (p.t.object ?? 'after') === 'after')) && p.from <= o.from && o.to <= p.to && p.to - p.from > o.to - o.from);

  // "Kalvon buys the chip unit of Dorta": an owned-by noun heading a purchase's object names no owner of the buyer.
  // The owned one the noun is given is then no name before the purchase's verb.
  const purchaseBefore = (o: (typeof occurrences)[number]) =>
    o.t.relation !== 'OWNS' || o.t.reversed !== true ? undefined :
    occurrences.find((p) => (p.t.relation === 'ACQUIRED' || p.t.relation === 'INVESTED_IN') && !p.t.reversed && p.to <= o.from && o.from - p.to <= PURCHASED_PART_WORDS && !ctx.mentions.some((m) => m.from >= p.to && m.to <= o.from) && !words.slice(p.to, o.from).some((w) => w.kind === 'punct'));

  // Two forms of one trigger in a sentence ("raised $270 million in a funding round from …") state one event:
  // the arguments the first found are not read again from the second.
  const textObjects = new Map<TriggerEntry, Set<number>>();
  // A verb of joining a round that found no round is tried again at the end: the round it joins may be the one
  // another trigger of the sentence raised ("… opgehaald in een ronde onder leiding van X, waaraan ook A en B deelnamen").
  const retry = new Set<(typeof occurrences)[number]>();
  const queue = [...occurrences];
  for (let q = 0; q < queue.length; q++) {
    const o = queue[q];
    // A round noun an investor joined is that investor's object, no trigger of its own ("lidera la ronda de Mistral").
    if (inside(o) || ctx.used.has(`round:${o.from}`)) continue;
    const { t } = o;
    const seen = textObjects.get(t) ?? new Set<number>();
    textObjects.set(t, seen);
    const purchase = purchaseBefore(o);
    const made = applyTrigger(ctx, t, o.from, o.to).filter((c) => !purchase || typeof c.object !== 'number' || ctx.mentions.every((m) => m.id !== c.object || m.to > purchase.from));
    if (made.length === 0 && t.roundObject && !retry.has(o) && ctx.doc.roundTarget?.sentence !== ctx.index) {
      retry.add(o);
      queue.push(o);
    }
    for (const c of made) {
      const textObject = t.reversed ? c.subject : c.object;
      if (typeof textObject === 'number' && seen.has(textObject) && !t.roundObject) continue;
      out.push(c);
      // "Vantix raised $120 million in a round led by Kestrel, which Orrin and Harbor joined too": the raising company's
      // round is the one later round verbs of the sentence mean.
      if (t.relation === 'INVESTED_IN' && c.relation === 'INVESTED_IN' && (t.reversed || c.ruleId.endsWith('.passive')) && typeof c.object === 'number' && ctx.doc.roundTarget?.sentence !== ctx.index) ctx.doc.roundTarget = { sentence: ctx.index, target: c.object };
    }
    const own = `${pack.code}.${t.relation.toLowerCase()}.${t.id}`;
    for (const c of out) if (c.ruleId.startsWith(own) && !isGuessed(c)) {
      const textObject = t.reversed ? c.subject : c.object;
      if (typeof textObject === 'number') seen.add(textObject);
    }
  }
  return out;
}

/** Which words a phrase of the set covers, for phrases starting where `keep` allows. */
function coveredBy(words: readonly Word[], s: PhraseSet, keep: (start: number) => boolean = () => true): boolean[] {
  const covered = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    const m = s.match(words, i);
    if (m && keep(i)) for (let k = i; k < i + m.length; k++) covered[k] = true;
  }
  return covered;
}

function applyTrigger(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number): ExtractedClaim[] {
  const spec = RELATION_SPECS[t.relation];
  // In the text, the first argument is the relation's subject unless the trigger is reversed.
  const textSubjectTypes: readonly EntityType[] = t.reversed ? spec.to : spec.from;
  const textObjectTypes: readonly EntityType[] = t.reversed ? spec.from : spec.to;
  let confidence = t.confidence ?? DEFAULT_CONFIDENCE;
  const ruleId = `${t.relation.toLowerCase()}.${t.id}`;

  // "Meta-Scale-Partnerschaft": two names glued to the trigger by hyphens.
  const compound = compoundArgs(ctx, tFrom, textSubjectTypes, textObjectTypes);
  if (compound) {
    const made = claim(ctx, t.relation, compound[0], compound[1], `${ruleId}.compound`, confidence, attachQualifiers(ctx, t.relation, tFrom, tTo));
    return made ? [made] : [];
  }

  // "Investors in the deal include Nvidia and Microsoft": a holder noun that opens a list of members is read by holders.ts.
  if (opensHolderList(ctx, tFrom)) return [];

  if (t.anaphoric) return anaphoric(ctx, t, tFrom, tTo, textObjectTypes, ruleId, confidence);

  if (t.adjacentSubject) return adjacentSubjectClaims(ctx, t, tFrom, tTo, textSubjectTypes, textObjectTypes, ruleId, confidence);

  if (t.roundObject) return roundClaims(ctx, t, tFrom, tTo, ruleId, confidence, textSubjectTypes);

  if (t.sale) return saleClaims(ctx, t, tFrom, tTo, ruleId, confidence);

  // "Telefónica ha vendido su filial de torres Telxius …", "Acme and its subsidiary Boltway": after a possessive, the
  // subsidiary noun's name follows it and the owner is the organisation the possessive refers to.
  //   es.owns.subsidiary.possessive  "Telefónica vende su filial Telxius" → Telefónica OWNS Telxius
  if (t.relation === 'OWNS' && t.reversed && tFrom > 0 && set(ctx, 'possessivePronouns', ctx.pack.relations.possessivePronouns).match(ctx.words, tFrom - 1)?.length === 1) {
    const owned = after(ctx, tTo, ['Organization', 'Product'], POSSESSED_NAME_WINDOW)[0];
    // "vendre sa division beauté à L’Oréal": a name behind a preposition is another argument, not the subsidiary's name.
    if (!owned || prepositionBefore(ctx, owned.from, tTo)) return [];
    const owner = before(ctx, tFrom - 1, ['Organization', 'Person'])[0] ?? salientOrg(ctx);
    const made = owner === undefined ? undefined : claim(ctx, 'OWNS', owner, owned, `${ruleId}.possessive`, confidence);
    return made ? [made] : [];
  }

  // A verb with both arguments before it ends its clause in a verb-second language ("…, die Google
  // in Alphabet investiert"); in a main clause it is the finite verb and its object follows
  // ("Die Google-Mutter Alphabet investiert in Boltway"): a name right after it says so.
  if (ctx.pack.verbSecond && !t.reversed && t.object === 'before' && t.subject === 'before' && !clauseEndsAt(ctx, tTo) && after(ctx, tTo, textObjectTypes, PREP_WINDOW).length > 0) return [];

  // "Opel-Mutter Stellantis", "BT-owned EE": a trigger glued to a name by a hyphen has that name as its first argument, or none.
  const gluedHead = ctx.words[tFrom].text === '-' && ctx.words[tFrom].glued ? ctx.mentions.find((m) => m.to === tFrom) : undefined;
  if (ctx.words[tFrom].text === '-' && (!gluedHead || !textSubjectTypes.includes(gluedHead.type))) return [];

  // "Beta Labs was acquired by Acme Corp", "door Acme werd overgenomen", "Acme tarafından satın alındı":
  // the agent is the relation's subject whatever side the trigger expects it on.
  // A state takes a passive agent only in a passive clause ("wird von der Quillon Holding kontrolliert"):
  // "Altice Media, maison mère de BFMTV, par CMA CGM" names the agent of another noun.
  const passive = t.reversed ? undefined : passiveArgs(ctx, tFrom, tTo, textSubjectTypes, textObjectTypes, STATES.has(t.relation));
  if (passive === null) {
    // "de recente overname door Prosus": the description is an event noun's, whose patient is the document's company.
    return agentOfEventNoun(ctx, t, tFrom, tTo, textSubjectTypes, ruleId, confidence);
  }
  if (passive) {
    // "door Bain en Cinven": every coordinated agent; a joint figure is no single agent's.
    const listed = coordinated(ctx, passive.agent, textSubjectTypes);
    // "fundada por A y B, junto con C": a name added with "together with" shares the agents' role.
    const agents = [...listed, ...comitativeAfter(ctx, listed, textSubjectTypes)].filter((m) => m.id !== passive.patient.id);
    let q = attachQualifiers(ctx, t.relation, tFrom, tTo);
    if (agents.length > 1) q = { ...q, amount: undefined, amountMin: undefined, amountMax: undefined, currency: undefined };
    const made = compact(agents.map((a) => claim(ctx, t.relation, a, passive.patient, `${ruleId}.passive`, confidence, q)));
    if (made.length === 0) return [];
    ctx.used.add(`obj:${passive.patient.id}`);
    ctx.used.add(`rel:${t.relation}`);
    return made;
  }

  // "Orbiton, which Acme Corp acquired in 2019", "Anteile an ITA, die Lufthansa … erworben hatte":
  // an object relative clause; its subject is the name after the pronoun, its object the noun before.
  const relative = t.reversed || spec.symmetric || t.subject === 'next' ? undefined : relativeArgs(ctx, t, tFrom, tTo, textSubjectTypes, textObjectTypes);
  if (relative) {
    const made = claim(ctx, t.relation, relative.subject, relative.object, `${ruleId}.relative`, confidence, attachQualifiers(ctx, t.relation, tFrom, tTo));
    if (!made) return [];
    ctx.used.add(`obj:${relative.object.id}`);
    ctx.used.add(`rel:${t.relation}`);
    return [made];
  }

  // Verb-first clauses ("وأسس فهد العتيبي شركة لوسيديا"): the subject right after the verb, the object after the subject.
  const next = t.subject === 'next' && !pronounComplementiser(ctx, tFrom) ? nextSubject(ctx, tTo, textSubjectTypes, pronounPreposition(ctx, t, tTo) ? 1 : 0) : undefined;
  // "joined AMR Corp’s American Airlines": the possessor names whose the argument is; the argument is the name after it.
  const objects = (next ? findObjects(ctx, t, next.from, next.to, textObjectTypes, true) : findObjects(ctx, t, tFrom, tTo, textObjectTypes)).map((o) => possessedAfter(ctx, o, textObjectTypes) ?? o);
  // "Private investeerders steken 9,5 miljard euro in TenneT Duitsland": the company invested in, whoever invested,
  // for a later "Het geld komt van …" (fundingSourceRule).
  if (t.relation === 'INVESTED_IN' && !t.reversed && objects.length === 1 && objects[0].type === 'Organization') ctx.doc.investedTarget = { sentence: ctx.index, target: objects[0].id };
  // "وقد اشترتها شركة غوغل": a pronoun glued to the verb or its preposition stands for the organisation named before it.
  if (objects.length === 0 && next && !t.reversed) {
    const back = gluedObjectPronoun(ctx, t, tTo) ? before(ctx, tFrom, textObjectTypes).find((m) => m.id !== next.id && ctx.doc.keys.get(m.id) !== ctx.doc.keys.get(next.id)) : undefined;
    if (back) objects.push(back);
  }
  if (objects.length === 0) {
    // "Amazon and Anthropic said the deal is part of a broader collaboration": the parties of a
    // symmetric relation may be the coordinated subjects.
    if (spec.symmetric) {
      const first = findSubject(ctx, t, tFrom, tTo, textSubjectTypes, []);
      const parties = first === undefined || typeof first === 'number' ? [] : conjuncts(ctx, first, textSubjectTypes, tFrom, []);
      // Examples ("rivals such as Google and Microsoft") are not parties to each other.
      const examples = set(ctx, 'examples', ctx.pack.relations.examples);
      if (parties.length >= 2 && examples.find(ctx.words, Math.max(0, Math.min(...parties.map((m) => m.from)) - 2), Math.min(...parties.map((m) => m.from))) >= 0) parties.length = 0;
      // The parties are the trigger's clause subjects: "behind ExxonMobil and Chevron, with both having announced deals" names none.
      // A headline's colon is no break ("VW und Rivian: Joint Venture geplant").
      if (parties.length >= 2 && ctx.words.slice(Math.max(...parties.map((m) => m.to)), tFrom).some((w) => isComma(w.text) || w.text === ';')) parties.length = 0;
      if (parties.length >= 2) {
        const out: ExtractedClaim[] = [];
        for (let a = 0; a < parties.length; a++) {
          for (let b = a + 1; b < parties.length; b++) {
            const made = claim(ctx, t.relation, parties[a], parties[b], `${ruleId}.conjuncts`, confidence, {});
            if (made) out.push(made);
          }
        }
        return out;
      }
    }
    // "Boeing named Kelly Ortberg as its new chief executive, replacing Dave Calhoun": the one replaced
    // leaves the organisation the successor's role of this sentence is at.
    //   en.left.succeed.succession  → Dave Calhoun LEFT Boeing
    const succession = t.relation === 'LEFT' && !t.reversed && (t.subject === 'next' || t.subject === 'after');
    // "Elle est remplacée par Jean-Louis Klein": in the passive the one after the agent preposition succeeds;
    // the one replaced is the clause's subject, who leaves the role the document gave them.
    //   fr.left.succeed.passive-succession  "… F. M.-D. … Elle est remplacée par J.-L. Klein" → F. M.-D. LEFT Crédit du Nord
    if (succession && set(ctx, 'passiveAgents', ctx.pack.relations.passiveAgents).match(ctx.words, tTo) !== undefined) {
      const leaver = before(ctx, tFrom, ['Person'])[0]?.id ?? personPronoun(ctx, tFrom, 'before');
      const org = leaver === undefined ? undefined : roleHeld(ctx, leaver);
      const made = leaver === undefined || org === undefined ? undefined : claim(ctx, 'LEFT', leaver, org, `${ruleId}.passive-succession`, confidence - CONTEXT_SUBJECT_PENALTY);
      return made ? [made] : [];
    }
    const succeeded = succession ? (next ?? after(ctx, tTo, ['Person'], ARGUMENT_WINDOW)[0]) : undefined;
    if (succeeded) {
      const successor = before(ctx, tFrom, ['Person']).find((m) => m.id !== succeeded.id);
      // "Acme named Anna Berg chief executive. She succeeds John Doe.": a pronoun successor holds the CEO role the last sentence gave.
      // "Sewing war bislang Ko-Vizechef … Er folgt auf John Cryan": else the role the pronoun's person was given earlier.
      const pronounSuccessor = successor === undefined ? personPronoun(ctx, tFrom, 'before') : undefined;
      const lastRole = pronounSuccessor !== undefined ? ctx.doc.lastClaim.get('CEO_OF') : undefined;
      const roleOf = (id: number | undefined) => {
        const key = id === undefined ? undefined : ctx.doc.keys.get(id);
        return key === undefined ? undefined : (ctx.doc.topRoles?.get(key) ?? ctx.doc.roles?.get(key));
      };
      const org = successor !== undefined ? roleOf(successor.id) : lastRole && typeof lastRole.object === 'number' && ctx.index - lastRole.sentence <= 1 ? lastRole.object : roleOf(pronounSuccessor);
      const made = org === undefined ? undefined : claim(ctx, 'LEFT', succeeded, org, `${ruleId}.succession`, confidence - CONTEXT_SUBJECT_PENALTY);
      if (made) {
        // The one a new chief executive replaces held that post: "… its next CEO. Kreeger replaces Steve Ridgway".
        //   en.ceo_of.succeed.succession-role  → Steve Ridgway CEO_OF Virgin Atlantic
        const successorKey = successor !== undefined ? ctx.doc.keys.get(successor.id) : pronounSuccessor !== undefined ? ctx.doc.keys.get(pronounSuccessor) : undefined;
        const top = successorKey !== undefined && org !== undefined && ctx.doc.topRoles?.get(successorKey) === org;
        const held = top && org !== undefined ? claim(ctx, 'CEO_OF', succeeded, org, `ceo_of.${t.id}.succession-role`, confidence - CONTEXT_SUBJECT_PENALTY) : undefined;
        return held ? [made, held] : [made];
      }
    }
    // Only where the leaver stands before the verb: after "succeeds"/"ayrılan" stands someone else.
    const left = t.relation === 'LEFT' && !t.reversed && t.subject !== 'next' && t.subject !== 'after' ? roleLeft(ctx, t, tFrom, tTo, ruleId, confidence) : undefined;
    if (left) return [left];
    const events = agentOfEventNoun(ctx, t, tFrom, tTo, textSubjectTypes, ruleId, confidence);
    if (events.length > 0) return events;
    remember(ctx, t, tFrom, tTo, textSubjectTypes);
    return [];
  }

  // "Zusammenarbeit zwischen Meta und Scale", or a list right after the noun ("تحالف مايكروسوفت وOpenAI"):
  // both parties follow the trigger.
  const between = set(ctx, 'betweenPreps', ctx.pack.relations.betweenPreps);
  // A trigger that fixes its subject before it ("Oracle against rivals A and B") never reads the list as both parties.
  const pronounFirst = objects.length > 0 && pronounBetween(ctx, objects[0].from);
  const saysBetween = objects.length >= 2 && t.subject !== 'before' && (between.find(ctx.words, Math.max(0, objects[0].from - 2), objects[0].from) >= 0 || objects[0].from === tTo) && !pronounFirst;
  let subject: SMention | number | undefined;
  let subjectRule = '';
  if (spec.symmetric && pronounFirst) {
    // The pronoun stands for the clause's subject named before it, else the organisation of the last sentences; one of
    // the listed names cannot be it, nor a name behind a preposition ("وقبل بيعها لجوجل، …": Google is no subject).
    const earlier = before(ctx, tFrom, ['Organization']).filter((m) => !objects.includes(m));
    const clauseSubject = earlier.find((m) => !behindPreposition(ctx, m) && !(m.from > 0 && ctx.words[m.from].bases.length > 1 && ctx.words[m.from].script === 'arabic'));
    subject = earlier.length > 0 ? clauseSubject : salientOrg(ctx);
    subjectRule = '.anaphor';
    confidence -= CONTEXT_SUBJECT_PENALTY;
    if (subject === undefined || objects.some((o) => ctx.doc.keys.get(o.id) === ctx.doc.keys.get(subject as number))) return [];
  } else if (spec.symmetric && saysBetween) {
    subject = objects.shift()!;
    subjectRule = '.between';
  } else if (next) {
    subject = next;
    subjectRule = '.next';
  } else if (gluedHead) {
    subject = gluedHead;
  } else if (apposedAfter(ctx, t, tFrom, tTo, objects, textSubjectTypes)) {
    // "… and the owner of Three UK, CK Hutchison.": the name in apposition after the noun's phrase is what the noun describes.
    subject = apposedAfter(ctx, t, tFrom, tTo, objects, textSubjectTypes);
    subjectRule = '.apposition';
  } else {
    subject = findSubject(ctx, t, tFrom, tTo, textSubjectTypes, objects);
    // A number is the organisation an anaphor refers to (findSubject's apposed anaphor).
    if (typeof subject === 'number') subjectRule = '.anaphor';
    // Verb-second clauses put the subject right after the verb when something else opens the
    // sentence ("Laut Bericht übernimmt Orbiton die Fluglinie IAG", "Daarna neemt Orbiton …").
    // A noun ("der Anteil an X", "de overname van X") heads a phrase, not a clause: no subject follows it.
    // "Der deutsche Chiphersteller erwirbt Gan Systems": a description before the verb is its subject.
    // A possessed noun ("via zijn dochter Kestrel Ventures") heads a phrase too, and so does a noun behind "van/von"
    // ("die van concurrent Microsoft in OpenAI": no verb follows the preposition).
    // A subject that is also the name after the verb stood in a clause of its own ("Heijmans is niet vies van uitbreiding: vorig jaar nam Heijmans … over").
    const selfObject = subject !== undefined && typeof subject !== 'number' && objects.length > 0 && ctx.doc.keys.get(subject.id) === ctx.doc.keys.get(objects[0].id) && subject.id !== objects[0].id;
    if (selfObject) subject = undefined;
    // "Perteneció al grupo LVMH hasta 2005, y ahora estaba en manos de Falic": the owned company a reversed phrase is about
    // opens its clause; a name behind another verb's preposition is that verb's argument.
    if (t.reversed && t.relation === 'OWNS' && subject !== undefined && typeof subject !== 'number' && subject.to <= tFrom && prepositionWithin(ctx, subject.from) &&
      set(ctx, 'listJoiners', ctx.pack.relations.listJoiners).find(ctx.words, subject.to, tFrom) >= 0) subject = undefined;
    if (subject === undefined && ctx.pack.verbSecond && !t.reversed && !possessiveAt(ctx, tFrom) && !afterOf(ctx, tFrom) && !isNounTrigger(ctx, tFrom, tTo) && objects.length > 0 && orgAnaphorAt(ctx, anaphorWindowStart(ctx, tFrom), tFrom) < 0) {
      // "Für 3,8 Milliarden Dollar kaufte der Chemiekonzern BASF …": a description may stand between.
      // Only an article may stand between: after a preposition the name is no subject ("übernimmt von Bosch die Anteile").
      const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
      const inverted = after(ctx, tTo, textSubjectTypes).find((m) => m.from === tTo || (m.from - tTo <= INVERTED_SUBJECT_WINDOW && dets.match(ctx.words, tTo) !== undefined) || describedFrom(ctx, tTo, m));
      // "154,8 Mrd Dollar zahlt der Konzern AOL … für Time Warner": the object stands behind its preposition, the subject before it.
      if (inverted && t.objectPreps?.length && inverted.to <= objects[0].from && !objects.includes(inverted)) {
        subject = inverted;
        subjectRule = '.inverted';
      } else if (inverted && inverted.id === objects[0].id) {
        // The object stands in the subject's clause ("erwirbt Gan Systems, …, wie Infineon mitteilte" names no object).
        const rest = findObjects(ctx, t, inverted.from, inverted.to, textObjectTypes).filter((m) => m.id !== inverted.id && !clauseBreak(ctx, inverted.to, m.from));
        if (rest.length > 0) {
          subject = inverted;
          subjectRule = '.inverted';
          objects.splice(0, objects.length, ...rest);
        }
      }
    }
  }
  // "Außerdem übernimmt der Konzern Quillon", "Daarnaast koopt het concern Quillon": in a verb-second clause
  // opened by something else, an anaphor right after the verb is its subject, the name after it the object.
  //   de.acquired.verb.inverted-anaphor  "Außerdem übernimmt der Konzern Quillon Labs." → (salient organisation) ACQUIRED Quillon Labs
  if (subject === undefined && ctx.pack.verbSecond && !t.reversed && !possessiveAt(ctx, tFrom) && !afterOf(ctx, tFrom) && !isNounTrigger(ctx, tFrom, tTo) && objects.length > 0 && textSubjectTypes.includes('Organization') &&
    orgAnaphorAt(ctx, tTo, tTo + 1) === tTo && objects[0].from > tTo && !ctx.mentions.some((m) => m.to <= tFrom && textSubjectTypes.includes(m.type))) {
    subject = salientOrg(ctx);
    subjectRule = '.inverted-anaphor';
    confidence -= CONTEXT_SUBJECT_PENALTY;
  }
  // "The airline competes with …", "L'entreprise est en concurrence avec …": the organisation of the last sentences.
  // "Şirket, … ile rekabet ediyor": where the subject opens the clause, an anaphor opening the sentence is it.
  // Verb-final: "Das Kölner Unternehmen, das …, will den US-Rivalen Chemtura … übernehmen": the anaphor opening the sentence,
  // with no name before the object, is the subject of the verb that closes it.
  // Asides before the object must be closed: "Das Gemeinschaftsunternehmen, an dem ZF 51 Prozent … hält" is a relative clause's.
  const verbFinalOpening = ctx.pack.verbFinalClauses && !t.reversed && objects.length > 0 && objects[0].to <= tFrom && orgAnaphorAt(ctx, 0, 1) === 0 &&
    commasBefore(ctx, objects[0].from) % 2 === 0 && !ctx.mentions.some((m) => m.to <= objects[0].from && textSubjectTypes.includes(m.type) && !betweenCommas(ctx, m, objects[0].from));
  const opening = (t.subject === 'first' && orgAnaphorAt(ctx, 0, 1) === 0) || (!t.reversed && openingAnaphor(ctx, tFrom)) || verbFinalOpening;
  if (subject === undefined && textSubjectTypes.includes('Organization') && (opening || orgAnaphorAt(ctx, anaphorWindowStart(ctx, tFrom), tFrom) >= 0 || pronounSubject(ctx, tFrom, textSubjectTypes))) {
    // "The German chipmaker will buy Boltway, Acme Corp said": the company reporting the sentence is what the description stands for.
    const speaker = reportingSpeaker(ctx, tTo, objects);
    // "The ChatGPT maker raised …": the developer the document named for the product in the description.
    const at = opening ? 0 : orgAnaphorAt(ctx, anaphorWindowStart(ctx, tFrom), tFrom);
    subject = speaker ?? anaphorReferent(ctx, at);
    subjectRule = speaker ? '.speaker' : '.anaphor';
    confidence -= CONTEXT_SUBJECT_PENALTY;
    // "Der Ölriese Adnoc ist bei Covestro am Ziel. Der Staatskonzern übernimmt den Kunststoffhersteller": two descriptions that
    // the context resolves to one company are the two of the last sentence, the subject the one it named first (its subject).
    //   de.acquired.verb.anaphor-pair  → Adnoc ACQUIRED Covestro
    // "Der Konzern übernimmt Covestro" after that sentence: the description is the other one of the two.
    const only = objects.length === 1 ? objects[0] : undefined;
    const key = (id: number) => ctx.doc.keys.get(id) ?? String(id);
    const pair = !speaker && only && typeof subject === 'number' && PAIR_RELATIONS.has(t.relation) && key(only.id) === key(subject) ? lastSentencePair(ctx) : undefined;
    if (only && pair) {
      if (only.name === '') {
        subject = pair[0];
        objects[0] = { ...only, id: pair[1] };
      } else {
        subject = key(pair[0]) === key(only.id) ? pair[1] : key(pair[1]) === key(only.id) ? pair[0] : undefined;
      }
      subjectRule = '.anaphor-pair';
    }
  }
  // Only where the subject is truly left out: a sentence naming another organisation that the
  // rules could not place leaves the role open (give up rather than guess).
  const unplaced = ctx.mentions.some((m) => textSubjectTypes.includes(m.type) && !objects.includes(m) && m.to <= tFrom);
  if (subject === undefined && t.subjectFromContext && !unplaced) {
    // The last subject of this relation stands in the relation's subject role; a reversed
    // trigger needs its object role ("the startup raised … from X"), so only the main organisation fits.
    subject = t.reversed ? ctx.doc.mainOrg : (ctx.doc.lastSubject.get(t.relation) ?? ctx.doc.mainOrg);
    // A deal named again ("Die Investition von 14,3 Milliarden Dollar in Scale …") is the last one in the same company;
    // in another company it is someone else's ("La inversión de la empresa …", "la levée … de Quarkslab").
    const last = ctx.doc.lastClaim.get(t.relation);
    const sameDeal = last !== undefined && typeof last.object === 'number' && objects.some((o) => ctx.doc.keys.get(o.id) === ctx.doc.keys.get(last.object as number));
    if (!t.reversed && DEALS.has(t.relation) && !sameDeal) subject = undefined;
    subjectRule = '.context';
    confidence -= CONTEXT_SUBJECT_PENALTY;
    const type = subject === undefined ? undefined : ctx.doc.types.get(subject);
    if (type === undefined || !textSubjectTypes.includes(type)) subject = undefined;
  }
  // "Kalvon compró el 10% de Dorta. También controla el 27% de Naturgy.": where the language drops a subject the context
  // gives, a verb opening its sentence with no subject named is about the last sentence's subject.
  //   es.invested_in.holds-share.null-subject  → Kalvon INVESTED_IN Naturgy
  if (subject === undefined && ctx.pack.nullSubjects && !t.reversed && objects.length > 0 && !isNounTrigger(ctx, tFrom, tTo) && !unplaced) {
    const topic = nullSubjectTopic(ctx, tFrom, objects, textSubjectTypes);
    if (topic !== undefined) {
      subject = topic;
      subjectRule = '.null-subject';
      confidence -= CONTEXT_SUBJECT_PENALTY;
    }
  }
  if (subject !== undefined && typeof subject !== 'number' && t.subjectAdjacent && subject.to <= tFrom) {
    // "شركة الرقائق التابعة لـ"سوفت بنك" "إيه آر إم"": what the trigger modifies is a description;
    // the name apposed right after the object names it. Nothing else before the trigger does.
    // An adjective of origin may follow the name: "تي-موبايل" الأمريكية التابعة لـ… (the American T-Mobile, owned by …).
    const gap = ctx.words.slice(subject.to, tFrom).filter((w) => !QUOTE.test(w.text) && !originAdjective(ctx, w)).length;
    if (gap > 0) {
      const last = objects[objects.length - 1];
      const apposed = last ? ctx.mentions.find((m) => m.from >= last.to && ctx.words.slice(last.to, m.from).every((w) => QUOTE.test(w.text))) : undefined;
      subject = apposed && textSubjectTypes.includes(apposed.type) ? apposed : undefined;
      subjectRule = '.apposed';
    }
  }
  if (subject === undefined) return [];

  // "Intel and AMD invested …", "Siemens und Bosch investieren …": every conjunct is a subject.
  const subjects = typeof subject === 'number' || t.reversed ? [subject] : conjuncts(ctx, subject, textSubjectTypes, tFrom, objects, t.subject === 'first');
  // A compound ("Microsoft-backed OpenAI") is a modifier: the sentence's figures belong to its verb.
  let qualifiers = gluedHead ? {} : attachQualifiers(ctx, t.relation, tFrom, tTo);
  // One figure for several subjects is their joint amount, not each one's.
  if (subjects.length > 1) qualifiers = { ...qualifiers, amount: undefined, amountMin: undefined, amountMax: undefined, currency: undefined };
  const out: ExtractedClaim[] = [];
  const own = amountsPerObject(ctx, tTo, objects);
  for (const subject of subjects)
  for (const o of objects) {
    // Two names of one list are never each other's arguments ("Siemens und Bosch investieren").
    if (typeof subject !== 'number' && subjectRule !== '.between' && sameList(ctx, subject, o)) continue;
    const [textSubject, relObject] = t.reversed ? [o, subject] : [subject, o];
    let relSubject = textSubject;
    // "أعلن الرئيس التنفيذي لجوجل، ساندار بيتشاي، التوصل لصفقة للاستحواذ على Wiz", "Acme's CEO, Jane Roe, agreed to buy Boltway":
    // a person named with a title of an organisation acts for it.
    const actingFor = t.relation === 'ACQUIRED' || t.relation === 'INVESTED_IN' ? titledFor(ctx, relSubject) : undefined;
    if (actingFor) relSubject = actingFor;
    // A person buys a company only as the named subject of a buying verb ("Asil Nadir … satın aldı"),
    // not through a noun ("Pour Martin Bouygues, l'acquisition d'Equans") or a preposition ("fundada por X").
    if (t.relation === 'ACQUIRED' && personBuyerUnsure(ctx, relSubject, tFrom, tTo)) continue;
    let relation = t.relation;
    let id = ruleId + subjectRule;
    const objectMention = typeof relObject === 'number' ? undefined : relObject;
    // "joint ventures with IAG's British Airways": the possessor of the object is no party to the relation with it.
    const subjectMention = typeof relSubject === 'number' ? ctx.mentions.find((m) => m.id === relSubject) : relSubject;
    if (spec.symmetric && subjectMention !== undefined && subjectMention.to === o.from && possessorOf(ctx, subjectMention)) continue;
    // "de leverancier van chemische gassen en investeerder Gilde": a name after a list joiner that follows the goods is
    // the next item of a list, not the one supplied; "ha vendido el negocio a Carrefour": a business sold is no supply.
    if (relation === 'SUPPLIES' && !t.reversed && o.from > tTo && (joinedAfterGoods(ctx, tTo, o.from) || partBefore(ctx, tTo, o.from) || hasBetween(ctx, set(ctx, 'subsidiaryNouns', ctx.pack.relations.subsidiaryNouns), tTo, o.from))) continue;
    // "adquirir 30.000 millones de dólares en capacidad informática … de Microsoft", "buy $30 billion of computing capacity
    // from X": an amount as the verb's object buys goods or services, no company.
    // ("pay $5 billion for Boltway" names the company behind the trigger's own preposition: that is a purchase of it.)
    if (relation === 'ACQUIRED' && !t.reversed && o.from > tTo && amountObject(ctx, tTo, o.from) && !(t.objectPreps?.length && objectPrepsOf(ctx, t).find(ctx.words, tTo, o.from) >= 0)) continue;
    // "Vantix achète ses batteries à Kestrel", "buys its batteries from Kestrel": goods bought from a company are its
    // supplies, no purchase of it.
    //   fr.acquired.verb.goods  → Kestrel SUPPLIES Vantix
    const goods = relation === 'ACQUIRED' && !t.reversed && o.from > tTo && typeof relSubject !== 'number' ? goodsBefore(ctx, t, tTo, o.from) : undefined;
    if (goods === 'seller') {
      const made = claim(ctx, 'SUPPLIES', o, relSubject, `${id}.goods`, confidence - CONTEXT_SUBJECT_PENALTY);
      if (made) out.push(made);
    }
    if (goods) continue;
    // "le rachat des activités respiratoires de son concurrent Takeda", "buys the chip unit of X": a part of the company is bought, not the company.
    //   fr.acquired.acquire  → (no ACQUIRED of Takeda)
    if (relation === 'ACQUIRED' && !t.reversed && o.from > tTo && partBefore(ctx, tTo, o.from)) continue;
    // "acquire a 45% interest in dry gas-producing assets in the Eagle Ford basin": the stake is in the assets; the name
    // behind another noun's preposition is no stake's company.
    if (o.from >= tTo && stakeInOtherNoun(ctx, tTo, o.from)) continue;
    // "took over as chief executive of X", "reprend les fonctions de PDG d'OVHcloud": what is taken over is a role, not the company.
    if (relation === 'ACQUIRED' && !t.reversed && o.from > tTo && hasBetween(ctx, titlePhrases(ctx.pack), tTo, o.from)) continue;
    // Verb-final: "Zachert, der 2014 das Ruder übernahm, …": a role right before the verb is what is taken over.
    if (relation === 'ACQUIRED' && !t.reversed && ctx.pack.verbFinalClauses && phraseEndingAt(ctx, titlePhrases(ctx.pack), tFrom) >= 0) continue;
    // Verb-final: "soll X die Leitung des Warenhauskonzerns Galeria übernehmen" takes over the lead of the company, not the company.
    if (relation === 'ACQUIRED' && !t.reversed && o.to <= tFrom && ctx.pack.verbFinalClauses && hasBetween(ctx, titlePhrases(ctx.pack), Math.max(0, o.from - TITLE_OBJECT_WORDS), o.from)) continue;
    // "owns a 27% stake in OpenAI", "adquirió una participación del 9,9 % en Nexia": a share, not the whole.
    // "United Defense is 49 percent owned by the Carlyle Group", "ist zu 84 Prozent im Besitz von X": the share stands before the reversed verb.
    // Verb-final: "die 81 Prozent an der Dorta AG hielt": the share stands before its object's preposition.
    const shareBefore = !t.reversed && o.from < tTo && ctx.pack.verbFinalClauses && percentBetween(ctx, o.to, tFrom) === undefined ? Math.max(0, o.from - SHARE_BEFORE_OBJECT) : undefined;
    const share = !t.reversed && (relation === 'OWNS' || relation === 'ACQUIRED') ? (o.from >= tTo ? percentBetween(ctx, tTo, o.from) : (percentBetween(ctx, o.to, tFrom) ?? (shareBefore !== undefined ? percentBetween(ctx, shareBefore, o.from) : undefined)))
      : t.reversed && relation === 'OWNS' && typeof subject !== 'number' && subject.to <= tFrom ? percentBetween(ctx, subject.to, tFrom) : undefined;
    // "استحوذت أمازون على حصة في أنثروبيك", "acquired a stake in X": a share of unstated size is still a share.
    const stakeOnly = share === undefined && !t.reversed && (relation === 'OWNS' || relation === 'ACQUIRED') && o.from >= tTo && stakeNounBetween(ctx, tTo, o.from);
    // "is acquiring the stake from Global Infrastructure Partners": the company behind the seller's preposition sold the stake; it is not held in it.
    if (stakeOnly && set(ctx, 'sellerPreps', ctx.pack.relations.sellerPreps).find(ctx.words, Math.max(tTo, o.from - SELLER_PREP_WORDS), o.from) >= 0) continue;
    if (t.shareOnly && share === undefined && !stakeOnly) continue;
    // "l'acquisition de 100 % du capital d'Altice Media", "owns 100% of X": all or nearly all of it is the whole.
    // "purchase the 57.8% of Reynolds that it does not already own", "de resterende 70,1 procent": the rest completes an acquisition.
    const remainder = relation === 'ACQUIRED' && (share !== undefined || stakeOnly) && hasBetween(ctx, set(ctx, 'remainderWords', ctx.pack.relations.remainderWords), Math.min(tFrom, o.from, shareBefore ?? o.from), Math.max(tTo, o.to) + REMAINDER_AFTER);
    // "compra la totalidad de las acciones de X", "acquire all of X's shares": every share is the whole.
    const all = stakeOnly && o.from >= tTo && hasBetween(ctx, set(ctx, 'wholeStakeWords', ctx.pack.relations.wholeStakeWords), tFrom, o.from);
    const whole = (share !== undefined && share >= WHOLE_SHARE) || remainder || all;
    if ((share !== undefined || stakeOnly) && !whole) {
      if (ctx.used.has(`pair:INVESTED_IN:${ctx.doc.keys.get(subjectId(relSubject))}:${ctx.doc.keys.get(o.id)}`)) continue;
      const made = claim(ctx, 'INVESTED_IN', relSubject, relObject, `invested_in.${t.id}.share`, confidence, { ...attachQualifiers(ctx, 'INVESTED_IN', tFrom, tTo), ...(share !== undefined ? { stake: share } : {}) });
      if (made) {
        out.push(made);
        ctx.used.add(`obj:${o.id}`);
        // "la compra del 88% de Electricity North West", "holds 51% of X": more than half is control, so the
        // company is bought or owned as well as invested in.
        //   es.acquired.acquire.majority  → Iberdrola ACQUIRED Electricity North West (and INVESTED_IN, stake 0.88)
        if (share !== undefined && share > MAJORITY_SHARE && (relation === 'ACQUIRED' || relation === 'OWNS')) {
          const control = claim(ctx, relation, relSubject, relObject, `${relation.toLowerCase()}.${t.id}.majority`, confidence, relation === 'ACQUIRED' ? attachQualifiers(ctx, 'ACQUIRED', tFrom, tTo) : {});
          if (control) out.push(control);
        }
      }
      continue;
    }
    // "venderá su paquete a Telefónica", "sells its stake to X": a share changes hands, nothing is supplied.
    if (relation === 'SUPPLIES' && o.from >= tTo && hasBetween(ctx, set(ctx, 'stakeNouns', ctx.pack.relations.stakeNouns), tTo, o.from)) continue;
    // "CGG vend son activité de services … à Oasis Group", "sells its unit to X": a business changes hands, nothing is supplied.
    if (relation === 'SUPPLIES' && !t.reversed && o.from >= tTo && possessedBusiness(ctx, tTo)) continue;
    // "sold Boltway Systems to Kestrel": a company changes hands (saleClaims), nothing is supplied.
    if (relation === 'SUPPLIES' && !t.reversed && o.from >= tTo && (ctx.used.has(`sale:${tFrom}`) || ctx.mentions.some((m) => m.type === 'Organization' && m !== subject && m.from >= tTo && m.to <= objects[0].from))) continue;
    if (t.productRelation && objectMention?.type === 'Product' && !headedByOwnedNoun(ctx, objectMention)) {
      relation = t.productRelation;
      id = `${relation.toLowerCase()}.${t.id}${subjectRule}`;
    }
    const q = own.get(o.id);
    const made = claim(ctx, relation, relSubject, relObject, id, confidence, q ? { ...qualifiers, amount: undefined, amountMin: undefined, amountMax: undefined, ...moneyOf(q) } : qualifiers);
    if (made) {
      out.push(made);
      ctx.used.add(`obj:${o.id}`);
      ctx.used.add(`pair:${relation}:${ctx.doc.keys.get(made.subject)}:${typeof made.object === 'number' ? ctx.doc.keys.get(made.object) : ''}`);
    }
  }
  if (out.length > 0) {
    markAmountUsed(ctx, qualifiers);
    ctx.used.add(`rel:${t.relation}`);
    // "backed by X, which invested $150 million in the company": a trigger of the sentence that found no target opened an event this one completes.
    if (ctx.doc.open?.sentence === ctx.index && ctx.doc.open.relation === t.relation) ctx.doc.open = undefined;
  }
  return out;
}

/** The name after "the owner of Three UK," that closes the sentence or clause: the noun's subject, standing in apposition after it. */
function apposedAfter(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, objects: readonly SMention[], types: readonly EntityType[]): SMention | undefined {
  if (t.reversed || objects.length !== 1 || !isNounTrigger(ctx, tFrom, tTo) || ctx.words[objects[0].to]?.text !== ',') return undefined;
  const m = ctx.mentions.find((x) => x.from === objects[0].to + 1 && types.includes(x.type));
  const end = m ? ctx.words[m.to] : undefined;
  return m && (end === undefined || end.kind === 'punct') ? m : undefined;
}

/**
 * The trigger is a noun heading a phrase, not a verb heading a clause: capitalised in a language
 * that capitalises nouns ("der Anteil an X", "an die Konkurrenten X"), or after or starting with
 * an article ("de overname van X", "die Konkurrenten"). A noun has no clause subject after it and
 * no passive agent marked by "of" ("der Einstieg von Lufthansa" names the investor, not an agent).
 */
function isNounTrigger(ctx: SentenceContext, tFrom: number, tTo: number): boolean {
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  if (ctx.pack.capitalisesNouns && (/^\p{Lu}/u.test(ctx.words[tFrom].text) || /^\p{Lu}/u.test(ctx.words[tTo - 1].text))) return true;
  if (dets.match(ctx.words, tFrom) !== undefined || (tFrom > 0 && dets.match(ctx.words, tFrom - 1) !== undefined)) return true;
  // An adjective between ("de grote concurrent van TSMC", "die größte Übernahme").
  const adj = ctx.words[tFrom - 1];
  return tFrom > 1 && adj.kind === 'word' && /^\p{Ll}/u.test(adj.text) && dets.match(ctx.words, tFrom - 2)?.length === 1;
}

/**
 * The organisation a person leaves when a departure names none: the last role held there
 * (CEO_OF, WORKS_FOR, board seat) before one only joined ("Altman gaat aan de slag bij Microsoft …
 * Altman werd ontslagen" leaves OpenAI), else the one joined ("joined Acme in 2015 … left in 2020").
 */
function roleHeld(ctx: SentenceContext, person: number): number | undefined {
  const key = ctx.doc.keys.get(person) ?? '';
  return ctx.doc.heldRoles?.get(key) ?? ctx.doc.roles?.get(key);
}

/** An adjective of origin with a glued article: "الأمريكية", "الألماني" (pack morphology.originEndings after its definite article). */
function originAdjective(ctx: SentenceContext, w: Word): boolean {
  const { definiteArticle, originEndings } = ctx.pack.morphology;
  return definiteArticle !== undefined && w.text.startsWith(definiteArticle) && originEndings.some((e) => w.text.length >= definiteArticle.length + 2 + e.length && w.text.endsWith(e));
}


/** Words between an attributive participle and the name of the person it describes ("de opgestapte OpenAI-president Greg Brockman"). */
const ATTRIBUTIVE_REACH = 4;

/**
 * A departure that names no organisation ("quitte son poste", "has resigned from his positions
 * as Chief Executive Officer", "que renunció la pasada semana") leaves the one the person was
 * last given a role at in this document; without such a role kg gives up.
 *   fr.left.leave.role  "La directrice générale de Crédit du Nord, F. M.-D., quitte son poste" → LEFT Crédit du Nord
 */
function roleLeft(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, ruleId: string, confidence: number): ExtractedClaim | undefined {
  // "de opgestapte OpenAI-president Greg Brockman": a participle after an article describes the person its
  // noun phrase names, who left the organisation named in that phrase, else the one of their role.
  //   nl.left.opgestapt.attributive  → Greg Brockman LEFT OpenAI
  if (tFrom > 0 && set(ctx, 'determiners', ctx.pack.entities.determiners).match(ctx.words, tFrom - 1)?.length === 1) {
    const described = after(ctx, tTo, ['Person'], ATTRIBUTIVE_REACH)[0];
    if (described === undefined) return undefined;
    const named = ctx.mentions.find((m) => m.type === 'Organization' && m.from >= tTo && m.to <= described.from);
    const org = named?.id ?? roleHeld(ctx, described.id);
    return org === undefined ? undefined : claim(ctx, 'LEFT', described, org, `${ruleId}.attributive`, confidence - CONTEXT_SUBJECT_PENALTY);
  }
  const person = findSubject(ctx, t, tFrom, tTo, ['Person'], []);
  if (person === undefined) return undefined;
  const id = typeof person === 'number' ? person : person.id;
  const org = roleHeld(ctx, id);
  // A role named after the verb is the one taken up ("wechselt als Finanzchefin zu Acme"), not
  // left; one named before it is left ("La directrice générale de X, F. M.-D., quitte son poste").
  if (org === undefined || ctx.mentions.some((m) => m.id === org && m.from >= tTo)) return undefined;
  return claim(ctx, 'LEFT', person, org, `${ruleId}.role`, confidence - CONTEXT_SUBJECT_PENALTY);
}

/**
 * Names joined to a list by a comitative after a comma: "fundada por A y B, junto con C" → C.
 *   es.founded.founded.passive  "Sur Energy, fundada por Matías Travizano, junto con Stan Chudnovsky, …" → Stan Chudnovsky FOUNDED Sur Energy
 */
function comitativeAfter(ctx: SentenceContext, list: readonly SMention[], types: readonly EntityType[]): SMention[] {
  return addedToList(ctx, list, set(ctx, 'comitativePreps', ctx.pack.relations.comitativePreps), types, true);
}

/**
 * The names a phrase adds to a list right after it ("A and B, together with C", "led by X, with
 * participation from A and B"): the phrase after the list's last name (after a comma where
 * `comma` is true, an optional one else), determiners, then the names it introduces.
 */
function addedToList(ctx: SentenceContext, list: readonly SMention[], phrase: PhraseSet, types: readonly EntityType[], comma: boolean): SMention[] {
  if (list.length === 0) return [];
  let k = list[list.length - 1].to;
  if (isComma(ctx.words[k]?.text ?? '')) k++;
  else if (comma) return [];
  const p = phrase.match(ctx.words, k);
  if (!p) return [];
  k = pastHolderPhrase(ctx, pastDeterminers(ctx, k + p.length));
  const first = ctx.mentions.find((m) => m.from === k && types.includes(m.type));
  return first ? coordinated(ctx, first, types).filter((m) => !list.includes(m)) : [];
}

/** Lower-case words of a phrase of holders before their names ("existing investors", "ses investisseurs historiques"). */
const HOLDER_PHRASE_WORDS = 3;

/**
 * Past a phrase of holders that introduces names at `k` ("with participation from existing
 * investors Orrin and Harbor", "bestaande investeerders Orrin en Harbor"): where the next
 * HOLDER_PHRASE_WORDS lower-case words hold a holder noun and a name follows them, the name's
 * index; else `k`.
 */
function pastHolderPhrase(ctx: SentenceContext, k: number): number {
  if (mentionAt(ctx, k)) return k;
  const holders = set(ctx, 'holderNouns', ctx.pack.relations.holderNouns);
  const possessives = set(ctx, 'possessivePronouns', ctx.pack.relations.possessivePronouns);
  let holder = false;
  let j = k;
  for (; j < Math.min(ctx.words.length, k + HOLDER_PHRASE_WORDS + 1) && !mentionAt(ctx, j); j++) {
    const w = ctx.words[j];
    if (w.kind !== 'word' || (/^\p{Lu}/u.test(w.text) && !ctx.pack.capitalisesNouns && !holders.match(ctx.words, j))) return k;
    if (holders.match(ctx.words, j)) holder = true;
    else if (!possessives.match(ctx.words, j) && !/^\p{L}/u.test(w.text)) return k;
  }
  return holder && ctx.mentions.some((m) => m.from === j) ? j : k;
}

/** The first word at or after `k` that is no determiner (nationalities included: "su rival alemán Bosch"), stopping at a name. */
function pastDeterminers(ctx: SentenceContext, k: number): number {
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  for (let d = dets.match(ctx.words, k); d && !mentionAt(ctx, k); d = dets.match(ctx.words, k)) k += d.length;
  return k;
}

/** Lower-case words a passive agent phrase may hold before its names ("by other investors such as"). */
const AGENT_LEAD_WORDS = 3;

/**
 * The names a passive agent preposition right after the verb introduces, with their list:
 * "led by Canada's Inovia Capital" → Inovia Capital; "joined by other investors such as DTCP,
 * Mirae Asset and Thomvest" → DTCP, Mirae Asset, Thomvest. Empty when no agent follows.
 */
function passiveAgentList(ctx: SentenceContext, tTo: number, types: readonly EntityType[]): SMention[] {
  const { words, pack } = ctx;
  const a = set(ctx, 'passiveAgents', pack.relations.passiveAgents).match(words, tTo);
  if (!a) return [];
  const dets = set(ctx, 'determiners', pack.entities.determiners);
  const examples = set(ctx, 'examples', pack.relations.examples);
  let j = tTo + a.length;
  for (let lead = 0; j < words.length && lead < AGENT_LEAD_WORDS; lead++) {
    if (ctx.mentions.some((m) => m.from === j) || examples.match(words, j)) break;
    if (dets.match(words, j) || (words[j].kind === 'word' && /^\p{Ll}/u.test(words[j].text))) j++;
    else break;
  }
  const ex = examples.match(words, j);
  if (ex) j += ex.length;
  let first = ctx.mentions.find((m) => m.from === j);
  // "by Canada's Inovia Capital": a place owning the name is its origin.
  if (first?.type === 'Location') first = ctx.mentions.find((m) => m.from >= first!.to && m.from <= first!.to + 2 && types.includes(m.type));
  if (!first || !types.includes(first.type)) return [];
  return coordinated(ctx, first, types);
}

/**
 * Investors added after a round's lead: "led by X, with participation from A and B", "mené par X avec la participation de A".
 *   en.invested_in.join-round.round  "The round was led by Kestrel, with participation from Orrin and Quillon" → Orrin, Quillon INVESTED_IN <target>
 */
function participants(ctx: SentenceContext, leads: readonly SMention[], types: readonly EntityType[]): SMention[] {
  return addedToList(ctx, leads, set(ctx, 'participationPhrases', ctx.pack.relations.participationPhrases), types, false);
}

/** How far from its verb a round noun may stand ("participé à l'opération", "yatırım turuna katıldı"). */
const ROUND_WINDOW = 3;
/** Words between a round's possessor and its round noun: the amount and modifiers ("Kalvon's $20 million Series A funding round"). */
const ROUND_POSSESSOR_WORDS = 7;

/**
 * Investors joining a round: "Ring Capital, Tikehau et Sigma ont participé à l'opération",
 * "Lightspeed lidera la ronda de Mistral". The target is the organisation named in the round
 * phrase ("de Mistral", "Mistral'in turuna"), else the target of the investment the document
 * reported in the last sentences; without either kg gives up. Every coordinated investor gets
 * the fact; the round's amount is the total, no single investor's.
 *   fr.invested_in.join-round.round  "…, Sigma et Kreaxi ont participé à l'opération" → Sigma INVESTED_IN <target>
 */
function roundClaims(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, ruleId: string, confidence: number, types: readonly EntityType[]): ExtractedClaim[] {
  const { words, pack } = ctx;
  const rounds = set(ctx, 'roundNouns', pack.relations.roundNouns);
  const ofPreps = set(ctx, 'roundTargetPreps', pack.relations.roundTargetPreps);
  // Verb-first clauses: "وشاركت شركة أوربيتون في جولة التمويل" — the investor right after the verb, the round after it.
  const next = t.subject === 'next' ? nextSubject(ctx, tTo, types) : undefined;
  const from = next ? next.to : tTo;
  let round: { from: number; to: number } | undefined;
  // An amount of the round does not count toward the window ("led a $20 million funding round").
  const amountWords = ctx.quantities.filter((q) => q.kind === 'money' && q.from >= from && q.from <= from + ROUND_WINDOW).reduce((n, q) => n + q.to - q.from, 0);
  for (let k = from; k <= Math.min(words.length - 1, from + ROUND_WINDOW + amountWords) && !round; k++) {
    const m = rounds.match(words, k);
    if (m) round = { from: k, to: k + m.length };
  }
  // Names and amounts between the round and its verb do not count toward the window ("Die Runde wurde von Kestrel Capital
  // angeführt", "Yatırım turunda Kestrel de 10 milyon euroluk katkı sağladı").
  const inAmount = (k: number) => ctx.quantities.some((q) => q.kind === 'money' && q.from <= k && k < q.to);
  for (let k = tFrom - 1, n = 0; k >= 0 && n < ROUND_WINDOW && !round; k--) {
    const m = rounds.match(words, k);
    if (m) round = { from: k, to: k + m.length };
    if (!mentionAt(ctx, k) && !inAmount(k)) n++;
  }
  // "… funding was led by X and joined by other investors such as A, B": the round this sentence already gave investors.
  // "Angeführt wird die Runde von X": the agent may follow the round noun after the participle.
  const roundAhead = round !== undefined && round.from >= tTo ? round : undefined;
  const leads = passiveAgentList(ctx, tTo, types);
  const agentsAfter = leads.length > 0 || !roundAhead ? leads : passiveAgentList(ctx, roundAhead.to, types);
  // Verb-final: "Die Runde wurde von X angeführt": the agent between the round and the participle.
  if (agentsAfter.length === 0 && round !== undefined && round.to <= tFrom && ctx.pack.verbFinalClauses) {
    const agents = set(ctx, 'passiveAgents', ctx.pack.relations.passiveAgents);
    const at = agents.find(words, round.to, tFrom);
    const list = at < 0 ? [] : passiveAgentList(ctx, at, types);
    if (list.length > 0 && list[list.length - 1].to <= tFrom) agentsAfter.push(...list);
  }
  agentsAfter.push(...participants(ctx, agentsAfter, types));
  if (!round && agentsAfter.length > 0 && ctx.doc.roundTarget?.sentence === ctx.index) {
    const target = ctx.doc.roundTarget.target;
    return compact(agentsAfter.map((s) => claim(ctx, 'INVESTED_IN', s, target, `${ruleId}.round`, confidence - CONTEXT_SUBJECT_PENALTY)));
  }
  // "… un tour de table mené par X et auquel ont participé A et B": a relative clause after the sentence's round, its subjects after the verb.
  const lastHere = ctx.doc.lastClaim.get('INVESTED_IN');
  const sentenceTarget = ctx.doc.roundTarget?.sentence === ctx.index ? ctx.doc.roundTarget.target : lastHere?.sentence === ctx.index && typeof lastHere.object === 'number' ? lastHere.object : undefined;
  if (!round && next && sentenceTarget !== undefined) {
    const target = sentenceTarget;
    return compact(conjuncts(ctx, next, types, tTo, []).filter((m) => m.id !== target).map((s) => claim(ctx, 'INVESTED_IN', s, target, `${ruleId}.round`, confidence - CONTEXT_SUBJECT_PENALTY)));
  }
  // "… angeführt von X; auch A und B beteiligten sich", "Orrin ile Harbor'ın da katıldığı": the investors of the round the
  // sentence raised stand before the verb, in its clause.
  //   de.invested_in.join-round.round-before  → A, B INVESTED_IN <the raising company>
  const clauseSubject = !round && !next && t.subject === 'before' && sentenceTarget !== undefined ? before(ctx, tFrom, types)[0] : undefined;
  if (clauseSubject && !clauseBreak(ctx, clauseSubject.to, tFrom) && ctx.doc.keys.get(clauseSubject.id) !== ctx.doc.keys.get(sentenceTarget!)) {
    const target = sentenceTarget!;
    const all = [clauseSubject, ...coordinated(ctx, clauseSubject, types, -1).filter((m) => m !== clauseSubject)];
    return compact(all.filter((m) => ctx.doc.keys.get(m.id) !== ctx.doc.keys.get(target)).map((s) => claim(ctx, 'INVESTED_IN', s, target, `${ruleId}.round-before`, confidence - CONTEXT_SUBJECT_PENALTY)));
  }
  if (!round) return [];
  for (let k = round.from; k < round.to; k++) ctx.used.add(`round:${k}`);
  // "la ronda de Mistral", "the round of Acme", "Mistral'in yatırım turuna".
  // "la ronda de 20 millones en Acme": the round's amount may stand between it and the company.
  const amountAfter = ctx.quantities.find((q) => q.kind === 'money' && q.from >= round!.to && q.from <= round!.to + 1);
  const reach = (amountAfter ? amountAfter.to : round.to) + 2;
  const named =
    // Not the agent of a passive ("Angeführt wird die Runde von X", "Die Runde wurde von X angeführt": X led it).
    ctx.mentions.find((m) => m.type === 'Organization' && m.from > round!.to && m.from <= reach && ofPreps.find(words, amountAfter ? amountAfter.to : round!.to, m.from) >= 0 && !agentsAfter.includes(m)) ??
    ctx.mentions.find((m) => m.type === 'Organization' && m.to <= round!.from && round!.from - m.to <= 1 && hasCaseEnding(ctx, m, pack.morphology.genitiveCase)) ??
    // "led Kalvon Labs' $20 million Series A round": a possessive before the round, its amount and modifiers between.
    ctx.mentions.find((m) => m.type === 'Organization' && m.to <= round!.from && round!.from - m.to <= ROUND_POSSESSOR_WORDS && possessorOf(ctx, m) &&
      words.slice(m.to, round!.from).every((w, d) => inAmount(m.to + d) || (w.kind === 'word' && mentionAt(ctx, m.to + d) === undefined) || (/^['’]$/u.test(w.text) && d === 0)));
  const last = ctx.doc.lastClaim.get('INVESTED_IN');
  // "Axelera AI a obtenu 250 millions lors d'un tour de table mené par X": the company opening the sentence raised it.
  const raiser = round.to <= tFrom && agentsAfter.length > 0 ? before(ctx, round.from, ['Organization']).reverse().find((m) => !agentsAfter.includes(m)) : undefined;
  const owner = recentRoundOwner(ctx);
  const target: SMention | number | undefined = named ?? (last && ctx.index - last.sentence <= ROUND_SENTENCES && typeof last.object === 'number' ? last.object : (raiser ?? owner ?? sentenceTarget));
  if (target === undefined) return [];
  const targetId = typeof target === 'number' ? target : target.id;
  // "Cohere's funding was led by Inovia Capital", "un tour de table mené par Innovation Industries": a round before its verb, the investors its agents.
  if ((round.to <= tFrom || (roundAhead && leads.length === 0)) && agentsAfter.length > 0) {
    ctx.doc.roundTarget = { sentence: ctx.index, target: targetId };
    // A lead investor named alone carries the round's figures (the annotation convention of test/fixtures/news).
    const q = agentsAfter.length === 1 ? attachQualifiers(ctx, 'INVESTED_IN', tFrom, tTo) : {};
    const made = compact(agentsAfter.filter((m) => m.id !== targetId).map((s) => claim(ctx, 'INVESTED_IN', s, target, `${ruleId}.round`, confidence - CONTEXT_SUBJECT_PENALTY, q)));
    if (made.length > 0) return made;
  }
  // "Yatırım turuna Kestrel Capital liderlik etti": a subject between the round and its verb.
  const between = round.to <= tFrom && ctx.mentions.some((m) => m.from >= round!.to && m.to <= tFrom && types.includes(m.type));
  const found = next ?? findSubject(ctx, t, between ? tFrom : Math.min(tFrom, round.from), tTo, types, named ? [named] : []);
  const first = typeof found === 'number' ? undefined : found;
  if (!first || first.id === targetId) return [];
  const investors = conjuncts(ctx, first, types, tFrom, []);
  return compact(investors.map((s) => claim(ctx, 'INVESTED_IN', s, target, `${ruleId}.round`, confidence - CONTEXT_SUBJECT_PENALTY)));
}

/**
 * "المنافسة بينها وبين آبل وسامسونج" (between it and Apple and Samsung): a between-preposition
 * carrying a pronoun before the names makes the pronoun the first party; the names after are
 * all second parties, never each other's.
 */
function pronounBetween(ctx: SentenceContext, at: number): boolean {
  const preps = ctx.pack.relations.betweenPreps.filter((p) => !p.includes(' ')).map(foldWord);
  const pronouns = ctx.pack.relations.objectPronounSuffixes;
  for (let k = Math.max(0, at - BETWEEN_PRONOUN_REACH); k < at; k++) {
    const f = ctx.words[k].fold;
    if (preps.some((p) => f.startsWith(p) && pronouns.includes(f.slice(p.length)))) return true;
  }
  return false;
}

/** Words before the first name that a between-preposition with a pronoun may stand ("بينها وبين آبل"). */
const BETWEEN_PRONOUN_REACH = 3;

/** Words between an organisation and the person its title names ("لجوجل، ساندار", "Acme's chief executive, Jane"). */
const TITLED_PERSON_GAP = 6;

/**
 * The organisation a person holds a title of, named just before them with only the title
 * between ("Acme's chief executive, Jane Roe", "الرئيس التنفيذي لجوجل، ساندار بيتشاي"), or undefined.
 */
function titledFor(ctx: SentenceContext, m: SMention | number): SMention | undefined {
  if (typeof m === 'number' || m.type !== 'Person') return undefined;
  const titles = titlePhrases(ctx.pack);
  // The title stands before the organisation ("الرئيس التنفيذي لجوجل") or between it and the person ("Acme's CEO").
  const prev = ctx.mentions.filter((x) => x.to <= m.from).sort((a, b) => b.to - a.to)[0];
  if (prev?.type !== 'Organization' || m.from - prev.to > TITLED_PERSON_GAP) return undefined;
  const between = ctx.words.slice(prev.to, m.from);
  if (between.some((w) => w.kind === 'word' && !isComma(w.text)) ? titles.find(ctx.words, prev.to, m.from) < 0 : titles.find(ctx.words, Math.max(0, prev.from - TITLED_PERSON_GAP), prev.from) < 0) return undefined;
  return prev;
}

/** A person as buyer stands only as the plain subject of a verb trigger, never as context, behind a preposition or before a noun. */
function personBuyerUnsure(ctx: SentenceContext, buyer: SMention | number, tFrom: number, tTo: number): boolean {
  if (typeof buyer === 'number') return ctx.doc.types.get(buyer) === 'Person';
  return buyer.type === 'Person' && (isNounTrigger(ctx, tFrom, tTo) || behindPreposition(ctx, buyer));
}

/** Words between a possessed subsidiary noun and its name ("su filial de torres Telxius"). */
const POSSESSED_NAME_WINDOW = 4;

/**
 * A company sold to a buyer: the buyer ACQUIRED it, or INVESTED_IN it where a stake or a share
 * of it is sold. The seller is no party of the claim.
 *   en.acquired.sell.sale      "Acme Corp sold Boltway Systems to Kestrel Capital." → Kestrel Capital ACQUIRED Boltway Systems
 *   es.invested_in.vende.sale  "Acme vende su participación del 20 % en Boltway a Kestrel." → Kestrel INVESTED_IN Boltway (0.2)
 *   tr.acquired.satti.sale     "Acme, Boltway'i Kestrel'e sattı." → Kestrel ACQUIRED Boltway
 */
/** Words from a verb of sale to its buyer, past the stake and the company sold ("verkaufe eine Beteiligung von 50 Prozent an den Nordsee-Projekten X und Y an KKR"). */
const SALE_WINDOW = 18;

function saleClaims(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, ruleId: string, confidence: number): ExtractedClaim[] {
  const buyerTypes: readonly EntityType[] = ['Organization', 'Person'];
  let buyer: SMention | undefined;
  let sold: SMention | undefined;
  let shareFrom = tTo;
  if (t.object === 'before') {
    // Case marks the roles: the buyer in the dative, the company sold bare or in the accusative, the seller opening the clause.
    const candidates = before(ctx, tFrom, buyerTypes, SALE_WINDOW);
    buyer = candidates.find((m) => hasSuffix(ctx, m, t.objectSuffixes ?? []));
    const ablative = ctx.pack.morphology.ablativeCase;
    sold = candidates.find((m) => m !== buyer && m.type === 'Organization' && !hasSuffix(ctx, m, t.objectSuffixes ?? []) && !(ablative.length > 0 && hasCaseEnding(ctx, m, ablative)) && !isComma(ctx.words[m.to]?.text ?? ''));
    if (sold) shareFrom = sold.to;
  } else {
    const preps = objectPrepsOf(ctx, t);
    const marked = after(ctx, tTo, buyerTypes, SALE_WINDOW).filter((m) => preps.find(ctx.words, Math.max(tTo, m.from - SUBJECT_PREP_WORDS), m.from) >= 0);
    buyer = marked[0];
    // "verkauft seine Beteiligung an der Commerzbank an die UniCredit": the stake's own preposition is the buyer's; the first is what is sold, the last buys it.
    if (marked.length >= 2 && stakeNounBetween(ctx, tTo, marked[0].from) && marked[0].type === 'Organization') {
      sold = marked[0];
      buyer = marked[marked.length - 1];
    } else if (buyer) sold = ctx.mentions.find((m) => m.type === 'Organization' && m.from >= tTo && m.to <= buyer!.from && ctx.words.slice(tTo, m.from).every((w) => !isComma(w.text)));
    else {
      // "ha llegado a un acuerdo con Telecom Argentina para vender …", "an agreement with Boltway to sell Quillon": the partner of the agreement buys.
      buyer = agreementPartner(ctx, tFrom, buyerTypes);
      if (buyer) sold = after(ctx, tTo, ['Organization'], ARGUMENT_WINDOW).find((m) => ctx.words.slice(tTo, m.from).every((w) => !isComma(w.text)));
      if (buyer && sold) ctx.used.add(`sale-buyer:${buyer.id}`);
    }
  }
  // A buyer whose purchase names nothing known ("an den Nordsee-Projekten … an KKR") is still no company invested in.
  if (buyer) ctx.used.add(`sale-buyer:${buyer.id}`);
  // "Investeerder Gilde verkoopt het bedrijf aan Balchem": the company sold may be an anaphor, the company the text is about.
  //   nl.acquired.verkoopt.sale-anaphor  "Chemogas groeide snel. Investeerder Gilde verkoopt het bedrijf aan Balchem." → Balchem ACQUIRED Chemogas
  if (buyer && !sold && t.object !== 'before' && orgAnaphorAt(ctx, tTo, buyer.from) >= 0 && !ctx.words.slice(tTo, buyer.from).some((w) => isComma(w.text))) {
    const target = salientOrg(ctx);
    const seller = before(ctx, tFrom, ['Organization'], ARGUMENT_WINDOW)[0];
    if (target === undefined || target === buyer.id || ctx.doc.keys.get(target) === ctx.doc.keys.get(buyer.id) || (seller && ctx.doc.keys.get(target) === ctx.doc.keys.get(seller.id))) return [];
    const made = claim(ctx, 'ACQUIRED', buyer, target, `${ruleId}.sale-anaphor`, confidence - CONTEXT_SUBJECT_PENALTY, attachQualifiers(ctx, 'ACQUIRED', tFrom, tTo));
    if (made) ctx.used.add(`sale:${tFrom}`);
    return made ? [made] : [];
  }
  if (!buyer || !sold || buyer.id === sold.id) return [];
  const [from, to] = t.object === 'before' ? [shareFrom, tFrom] : [tTo, sold.from];
  const share = t.object === 'before' ? percentBetween(ctx, sold.to, tFrom) : percentBetween(ctx, tTo, sold.from);
  const stake = share !== undefined || stakeNounBetween(ctx, Math.min(from, to), Math.max(from, to));
  const whole = (share !== undefined && share >= WHOLE_SHARE) || (share === undefined && stake && hasBetween(ctx, set(ctx, 'wholeStakeWords', ctx.pack.relations.wholeStakeWords), Math.min(from, to), Math.max(from, to)));
  const q = attachQualifiers(ctx, 'ACQUIRED', tFrom, tTo);
  const made = stake && !whole
    ? claim(ctx, 'INVESTED_IN', buyer, sold, `invested_in.${t.id}.sale`, confidence, { ...q, ...(share !== undefined ? { stake: share } : {}) })
    : claim(ctx, 'ACQUIRED', buyer, sold, `${ruleId}.sale`, confidence, q);
  if (!made) return [];
  ctx.used.add(`obj:${sold.id}`);
  ctx.used.add(`rel:${made.relation}`);
  ctx.used.add(`sale:${tFrom}`);
  return [made];
}

/** Words from the agreement's partner to the verb of sale ("con Telecom Argentina para vender", "with Boltway Ltd to sell"). */
const AGREEMENT_PURPOSE_WORDS = 3;

/**
 * The partner named behind a comitative preposition right before a verb of sale, with only a
 * purpose marker between ("para", "to", "pour lui", "um … zu"): the one the agreement sells to.
 *   es.acquired.vende.sale  "ha llegado a un acuerdo con Telecom Argentina para vender … Telefónica Argentina" → Telecom Argentina ACQUIRED Telefónica Argentina
 */
function agreementPartner(ctx: SentenceContext, tFrom: number, types: readonly EntityType[]): SMention | undefined {
  const m = before(ctx, tFrom, types, AGREEMENT_PURPOSE_WORDS)[0];
  if (!m || ctx.words.slice(m.to, tFrom).some((w) => w.kind !== 'word' || /^\p{Lu}/u.test(w.text))) return undefined;
  const comitative = set(ctx, 'comitativePreps', ctx.pack.relations.comitativePreps);
  return phraseEndingAt(ctx, comitative, m.from) >= 0 ? m : undefined;
}

/** Longest phrase a look-back for a phrase ending at a word considers ("en la que", "in which"). */
const LOOKBACK_PHRASE = 3;

/** Where a phrase of the set that ends right before word `end` starts, or -1 ("la que" before "Slim"). */
function phraseEndingAt(ctx: SentenceContext, s: PhraseSet, end: number): number {
  return phraseEndingBefore(ctx.words, s, end, LOOKBACK_PHRASE);
}

/** Words from a percentage to the company it is a share of: its partitive preposition and a company noun ("10% من شركة دورتا"). */
const PARTITIVE_WORDS = 3;
/** Words from a share to the name it is a share of, before it in a verb-final clause ("81 Prozent an der Dorta AG hielt"). */
const SHARE_BEFORE_OBJECT = 5;

/** How many words may stand between a relative pronoun's subject and the verb ("die Lufthansa im Sommer für 325 Millionen Euro erworben hatte"). */
const RELATIVE_WINDOW = 10;
/** How far before the comma the noun a relative clause refers to may end ("die Anteile an ITA, die …"). */
const ANTECEDENT_WINDOW = 3;

/**
 * An object relative clause around the trigger: ", <relative pronoun> S … VERB" (with the
 * trigger's preposition before the pronoun where it needs one: ", in die S … investiert hat")
 * and no object after the verb. The subject is S, the object the name right before the comma.
 * The comma is required: without it "that" and "dat" are complementisers ("said that Acme acquired").
 *   en.acquired.acquire.relative  "Orbiton Labs, which Acme Corp acquired in 2019" → Acme Corp ACQUIRED Orbiton Labs
 */
function relativeArgs(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, sTypes: readonly EntityType[], oTypes: readonly EntityType[]): { subject: SMention; object: SMention } | undefined {
  const { words, pack } = ctx;
  if (pack.relations.relativePronouns.length === 0) return undefined;
  const subject = before(ctx, tFrom, sTypes, RELATIVE_WINDOW)[0];
  if (!subject) return undefined;
  for (let k = subject.to; k < tFrom; k++) if (words[k].kind === 'punct') return undefined;
  const rels = set(ctx, 'relativePronouns', pack.relations.relativePronouns);
  let k = phraseEndingAt(ctx, rels, subject.from);
  // A complementiser is no relative pronoun, though a stripped ending may make it look like one ("dass" → "das");
  // a word that is both ("dat", "que") is read as the pronoun.
  if (k < 0 || (!pack.relations.relativePronouns.includes(words[k].fold) && set(ctx, 'complementisers', pack.relations.complementisers).match(words, k) !== undefined)) return undefined;
  if (t.objectPreps?.length) {
    k = phraseEndingAt(ctx, objectPrepsOf(ctx, t), k);
    if (k < 0) return undefined;
  }
  if (k === 0 || !isComma(words[k - 1].text)) return undefined;
  // "…, which Acme acquired Beta with": an object after the verb makes it no object relative.
  if (after(ctx, tTo, oTypes, PREP_WINDOW).some((m) => m.id !== subject.id)) return undefined;
  const object = before(ctx, k - 1, oTypes, ANTECEDENT_WINDOW).find((m) => ctx.doc.keys.get(m.id) !== ctx.doc.keys.get(subject.id));
  return object ? { subject, object } : undefined;
}

function subjectId(m: SMention | number): number {
  return typeof m === 'number' ? m : m.id;
}

/** A percentage between a trigger and its object (either order: "yüzde 10 hissesini satın aldı"): the size of a share. */
function percentBetween(ctx: SentenceContext, a: number, b: number): number | undefined {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const q = ctx.quantities.find((x) => x.kind === 'percent' && x.from >= from && x.to <= to && x.value !== undefined && x.value > 0 && x.value <= 1);
  return q?.value;
}

/** An amount stated as an investment or a price is not also a spending plan. */
function markAmountUsed(ctx: SentenceContext, q: ReturnType<typeof attachQualifiers>): void {
  for (const m of ctx.quantities) {
    if (m.kind !== 'money') continue;
    if ((q.amount !== undefined && m.value === q.amount) || (q.amountMin !== undefined && m.min === q.amountMin && m.max === q.amountMax)) ctx.used.add(`money:${m.from}`);
  }
}

/** "منصة ثريدز", "the platform Threads": a product named after a head noun of ownership. */
function headedByOwnedNoun(ctx: SentenceContext, m: SMention): boolean {
  const heads = set(ctx, 'ownedHeadNouns', ctx.pack.relations.ownedHeadNouns);
  return heads.find(ctx.words, Math.max(0, m.from - 2), m.from) >= 0;
}

function compoundArgs(ctx: SentenceContext, tFrom: number, sTypes: readonly EntityType[], oTypes: readonly EntityType[]): [SMention, SMention] | undefined {
  const w = ctx.words;
  if (tFrom < 4 || w[tFrom - 1]?.text !== '-' || !w[tFrom - 1].glued || !w[tFrom].glued) return undefined;
  const b = ctx.mentions.find((m) => m.to === tFrom - 1);
  if (!b || w[b.from - 1]?.text !== '-' || !w[b.from].glued) return undefined;
  const a = ctx.mentions.find((m) => m.to === b.from - 1);
  if (!a || !sTypes.includes(a.type) || !oTypes.includes(b.type)) return undefined;
  return [a, b];
}

/**
 * `afterSubject`: the object of a verb-first clause follows its subject; a name there behind a
 * preposition belongs to the subject's description ("اشترت شركة «أدوية الحكمة» المسجلة في بورصة لندن، … شركة «روكسان»").
 */
function findObjects(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, types: readonly EntityType[], afterSubject = false): SMention[] {
  const preps = t.objectPreps?.length ? objectPrepsOf(ctx, t) : undefined;
  let first: SMention | undefined;
  // "… hisselerini Econergy International firmasından devraldı": the name in the ablative is the seller, not what is bought.
  const ablative = ctx.pack.morphology.ablativeCase;
  const sourceCase = (m: SMention) => t.relation === 'ACQUIRED' && !t.reversed && ablative.length > 0 && (hasCaseEnding(ctx, m, ablative) || nounCaseEnding(ctx, m, ablative));
  // "hatte ProSiebenSat.1 … die Sendergruppe SBS geschluckt und damit …": a participle closing
  // its clause after an auxiliary has its object before it; what follows is another clause.
  const closesClause = (t.object ?? 'after') === 'after' && ctx.pack.verbFinalClauses && (clauseEndsAt(ctx, tTo) || set(ctx, 'listJoiners', ctx.pack.relations.listJoiners).match(ctx.words, tTo) !== undefined) && auxiliaryBefore(ctx, tFrom);
  if ((t.object ?? 'after') === 'after') {
    // "… for purchasing computing resources and hiring, Kon said": punctuation right after the trigger closes its phrase.
    // An apposition may follow ("su principal competidor, la unidad … AWS").
    const closed = ctx.words[tTo] !== undefined && /^[,;:.!?،]$/u.test(ctx.words[tTo].text) && !(isComma(ctx.words[tTo].text) && set(ctx, 'determiners', ctx.pack.entities.determiners).match(ctx.words, tTo + 1) !== undefined);
    // "competes with Microsoft-backed OpenAI": a name glued to a relation compound modifies the name after it.
    const modifier = (m: SMention) => (ctx.words[m.to]?.text === '-' && ctx.words[m.to].glued && compoundTriggerAt(ctx, m.to)) || describesNext(ctx, m);
    // A preposition that marks the subject as well as the object ("de" in "l'investissement de X
    // dans Y", "la inversión de X en Y"): a name behind it is the subject where a name behind a
    // preposition of the object alone follows.
    const shared = preps && t.subjectPreps?.length ? new Set(t.objectPreps!.filter((p) => t.subjectPreps!.includes(p)).map(foldWord)) : undefined;
    let sharedFirst: SMention | undefined;
    // "übernimmt von Bosch die Anteile": behind a seller's preposition after a verb stands the seller.
    const sellers = t.relation === 'ACQUIRED' && !t.reversed && !preps && !isNounTrigger(ctx, tFrom, tTo) ? set(ctx, 'sellerPreps', ctx.pack.relations.sellerPreps) : undefined;
    // "bought Siemens' stake in Boltway", "rachète à Siemens sa participation dans Boltway": a name right before a
    // stake noun (a possessive between) holds the stake; the company the stake is in is the object.
    const stakes = (t.relation === 'ACQUIRED' || t.relation === 'OWNS') && !t.reversed ? set(ctx, 'stakeNouns', ctx.pack.relations.stakeNouns) : undefined;
    const possessives = set(ctx, 'possessivePronouns', ctx.pack.relations.possessivePronouns);
    const holdsStake = (m: SMention) => {
      if (!stakes) return false;
      let k = m.to;
      if (/^['’]$/u.test(ctx.words[k]?.text ?? '') && ctx.words[k].glued) k++; // "Siemens' stake"
      if (possessives.match(ctx.words, k)) k++;
      return stakes.match(ctx.words, k) !== undefined && ctx.mentions.some((x) => x.from > k && x.from <= k + STAKE_TARGET_WORDS);
    };
    // "racheté à l'allemand X la société Y", "adquirir al fondo X un 15 % del capital": a name behind a
    // dative preposition is the seller where what was bought (a name or a stake) follows it.
    const dativeSellers = t.relation === 'ACQUIRED' && !t.reversed ? set(ctx, 'dativeSellerPreps', ctx.pack.relations.dativeSellerPreps) : undefined;
    const dativeSeller = (m: SMention) => {
      if (!dativeSellers || dativeSellers.find(ctx.words, Math.max(tTo, m.from - SUBJECT_PREP_WORDS), m.from) < 0) return false;
      if (ctx.mentions.some((x) => x.from >= tTo && x.to <= m.from)) return false;
      let k = m.to;
      const gap = (w: Word) => w.kind !== 'punct' || w.text === '%';
      while (k < ctx.words.length && k - m.to < DATIVE_OBJECT_WORDS && gap(ctx.words[k]) && !mentionAt(ctx, k) && !stakes?.match(ctx.words, k)) k++;
      if (k >= ctx.words.length || !gap(ctx.words[k])) return false;
      if (set(ctx, 'listJoiners', ctx.pack.relations.listJoiners).find(ctx.words, m.to, k) >= 0) return false;
      return mentionAt(ctx, k) !== undefined || stakes!.match(ctx.words, k) !== undefined;
    };
    // "pay $11.6 billion for BBVA's banking operations in the U.S.": the owner of what is bought is not bought.
    const possessorOfBought = (m: SMention) => {
      if (t.relation !== 'ACQUIRED' || t.reversed) return false;
      const last = ctx.words[m.to - 1];
      // "BBVA's banking", or a bare apostrophe after a plural: "Boltway Systems’ banking".
      const bare = /^['’]$/u.test(ctx.words[m.to]?.text ?? '') && ctx.words[m.to].glued;
      const next = ctx.words[bare ? m.to + 1 : m.to];
      // Its shares are a stake in it, though: "acquire the remaining 18.4% of Avangrid’s stock".
      return (bare || (/['’]s?$/u.test(last.text) && last.stem !== last.text)) && next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text) &&
        set(ctx, 'stakeNouns', ctx.pack.relations.stakeNouns).match(ctx.words, bare ? m.to + 1 : m.to) === undefined;
    };
    // "la oferta de compra junto a Nutrexpa": a partner in the deal is not what the deal buys or invests in.
    const comitative = t.relation === 'ACQUIRED' || t.relation === 'INVESTED_IN' ? set(ctx, 'comitativePreps', ctx.pack.relations.comitativePreps) : undefined;
    const partnerInDeal = (m: SMention) => comitative !== undefined && comitative.find(ctx.words, Math.max(tTo, m.from - SUBJECT_PREP_WORDS), m.from) >= 0;
    // "verwierf 54 procent van de aandelen van X": behind a stake noun the preposition is the stake's, no seller's.
    // "اشترت كالفون 10% من شركة دورتا": behind a percentage the preposition is partitive ("of"), no seller's either.
    const sold = (m: SMention) => {
      const at = sellers === undefined ? -1 : sellers.find(ctx.words, Math.max(tTo, m.from - SUBJECT_PREP_WORDS), m.from);
      return at >= 0 && !ctx.mentions.some((x) => x.from >= tTo && x.to <= m.from) && !hasBetween(ctx, set(ctx, 'stakeNouns', ctx.pack.relations.stakeNouns), tTo, m.from) &&
        !ctx.quantities.some((q) => q.kind === 'percent' && q.to === at);
    };
    // "met la main sur la licence Gucci, actuellement détenue par Coty": a name behind a passive agent's preposition is
    // another participle's agent, not this verb's object (unless the trigger takes that preposition).
    const agents = !t.reversed && !preps ? set(ctx, 'passiveAgents', ctx.pack.relations.passiveAgents) : undefined;
    // A preposition that also means "of" ("von") marks no agent by itself.
    const ofPreps = set(ctx, 'titleOrgPreps', ctx.pack.titleOrgPreps);
    const agentOfAnother = (m: SMention) => {
      const at = agents === undefined || m.from <= tTo + 1 ? -1 : phraseEndingAt(ctx, agents, m.from);
      return at >= tTo && ofPreps.match(ctx.words, at)?.length !== m.from - at;
    };
    // An adjacent object may follow its nationality: "su rival alemán Bosch".
    const objectFrom = t.adjacentObject ? pastDeterminers(ctx, tTo) : tTo;
    // "97,2 Prozent an der Reederei, die … innerhalb der Gruppe der Rhenus weitergeführt werden soll": a name inside a
    // relative clause that opens after the trigger is that clause's, not the trigger's object.
    const relatives = set(ctx, 'relativePronouns', ctx.pack.relations.relativePronouns);
    let relativeAt = -1;
    for (let k = objectFrom; k < Math.min(ctx.words.length - 1, objectFrom + ARGUMENT_WINDOW); k++) {
      if (isComma(ctx.words[k].text) && relatives.match(ctx.words, k + 1) !== undefined) {
        relativeAt = k;
        break;
      }
    }
    const inRelative = (m: SMention) => relativeAt >= 0 && m.from > relativeAt;
    for (const m of closesClause || closed ? [] : after(ctx, objectFrom, types, t.adjacentObject ? 0 : ARGUMENT_WINDOW).filter((x) => !modifier(x))) {
      if (inRelative(m)) break;
      if (afterSubject && !preps && behindPreposition(ctx, m)) continue;
      if (sold(m) || holdsStake(m) || dativeSeller(m) || possessorOfBought(m) || partnerInDeal(m) || agentOfAnother(m)) continue;
      // "den Anbieter von Digital Adoption Platforms (DAP), WalkMe": a name in brackets abbreviates the words before it;
      // the name apposed after the bracket is the object.
      if (ctx.words[m.from - 1]?.text === '(' && ctx.words[m.to]?.text === ')' && isComma(ctx.words[m.to + 1]?.text ?? '') && ctx.mentions.some((x) => x.from === m.to + 2 && types.includes(x.type))) continue;
      if (preps) {
        // The preposition stands between the trigger and the object, close to the object;
        // a glued proclitic counts too ("لإيلون": ل + name).
        const lo = Math.max(tTo, wordsBack(ctx, m.from, PREP_WINDOW));
        const glued = ctx.words[m.from].bases.slice(1).length > 0 && t.objectPreps!.some((p) => ctx.words[m.from].fold.startsWith(p));
        let at = glued ? -1 : lastIndexOf(ctx, preps, lo, m.from);
        // "استحوذت على شركته الناشئة في مجال الذكاء الاصطناعي «بولتواي»", "invests in the Munich robotics startup Boltway":
        // a description headed by a company noun may stand between the preposition and the name.
        if (!glued && at < 0) at = describedObjectPrep(ctx, preps, tTo, m);
        // "استحوذت على 54% من أسهم شركة «بولتواي»": a share of the company's stock stands between the preposition and the name.
        if (!glued && at < 0) {
          // Or the share alone, its partitive preposition (and a company noun) between: "استحوذت على 10% من شركة دورتا".
          const share = ctx.quantities.find((q) => q.kind === 'percent' && q.from >= tTo && q.to <= m.from &&
            (hasBetween(ctx, set(ctx, 'stakeNouns', ctx.pack.relations.stakeNouns), q.to, m.from) || (m.from - q.to <= PARTITIVE_WORDS && set(ctx, 'partitivePreps', ctx.pack.relations.partitivePreps).match(ctx.words, q.to) !== undefined)));
          if (share && !ctx.mentions.some((x) => x.from >= share.to && x.to <= m.from)) at = lastIndexOf(ctx, preps, tTo, share.from);
        }
        if (!glued && at < 0) continue;
        if (shared?.size && at >= 0 && !sharedFirst && shared.has(preps.match(ctx.words, at)!.value)) {
          sharedFirst = m;
          continue;
        }
      }
      first = m;
      break;
    }
    if (sharedFirst && (!first || clauseBreak(ctx, sharedFirst.to, first.from))) first = sharedFirst;
    // Verb-final clauses: "das Cognis übernommen hat", "die in Vantix investiert": the object stands before the verb.
    if (!first && ctx.pack.verbFinalClauses && (closesClause || clauseEndsAt(ctx, tTo))) {
      for (const m of before(ctx, tFrom, types, VERB_FINAL_OBJECT_WINDOW)) {
        // Not a name of an apposition set off by commas ("Jan Bennink, voorzitter van Kalvon, neemt zijn taken over");
        // a relative clause after the name is about it though ("… Signavio und LeanIX gehören, die 2023 erworben wurden").
        const comma = ctx.words.findIndex((w, d) => d >= m.to && d < tFrom && isComma(w.text));
        if (comma >= 0 && set(ctx, 'relativePronouns', ctx.pack.relations.relativePronouns).match(ctx.words, comma + 1) === undefined) continue;
        // Across a relative clause's comma only a near name is the object; a long middle field is the clause's own.
        if (comma >= 0 && tFrom - m.to > PREP_WINDOW + 2) continue;
        if (preps && preps.find(ctx.words, Math.max(0, m.from - 2), m.from) < 0) continue;
        if (sourceCase(m)) continue;
        // A subject must stand before the object: a name, or an anaphor ("Das Kölner Unternehmen will den US-Rivalen Chemtura übernehmen").
        if (!preps && before(ctx, m.from, RELATION_SPECS[t.relation][t.reversed ? 'to' : 'from'], SUBJECT_WINDOW).length === 0 && orgAnaphorAt(ctx, 0, m.from) < 0) continue;
        first = m;
        break;
      }
    }
  } else {
    // A genitive object possesses the trigger noun: no other name stands between them
    // ("Can Holding’in … Tekfen Holding’de ortaklığı … yatırımcıları" has no possessor of "yatırımcıları").
    // Other cases may ("Günaydın gazetesini … Haldun Simavi’den satın aldı").
    const possessor = t.objectSuffixes?.length && t.objectSuffixes.every((s) => ctx.pack.morphology.genitiveCase.includes(s));
    // "SoftBank tesisin sahibi olacak": a common noun in the genitive right before a possessed relation noun
    // (its subject after it: "X'in ana şirketi Y") is what it belongs to; no name is.
    const prev = ctx.words[tFrom - 1];
    if (t.subject === 'after' && !t.objectSuffixes?.length && prev !== undefined && prev.kind === 'word' && /^\p{Ll}/u.test(prev.text) && mentionAt(ctx, tFrom - 1) === undefined && ctx.pack.morphology.genitiveCase.some((g) => prev.fold.length > g.length + 2 && prev.fold.endsWith(g))) return [];
    for (const m of before(ctx, tFrom, types, ARGUMENT_WINDOW)) {
      if (sourceCase(m)) continue;
      // An object before a verb-final trigger with prepositions stands behind one: "in OpenAI investiert", not "Die VW-Mutter Porsche SE investiert".
      if (preps && !t.objectSuffixes?.length && preps.find(ctx.words, Math.max(0, m.from - OBJECT_PREP_WORDS), m.from) < 0) continue;
      // A case-marked object stands in its verb's clause: "KAP’a yapılan açıklamada, … yatırımın" is another clause's.
      if (t.objectSuffixes?.length && ctx.words.slice(m.to, tFrom).some((w) => isComma(w.text))) break;
      if (t.objectSuffixes?.length && !hasSuffix(ctx, m, t.objectSuffixes)) {
        if (possessor) break;
        continue;
      }
      first = m;
      break;
    }
  }
  if (types.includes('Organization') && (t.object ?? 'after') === 'after') {
    // "… rejoindrait le groupe", "quitte l'entreprise": the organisation named before in the sentence, else of the last sentences.
    // An anaphor right after the trigger is its object when the name after it stands in another
    // clause ("verlässt das Unternehmen …, teilte SAP mit"); in the same phrase the anaphor is the
    // name's cue ("la compra de la empresa española de ciberseguridad Nubix").
    const at = orgAnaphorAt(ctx, tTo, Math.min(anaphorWindowEnd(ctx, tTo), first ? first.from : Infinity));
    // A trigger with object prepositions takes the anaphor only behind one: "vertrekt naar het bedrijf", not "vertrekt bij het bedrijf".
    const marked = !preps || (at > tTo && lastIndexOf(ctx, preps, tTo, at) >= 0);
    // "übernimmt den israelischen Anbieter von …, WalkMe, für …": a name apposed between commas is what the description introduces.
    const apposedName = first !== undefined && isComma(ctx.words[first.from - 1]?.text ?? '') && (first.to === ctx.words.length || /^[,;.]$/u.test(ctx.words[first.to].text));
    if (at >= 0 && marked && (!first || (clauseBreak(ctx, at, first.from) && !apposedName))) {
      // Where an organisation is the subject, the one right before the trigger is that subject
      // ("Sequoia Capital, which invested … in the company"), not what "the company" stands for.
      const subjectIsOrg = RELATION_SPECS[t.relation][t.reversed ? 'to' : 'from'].includes('Organization');
      const candidates = before(ctx, tFrom, ['Organization']).slice(subjectIsOrg ? 1 : 0);
      const skipped = subjectIsOrg ? before(ctx, tFrom, ['Organization'])[0] : undefined;
      // Not the subject itself: "Adnoc übernimmt das Unternehmen" after a sentence naming only Adnoc and Covestro is Covestro.
      const salient = salientOrg(ctx);
      const key = (id: number) => ctx.doc.keys.get(id) ?? String(id);
      const pair = skipped && salient !== undefined && key(salient) === key(skipped.id) ? lastSentencePair(ctx) : undefined;
      const other = pair && skipped ? (key(pair[0]) === key(skipped.id) ? pair[1] : key(pair[1]) === key(skipped.id) ? pair[0] : undefined) : undefined;
      const id = candidates[0]?.id ?? (skipped && salient !== undefined && key(salient) === key(skipped.id) ? other : salient);
      return id === undefined ? [] : [{ id, from: at, to: at, type: 'Organization', name: '' }];
    }
  }
  if (!first) return [];
  if (!t.listObjects) {
    const more = continuedObjects(ctx, t, first, types);
    // "acquired Boltway and Quillon", "invested in A and B": every conjunct of the object is one.
    return more.length > 0 ? [first, ...more] : (t.object ?? 'after') === 'after' && !t.reversed ? conjunctObjects(ctx, first, types) : [first];
  }
  return coordinated(ctx, first, types, (t.object ?? 'after') === 'after' ? 1 : -1);
}

/**
 * The mention (or the list it opens) modifies a company noun that heads the next name: in
 * "acquire Cheez-It and Pringles maker Kellanova" the object is Kellanova, not Cheez-It.
 *   en.acquired.acquire  "Mars will acquire Pringles and Cheez-It maker Kellanova" → Kellanova
 */
function describesNext(ctx: SentenceContext, m: SMention): boolean {
  const { words } = ctx;
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  // Across the rest of a list of names: other names, capitalised words, hyphens, commas and joiners.
  let k = m.to;
  while (k < Math.min(words.length, m.to + DESCRIBED_LIST_WORDS)) {
    const w = words[k];
    const j = joiners.match(words, k);
    if (j) k += j.length;
    else if (w.text === ',' || (w.text === '-' && w.glued) || /^\p{Lu}/u.test(w.text) || mentionAt(ctx, k) !== undefined) k++;
    else break;
  }
  const head = words[k];
  if (!head || head.kind !== 'word' || !ctx.pack.entities.companyHeads.includes(head.fold)) return false;
  return ctx.mentions.some((x) => x.from === k + 1 && x.type === 'Organization');
}

/** Words a list of names may hold after the first before the company noun it modifies ("Cheez-It and Pringles maker"). */
const DESCRIBED_LIST_WORDS = 6;

/**
 * The object with the names coordinated after it by a joiner ("Boltway Systems and Quillon
 * Labs", "A, B and C"); a comma alone joins nothing.
 */
function conjunctObjects(ctx: SentenceContext, first: SMention, types: readonly EntityType[]): SMention[] {
  const list = coordinated(ctx, first, types, 1);
  if (list.length < 2) return [first];
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  const last = list[list.length - 1];
  if (joiners.find(ctx.words, first.to, last.from) < 0) return [first];
  return list;
}

/** The anaphor window after a trigger, not counting the words of an amount ("invested $150 million in the company"). */
function anaphorWindowEnd(ctx: SentenceContext, tTo: number): number {
  let end = tTo + ANAPHOR_WINDOW;
  for (const q of ctx.quantities) if (q.from >= tTo && q.from < end) end += q.to - q.from;
  return end;
}

/** The index `n` words before `at`, a hyphenated compound counting as one word ("chipstart-up"). */
function wordsBack(ctx: SentenceContext, at: number, n: number): number {
  let k = at;
  for (let counted = 0; k > 0 && counted < n; ) {
    k--;
    const w = ctx.words[k];
    const inCompound = w.glued && (w.text === '-' || ctx.words[k - 1]?.text === '-');
    if (!inCompound) counted++;
  }
  return k;
}

function clauseBreak(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^[,;:()–—]$/u.test(ctx.words[k].text) || ctx.words[k].text === '،') return true;
  return false;
}

/** The mention's last word ends in one of these case endings after an apostrophe ("Alibaba'nın"). */
/** A case ending written after a name's closing period and apostrophe as tokens of their own ("A.Ş.’nin"), or undefined. */
function detachedEnding(ctx: SentenceContext, m: SMention): string | undefined {
  let k = m.to;
  if (ctx.words[k]?.text === '.' && ctx.words[k].glued) k++;
  if (!/^['’]$/u.test(ctx.words[k]?.text ?? '') || !ctx.words[k].glued) return undefined;
  const w = ctx.words[k + 1];
  return w !== undefined && w.glued && w.kind === 'word' ? w.text.toLocaleLowerCase('tr') : undefined;
}

/** Where the name ends with a case ending written apart ("A.Ş.’nin" ends after "nin"). */
function endWithEnding(ctx: SentenceContext, m: SMention): number {
  if (detachedEnding(ctx, m) === undefined) return m.to;
  let k = m.to;
  if (ctx.words[k]?.text === '.') k++;
  return k + 2;
}

/** The company noun after the name carries the name's case ("Econergy International firmasından": from the firm E. I.). */
function nounCaseEnding(ctx: SentenceContext, m: SMention, endings: readonly string[]): boolean {
  const next = ctx.words[m.to];
  return next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && ctx.pack.entities.companyNouns.some((n) => !n.includes(' ') && next.fold.length > n.length + 1 && next.fold.startsWith(n)) &&
    endings.some((e) => next.fold.endsWith(e));
}

function hasCaseEnding(ctx: SentenceContext, m: SMention, endings: readonly string[]): boolean {
  const last = ctx.words[m.to - 1];
  const detached = detachedEnding(ctx, m);
  if (detached !== undefined) return endings.includes(detached);
  if (last.stem === last.text) return false;
  const tail = last.text.slice(last.stem.length).replace(/^['’]/u, '').toLocaleLowerCase('tr');
  return endings.includes(tail);
}

function hasSuffix(ctx: SentenceContext, m: SMention, suffixes: readonly string[]): boolean {
  const last = ctx.words[m.to - 1];
  const tail = detachedEnding(ctx, m) ?? last.text.slice(last.stem.length).replace(/^['’]/u, '').toLocaleLowerCase('und');
  // A case ending may also be written as a word of its own after the name (Turkish "Baykar ile" = "Baykar'la").
  const following = ctx.words[m.to]?.fold;
  return suffixes.some((s) => tail === s || (s.length > 2 && following === s));
}

/** Words a subject's preposition may take before the name ("por parte de X", "von der X"). */
const SUBJECT_PREP_WORDS = 3;
/** Longest description between a subject's preposition and its name, past the determiner and head ("den spanischen Konkurrenten"). */
const DESCRIPTION_REACH = 3;

function findSubject(
  ctx: SentenceContext,
  t: TriggerEntry,
  tFrom: number,
  tTo: number,
  types: readonly EntityType[],
  objects: readonly SMention[],
): SMention | number | undefined {
  // A mention already taken as an object stays available to a reversed trigger (its text subject
  // is the relation's object) and to an apposition ("… in Anthropic, the developer of Claude").
  const notObject = (m: SMention) => !objects.includes(m) && (t.reversed || !ctx.used.has(`obj:${m.id}`) || apposedTo(ctx, m, tFrom, STATES.has(t.relation)));
  // "die Investition von Meta in Scale": a subject after the trigger, marked by "von/of".
  // Not after a finite verb-second verb without an auxiliary whose object is bare: "kauft Boltway von Siemens" buys from Siemens.
  if (t.subjectPreps?.length && !(t.objectPreps?.length === 0 && finiteVerb(ctx, tFrom, tTo))) {
    const sp = subjectPrepsOf(ctx, t);
    // After the trigger, or after its object's phrase: "la compra del grupo vasco de servicios tecnológicos Ibermática por parte de Ayesa".
    const objectEnd = Math.max(tTo, ...objects.filter((o) => o.from >= tTo).map((o) => o.to));
    // The preposition may stand before a description of the name: "durch den spanischen Konkurrenten ACS".
    const prepBefore = (m: SMention, preps: PhraseSet) => preps.find(ctx.words, Math.max(tTo, m.from - SUBJECT_PREP_WORDS), m.from) >= 0 ||
      [...Array(DESCRIPTION_REACH).keys()].some((d) => { const at = m.from - 2 - d; return at > tTo && preps.match(ctx.words, at - 1) !== undefined && describedFrom(ctx, at, m); });
    // Not inside a relative clause on the object: "bought Boltway, which was founded by Jane Roe".
    const relatives = set(ctx, 'relativePronouns', ctx.pack.relations.relativePronouns);
    // (After a comma: German relative pronouns are articles too.)
    const ownClause = (m: SMention) => !ctx.words.slice(objectEnd, m.from).some((w, d) => isComma(w.text) && relatives.match(ctx.words, objectEnd + d + 1) !== undefined);
    const cand = [...after(ctx, tTo, types, PREP_WINDOW + 3), ...after(ctx, objectEnd, types, PREP_WINDOW + 3)].find((m) => notObject(m) && prepBefore(m, sp) && ownClause(m));
    // Objects after the trigger must follow the subject ("von Meta in Scale"); objects before it do
    // not count. A passive agent may come last ("la compra de Nexia por parte de Acme").
    const agents = set(ctx, 'passiveAgents', ctx.pack.relations.passiveAgents);
    const agent = (m: SMention) => prepBefore(m, agents);
    if (cand && (agent(cand) || objects.every((o) => o.from > cand.from || o.to <= tFrom))) return cand;
  }
  const side = t.subject === 'next' ? 'before' : (t.subject ?? (t.object === 'before' ? 'after' : 'before'));
  const pronoun = personPronoun(ctx, tFrom, side);
  // "(Senagral, Délicelait) et a repris Manzana": a name in brackets the trigger is outside of is an aside, no subject.
  const triggerBracket = bracketOf(ctx, tFrom);
  const inAside = (m: SMention) => bracketOf(ctx, m.from) !== triggerBracket;
  const candidates = (
    side === 'first'
      ? ctx.mentions.filter((m) => types.includes(m.type) && m.to <= tFrom).sort((a, b) => a.from - b.from)
      : side === 'before'
      ? before(ctx, Math.min(tFrom, ...objects.map((o) => o.from)), types, SUBJECT_WINDOW)
      : side === 'after'
        ? after(ctx, Math.max(tTo, ...objects.map((o) => o.to)), types, ARGUMENT_WINDOW)
        : [...before(ctx, tFrom, types, SUBJECT_WINDOW), ...after(ctx, tTo, types, ARGUMENT_WINDOW)]
  ).filter((m) => !inAside(m));
  // A genitive names the possessor of the word right after it: the argument of a trigger it stands
  // next to ("Baykar'ın geliştirdiği", "Turkcell'in yan kuruluşu"), of nothing further on.
  const genitive = ctx.pack.morphology.genitiveCase;
  // Turkish nominalised clauses: in "Turkcell'in Vodafone'u satın alması" the genitive marks the
  // subject of the nominalised verb, with only its object between them.
  // The price may stand between them too ("Doğan Medya'nın 916 milyon dolar karşılığında Demirören'e satışı").
  const onlyObjectsBetween = (m: SMention) => objects.length > 0 && objects.every((o) => o.from >= m.to && o.to <= tFrom) && (objects[0].from === m.to || onlyPriceBetween(ctx, m.to, objects[0].from)) && objects[objects.length - 1].to === tFrom;
  // "Asil Nadir Günaydın gazetesini Haldun Simavi'den … satın alması": the ablative names the seller.
  const ablative = (m: SMention) => ctx.pack.morphology.ablativeCase.length > 0 && !t.reversed && (hasCaseEnding(ctx, m, ctx.pack.morphology.ablativeCase) || nounCaseEnding(ctx, m, ctx.pack.morphology.ablativeCase));
  // A relative participle's subject is the genitive before it, whatever complements stand between ("Acme'nin tamamına sahip olduğu").
  const participleSubject = (m: SMention) => t.relativeParticiple === true && m.to <= tFrom && !ctx.mentions.some((o) => o.from >= m.to && o.to <= tFrom);
  // "SOCAR’ın Türkiye iştiraki": a place between the genitive and its noun modifies the noun.
  const onlyPlacesBetween = (m: SMention) => m.to < tFrom && ctx.words.slice(m.to, tFrom).every((_, d) => ctx.mentions.some((x) => x.type === 'Location' && x.from <= m.to + d && m.to + d < x.to));
  // "Tüpraş'ın %99,23 bağlı ortaklığı", "Koç'un yüzde 100 iştiraki": a share between them is the size of the holding.
  const onlyShareBetween = (m: SMention) => m.to < tFrom && ctx.quantities.some((q) => q.kind === 'percent' && q.from === m.to && q.to === tFrom);
  const possessorElsewhere = (m: SMention) => (genitive.length > 0 && endWithEnding(ctx, m) !== tFrom && hasCaseEnding(ctx, m, genitive) && !onlyObjectsBetween(m) && !participleSubject(m) && !onlyPlacesBetween(m) && !onlyShareBetween(m)) || ablative(m);
  // Reported speech: "Siemens said that Bosch plans …" — the subject is in the reported clause
  // when the clause names one; only a clause without a name ("… that it will invest") leaves the speaker.
  const comp = side === 'before' ? lastIndexOf(ctx, set(ctx, 'complementisers', ctx.pack.relations.complementisers), 0, tFrom) : -1;
  const inClause = comp >= 0 ? candidates.filter((m) => m.from > comp) : candidates;
  // "…, dass Bosch zwei Milliarden Euro investieren will": the one bare name of a reported
  // verb-final clause may be its subject as well as its object; the speaker is neither.
  if (comp >= 0 && inClause.length === 0 && t.object === 'before' && objects.some((o) => o.from > comp && !behindPreposition(ctx, o))) return undefined;
  // "…, el empresario ha comprado …": a description right before the verb is its subject; a name
  // further back belongs to another clause. Only "the company" (an anaphor, tried later) stands for one.
  if (side === 'before' && !isNounTrigger(ctx, tFrom, tTo) && descriptionSubject(ctx, tFrom)) return undefined;
  const marked = (m: SMention) => !t.subjectSuffixes?.length || hasSuffix(ctx, m, t.subjectSuffixes);
  // "Reynolds shareholders will receive …": a name right before a holder noun is the company held, not a holder.
  const holders = set(ctx, 'holderNouns', ctx.pack.relations.holderNouns);
  const heldBy = (m: SMention) => m.to === tFrom && holders.match(ctx.words, tFrom) !== undefined && ctx.words[m.to - 1].stem === ctx.words[m.to - 1].text;
  // "Grifols ha llegado a un acuerdo con Aton para adquirir Haema": a name behind a preposition is no verb's subject.
  const verbal = side === 'before' && ctx.pack.wordOrder === 'SVO' && !t.reversed && !isNounTrigger(ctx, tFrom, tTo);
  // A relative clause or an apposition after it makes it one again ("convencer a Banco Santander, entidad que controla …").
  const commaBetween = (m: SMention) => ctx.words.slice(m.to, tFrom).some((w) => isComma(w.text));
  // A verb right after it has it as subject ("con la SEPI controlando el 10 %").
  // "A consortium led by Kestrel agreed to buy Quillon": the leader named behind the group's phrase stands for the group.
  const leaders = set(ctx, 'leaderPhrases', ctx.pack.relations.leaderPhrases);
  const ledBy = (m: SMention) => phraseEndingBefore(ctx.words, leaders, m.from, LEADER_PHRASE_WORDS) >= 0;
  const prepositional = (m: SMention) => verbal && m.to < tFrom && behindPreposition(ctx, m) && !isSource(ctx.words, ctx.pack, m) && !commaBetween(m) && !ledBy(m);
  // "LDC annonce la négociation avec le Groupe Avril en vue de l'acquisition de Ovoteam": a partner is no subject of a noun either.
  const partner = (m: SMention) => side === 'before' && m.to < tFrom && !commaBetween(m) && partnerBefore(ctx, m);
  // "la licence Gucci, actuellement détenue par Coty", "the license, which was held by X": a participle's patient is the
  // noun phrase right before it; a name before that phrase is not what it describes.
  const phraseBetween = (m: SMention) => t.reversed === true && side === 'before' && nounPhraseBetween(ctx, m.to, tFrom) && ctx.words.slice(m.to, tFrom).some((w) => isComma(w.text));
  // "adquirir el 100% de la compañía, propietaria de BM Supermercados": an anaphor right before the apposition is what it describes.
  //   es.owns.owns.anaphor  → (the company "la compañía" stands for) OWNS BM Supermercados
  if (side === 'before' && !t.reversed && tFrom >= 3 && isComma(ctx.words[tFrom - 1].text)) {
    const a = orgAnaphorAt(ctx, tFrom - 1 - APPOSED_ANAPHOR_WORDS, tFrom - 1);
    // Not an apposition itself ("Bosch, the German firm, acquired …": Bosch is the subject).
    const apposed = a >= 1 && isComma(ctx.words[a - 1].text) && ctx.mentions.some((m) => m.to === a - 1);
    if (a >= 0 && !apposed && !ctx.mentions.some((m) => m.from >= a && m.to <= tFrom) && types.includes('Organization')) return salientOrg(ctx);
  }
  let found = (inClause.length > 0 ? inClause : candidates).find((m) => notObject(m) && !possessorElsewhere(m) && marked(m) && !heldBy(m) && !prepositional(m) && !partner(m));
  // "AkzoNobel a proposé d’acquérir Tikkurila, … l’offre de son rival PPG": a possessive before a rival noun points at the clause's subject, not the nearest name.
  // A reported clause whose subject is a pronoun ("AkzoNobel a annoncé qu’il proposait …") has the speaker for it.
  if (t.relation === 'COMPETES_WITH' && side === 'before' && possessiveAt(ctx, tFrom)) {
    const reporting = set(ctx, 'reporting', ctx.pack.claimStatus.reporting);
    const eligible = (list: readonly SMention[]) => list.filter((m) => notObject(m) && !possessorElsewhere(m) && !prepositional(m)).sort((a, b) => a.from - b.from);
    const here = eligible(inClause).filter((m) => reporting.find(ctx.words, m.to, tFrom) < 0);
    // The speaker may stand further back than a subject is looked for.
    const first = here[0] ?? (comp >= 0 ? eligible(before(ctx, comp, types)).filter((m) => reporting.find(ctx.words, m.to, comp) >= 0)[0] : undefined);
    if (first) found = first;
  }
  if (found && phraseBetween(found)) return undefined;
  if (found && side === 'before') found = coordinatedVerbSubject(ctx, found, tFrom, types, comp) ?? found;
  if (found) {
    // "Albertson's, owned by Cerberus Capital, will acquire …": the name inside an apposition is not the clause's subject.
    // Where what the apposition describes is no name kg found, the subject is unknown: give up.
    const host = side === 'before' ? apposedHost(ctx, found, tFrom, types) : undefined;
    if (host === null) return undefined;
    return host && notObject(host) ? host : found;
  }
  if (pronoun !== undefined && types.includes('Person')) return pronoun;
  return undefined;
}

/** Words besides a price's own that may stand around it between two arguments ("toplam … karşılığında", "for a total of"). */
const PRICE_ADJUNCT_WORDS = 2;

/** Between `from` and `to` stand one amount of money and at most PRICE_ADJUNCT_WORDS lower-case words around it. */
function onlyPriceBetween(ctx: SentenceContext, from: number, to: number): boolean {
  const money = ctx.quantities.filter((q) => q.kind === 'money' && q.from >= from && q.to <= to);
  if (money.length !== 1) return false;
  let other = 0;
  for (let k = from; k < to; k++) {
    if (k >= money[0].from && k < money[0].to) continue;
    if (ctx.words[k].kind !== 'word' || !/^\p{Ll}/u.test(ctx.words[k].text)) return false;
    other++;
  }
  return other <= PRICE_ADJUNCT_WORDS;
}

/** The trigger stands right behind a title's "of" ("van", "von"), where no verb stands: it is a noun. */
function afterOf(ctx: SentenceContext, tFrom: number): boolean {
  return tFrom > 0 && set(ctx, 'titleOrgPreps', ctx.pack.titleOrgPreps).match(ctx.words, tFrom - 1)?.length === 1;
}

/** A possessive pronoun opens the trigger or stands right before it ("son rival", "its rival", "su rival"). */
function possessiveAt(ctx: SentenceContext, tFrom: number): boolean {
  const possessives = set(ctx, 'possessivePronouns', ctx.pack.relations.possessivePronouns);
  return possessives.match(ctx.words, tFrom) !== undefined || (tFrom > 0 && possessives.match(ctx.words, tFrom - 1)?.length === 1);
}

/**
 * An acquisition noun with its agent and no other name: "de recente overname door Prosus". The
 * company acquired is the one the document is about (its most named organisation), where the
 * sentence names no organisation but the agents; otherwise kg gives up. Every agent gets the fact.
 *   nl.acquired.neemt-over.event  "…, waaronder de recente overname door Prosus." → Prosus ACQUIRED <the document's company>
 */
function agentOfEventNoun(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, types: readonly EntityType[], ruleId: string, confidence: number): ExtractedClaim[] {
  const main = ctx.doc.mainOrg;
  if (main === undefined || t.reversed || t.relation !== 'ACQUIRED' || !t.subjectPreps?.length || !isNounTrigger(ctx, tFrom, tTo)) return [];
  // A noun phrase: an article right before it or before one adjective ("de recente overname").
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  if (!(tFrom >= 1 && dets.match(ctx.words, tFrom - 1)) && !(tFrom >= 2 && dets.match(ctx.words, tFrom - 2) && /^\p{Ll}/u.test(ctx.words[tFrom - 1].text))) return [];
  const agent = after(ctx, tTo, types, SUBJECT_PREP_WORDS).find((m) => subjectPrepsOf(ctx, t).find(ctx.words, tTo, m.from) >= 0);
  if (!agent) return [];
  const agents = coordinated(ctx, agent, types);
  if (!ctx.mentions.every((m) => agents.includes(m)) || agents.some((m) => ctx.doc.keys.get(m.id) === ctx.doc.keys.get(main))) return [];
  return compact(agents.map((a) => claim(ctx, t.relation, a, main, `${ruleId}.event`, confidence - CONTEXT_SUBJECT_PENALTY)));
}

/** Words (auxiliaries, modals, adverbs) that may stand between "and" and a coordinated verb ("y comprará", "and will also buy"). */
const COORDINATED_VERB_GAP = 3;
/** Words a clause's subject may stand from the clause's start (an article and a description: "die deutsche Firma X"). */
const CLAUSE_SUBJECT_START = 4;

/**
 * Verbs joined by "and" share the first one's subject: in "Banco Santander ha ganado la carrera a
 * Barclays y comprará TSB Bank", the name nearest before "comprará" (Barclays) is the first
 * verb's object; the subject is the name opening the clause. Applies only where a joiner stands
 * right before the trigger, no name stands between them, and a word (the first verb) separates
 * the clause's opening name from the nearest one.
 *   es.acquired.acquire  "Banco Santander ha ganado la carrera a Barclays y comprará TSB Bank" → Banco Santander
 */
function coordinatedVerbSubject(ctx: SentenceContext, nearest: SMention, tFrom: number, types: readonly EntityType[], comp: number): SMention | undefined {
  const { words } = ctx;
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  let j = -1;
  for (let k = tFrom - 1; k >= Math.max(nearest.to, tFrom - 1 - COORDINATED_VERB_GAP); k--) {
    if (words[k].kind !== 'word') return undefined;
    if (joiners.match(words, k)) {
      j = k;
      break;
    }
  }
  if (j < 0 || mentionAt(ctx, j + 1) !== undefined || nearest.to > j) return undefined;
  const start = comp >= 0 ? comp + 1 : 0;
  const opener = ctx.mentions.find((m) => m.from >= start && m.from <= start + CLAUSE_SUBJECT_START && types.includes(m.type));
  if (!opener || opener === nearest || opener.to >= nearest.from) return undefined;
  // The first verb stands between the opener and the nearest name, which is no list of names with it; the nearest
  // name may close a list that verb governs ("DPG is eigenaar van de Volkskrant, het AD en Trouw, en lijfde … in").
  const from = listStart(ctx, nearest, types);
  for (let k = opener.to; k < from; k++) if (words[k].text === ',' || joiners.match(words, k) || mentionAt(ctx, k) !== undefined) return undefined;
  return opener;
}

/** Where the coordinated list of names that `last` closes begins (its first item's determiners included). */
function listStart(ctx: SentenceContext, last: SMention, types: readonly EntityType[]): number {
  const { words } = ctx;
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  let s = last.from;
  for (;;) {
    let k = s;
    while (k > 0 && dets.match(words, k - 1)?.length === 1) k--;
    let sep = k - 1;
    if (sep < 1 || !(words[sep].text === ',' || joiners.match(words, sep) !== undefined)) return k;
    if (words[sep].text !== ',' && words[sep - 1].text === ',') sep--;
    const prev = ctx.mentions.find((m) => m.to === sep && types.includes(m.type));
    if (!prev) return k;
    s = prev.from;
  }
}

/** Words after the object a remainder phrase may stand in ("… of Reynolds American that it does not already own"). */
const REMAINDER_AFTER = 7;

/** A share from which buying or owning is of the whole company (95.5 % of Tesco Kipa was an acquisition). */
const WHOLE_SHARE = 0.9;

/** Above this share a buyer or holder controls the company: it is bought or owned, with the stake invested (51 % of Petkim). */
const MAJORITY_SHARE = 0.5;

/** Words between a seller behind a dative preposition and what was bought ("à X la société Y", "al fondo X un 15 % del capital"). */
const DATIVE_OBJECT_WORDS = 4;

/** Words from a stake noun to the company the stake is in ("stake in Boltway", "participación del 5 % en Boltway"). */
const STAKE_TARGET_WORDS = 6;

/** How many words an apposition between a subject and its verb may hold ("Carlos Slim, el empresario mexicano que …, ha comprado"). */
const PARENTHETICAL_WINDOW = 16;
/** Words that may stand between an apposition's closing comma and the verb, none a name ("…, will also acquire", "…, said on Thursday it had raised"). */
const AFTER_APPOSITION = 3;
/** With more words after the closing comma ("…, said on Thursday it had raised"), only a host found names the subject; none is no reason to give up. */
const AFTER_APPOSITION_REPORTED = 8;
/** Longest description read as a clause subject ("the German carmaker", "el grupo constructor español"). */
const DESCRIPTION_WORDS = 5;

/**
 * The name an apposition holding `m` stands after: "S, <description … m …>, VERB" gives S, where
 * the apposition opens with a description (not a name: "Vantix, Bosch, the German firm, acquired"
 * keeps Bosch) and at most a few words stand between its closing comma and the verb. `null`:
 * the apposition stands after something that is no name of the right type (the subject is unknown).
 *   en.acquired.acquire  "Albertson's, owned by private equity firm Cerberus, will also acquire …" → Albertson's
 */
function apposedHost(ctx: SentenceContext, m: SMention, tFrom: number, types: readonly EntityType[]): SMention | null | undefined {
  const w = ctx.words;
  let close = -1;
  for (let k = m.to; k < tFrom; k++) if (isComma(w[k].text)) close = k;
  if (close < 0 || tFrom - close - 1 > AFTER_APPOSITION_REPORTED) return undefined;
  // "…, la acerca a Microsoft, que ha invertido …": a relative pronoun after the comma makes the name its antecedent, the verb's subject.
  if (close === m.to && set(ctx, 'relativePronouns', ctx.pack.relations.relativePronouns).match(w, close + 1) !== undefined) return undefined;
  const reported = tFrom - close - 1 > AFTER_APPOSITION;
  if (ctx.mentions.some((x) => x.from > close && x.from < tFrom)) return undefined;
  let open = -1;
  for (let k = m.from - 1; k >= Math.max(0, m.from - PARENTHETICAL_WINDOW); k--) {
    // A comma between two names of a list inside the apposition ("empresas como Snapchat, Epic Games y StabilityAI") opens nothing.
    const listComma = ctx.mentions.some((x) => x.to === k) && ctx.mentions.some((x) => x.from === k + 1);
    if (isComma(w[k].text) && !listComma) {
      open = k;
      break;
    }
  }
  if (open < 0 || open + 1 >= m.from || mentionAt(ctx, open + 1) !== undefined) return undefined;
  // A list is no apposition ("Google, Microsoft and Amazon, …"): the apposition holds a word of its own.
  if (open === 0 || w[open - 1].kind !== 'word') return undefined;
  const host = ctx.mentions.find((x) => x.to === open && x.id !== m.id);
  if (!host) return reported ? undefined : null;
  return types.includes(host.type) ? host : reported ? undefined : null;
}

/**
 * The words between the last comma and the verb are a description with an article ("…, el
 * empresario ha comprado", "…, the German carmaker acquired"): that phrase is the subject, and
 * no name before the comma is. Auxiliaries may follow the description.
 */
function descriptionSubject(ctx: SentenceContext, tFrom: number): boolean {
  const { words, pack } = ctx;
  let comma = -1;
  for (let k = tFrom - 1; k >= 0; k--) if (isComma(words[k].text)) { comma = k; break; }
  if (comma < 0) return false;
  const dets = set(ctx, 'determiners', pack.entities.determiners);
  const auxes = set(ctx, 'auxiliaries', [...pack.relations.perfectAuxiliaries, ...pack.relations.passiveAuxiliaries]);
  let end = tFrom;
  while (end > comma + 1 && auxes.match(words, end - 1)) end--;
  const d = dets.match(words, comma + 1);
  if (!d) return false;
  const from = comma + 1 + d.length;
  if (end - from < 1 || end - from > DESCRIPTION_WORDS) return false;
  for (let k = from; k < end; k++) {
    const x = words[k];
    if (x.kind !== 'word' || mentionAt(ctx, k) !== undefined) return false;
    if (!pack.capitalisesNouns && /^\p{Lu}/u.test(x.text)) return false;
  }
  return true;
}

/** "Anthropic, the San Francisco-based developer of …": the mention heads an apposition that holds the trigger. */
function apposedTo(ctx: SentenceContext, m: SMention, tFrom: number, state = false): boolean {
  // At least one word between comma and trigger: "X, compite con …" ends a clause, it is no apposition.
  // A state noun may follow the comma directly ("Altice Media, maison mère de BFMTV").
  if ((m.to + 1 >= tFrom && !(state && m.to + 1 === tFrom)) || ctx.words[m.to]?.text !== ',' || tFrom - m.to > APPOSITION_WINDOW) return false;
  for (let k = m.to + 1; k < tFrom; k++) if (ctx.words[k].text === ',' || ctx.mentions.some((x) => x.from === k && x.type === m.type)) return false;
  return true;
}

/**
 * "La operación valora la compañía en más de 1.000 millones": a sentence about the deal just
 * reported adds the valuation or stake it states to that claim (it never changes a value).
 */
function completeLastClaim(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number): void {
  const last = ctx.doc.lastClaim.get(t.relation);
  if (!last || ctx.index - last.sentence > FOLLOW_UP_SENTENCES) return;
  // A sentence that names organisations must name one of the deal's parties.
  const keys = new Set([last.subject, last.object].map((id) => (typeof id === 'number' ? ctx.doc.keys.get(id) : undefined)));
  const orgs = ctx.mentions.filter((m) => m.type === 'Organization');
  // A short name counts as its party ("Quillon" after "Quillon Labs").
  const party = (key: string | undefined) => key !== undefined && [...keys].some((k) => k !== undefined && (k === key || k.startsWith(`${key} `)));
  if (orgs.length > 0 && !orgs.some((m) => party(ctx.doc.keys.get(m.id)))) return;
  const here = attachQualifiers(ctx, t.relation, tFrom, tTo);
  if (here.valuation !== undefined && last.valuation === undefined) last.valuation = here.valuation;
  if (here.stake !== undefined && last.stake === undefined) last.stake = here.stake;
}

/** "Er wird …": a person pronoun before the trigger stands for the last person named. */
function personPronoun(ctx: SentenceContext, tFrom: number, side: 'before' | 'after' | 'any' | 'first'): number | undefined {
  if (side === 'after' || ctx.doc.lastPerson === undefined) return undefined;
  const pronouns = ctx.pack.entities.personPronouns;
  for (let k = 0; k < tFrom; k++) if (pronouns.some((p) => wordMatches(ctx.words[k], p))) return ctx.doc.lastPerson;
  // "El empresario también es accionista de …": a description of a person opening the sentence, no name after it.
  const described = set(ctx, 'personAnaphors', ctx.pack.entities.personAnaphors).match(ctx.words, 0);
  if (described && described.length < tFrom && !ctx.mentions.some((m) => m.from === described.length && m.type === 'Person')) return ctx.doc.lastPerson;
  return undefined;
}

/**
 * "… 14 milyar dolarlık yatırım yaptı." names an investor and an amount but no target:
 * keep it open, so that "Bu yatırımın merkezinde … Scale AI" can complete it.
 */
function remember(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, types: readonly EntityType[]): void {
  if (t.reversed || !RELATION_SPECS[t.relation].qualifiers.includes('amount')) return;
  // "… invest $4 billion in Anthropic, bringing its total investment to $8 billion": the event is complete.
  if (ctx.used.has(`rel:${t.relation}`)) return;
  // Only when the sentence names no other organisation: otherwise the target is here and the rule cannot tell which.
  const subjectKeyOf = (id: number) => ctx.doc.keys.get(id);
  const q = attachQualifiers(ctx, t.relation, tFrom, tTo);
  if (q.amount === undefined && q.amountMin === undefined) return;
  const subject = findSubject(ctx, t, tFrom, tTo, types, []);
  if (subject === undefined) return;
  const sid = typeof subject === 'number' ? subject : subject.id;
  if (ctx.mentions.some((m) => m.type === 'Organization' && subjectKeyOf(m.id) !== subjectKeyOf(sid))) return;
  ctx.doc.open = { relation: t.relation, subject: typeof subject === 'number' ? subject : subject.id, qualifiers: q, sentence: ctx.index };
}

/** "Bu yatırımın merkezinde, … Scale AI bulunuyor": the object of the open event, with its amount. */
function anaphoric(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, types: readonly EntityType[], ruleId: string, confidence: number): ExtractedClaim[] {
  const open = ctx.doc.open;
  if (!open || open.relation !== t.relation) {
    completeLastClaim(ctx, t, tFrom, tTo);
    return [];
  }
  const subjectKey = ctx.doc.keys.get(open.subject);
  const targetKey = open.object === undefined ? undefined : ctx.doc.keys.get(open.object);
  const object = ctx.mentions.find(
    (m) => types.includes(m.type) && ctx.doc.keys.get(m.id) !== subjectKey && !ctx.used.has(`obj:${m.id}`) && (targetKey === undefined || ctx.doc.keys.get(m.id) === targetKey),
  );
  if (!object || ctx.doc.types.get(open.subject) === undefined) return [];
  const here = attachQualifiers(ctx, t.relation, tFrom, tTo);
  const q = { ...open.qualifiers };
  // A figure in this sentence that is a valuation or stake adds to the event; its amount stays.
  if (here.valuation !== undefined) q.valuation = here.valuation;
  if (here.stake !== undefined) q.stake = here.stake;
  const made = claim(ctx, t.relation, open.subject, object, `${ruleId}.anaphora`, confidence - CONTEXT_SUBJECT_PENALTY, q);
  if (!made) return [];
  // The event has its target now: a later "the deal" adds to it only where the target is named again.
  open.object = object.id;
  return [made];
}

/**
 * The subjects coordinated with `first` on its side of the trigger ("Siemens und Bosch"): only
 * where a list joiner stands between them, so that a comma between two clauses joins nothing.
 */
function conjuncts(ctx: SentenceContext, first: SMention, types: readonly EntityType[], tFrom: number, objects: readonly SMention[], forward = false): SMention[] {
  let list = coordinated(ctx, first, types, first.from < tFrom ? -1 : 1).filter((m) => !objects.includes(m));
  // A subject taken as the sentence's first name opens its list ("Acme Holding ve Quillon
  // Teknoloji, Boltway'e yatırım yaptı"): the list runs forward, up to the comma that closes the
  // subject (a Turkish subject's comma; without it the list may be a possessor's, "Microsoft ve Nvidia'nın").
  if (list.length < 2 && forward && first.from < tFrom) {
    const ahead = coordinated(ctx, first, types, 1).filter((m) => !objects.includes(m) && m.to <= tFrom);
    if (ahead.length >= 2 && isComma(ctx.words[ahead[ahead.length - 1].to]?.text ?? '')) list = ahead;
  }
  if (list.length < 2) return [first];
  const from = Math.min(...list.map((m) => m.from));
  const to = Math.max(...list.map((m) => m.to));
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  // "Microsoft has backed OpenAI and Google has partnered …": a list right after another trigger is that trigger's object list.
  const anyTrigger = triggerPhrases(ctx.pack, '*', () => ctx.pack.relations.triggers.flatMap((t) => t.forms));
  if (from > 0 && first.from < tFrom && anyTrigger.match(ctx.words, from - 1)) return [first];
  // A joiner glued to the next word counts too ("أكمي وشركة بولتواي").
  const glued = ctx.words.slice(from, to).some((w) => gluedJoiner(ctx, w));
  return joiners.find(ctx.words, from, to) >= 0 || glued ? list : [first];
}

/** Lower-case words a passive agent's description may hold before its name ("par l'armateur CMA CGM"). */
const AGENT_DESCRIPTION_WORDS = 2;
/** How far after its patient the agent of a noun may stand ("le rachat d'Altice Media, maison mère de BFMTV, par CMA CGM"). */
const NOUN_AGENT_WINDOW = 16;
/** How far an auxiliary may stand from its participle ("was quietly acquired", "wurde 2021 von Acme übernommen"). */
const AUX_WINDOW = 6;
/** Words of an adverbial between a passive participle and its agent ("founded in 2015 by"). */
const PASSIVE_ADVERBIAL_WORDS = 2;
/** How far the auxiliary of a verb-final clause may stand from the participle closing it (the middle field between). */
const VERB_FINAL_AUX_WINDOW = 10;

/**
 * A passive clause around a trigger: an auxiliary (where the language has one) and an agent
 * marked by the pack's passive prepositions, after the verb ("acquired by Acme"), between the
 * auxiliary and a verb-final participle ("wurde von Acme übernommen"), or as a postposition
 * after the agent ("Acme tarafından"). The patient is the nearest mention of the object types
 * before the auxiliary, else after the verb. `null`: a passive whose patient is a description, not a name (no claim).
 *   en.acquired.acquire.passive   "Beta Labs was acquired by Acme Corp."
 */
function passiveArgs(ctx: SentenceContext, tFrom: number, tTo: number, agentTypes: readonly EntityType[], patientTypes: readonly EntityType[], state = false): { agent: SMention; patient: SMention } | null | undefined {
  const { pack, words } = ctx;
  if (pack.relations.passiveAgents.length === 0) return undefined;
  const agents = set(ctx, 'passiveAgents', pack.relations.passiveAgents);
  const dets = set(ctx, 'determiners', pack.entities.determiners);
  const companyNouns = set(ctx, 'companyNouns', pack.entities.companyNouns);
  const auxes = set(ctx, 'passiveAuxiliaries', pack.relations.passiveAuxiliaries);
  const needsAux = pack.relations.passiveAuxiliaries.length > 0;
  // A participle closing a verb-final clause may stand the whole middle field from its auxiliary ("werd in 2020 door de Amerikaanse Acme Corp overgenomen").
  const auxWindow = pack.verbFinalClauses && clauseEndsAt(ctx, tTo) ? VERB_FINAL_AUX_WINDOW : AUX_WINDOW;
  const auxFound = needsAux ? lastIndexOf(ctx, auxes, Math.max(0, tFrom - auxWindow), tFrom) : -1;
  // Not the auxiliary of another clause: "Kalvon is buying Dorta, a startup founded … by X" (a comma or a name between).
  // (Where the participle closes the clause, the agent stands between them: "wurde von Acme übernommen".)
  const auxBefore = auxFound >= 0 && !words.slice(auxFound + 1, tFrom).some((w) => isComma(w.text)) && (pack.verbFinalClauses || !ctx.mentions.some((m) => m.from > auxFound && m.to <= tFrom && m.type !== 'Location')) ? auxFound : -1;
  const auxAfter = needsAux && pack.verbFinalClauses && auxes.match(words, tTo) ? tTo : -1;
  if (state && auxBefore < 0 && auxAfter < 0) return undefined;
  // After a noun, a preposition that also means "of" marks its subject or patient, not an agent
  // ("der Einstieg von Lufthansa bei Ita", "die Übernahme von ProSiebenSat.1").
  const noun = isNounTrigger(ctx, tFrom, tTo);
  const ofPreps = set(ctx, 'titleOrgPreps', pack.titleOrgPreps);
  const stopwords = stopwordsOf(pack);
  const stop = (w: Word) => stopwords.has(w.fold);
  /** The mention an agent preposition at k introduces (articles may stand between). */
  const introduced = (k: number): SMention | undefined => {
    const m = agents.match(words, k);
    if (!m) return undefined;
    if (noun && auxBefore < 0 && ofPreps.match(words, k)?.length === m.length) return undefined;
    let j = k + m.length;
    // Articles and company nouns ("من قبل شركة أكمي"); an investment arm, which stands for its parent ("by the venture arm of Salesforce").
    const arms = set(ctx, 'armPhrases', pack.relations.armPhrases);
    while (j < words.length && (dets.match(words, j) || companyNouns.match(words, j) || arms.match(words, j))) j += arms.match(words, j)?.length ?? 1;
    // "par l'armateur CMA CGM", "by rival Acme": a description of up to two lower-case words before the name.
    for (let d = 0; d < AGENT_DESCRIPTION_WORDS && !ctx.mentions.some((x) => x.from === j); d++) {
      // A company noun may be capitalised ("von dem amerikanischen Konzern Acme").
      const head = words[j]?.kind === 'word' && pack.entities.companyHeads.includes(words[j].fold);
      if (words[j]?.kind !== 'word' || (!/^\p{Ll}/u.test(words[j].text) && !head) || agents.match(words, j) || stop(words[j])) break;
      j++;
    }
    return ctx.mentions.find((x) => x.from === j && agentTypes.includes(x.type));
  };
  let agent: SMention | undefined;
  // After the verb: "acquired by Acme", "racheté par Acme", "adquirida por Acme", "من قبل".
  // Without an auxiliary only a participle right before its agent reads as passive ("Beta, backed by Sequoia").
  // In a verb-second clause a verb with no auxiliary is finite unless it opens an apposition:
  // "übernimmt von Bosch die Anteile" takes them from Bosch; "Beta, übernommen von Acme, …" is passive.
  const finite = finiteVerb(ctx, tFrom, tTo);
  // After an auxiliary a short adverbial may stand between ("was founded in 2015 by", "was acquired last year by").
  const reach = auxBefore >= 0 ? PASSIVE_ADVERBIAL_WORDS + 1 : !needsAux ? 2 : 1;
  for (let k = tTo; !finite && k < Math.min(words.length, tTo + reach) && !agent; k++) {
    if (k > tTo && (words[k - 1].kind === 'punct' || ctx.mentions.some((m) => m.from === k - 1))) break;
    agent = introduced(k);
  }
  // A noun with its patient first: "de overname van Stada door Bain", "le rachat d'Altice Media, …, par CMA CGM",
  // "the acquisition of Beta by Acme": the agent follows the patient.
  let patientFirst: SMention | undefined;
  // Not after a finite verb: "kauft Boltway von Siemens" buys from Siemens.
  // Nor after a verb with its subject before it, nor across a relative clause: in "Acme bought Boltway, which was
  // founded by Jane Roe" the agent is the founder's.
  const subjectBefore = !noun && ctx.mentions.some((m) => m.to <= tFrom && agentTypes.includes(m.type));
  if (!agent && !finite && !subjectBefore) {
    const p = after(ctx, tTo, patientTypes, PREP_WINDOW)[0];
    if (p) {
      const relatives = set(ctx, 'relativePronouns', pack.relations.relativePronouns);
      for (let k = p.to; k < Math.min(words.length, p.to + NOUN_AGENT_WINDOW) && !agent; k++) {
        if (words[k].text === '.' || set(ctx, 'complementisers', pack.relations.complementisers).match(words, k) || (isComma(words[k].text) && relatives.match(words, k + 1))) break;
        agent = introduced(k);
      }
      if (agent) patientFirst = p;
    }
  }
  // An attributive participle between an article and its noun: "het door Nvidia gesteunde Mistral AI",
  // "de door Acme Corp overgenomen chipmaker Beta Labs": the agent ends right before it, the patient is the name after it.
  if (!agent && pack.verbFinalClauses) {
    for (let k = Math.max(1, tFrom - AUX_WINDOW); k < tFrom && !agent; k++) {
      const a = dets.match(words, k - 1) ? introduced(k) : undefined;
      if (!a || a.to !== tFrom) continue;
      const p = after(ctx, tTo, patientTypes, DESCRIPTION_REACH + 1)[0];
      if (p && !ctx.mentions.some((m) => m.from >= tTo && m.to <= p.from)) return { agent: a, patient: p };
    }
  }
  // Verb-final: "wurde von Acme übernommen", "werd door Acme overgenomen".
  if (!agent && pack.verbFinalClauses && (auxBefore >= 0 || auxAfter >= 0)) {
    for (let k = Math.max(auxBefore + 1, tFrom - auxWindow); k < tFrom && !agent; k++) agent = introduced(k);
    // A subordinate clause puts the auxiliary at its end too: "…, dat in 2019 door Acme werd overgenomen".
    if (!agent && auxBefore === tFrom - 1) {
      for (let k = Math.max(0, auxBefore - AUX_WINDOW); k < auxBefore && !agent; k++) if (!clauseBreak(ctx, k, auxBefore)) agent = introduced(k);
    }
  }
  // Postposition: "Acme tarafından satın alındı".
  if (!agent && !needsAux) {
    for (let k = Math.max(1, tFrom - AUX_WINDOW); k <= tFrom - 1 && !agent; k++) {
      if (agents.match(words, k)) agent = ctx.mentions.find((x) => x.to === k && agentTypes.includes(x.type));
    }
  }
  if (!agent) return undefined;
  if (patientFirst) return { agent, patient: patientFirst };
  const agentId = agent.id;
  const edge = auxBefore >= 0 ? auxBefore : Math.min(tFrom, agent.from);
  // "La firma fundada por Eduardo Tricio": a participle right after a description has that description as its patient; no name is.
  // A round ("een ronde aangevoerd door Kiwi Capital") is the raising company's: the trigger's own rules read it.
  const rounds = set(ctx, 'roundNouns', pack.relations.roundNouns);
  if (auxBefore < 0 && tFrom >= 2 && !ctx.mentions.some((m) => m.to === tFrom) && words[tFrom - 1].kind === 'word' && /^\p{Ll}/u.test(words[tFrom - 1].text) && dets.match(words, tFrom - 2) && !rounds.match(words, tFrom - 1)) return null;
  // After a verb, a name after the agent is the patient only where no preposition makes it part of
  // another phrase ("…, oriundo de Solórzano"); after a noun "of" marks it ("de aankoop door Vodafone van Unitymedia").
  const named = before(ctx, edge, patientTypes, SUBJECT_WINDOW).find((m) => m.id !== agentId && ctx.doc.keys.get(m.id) !== ctx.doc.keys.get(agentId));
  if (named && nounPhraseBetween(ctx, named.to, edge)) {
    // "… in the company, which was founded in 2015 by Elon Musk": an organisation anaphor that the relative clause
    // hangs on is the patient; the company it refers to is the one of the last sentences.
    const a = orgAnaphorAt(ctx, named.to, edge);
    const rel = a >= 0 ? lastIndexOf(ctx, set(ctx, 'relativePronouns', pack.relations.relativePronouns), a, edge) : -1;
    const salient = rel > a && isComma(words[rel - 1].text) && !ctx.mentions.some((m) => m.from > a && m.to <= edge) ? salientOrg(ctx) : undefined;
    if (salient !== undefined && patientTypes.includes('Organization') && ctx.doc.keys.get(salient) !== ctx.doc.keys.get(agent.id)) {
      return { agent, patient: { id: salient, from: a, to: a, type: 'Organization', name: '' } };
    }
    return null;
  }
  // Not one of the agents' list ("Runway, backed by Google and Nvidia": Nvidia is an agent too).
  const agentList = new Set(coordinated(ctx, agent, agentTypes).map((m) => m.id));
  const patient =
    named ??
    after(ctx, tTo, patientTypes, ARGUMENT_WINDOW).find((m) => !agentList.has(m.id) && m.from > agent!.to && (noun || !(m.from > 0 && ofPreps.match(words, m.from - 1))));
  return patient ? { agent, patient } : undefined;
}

/**
 * A noun phrase of the sentence's own (a determiner and a lower-case noun, no name) stands in
 * [from, to), and no apposition opens at `from`: a participle after it describes that phrase,
 * not the name before it ("Acme bought the license, which was held by Boltway", "la licence
 * Gucci, actuellement détenue par Coty"). "Boltway, the chipmaker, was acquired by …" is an apposition.
 */
function nounPhraseBetween(ctx: SentenceContext, from: number, to: number): boolean {
  const { words } = ctx;
  if (words[from] !== undefined && isComma(words[from].text)) return false;
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  for (let k = from; k < to - 1; k++) {
    if (dets.match(words, k)?.length === 1 && /^\p{Ll}/u.test(words[k + 1].text) && mentionAt(ctx, k + 1) === undefined) return true;
  }
  return false;
}

/**
 * A finite verb of a verb-second clause: no passive auxiliary before it, no noun, not opening an
 * apposition ("Beta, übernommen von Acme, …" is passive). After it "von/van X" is not an agent.
 */
function finiteVerb(ctx: SentenceContext, tFrom: number, tTo: number): boolean {
  const { pack, words } = ctx;
  if (!pack.verbSecond || pack.relations.passiveAuxiliaries.length === 0 || isNounTrigger(ctx, tFrom, tTo)) return false;
  if (tFrom > 0 && isComma(words[tFrom - 1].text)) return false;
  const auxes = set(ctx, 'passiveAuxiliaries', pack.relations.passiveAuxiliaries);
  return lastIndexOf(ctx, auxes, Math.max(0, tFrom - AUX_WINDOW), tFrom) < 0;
}

/** How many commas stand before word `to`. */
function commasBefore(ctx: SentenceContext, to: number): number {
  let n = 0;
  for (let k = 0; k < to; k++) if (isComma(ctx.words[k].text)) n++;
  return n;
}

/** The mention stands in an aside set off by commas that closes before word `to` ("…, das 2005 von Bayer abgespalten wurde, …"). */
function betweenCommas(ctx: SentenceContext, m: SMention, to: number): boolean {
  let open = false;
  for (let k = m.from - 1; k >= 0 && !open; k--) if (isComma(ctx.words[k].text)) open = true;
  if (!open) return false;
  for (let k = m.to; k < to; k++) if (isComma(ctx.words[k].text)) return true;
  return false;
}

/** Index of the '(' that opens the bracket word `at` stands in, or -1 outside any bracket. */
function bracketOf(ctx: SentenceContext, at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    if (ctx.words[k].text === ')') return -1;
    if (ctx.words[k].text === '(') return k;
  }
  return -1;
}

/** Words a preposition may stand before the name it governs ("al grupo de lujo LVMH"). */
const PREPOSITION_REACH = 4;

/** A relation's preposition within PREPOSITION_REACH words before word `at`, no punctuation between. */
function prepositionWithin(ctx: SentenceContext, at: number): boolean {
  const preps = relationPrepositions(ctx);
  for (let k = at - 1; k >= Math.max(0, at - PREPOSITION_REACH); k--) {
    if (ctx.words[k].kind === 'punct') return false;
    if (preps.match(ctx.words, k)) return true;
  }
  return false;
}

function lastIndexOf(ctx: SentenceContext, s: ReturnType<typeof set>, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (s.match(ctx.words, k)) return k;
  return -1;
}

/**
 * Whether two mentions are joined by a list joiner, with nothing but commas beside it: a comma
 * alone is no list ("Nvidia, Turkcell'e … tedarik edecek" marks a subject).
 */
function sameList(ctx: SentenceContext, a: SMention, b: SMention): boolean {
  const [x, y] = a.from < b.from ? [a, b] : [b, a];
  if (y.from <= x.to) return false;
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  let joined = false;
  for (let k = x.to; k < y.from; ) {
    const w = ctx.words[k];
    if (w.text === ',' || w.text === '،') k++;
    else {
      const m = joiners.match(ctx.words, k);
      if (!m) return false;
      joined = true;
      k += m.length;
    }
  }
  return joined;
}

const packLists = new WeakMap<LanguagePack, { compoundTails: string[] }>();

/** Word lists derived from a pack's triggers, built once per pack. */
function listsOf(pack: LanguagePack): { compoundTails: string[] } {
  let l = packLists.get(pack);
  if (!l) {
    l = { compoundTails: pack.relations.triggers.flatMap((t) => t.forms.filter((f) => f.startsWith('-'))) };
    packLists.set(pack, l);
  }
  return l;
}

/** A trigger written as the tail of a compound ("-backed", "-Mutter", "-owned") starts at word k. */
function compoundTriggerAt(ctx: SentenceContext, k: number): boolean {
  return set(ctx, '*compoundTails', listsOf(ctx.pack).compoundTails).match(ctx.words, k) !== undefined;
}

/** The word before the mention (past articles, quotation marks and company nouns) is one of the pack's prepositions, not a list joiner: the name is that preposition's. */
function behindPreposition(ctx: SentenceContext, m: SMention): boolean {
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  const nouns = set(ctx, 'companyNouns', ctx.pack.entities.companyNouns);
  let k = m.from - 1;
  while (k >= 0 && (dets.match(ctx.words, k) || nouns.match(ctx.words, k) || ctx.words[k].kind === 'punct' && ctx.words[k].text !== ',' && ctx.words[k].text !== '،')) k--;
  // A word of a name is no preposition ("أحمد علي": Ali, not "على").
  if (k < 0 || mentionAt(ctx, k) !== undefined) return false;
  if (set(ctx, 'listJoiners', ctx.pack.relations.listJoiners).match(ctx.words, k)) return false;
  // "اشترت كالفون 10% من شركة دورتا": a partitive preposition after a percentage makes the name the share's company.
  if (set(ctx, 'partitivePreps', ctx.pack.relations.partitivePreps).match(ctx.words, k) && ctx.quantities.some((q) => q.kind === 'percent' && q.to === k)) return false;
  return relationPrepositions(ctx).match(ctx.words, k) !== undefined;
}

/** Modifiers between a possessive and its business noun ("its chip unit"). */
const BUSINESS_MODIFIERS = 2;

/** A possessive opens a phrase at word `at` headed by a subsidiary or business noun ("son activité", "its chip unit", "su filial"). */
export function possessedBusiness(ctx: SentenceContext, at: number): boolean {
  const p = set(ctx, 'possessivePronouns', ctx.pack.relations.possessivePronouns).match(ctx.words, at);
  if (!p) return false;
  const nouns = set(ctx, 'subsidiaryNouns', ctx.pack.relations.subsidiaryNouns);
  for (let k = at + p.length; k <= at + p.length + BUSINESS_MODIFIERS && k < ctx.words.length; k++) {
    if (nouns.match(ctx.words, k)) return true;
    if (ctx.words[k].kind !== 'word' || mentionAt(ctx, k) !== undefined) return false;
  }
  return false;
}

/**
 * A preposition stands right before word `at` (determiners between), at or after word `from`: "sa division beauté à
 * L’Oréal" (yes), "concentrado en su filial Artiach" (the preposition is before the trigger: no).
 */
function prepositionBefore(ctx: SentenceContext, at: number, from: number): boolean {
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  let k = at - 1;
  while (k >= from && dets.match(ctx.words, k)) k--;
  return k >= from && relationPrepositions(ctx).match(ctx.words, k) !== undefined;
}

/** The trigger's last word, or the preposition right after it, ends in an object pronoun of the pack ("اشترتها", "عليها"). */
function gluedObjectPronoun(ctx: SentenceContext, t: TriggerEntry, tTo: number): boolean {
  const suffixes = ctx.pack.relations.objectPronounSuffixes;
  if (suffixes.length === 0) return false;
  const ends = (k: number, stems: readonly string[]) => {
    const w = ctx.words[k];
    // A final alif maqsura is written ya before a suffix ("على" + "ها" = "عليها").
    return w !== undefined && suffixes.some((x) => w.fold.endsWith(x) && stems.map((s) => s.replace(/ى$/u, 'ي')).some((s) => w.fold === s + x || w.fold === `و${s}${x}`));
  };
  const verbForms = t.forms.map((f) => f.split(' ').pop()!);
  // "استحواذها على شركة بلسم": with its preposition and object after it, the suffix is the noun's possessor.
  const prepAfter = (t.objectPreps ?? []).length > 0 && objectPrepsOf(ctx, t).match(ctx.words, tTo) !== undefined;
  return (ends(tTo - 1, verbForms) && !prepAfter) || pronounPreposition(ctx, t, tTo);
}

/** The preposition right after the trigger holds the object pronoun ("استحوذت عليها"). */
function pronounPreposition(ctx: SentenceContext, t: TriggerEntry, tTo: number): boolean {
  const w = ctx.words[tTo];
  const stems = (t.objectPreps ?? []).map((s) => s.replace(/ى$/u, 'ي'));
  return w !== undefined && ctx.pack.relations.objectPronounSuffixes.some((x) => stems.some((s) => w.fold === s + x));
}

/**
 * A complementiser carrying a subject pronoun stands right before the verb ("أعلنت شركة «آب في»
 * إنها ستشتري شركة «اليرغان»" = "AbbVie announced that it will buy Allergan"): the verb's subject
 * is that pronoun, so the name after the verb is its object, and the subject is found before.
 *   ar.acquired.ishtarat  "أعلنت شركة «آب في» إنها ستشتري شركة «اليرغان»" → آب في ACQUIRED اليرغان
 */
function pronounComplementiser(ctx: SentenceContext, tFrom: number): boolean {
  const w = ctx.words[tFrom - 1];
  const suffixes = ctx.pack.relations.objectPronounSuffixes;
  if (!w || suffixes.length === 0) return false;
  return ctx.pack.relations.complementisers.some((c) => suffixes.some((x) => w.fold === foldWord(c + x) || w.fold === foldWord(`${c}${x}م`)));
}

/** Verb-first clauses: the subject right after the verb, a company noun and quotation marks between ("اشترت شركة «أدوية الحكمة»"). */
function nextSubject(ctx: SentenceContext, tTo: number, types: readonly EntityType[], pronounWords = 0): SMention | undefined {
  const m = after(ctx, tTo, types)[0];
  if (!m) return undefined;
  // "واستحوذت عليها شركة أرامكو": the preposition holding the object pronoun stands before the subject.
  let words = -pronounWords;
  // A form of address or description before a person ("أسس رجل الأعمال محمد العبار …") does not count.
  const address = m.type === 'Person' ? set(ctx, 'honorifics', ctx.pack.entities.honorifics) : undefined;
  for (let k = tTo; k < m.from; k++) {
    const h = address?.match(ctx.words, k);
    if (h && k + h.length <= m.from) {
      k += h.length - 1;
      continue;
    }
    if (ctx.words[k].kind === 'word') words++;
  }
  return words <= NEXT_SUBJECT_WINDOW ? m : undefined;
}

/** An auxiliary stands before `tFrom` in its clause (no comma between): "hatte … übernommen", "heeft … overgenomen". */
function auxiliaryBefore(ctx: SentenceContext, tFrom: number): boolean {
  const auxes = set(ctx, 'auxiliaries', [...ctx.pack.relations.perfectAuxiliaries, ...ctx.pack.relations.passiveAuxiliaries]);
  for (let k = tFrom - 1; k >= 0; k--) {
    if (clauseBreak(ctx, k, k + 1)) return false;
    if (auxes.match(ctx.words, k)) return true;
  }
  return false;
}

/** The clause ends at word k: punctuation, the sentence's end, or an auxiliary after a participle ("übernommen hat", "overgenomen werd"). */
function clauseEndsAt(ctx: SentenceContext, k: number, tails = true): boolean {
  const w = ctx.words[k];
  if (!w || w.kind === 'punct') return true;
  if (set(ctx, 'passiveAuxiliaries', ctx.pack.relations.passiveAuxiliaries).match(ctx.words, k) !== undefined || set(ctx, 'perfectAuxiliaries', ctx.pack.relations.perfectAuxiliaries).match(ctx.words, k) !== undefined) return true;
  // "…, Bosch übernehmen zu wollen.": a modal or the infinitive marker after the verb, then the clause's end.
  const tail = tails ? set(ctx, 'verbFinalTails', ctx.pack.relations.verbFinalTails).match(ctx.words, k) : undefined;
  return tail !== undefined && clauseEndsAt(ctx, k + tail.length, false);
}


/** How many words a continued object ("and $30 million in C") may take after its joiner. */
const CONTINUATION_WINDOW = 8;

/**
 * "A invested $10 million in B and $30 million in C": after the first object, a list joiner,
 * an amount and the trigger's preposition again name another object, with its own amount.
 */
function continuedObjects(ctx: SentenceContext, t: TriggerEntry, first: SMention, types: readonly EntityType[]): SMention[] {
  if ((t.object ?? 'after') !== 'after') return [];
  if (!t.objectPreps?.length) return t.reversed ? [] : datedObjects(ctx, first, types);
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  const preps = objectPrepsOf(ctx, t);
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  const out: SMention[] = [];
  let cur = first;
  for (;;) {
    let k = cur.to;
    if (ctx.words[k]?.text === ',') k++;
    const j = joiners.match(ctx.words, k);
    if (!j) break;
    k += j.length;
    const money = ctx.quantities.find((q) => isDealMoney(q) && q.from === k);
    if (!money) break;
    k = money.to;
    const p = preps.match(ctx.words, k);
    if (!p) break;
    k += p.length;
    while (k < ctx.words.length && k - cur.to < CONTINUATION_WINDOW && dets.match(ctx.words, k)) k++;
    const next = ctx.mentions.find((m) => m.from === k && types.includes(m.type));
    if (!next) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/**
 * "acquired Two Roads Hospitality in 2018 and Apple Leisure Group in 2021": objects each with a
 * date of its own, joined after the first one's date.
 *   en.acquired.acquire  → Hyatt ACQUIRED Two Roads Hospitality, Hyatt ACQUIRED Apple Leisure Group
 */
function datedObjects(ctx: SentenceContext, first: SMention, types: readonly EntityType[]): SMention[] {
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  const out: SMention[] = [];
  let cur = first;
  for (;;) {
    let k = cur.to;
    // The date: a year, behind a preposition or not ("in 2018", "en 2018", "2018'de").
    while (k < ctx.words.length && k - cur.to < 2 && ctx.words[k].kind === 'word' && /^\p{Ll}/u.test(ctx.words[k].text) && !joiners.match(ctx.words, k)) k++;
    const year = ctx.quantities.find((q) => q.kind === 'year' && q.from === k);
    if (!year) break;
    k = year.to;
    if (ctx.words[k]?.text === ',') k++;
    const j = joiners.match(ctx.words, k);
    if (!j) break;
    k += j.length;
    while (k < ctx.words.length && dets.match(ctx.words, k)) k++;
    const next = ctx.mentions.find((m) => m.from === k && types.includes(m.type));
    if (!next) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** With several objects, each one's own figure: the last amount between the previous object (or the trigger) and it. */
function amountsPerObject(ctx: SentenceContext, tTo: number, objects: readonly SMention[]): Map<number, Quantity> {
  const out = new Map<number, Quantity>();
  if (objects.length < 2) return out;
  let from = tTo;
  for (const o of [...objects].sort((a, b) => a.from - b.from)) {
    const q = ctx.quantities.filter((x) => isDealMoney(x) && x.from >= from && x.to <= o.from).pop();
    if (q) out.set(o.id, q);
    from = o.to;
  }
  // Only where every object has its own figure; otherwise one figure is shared and stays as it is.
  return out.size === objects.length ? out : new Map();
}

const compiledCache = new WeakMap<LanguagePack, ReadonlyArray<readonly [TriggerEntry, PhraseSet]>>();

/** Each trigger of the pack with its forms compiled, once per pack (looked up for every sentence). */
function compiledTriggers(pack: LanguagePack): ReadonlyArray<readonly [TriggerEntry, PhraseSet]> {
  let c = compiledCache.get(pack);
  if (!c) {
    // Round verbs first: the round noun they take is no trigger for the others.
    const ordered = [...pack.relations.triggers.filter((t) => t.roundObject), ...pack.relations.triggers.filter((t) => !t.roundObject)];
    c = ordered.map((t) => [t, triggerPhrases(pack, `${t.relation}:${t.id}`, () => t.forms)] as const);
    compiledCache.set(pack, c);
  }
  return c;
}

/**
 * "It will also acquire Quillon": a subject pronoun for an organisation a few words before the
 * verb, with no name between, and the pronoun opening its clause (not "acquire it").
 */
/** Words from a sentence's opening anaphor to its predicate's trigger ("The company has signed a definitive agreement to acquire …"). */
const OPENING_ANAPHOR_REACH = 10;

/**
 * The sentence opens with an anaphor ("The company", "The diversified textile manufacturer") and
 * only its predicate's lower-case words stand between it and the trigger: no name, no comma, no
 * figure. That clause's subject is the anaphor, however many auxiliaries and control verbs follow it.
 *   en.acquired.acquire.anaphor  "Kalvon Corp reported results. The company has signed a definitive agreement to acquire Dorta." → Kalvon Corp ACQUIRED Dorta
 */
function openingAnaphor(ctx: SentenceContext, tFrom: number): boolean {
  if (tFrom > OPENING_ANAPHOR_REACH || orgAnaphorAt(ctx, 0, 1) !== 0) return false;
  for (let k = 1; k < tFrom; k++) if (ctx.words[k].kind !== 'word' || mentionAt(ctx, k) !== undefined) return false;
  return true;
}

/** Sentences back to the one whose subject a sentence without one is about. */
const TOPIC_SENTENCES = 2;
/** Words that may open a clause before its verb when the subject is left out ("También", "Por otro lado,", "Ayrıca", "كما"). */
const NULL_SUBJECT_OPENING = 4;

/**
 * The subject a verb without one is about: the subject of the last claim in the previous
 * TOPIC_SENTENCES sentences, when every organisation or person of this sentence is one of the
 * verb's objects and the verb opens the sentence (SVO and VSO: only adverbs, figures and commas
 * before it, no article that could open a subject; SOV: anything but a name). Undefined otherwise.
 */
function nullSubjectTopic(ctx: SentenceContext, tFrom: number, objects: readonly SMention[], types: readonly EntityType[]): number | undefined {
  const topic = ctx.doc.topic;
  if (topic === undefined || topic.sentence >= ctx.index || ctx.index - topic.sentence > TOPIC_SENTENCES) return undefined;
  const type = ctx.doc.types.get(topic.subject);
  if (type === undefined || !types.includes(type)) return undefined;
  if (ctx.mentions.some((m) => (m.type === 'Organization' || m.type === 'Person') && !objects.includes(m))) return undefined;
  if (ctx.pack.wordOrder !== 'SOV') {
    if (tFrom > NULL_SUBJECT_OPENING) return undefined;
    const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
    const anaphors = set(ctx, 'orgAnaphors', ctx.pack.entities.orgAnaphors);
    for (let k = 0; k < tFrom; k++) {
      const w = ctx.words[k];
      if (dets.match(ctx.words, k) || anaphors.match(ctx.words, k) || mentionAt(ctx, k) !== undefined) return undefined;
      if (w.kind === 'punct' && !isComma(w.text)) return undefined;
    }
  }
  return topic.subject;
}

function pronounSubject(ctx: SentenceContext, tFrom: number, types: readonly EntityType[]): boolean {
  const pronouns = set(ctx, 'orgSubjectPronouns', ctx.pack.relations.orgSubjectPronouns);
  const personal = set(ctx, 'personPronouns', ctx.pack.entities.personPronouns);
  for (let k = tFrom - 1; k >= Math.max(0, tFrom - ANAPHOR_WINDOW); k--) {
    const w = ctx.words[k];
    if (w.kind !== 'word' || mentionAt(ctx, k) !== undefined) return false;
    if (!pronouns.match(ctx.words, k)) continue;
    // "il", "elle" stand for persons too: where the relation takes a person and the text named one, the pronoun is not the company's.
    if (personal.match(ctx.words, k) && types.includes('Person') && ctx.doc.lastPerson !== undefined) return false;
    return k === 0 || /^[,;:"“”(]$/u.test(ctx.words[k - 1].text) || set(ctx, 'complementisers', ctx.pack.relations.complementisers).match(ctx.words, k - 1) !== undefined;
  }
  return false;
}

/** Words between a reporting verb and its speaker (", Acme Corp said", "wie Acme am Donnerstag mitteilte", "a annoncé jeudi Acme"). */
const SPEAKER_WINDOW = 6;

/**
 * The organisation that reports the sentence, after a comma following the trigger's objects:
 * ", Acme Corp said", ", wie Acme Corp mitteilte", ", a annoncé Acme Corp", ", según ha informado Acme Corp".
 * Sources ("according to Reuters") are not speakers: they report on others.
 *   en.acquired.acquire.speaker  "The German chipmaker will buy Boltway Systems, Acme Corp said." → Acme Corp ACQUIRED Boltway Systems
 */
function reportingSpeaker(ctx: SentenceContext, tTo: number, objects: readonly SMention[]): SMention | undefined {
  const { words } = ctx;
  const reporting = set(ctx, 'reporting', ctx.pack.claimStatus.reporting);
  const sources = set(ctx, 'sourcePhrases', ctx.pack.relations.sourcePhrases);
  const start = Math.max(tTo, ...objects.map((o) => o.to));
  let comma = -1;
  for (let k = start; k < words.length; k++) if (isComma(words[k].text)) { comma = k; break; }
  if (comma < 0) return undefined;
  const candidates = ctx.mentions.filter((m) => m.type === 'Organization' && m.from > comma && !objects.includes(m));
  if (candidates.length !== 1) return undefined;
  const m = candidates[0];
  const said = reporting.find(words, Math.max(comma, m.from - SPEAKER_WINDOW), Math.min(words.length, m.to + SPEAKER_WINDOW));
  // "según ha informado Acme" reports; "según Reuters" does not.
  const source = sources.find(words, comma, m.from);
  if (source >= 0 && !(said > source && said < m.from)) return undefined;
  return said >= 0 ? m : undefined;
}

/** Whether a stake noun stands in words [from, to), not as part of a price per share ("$83.50 per share in an all-cash deal for Kellanova"). */
/**
 * An amount of money stands right after the verb at `tTo`, before word `to`: the verb's object ("buy $30 billion of
 * capacity"). Behind a preposition it is a price ("une offre d’achat de 8 milliards … à Entain").
 */
/**
 * Goods stand between a buying verb and the company after them ("achète ses batteries à X",
 * "buys its chips from X"): a lower-case noun that is no stake, company or holder noun, then a
 * preposition right before the company. 'seller' where that preposition names whom one buys from
 * (the pack's seller and dative-seller prepositions), 'other' for another one ("koopt batterijen
 * bij X" is no takeover either) or for a unit bought ("la división de baterías"), undefined where
 * no goods stand there.
 */
function goodsBefore(ctx: SentenceContext, t: TriggerEntry, tTo: number, at: number): 'seller' | 'other' | undefined {
  const { words, pack } = ctx;
  // A count may open the noun phrase ("compra tres plantas … a Acindar"); money or a share between is what is bought.
  const countWord = set(ctx, 'countWords', pack.entities.countWords).match(words, tTo);
  const counted = ctx.quantities.find((q) => q.from === tTo && q.kind === 'number')?.to ?? (countWord ? tTo + countWord.length : undefined);
  const count = counted === undefined ? undefined : { from: tTo, to: counted };
  if (ctx.mentions.some((m) => m.from >= tTo && m.to <= at) || ctx.quantities.some((q) => !(q.from === tTo && q.kind === 'number') && q.from >= tTo && q.to <= at)) return undefined;
  const dets = set(ctx, 'determiners', pack.entities.determiners);
  const companyNouns = set(ctx, 'companyNouns', pack.entities.companyNouns);
  let p = at - 1;
  while (p > tTo && (dets.match(words, p) || companyNouns.match(words, p))) p--;
  const preps = relationPrepositions(ctx);
  if (p <= tTo || !preps.match(words, p)) return undefined;
  if (t.objectPreps?.length && objectPrepsOf(ctx, t).match(words, p)) return undefined;
  const stakes = set(ctx, 'stakeNouns', pack.relations.stakeNouns);
  const holders = set(ctx, 'holderNouns', pack.relations.holderNouns);
  const possessives = set(ctx, 'possessivePronouns', pack.relations.possessivePronouns);
  // A noun phrase: an article or possessive, then lower-case words ("ses batteries"); "absorberá e integrará a X" holds none.
  if (!(dets.match(words, tTo) || possessives.match(words, tTo) || count)) return undefined;
  const joiners = set(ctx, 'listJoiners', pack.relations.listJoiners);
  const subsidiaries = set(ctx, 'subsidiaryNouns', pack.relations.subsidiaryNouns);
  // "compra la división de baterías a X": a unit bought from X is no supply, nor X bought; nor are plants ("compra tres plantas … a Acindar").
  if (hasBetween(ctx, subsidiaries, tTo, p) || hasBetween(ctx, set(ctx, 'facilityNouns', Object.keys(pack.entities.facilityNouns)), tTo, p)) return 'other';
  let noun = false;
  for (let k = count ? count.to : tTo; k < p; k++) {
    const w = words[k];
    // "plantas de tubos y perfiles": a joiner between lower-case nouns joins goods; one before a name starts another buyer.
    if (k > tTo && joiners.match(words, k) && /^\p{Ll}/u.test(words[k - 1]?.text ?? '') && /^\p{Ll}/u.test(words[k + 1]?.text ?? '')) continue;
    if (w.kind !== 'word' || joiners.match(words, k)) return undefined;
    if (stakes.match(words, k) || holders.match(words, k) || companyNouns.match(words, k)) return undefined;
    if (dets.match(words, k) || possessives.match(words, k)) continue;
    if (!/^\p{Ll}/u.test(w.text) && !pack.capitalisesNouns) return undefined;
    noun = true;
  }
  if (!noun) return undefined;
  const sellers = set(ctx, 'goodsSellerPreps', [...pack.relations.sellerPreps, ...pack.relations.dativeSellerPreps]);
  return sellers.match(words, p) ? 'seller' : 'other';
}

/** The mention ends in a possessive ("IAG's", "Meta’s"): it names whose the next word is. */
function possessorOf(ctx: SentenceContext, m: SMention): boolean {
  const last = ctx.words[m.to - 1];
  // "Kalvon Labs' round": a bare apostrophe glued after a name ending in s.
  const bare = ctx.words[m.to] !== undefined && /^['’]$/u.test(ctx.words[m.to].text) && ctx.words[m.to].glued && /s$/iu.test(last.text);
  return (last.stem !== last.text && APOSTROPHE_GENITIVE.test(last.text)) || bare;
}

/**
 * A list joiner between `from` and `to` right after a lower-case word, with no preposition after it: "van chemische
 * gassen en investeerder X" (X is the next item), not "of electronics and information technology to the Pentagon".
 */
function joinedAfterGoods(ctx: SentenceContext, from: number, to: number): boolean {
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  const preps = relationPrepositions(ctx);
  for (let k = from + 1; k < to; k++) {
    if (!joiners.match(ctx.words, k) || ctx.words[k - 1].kind !== 'word' || !/^\p{Ll}/u.test(ctx.words[k - 1].text) || mentionAt(ctx, k - 1) !== undefined) continue;
    if (preps.find(ctx.words, k + 1, to) < 0) return true;
  }
  return false;
}

/**
 * A subsidiary or business noun between the trigger and the name, with a preposition after it: "des activités
 * respiratoires de son concurrent Takeda", "the chip unit of X". A noun right before the name is its cue instead
 * ("la filiale Kestrel" names the unit bought).
 */
function partBefore(ctx: SentenceContext, tTo: number, to: number): boolean {
  const nouns = set(ctx, 'subsidiaryNouns', ctx.pack.relations.subsidiaryNouns);
  const preps = relationPrepositions(ctx);
  for (let k = tTo; k < to; k++) {
    const n = nouns.match(ctx.words, k);
    if (!n) continue;
    for (let j = k + n.length; j < to; j++) if (preps.match(ctx.words, j)) return true;
  }
  return false;
}

function amountObject(ctx: SentenceContext, tTo: number, to: number): boolean {
  return ctx.quantities.some((x) => x.kind === 'money' && x.from === tTo && x.to <= to);
}

/**
 * A stake noun stands in [from, to), and after it a preposition follows another noun, not a stake noun ("interest in
 * dry gas-producing assets in …"); "50 % of the shares of X", "participation de 20 % dans le capital de X" stay a stake in X.
 */
function stakeInOtherNoun(ctx: SentenceContext, from: number, to: number): boolean {
  const stakes = set(ctx, 'stakeNouns', ctx.pack.relations.stakeNouns);
  const preps = relationPrepositions(ctx);
  // A price per share names no stake ("$83.50 per share in an all-cash deal for X").
  const perShare = set(ctx, 'perShare', ctx.pack.numbers.perShare);
  let k = from;
  while (k < to && (!stakes.match(ctx.words, k) || perShare.find(ctx.words, Math.max(from, k - 2), k + 1) >= 0)) k++;
  if (k >= to) return false;
  for (k += stakes.match(ctx.words, k)!.length; k < to; k++) {
    if (!preps.match(ctx.words, k)) continue;
    const noun = ctx.words[k - 1];
    if (noun.kind === 'word' && /^\p{Ll}/u.test(noun.text) && !stakes.match(ctx.words, k - 1) && !preps.match(ctx.words, k - 1) && !set(ctx, 'determiners', ctx.pack.entities.determiners).match(ctx.words, k - 1)) return true;
  }
  return false;
}

function stakeNounBetween(ctx: SentenceContext, from: number, to: number): boolean {
  const stakes = set(ctx, 'stakeNouns', ctx.pack.relations.stakeNouns);
  const perShare = set(ctx, 'perShare', ctx.pack.numbers.perShare);
  const priced = new Set<number>();
  for (let k = from; k < to; k++) {
    const p = perShare.match(ctx.words, k);
    if (p) for (let j = k; j < k + p.length; j++) priced.add(j);
  }
  for (let k = from; k < to; k++) if (!priced.has(k) && stakes.match(ctx.words, k)) return true;
  return false;
}


/** Whether a comitative preposition ("with", "avec", "junto a") stands right before the name, across articles and company nouns. */
function partnerBefore(ctx: SentenceContext, m: SMention): boolean {
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  const nouns = set(ctx, 'companyNouns', ctx.pack.entities.companyNouns);
  const comitative = set(ctx, 'comitativePreps', ctx.pack.relations.comitativePreps);
  let k = m.from;
  while (k > 0 && (dets.match(ctx.words, k - 1) || nouns.match(ctx.words, k - 1))) k--;
  for (let j = Math.max(0, k - COMITATIVE_WORDS); j < k; j++) if (comitative.match(ctx.words, j)?.length === k - j) return true;
  return false;
}

/** Longest comitative phrase ("in partnership with", "en alianza con"). */
const COMITATIVE_WORDS = 4;

/** Words a description may hold between an object's preposition and its name. */
const DESCRIBED_OBJECT_WORDS = 8;

/**
 * Index of an object preposition before `m` with a description between: the word after the
 * preposition is a company noun ("شركته", "the startup") and no other name or punctuation but
 * quotes stands before the name. -1 if none.
 */
function describedObjectPrep(ctx: SentenceContext, preps: PhraseSet, tTo: number, m: SMention): number {
  const nouns = set(ctx, 'companyNouns', ctx.pack.entities.companyNouns);
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  const lo = Math.max(tTo, m.from - DESCRIBED_OBJECT_WORDS);
  const at = lastIndexOf(ctx, preps, lo, m.from);
  if (at < 0) return -1;
  const endsInHead = endingTest(ctx.pack.entities.companyHeads, 0);
  // The company nouns without their article, which the preposition may have taken in ("du transporteur Aigle Azur").
  const bare = bareCompanyNouns(ctx.pack);
  let k = at + preps.match(ctx.words, at)!.length;
  while (k < m.from && dets.match(ctx.words, k)) k++;
  let headed = false;
  for (let j = k; j < m.from; j++) {
    const w = ctx.words[j];
    const inner = mentionAt(ctx, j);
    if ((w.kind === 'punct' && !/^["«»“”„]$/u.test(w.text)) || (inner !== undefined && inner.type !== 'Location')) return -1;
    // A company noun ("شركته" = his company) or a word a company head closes ("Robotik-Start-up", "startup").
    headed ||= nouns.match(ctx.words, j) !== undefined || bare.match(ctx.words, j) !== undefined || (w.kind === 'word' && endsInHead(w.fold));
  }
  return headed ? at : -1;
}
