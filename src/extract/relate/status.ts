/**
 * Claim status: whether a sentence asserts a relation, denies it, states it as a plan, a
 * possibility, or only talks, negotiations and rumours. Decided from the pack's
 * `claimStatus` words within the claim's clause; nothing here knows a language.
 *   status.negated   "Orbiton Group denied that it had invested in Quillon Labs." / "investiert nicht in"
 *   status.possible  "If regulators approve, Kestrel Foods would acquire Tessa Robotics" / "podría invertir"
 *   status.talks     "Kestrel Foods is in talks to acquire Tessa Robotics" / "en pourparlers"
 *   status.planned   "Orbiton plans to invest in Quillon" / "tiene previsto"
 * Only asserted claims (and planned PLANS_SPENDING) make or corroborate a fact (graph/build.ts).
 */
import type { LanguagePack } from '../../lang/types.js';
import type { ClaimStatus, ExtractedClaim } from '../../model/extraction.js';
import { endingTest } from '../endings.js';
import { phrases, titlePhrases, triggerPhrases, type PhraseSet, type Word } from '../words.js';

export { makesFact, type ClaimStatus } from '../../model/extraction.js';


/** Punctuation that closes a clause for a cue's scope (commas too: "If regulators approve, …" is its own clause). */
const CLAUSE_PUNCT = new Set([',', '،', ';', '؛', ':', '(', ')', '–', '—', '.', '!', '?', '"', '“', '”', '«', '»']);
/** How many words before a claim's first argument a modal, talks or plan cue may stand ("reportedly X", "قد تستثمر X"). */
const MODAL_REACH = 3;
/** Shortest word a status suffix may end ("yapmadı"; not "adı"): shorter words are other words. */
const MIN_SUFFIX_WORD = 6;
/**
 * How far (in words, a name or an amount counting as one) a negator may stand from the claim's
 * trigger: "did not acquire" (1), "does not currently plan to invest" (4), "hat sich nicht an
 * Quillon Labs beteiligt" (3), "لا تخطط مجموعة أوربيتون للاستثمار" (3). "Amazon has not been as
 * active in the field until its deal with Anthropic" negates being active, not the deal (5).
 */
const NEGATION_REACH = 4;
/** Words between a reporting verb and the modal of its future: "said on Wednesday it would" (3), "zei dat het bedrijf … zou" (4). */
const REPORT_REACH = 4;

/** Word span [from, to) of a claim in its sentence: its arguments, trigger and amount. */
export interface ClaimSpan {
  from: number;
  to: number;
  /** The argument mentions and amount inside it. */
  parts?: ReadonlyArray<{ from: number; to: number }>;
  /** The object's mention: the trigger is sought nearest to it ("Orbiton … acquired Quillon …, and … it would buy Tessa" → "buy"). */
  object?: { from: number; to: number };
}

interface StatusSets {
  negators: PhraseSet;
  denials: PhraseSet;
  modals: PhraseSet;
  conditionals: PhraseSet;
  talks: PhraseSet;
  plans: PhraseSet;
  exceptions: PhraseSet;
  breaks: PhraseSet;
  reporting: PhraseSet;
  futureInPast: PhraseSet;
}

const setsCache = new WeakMap<LanguagePack, StatusSets>();

/** The pack's status lists, compiled once (every claim asks for them, some twice). */
function setsOf(pack: LanguagePack): StatusSets {
  let sets = setsCache.get(pack);
  if (!sets) {
    sets = compileSets(pack);
    setsCache.set(pack, sets);
  }
  return sets;
}

function compileSets(pack: LanguagePack): StatusSets {
  const s = pack.claimStatus;
  return {
    negators: phrases(pack, 'status:negators', s.negators),
    denials: phrases(pack, 'status:denials', s.denials),
    modals: phrases(pack, 'status:modals', s.modals),
    conditionals: phrases(pack, 'status:conditionals', s.conditionals),
    talks: phrases(pack, 'status:talks', s.talks),
    plans: phrases(pack, 'status:plans', s.plans),
    exceptions: phrases(pack, 'status:exceptions', s.exceptions),
    breaks: phrases(pack, 'status:breaks', s.clauseBreaks),
    reporting: phrases(pack, 'status:reporting', s.reporting),
    futureInPast: phrases(pack, 'status:futureInPast', s.futureInPast),
  };
}

