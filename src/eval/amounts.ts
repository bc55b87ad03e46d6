/**
 * Comparing money and stakes the way the scoring rules do: amounts "within 5% or
 * overlapping ranges", stakes within 0.01 (shared/eval/README.md, rules 3 and 5).
 */
import type { GoldMoney } from './gold.js';

/** Relative slack allowed between amounts (14 vs 14.3 billion agree). */
export const AMOUNT_TOLERANCE = 0.05;
/** Absolute slack allowed between stakes (0.49 vs 0.5 agree). */
export const STAKE_TOLERANCE = 0.01;

/** A closed interval; a single amount is an interval of width zero. */
export interface AmountRange {
  min: number;
  max: number;
}

export function goldRange(money: GoldMoney): AmountRange {
  return 'value' in money ? { min: money.value, max: money.value } : { min: money.min, max: money.max };
}

/** The range a claim states: `amount`, or `amountMin`–`amountMax` (one bound alone is a point). */
export function claimRange(q: { amount?: number; amountMin?: number; amountMax?: number }): AmountRange | undefined {
  if (q.amount !== undefined) return { min: q.amount, max: q.amount };
  const min = q.amountMin ?? q.amountMax;
  const max = q.amountMax ?? q.amountMin;
  if (min === undefined || max === undefined) return undefined;
  return { min: Math.min(min, max), max: Math.max(min, max) };
}

function scale(a: AmountRange, b: AmountRange): number {
  return Math.max(Math.abs(a.min), Math.abs(a.max), Math.abs(b.min), Math.abs(b.max));
}

/**
 * True when the ranges overlap once the gap between them is allowed to be 5% of the
 * larger magnitude. Symmetric, and for two points it is |a − b| ≤ 5% · max(|a|, |b|).
 */
export function amountsOverlap(a: AmountRange, b: AmountRange): boolean {
  const gap = Math.max(0, Math.max(a.min, b.min) - Math.min(a.max, b.max));
  return gap <= AMOUNT_TOLERANCE * scale(a, b);
}

export function stakesAgree(predicted: number, gold: number): boolean {
  // The epsilon keeps 0.49 vs 0.5 inside the tolerance despite binary fractions.
  return Math.abs(predicted - gold) <= STAKE_TOLERANCE + 1e-9;
}

export function rangeKey(r: AmountRange | undefined): string {
  return r === undefined ? '-' : r.min === r.max ? String(r.min) : `${r.min}..${r.max}`;
}
