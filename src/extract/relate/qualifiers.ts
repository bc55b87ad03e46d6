/**
 * Amounts, stakes and valuations for a relation found at a trigger.
 *   "Investition von 14,3 Milliarden US-Dollar für einen 49-prozentigen Anteil … mit 29 Milliarden" →
 *   amount 14.3e9 USD, stake 0.49, valuation 29e9 (29e9 ≈ 14.3e9 / 0.49).
 */
import type { ClaimQualifiers } from '../../model/extraction.js';
import { RELATION_SPECS, type Relation } from '../../model/types.js';
import { isDealMoney, type Quantity } from '../quantities.js';
import { phraseEndingAt } from '../words.js';
import { set, type SentenceContext } from './context.js';

/** How many words may stand between a stake noun and its percentage ("49-prozentigen Anteil"). */
const STAKE_WINDOW = 3;
/** How many words before (or after) a figure a valuation cue may stand. */
const VALUATION_WINDOW = 6;
/** A second amount within this ratio of amount / stake is the implied valuation. */
const IMPLIED_VALUATION_TOLERANCE = 0.1;

export function moneyOf(q: Quantity): ClaimQualifiers {
  if (q.value !== undefined) return { amount: q.value, currency: q.currency, ...(q.exact !== undefined ? { amountExact: q.exact } : {}) };
  if (q.min !== undefined && q.max !== undefined) return { amountMin: q.min, amountMax: q.max, currency: q.currency };
  return {};
}

export function isValuation(ctx: SentenceContext, q: Quantity): boolean {
  const cues = set(ctx, 'valuationCues', ctx.pack.relations.valuationCues);
  return cues.find(ctx.words, Math.max(0, q.from - VALUATION_WINDOW), q.from) >= 0 || cues.find(ctx.words, q.to, Math.min(ctx.words.length, q.to + 2)) >= 0;
}

/** Words between a stake noun and the share it is raised to ("stake in Acme Holdings to 60%"). */
const STAKE_TARGET_WINDOW = 7;
/** Longest preposition of the share a stake is raised to ("hasta el"). */
const STAKE_TARGET_PREP_WORDS = 2;

/** A preposition of the share a stake is raised to stands right before word `at` (relations.stakeTargetPreps). */
function raisedTo(ctx: SentenceContext, at: number): boolean {
  return phraseEndingAt(ctx.words, set(ctx, 'stakeTargetPreps', ctx.pack.relations.stakeTargetPreps), at, STAKE_TARGET_PREP_WORDS) >= 0;
}

export function findStake(ctx: SentenceContext): number | undefined {
  const nouns = set(ctx, 'stakeNouns', ctx.pack.relations.stakeNouns);
  for (const q of ctx.quantities) {
    if (q.kind !== 'percent' || q.value === undefined || q.value <= 0 || q.value > 1) continue;
    const near = nouns.find(ctx.words, q.to, Math.min(ctx.words.length, q.to + STAKE_WINDOW)) >= 0 || nouns.find(ctx.words, Math.max(0, q.from - STAKE_WINDOW), q.from) >= 0;
    // "raised its stake in Dorta to 60%": the share after "to" is the stake the noun before it now stands at.
    const target = !near && raisedTo(ctx, q.from) && nouns.find(ctx.words, Math.max(0, q.from - STAKE_TARGET_WINDOW), q.from) >= 0;
    if (near || target) return q.value;
  }
  return undefined;
}

export function attachQualifiers(ctx: SentenceContext, relation: Relation, tFrom: number, tTo: number): ClaimQualifiers {
  const spec = RELATION_SPECS[relation];
  if (!spec.qualifiers.includes('amount')) return {};
  const out: ClaimQualifiers = {};
  const money = ctx.quantities.filter(isDealMoney);
  const stake = spec.qualifiers.includes('stake') ? findStake(ctx) : undefined;
  const valuations = spec.qualifiers.includes('valuation') ? money.filter((q) => isValuation(ctx, q)) : [];
  const amounts = money.filter((q) => !valuations.includes(q));
  // The amount nearest the trigger.
  const dist = (q: Quantity) => (q.to <= tFrom ? tFrom - q.to : q.from >= tTo ? q.from - tTo : 0);
  amounts.sort((a, b) => dist(a) - dist(b));
  const amount = amounts[0];
  if (amount) Object.assign(out, moneyOf(amount));
  if (stake !== undefined) out.stake = stake;
  let valuation = valuations[0]?.value;
  if (valuation === undefined && amount?.value !== undefined && stake !== undefined) {
    const implied = amount.value / stake;
    const v = amounts.find((q) => q !== amount && q.value !== undefined && Math.abs(q.value - implied) / implied <= IMPLIED_VALUATION_TOLERANCE);
    valuation = v?.value;
  }
  if (valuation !== undefined && spec.qualifiers.includes('valuation')) out.valuation = valuation;
  return out;
}