function isClausePunct(w: Word | undefined): boolean {
  return w !== undefined && w.kind === 'punct' && CLAUSE_PUNCT.has(w.text);
}

/**
 * Where the claim's trigger stands: the form of the rule that made it (read from its rule id,
 * `<lang>.<relation>.<trigger id>…`; titles for `*.title.*`, spending triggers for spending
 * claims) nearest the claim's span within [from, to), inside the span first. Undefined where the
 * rule has no listed forms (brand lists, joint amounts): status then falls back to the span.
 *   status.trigger   "Slim podría querer replicar …, después de que … dejar fuera a Polygon" → "dejar"
 */
export function triggerIndex(words: readonly Word[], pack: LanguagePack, ruleId: string, span: ClaimSpan, from: number, to: number): number | undefined {
  const set = triggerOf(pack, ruleId)?.set;
  if (!set) return undefined;
  // A verb stands next to its object in every word order (SVO, SOV, VSO); the subject may be far ("…, and it would buy").
  const anchor = span.object ?? span;
  let best: { i: number; d: number } | undefined;
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) {
    if (i >= span.from && i < span.to && insideMention(i, span)) continue;
    if (!set.match(words, i)) continue;
    const d = i >= anchor.from && i < anchor.to ? 0 : i < anchor.from ? anchor.from - i : i - anchor.to + 1;
    if (!best || d < best.d) best = { i, d };
  }
  return best?.i;
}

/** Spans of argument mentions are not searched for the trigger (a name may contain a trigger word). */
function insideMention(i: number, span: ClaimSpan): boolean {
  return span.parts?.some((p) => p.from <= i && i < p.to) ?? false;
}

/**
 * The forms of the trigger that made a claim, and whether its noun phrase presupposes the relation:
 * a trigger whose object is the name right after it ("buy rival Endeavor", "concurrenten Amazon")
 * states the relation whatever the clause's verb does ("said it would buy rival Endeavor").
 */
function triggerOf(pack: LanguagePack, ruleId: string): TriggerOf | undefined {
  let byRule = triggerOfCache.get(pack);
  if (!byRule) triggerOfCache.set(pack, (byRule = new Map()));
  let t = byRule.get(ruleId);
  if (t === undefined) {
    t = findTriggerOf(pack, ruleId) ?? null;
    byRule.set(ruleId, t);
  }
  return t ?? undefined;
}

type TriggerOf = { set: PhraseSet; presupposed: boolean };

/** Per pack, the answer of findTriggerOf per rule id (null: none); rule ids are few (rules × variants). */
const triggerOfCache = new WeakMap<LanguagePack, Map<string, TriggerOf | null>>();

function findTriggerOf(pack: LanguagePack, ruleId: string): TriggerOf | undefined {
  const [, relation, id] = ruleId.split('.');
  if (id === undefined) return undefined;
  if (id === 'title') return { set: titlePhrases(pack), presupposed: false };
  if (relation === 'plans_spending') return { set: phrases(pack, 'spendingTriggers', pack.relations.spendingTriggers), presupposed: false };
  const entries = pack.relations.triggers.filter((t) => t.id.toLowerCase() === id);
  const t = entries.find((e) => e.relation.toLowerCase() === relation) ?? entries[0];
  return t ? { set: triggerPhrases(pack, `${t.relation}:${t.id}`, () => t.forms), presupposed: t.adjacentObject === true } : undefined;
}

/** Whether the claim's rule states its relation inside a noun phrase, which no cue of the clause touches (see triggerOf). */
export function presupposed(pack: LanguagePack, ruleId: string): boolean {
  return triggerOf(pack, ruleId)?.presupposed ?? false;
}

/**
 * The clause around a span: back to the nearest clause punctuation or clause-break word before
 * it, and (where the verb may follow its object: SOV, verb-final clauses) on to the next one.
 * Breaks inside the span do not count: "Orbiton Group, the Berlin firm, denied …" is one claim.
 */
