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
import { phrases, type PhraseSet, type Word } from '../words.js';

export { makesFact, type ClaimStatus } from '../../model/extraction.js';


/** Punctuation that closes a clause for a cue's scope (commas too: "If regulators approve, …" is its own clause). */
const CLAUSE_PUNCT = new Set([',', '،', ';', '؛', ':', '(', ')', '–', '—', '.', '!', '?', '"', '“', '”', '«', '»']);
/** How many words before a claim's first argument a modal, talks or plan cue may stand ("reportedly X", "قد تستثمر X"). */
const MODAL_REACH = 3;
/** Shortest word a status suffix may end ("yapmadı"; not "adı"): shorter words are other words. */
const MIN_SUFFIX_WORD = 6;

/** Word span [from, to) of a claim in its sentence: its arguments, trigger and amount. */
export interface ClaimSpan {
  from: number;
  to: number;
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
}

function setsOf(pack: LanguagePack): StatusSets {
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
  };
}

function isClausePunct(w: Word | undefined): boolean {
  return w !== undefined && w.kind === 'punct' && CLAUSE_PUNCT.has(w.text);
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

/** Word indices covered by an exception phrase ("not only", "did not disclose", "قد تم"). */
function excepted(words: readonly Word[], sets: StatusSets, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = Math.max(0, from - 3); i < to; i++) {
    const m = sets.exceptions.match(words, i);
    if (m) for (let k = i; k < i + m.length; k++) out.add(k);
  }
  return out;
}

function hasCue(words: readonly Word[], set: PhraseSet, from: number, to: number, skip: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++) if (!skip.has(i) && set.match(words, i)) return true;
  return false;
}

function hasSuffix(words: readonly Word[], suffixes: readonly string[], from: number, to: number, skip: ReadonlySet<number>): boolean {
  if (suffixes.length === 0) return false;
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (skip.has(i) || w.kind !== 'word' || w.fold.length < MIN_SUFFIX_WORD) continue;
    if (suffixes.some((s) => w.fold.endsWith(s))) return true;
  }
  return false;
}

/** A conditional counts where it opens the sentence or a clause ("If regulators approve, …", "…, wenn"). */
function hasConditional(words: readonly Word[], sets: StatusSets, skip: ReadonlySet<number>): boolean {
  for (let i = 0; i < words.length; i++) {
    if (skip.has(i) || !sets.conditionals.match(words, i)) continue;
    if (i === 0 || isClausePunct(words[i - 1]) || words[i - 1].kind === 'punct') return true;
  }
  return false;
}

/**
 * The status of a claim spanning words [span.from, span.to) of a sentence. Precedence:
 * negated (negators, denials) > possible (modals, conditionals) > reported_talks > planned >
 * asserted: "has no plans to invest" is negated, "plans to acquire … if approved" possible.
 */
export function claimStatusOf(words: readonly Word[], pack: LanguagePack, span: ClaimSpan): ClaimStatus {
  const sets = setsOf(pack);
  const s = pack.claimStatus;
  const { from, to } = clauseAround(words, pack, span);
  const skip = excepted(words, sets, from, to);
  if (hasCue(words, sets.negators, from, to, skip) || hasCue(words, sets.denials, from, to, skip) || hasSuffix(words, s.negativeSuffixes, from, to, skip)) return 'negated';
  // Modality binds to the claim's own verb: between its arguments, right before them (VSO "قد تستثمر X"),
  // or after them where the verb comes last. "Elliott zou de overname van Stada door Bain steunen" hedges Elliott's support, not the takeover.
  const near = Math.max(from, span.from - MODAL_REACH);
  if (hasCue(words, sets.modals, near, to, skip) || hasSuffix(words, s.modalSuffixes, near, to, skip) || hasConditional(words, sets, skip)) return 'possible';
  if (hasCue(words, sets.talks, near, to, skip)) return 'reported_talks';
  if (hasCue(words, sets.plans, near, to, skip)) return 'planned';
  return 'asserted';
}

/** What the status pass sees of one sentence. */
export interface StatusSentence {
  words: readonly Word[];
  mentions: ReadonlyArray<{ id: number; from: number; to: number }>;
  quantities: ReadonlyArray<{ kind: string; from: number; to: number; value?: number; min?: number }>;
}

/** Word span of a claim: its arguments in the sentence and the amount it carries; the whole sentence when neither is there. */
export function claimSpan(c: ExtractedClaim, s: StatusSentence): ClaimSpan {
  const parts: ClaimSpan[] = [];
  const subject = s.mentions.find((m) => m.id === c.subject);
  if (subject) parts.push(subject);
  if (typeof c.object === 'number') {
    const object = s.mentions.find((m) => m.id === c.object);
    if (object) parts.push(object);
  }
  const amount = s.quantities.find((q) => q.kind === 'money' && ((c.amount !== undefined && q.value === c.amount) || (c.amountMin !== undefined && q.min === c.amountMin)));
  if (amount) parts.push(amount);
  if (parts.length === 0) return { from: 0, to: s.words.length };
  return { from: Math.min(...parts.map((p) => p.from)), to: Math.max(...parts.map((p) => p.to)) };
}

/**
 * Sets `status` on every claim that its sentence does not assert (asserted claims keep no
 * field, so a snapshot of plain statements looks as before). `sentences` is indexed by
 * sentence index.
 */
export function annotateStatus(claims: ExtractedClaim[], sentences: readonly StatusSentence[], pack: LanguagePack): void {
  for (const c of claims) {
    const s = sentences[c.sentence];
    if (!s) continue;
    const status = claimStatusOf(s.words, pack, claimSpan(c, s));
    // Money already spent is no plan, whatever plan the sentence announces beside it.
    if (status === 'planned' && c.period === 'actual') continue;
    if (status !== 'asserted') c.status = status;
  }
}