export function clauseAround(words: readonly Word[], pack: LanguagePack, span: ClaimSpan): ClaimSpan {
  const { breaks } = setsOf(pack);
  let from = span.from;
  while (from > 0 && !isClausePunct(words[from - 1]) && !breaks.match(words, from - 1)) from--;
  let to = span.to;
  if (pack.wordOrder === 'SOV' || pack.verbFinalClauses || pack.verbSecond) {
    // A complementiser after the claim opens another clause ("… afnemen en dat het … zou worden").
    const comp = phrases(pack, 'complementisers', pack.relations.complementisers);
    while (to < words.length && !isClausePunct(words[to]) && !breaks.match(words, to) && !comp.match(words, to)) to++;
  }
  return { from, to };
}

/**
 * Word indices covered by an exception phrase ("not only", "did not disclose", "قد تم"), and
 * modals that are the future of a report: a `futureInPast` word with a reporting verb at most
 * REPORT_REACH words before it.
 *   status.reported-future  "Mars said on Wednesday it would acquire Kellanova" / "dijo que adquiriría" → asserted
 */
function excepted(words: readonly Word[], sets: StatusSets, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = Math.max(0, from - 3); i < to; i++) {
    const m = sets.exceptions.match(words, i);
    if (m) for (let k = i; k < i + m.length; k++) out.add(k);
    const f = sets.futureInPast.match(words, i);
    if (f && reportedBefore(words, sets, i)) for (let k = i; k < i + f.length; k++) out.add(k);
  }
  return out;
}

/** A reporting verb ends within REPORT_REACH words before word i. */
function reportedBefore(words: readonly Word[], sets: StatusSets, i: number): boolean {
  for (let r = Math.max(0, i - REPORT_REACH - 3); r < i; r++) {
    const m = sets.reporting.match(words, r);
    if (m && r + m.length <= i && i - (r + m.length) <= REPORT_REACH) return true;
  }
  return false;
}

function hasCue(words: readonly Word[], set: PhraseSet, from: number, to: number, skip: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++) if (!skip.has(i) && set.match(words, i)) return true;
  return false;
}

function hasSuffix(words: readonly Word[], suffixes: readonly string[], from: number, to: number, skip: ReadonlySet<number>): boolean {
  if (suffixes.length === 0) return false;
  const endsInSuffix = endingTest(suffixes, 0);
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (skip.has(i) || w.kind !== 'word' || w.fold.length < MIN_SUFFIX_WORD) continue;
    if (endsInSuffix(w.fold)) return true;
  }
  return false;
}

/** Start of the clause that ends right before word `at` (a clause punctuation or break word there). */
function clauseStartBefore(words: readonly Word[], sets: StatusSets, at: number): number {
  let k = at;
  while (k > 0 && !isClausePunct(words[k - 1]) && !sets.breaks.match(words, k - 1)) k--;
  return k;
}

/**
 * A conditional counts where it opens the claim's clause, the clause right before it ("If
 * regulators approve, Kestrel Foods would acquire …") or the clause right after it ("…, wenn
 * die Behörden zustimmen"); a Turkish conditional verb ending ("Düzenleyiciler onaylarsa …")
 * anywhere from the clause before up to the trigger. A condition two clauses away is about
 * something else: "Orbiton bought Quillon in 2020, and if regulators approve, it would buy Tessa".
 */
function hasConditional(words: readonly Word[], pack: LanguagePack, sets: StatusSets, clause: ClaimSpan, trigger: number | undefined, skip: ReadonlySet<number>): boolean {
  const before = clause.from > 0 ? clauseStartBefore(words, sets, clause.from - 1) : clause.from;
  const after = clause.to < words.length && isClausePunct(words[clause.to]) ? clause.to + 1 : clause.to;
  for (let i = before; i <= Math.min(after, words.length - 1); i++) {
    if (skip.has(i) || !sets.conditionals.match(words, i)) continue;
    if (i === 0 || words[i - 1].kind === 'punct' || i === clause.from || i === before) return true;
  }
  return hasSuffix(words, pack.claimStatus.conditionalSuffixes, before, trigger ?? clause.to, skip);
}

/** Word distance from i to j, each name or amount of `units` counting as one word. */
function unitDistance(i: number, j: number, units: readonly Range[]): number {
  const [lo, hi] = i < j ? [i, j] : [j, i];
  let d = 0;
  for (let k = lo + 1; k <= hi; k++) if (!units.some((u) => u.from < k && k < u.to)) d++;
  return d;
}

/** No clause punctuation or clause-break word stands strictly between words i and j. */
function sameClause(words: readonly Word[], sets: StatusSets, i: number, j: number): boolean {
  const [lo, hi] = i < j ? [i, j] : [j, i];
  for (let k = lo + 1; k < hi; k++) if (isClausePunct(words[k]) || sets.breaks.match(words, k)) return false;
  return true;
}

type Range = { from: number; to: number };

/** Where the claim's trigger is known, the cue must stand in its clause ("…, después de que …" ends a modal's reach). */
function cueNear(words: readonly Word[], sets: StatusSets, set: PhraseSet, from: number, to: number, skip: ReadonlySet<number>, trigger: number | undefined): boolean {
  for (let i = from; i < to; i++) {
    if (skip.has(i) || !set.match(words, i)) continue;
    if (trigger === undefined || sameClause(words, sets, i, trigger)) return true;
  }
  return false;
}

/** A negator (word or verb ending) within NEGATION_REACH of the trigger, in its clause. */
function negatorNear(words: readonly Word[], pack: LanguagePack, sets: StatusSets, clause: Range, trigger: number, units: readonly Range[], skip: ReadonlySet<number>): boolean {
  const suffixes = pack.claimStatus.negativeSuffixes;
  const endsInSuffix = endingTest(suffixes, 0);
  for (let i = clause.from; i < clause.to; i++) {
    if (skip.has(i) || unitDistance(i, trigger, units) > NEGATION_REACH || !sameClause(words, sets, i, trigger)) continue;
    if (sets.negators.match(words, i)) return true;
    const w = words[i];
    if (suffixes.length > 0 && w.kind === 'word' && w.fold.length >= MIN_SUFFIX_WORD && endsInSuffix(w.fold)) return true;
  }
  return false;
}

/** Where the status of a claim is read: its span, and (where known) its trigger and the names and amounts of its sentence. */
export interface StatusScope {
  trigger?: number;
  /** Names and amounts of the sentence; each counts as one word in distances. */
  units?: readonly Range[];
}

/**
 * The status of a claim spanning words [span.from, span.to) of a sentence. Precedence:
 * negated (negators, denials) > possible (modals, conditionals) > reported_talks > planned >
 * asserted: "has no plans to invest" is negated, "plans to acquire … if approved" possible.
 *   status.scope.denial     a denial verb anywhere in the clause: "Orbiton Group denied that it had invested in Quillon Labs"
 *   status.scope.negator    a negator near the trigger: "did not acquire", not "has not been as active … until its deal with"
 *   status.scope.modal      modality, talks and plans in the trigger's clause: "Slim podría …, después de que … dejar" is no hedge on "dejar"
 *   status.scope.condition  a condition in the claim's clause or next to it: "If regulators approve, Kestrel Foods would acquire …"
 */
export function claimStatusOf(words: readonly Word[], pack: LanguagePack, span: ClaimSpan, scope: StatusScope = {}): ClaimStatus {
  const sets = setsOf(pack);
  const s = pack.claimStatus;
  const clause = clauseAround(words, pack, span);
  const { from, to } = clause;
  const skip = excepted(words, sets, from, to);
  const t = scope.trigger;
  const negator = t === undefined ? hasCue(words, sets.negators, from, to, skip) || hasSuffix(words, s.negativeSuffixes, from, to, skip) : negatorNear(words, pack, sets, clause, t, scope.units ?? [], skip);
  if (negator || hasCue(words, sets.denials, from, to, skip)) return 'negated';
  // Modality binds to the claim's own verb: between its arguments, right before them (VSO "قد تستثمر X"),
  // or after them where the verb comes last. "Elliott zou de overname van Stada door Bain steunen" hedges Elliott's support, not the takeover.
  const near = Math.max(from, span.from - MODAL_REACH);
  const modalSuffix = t === undefined ? hasSuffix(words, s.modalSuffixes, near, to, skip) : hasSuffixNear(words, sets, s.modalSuffixes, near, to, skip, t);
  if (cueNear(words, sets, sets.modals, near, to, skip, t) || modalSuffix || hasConditional(words, pack, sets, clause, t, skip)) return 'possible';
  if (cueNear(words, sets, sets.talks, near, to, skip, t)) return 'reported_talks';
  if (cueNear(words, sets, sets.plans, near, to, skip, t)) return 'planned';
  return 'asserted';
}

function hasSuffixNear(words: readonly Word[], sets: StatusSets, suffixes: readonly string[], from: number, to: number, skip: ReadonlySet<number>, trigger: number): boolean {
  for (let i = from; i < to; i++) if (hasSuffix(words, suffixes, i, i + 1, skip) && sameClause(words, sets, i, trigger)) return true;
  return false;
}

/** What the status pass sees of one sentence. */
export interface StatusSentence {
  words: readonly Word[];
  mentions: ReadonlyArray<{ id: number; from: number; to: number }>;
  quantities: ReadonlyArray<{ kind: string; from: number; to: number; value?: number; min?: number }>;
}

/** Word span of a claim: its arguments in the sentence and the amount it carries; the whole sentence when neither is there. */
export function claimSpan(c: ExtractedClaim, s: StatusSentence): ClaimSpan {
  const parts: Range[] = [];
  const subject = s.mentions.find((m) => m.id === c.subject);
  if (subject) parts.push(subject);
  const object = typeof c.object === 'number' ? s.mentions.find((m) => m.id === c.object) : undefined;
  if (object) parts.push(object);
  const amount = s.quantities.find((q) => q.kind === 'money' && ((c.amount !== undefined && q.value === c.amount) || (c.amountMin !== undefined && q.min === c.amountMin)));
  if (amount) parts.push(amount);
  if (parts.length === 0) return { from: 0, to: s.words.length };
  return { from: Math.min(...parts.map((p) => p.from)), to: Math.max(...parts.map((p) => p.to)), parts, ...(object ? { object: { from: object.from, to: object.to } } : {}) };
}

/**
 * A title read from a noun phrase ("Juniper CEO Rami Rahim", "Antonio Neri, HPE's CEO") names the
 * role someone holds, whatever the clause around it hedges: in "If it's completed, Juniper CEO Rami
 * Rahim would lead the group" only the leading is conditional. A negation stays ("Jane Roe, Acme
 * Corp'un CEO'su değil": the title is the predicate). Roles a verb gives (title.role-clause: "X will
 * take over as CEO") keep the clause's status. So do relations a compound or a possessive
 * states ("Google-moederbedrijf Alphabet zou … hebben geïnvesteerd": the investment is hedged,
 * Alphabet's owning Google is not; "BT-owned EE would lose", "Musk's AI company xAI may raise").
 */
const NOUN_PHRASE_RELATION = /\.(title\.(apposition|org-before|org-between|org-after-name|anaphor-org|context-org|main-org)|[a-z_]+\.x-[a-z]+|owns\.possessor(-company)?)(\.|$)/u;

/**
 * Sets `status` on every claim that its sentence does not assert (asserted claims keep no
 * field, so a snapshot of plain statements looks as before). `sentences` is indexed by
 * sentence index.
 */
export function annotateStatus(claims: ExtractedClaim[], sentences: readonly StatusSentence[], pack: LanguagePack): void {
  //   status.presupposed  "Microsoft wil concurrenten Amazon … voorblijven": Amazon is a competitor, not a planned one;
  //   another rule reading the same relation in the same sentence reads the same noun phrase.
  const edgeOf = (c: ExtractedClaim) => `${c.sentence}:${c.relation}:${c.subject}:${typeof c.object === 'number' ? c.object : c.object.topic}`;
  const stated = new Set(claims.filter((c) => presupposed(pack, c.ruleId)).map(edgeOf));
  for (const c of claims) {
    const s = sentences[c.sentence];
    if (!s || stated.has(edgeOf(c))) continue;
    const span = claimSpan(c, s);
    const clause = clauseAround(s.words, pack, span);
    const units = [...s.mentions, ...s.quantities.filter((q) => q.kind === 'money')];
    const trigger = triggerIndex(s.words, pack, c.ruleId, span, clause.from, clause.to);
    const status = claimStatusOf(s.words, pack, span, { trigger, units });
    // Money already spent is no plan, whatever plan the sentence announces beside it.
    if (status === 'planned' && c.period === 'actual') continue;
    if (status !== 'negated' && NOUN_PHRASE_RELATION.test(c.ruleId)) continue;
    if (status !== 'asserted') c.status = status;
  }
}
