/**
 * Matching predicted facts to the gold facts of one document (README rules 3 to 5).
 */
import { RELATION_SPECS } from '../model/types.js';
import { amountsOverlap, goldRange, stakesAgree, type AmountRange } from './amounts.js';
import { standsFor, type GoldNameForms } from './entities.js';
import type { GoldFact } from './gold.js';
import type { PredictedFact } from './predicted.js';

/** The gold attributes that attribute accuracy checks (rule 5); title and year are not among them. */
export const SCORED_ATTRIBUTES = ['amount', 'stake', 'valuation', 'interim'] as const;
export type ScoredAttribute = (typeof SCORED_ATTRIBUTES)[number];

export interface AttributeCheck {
  /** Per attribute the gold fact carries: does the prediction agree? */
  attributes: Partial<Record<ScoredAttribute, boolean>>;
  /** Every checked attribute agrees (vacuously true when gold carries none). */
  agrees: boolean;
  /**
   * How far the predicted values are from gold (0 = identical): relative differences of
   * range ends for money, absolute for stake. Orders pairs that all agree, so 14.3 billion
   * pairs with a gold 14.3 billion before 14 billion does.
   */
  distance: number;
}

/** A predicted value that is missing is as far as a value can be. */
const MISSING_DISTANCE = 1;

function moneyDistance(p: AmountRange | undefined, g: AmountRange): number {
  if (p === undefined) return MISSING_DISTANCE;
  const scale = Math.max(Math.abs(p.min), Math.abs(p.max), Math.abs(g.min), Math.abs(g.max)) || 1;
  return (Math.abs(p.min - g.min) + Math.abs(p.max - g.max)) / scale;
}

export function checkAttributes(pred: PredictedFact, gold: GoldFact): AttributeCheck {
  const attributes: Partial<Record<ScoredAttribute, boolean>> = {};
  let distance = 0;
  if (gold.amount !== undefined) {
    const g = goldRange(gold.amount);
    attributes.amount = pred.amount !== undefined && amountsOverlap(pred.amount, g);
    distance += moneyDistance(pred.amount, g);
  }
  if (gold.stake !== undefined) {
    attributes.stake = pred.stake !== undefined && stakesAgree(pred.stake, gold.stake);
    distance += pred.stake === undefined ? MISSING_DISTANCE : Math.abs(pred.stake - gold.stake);
  }
  if (gold.valuation !== undefined) {
    const g = goldRange(gold.valuation);
    const p = pred.valuation === undefined ? undefined : { min: pred.valuation, max: pred.valuation };
    attributes.valuation = p !== undefined && amountsOverlap(p, g);
    distance += moneyDistance(p, g);
  }
  // A claim without `interim` states a regular appointment.
  if (gold.interim !== undefined) attributes.interim = (pred.interim ?? false) === gold.interim;
  return { attributes, agrees: Object.values(attributes).every(Boolean), distance };
}

/** Rule 3: same relation, same subject and object (either order if symmetric); PLANS_SPENDING compares amounts instead of objects. */
export function factsMatch(pred: PredictedFact, gold: GoldFact, forms: GoldNameForms): boolean {
  if (pred.relation !== gold.relation) return false;
  const subject = forms(gold.subject);
  if (gold.relation === 'PLANS_SPENDING') {
    if (!standsFor(pred.subject, subject)) return false;
    // Gold without an amount constrains only the spender; a prediction without one cannot overlap.
    if (gold.amount === undefined) return true;
    return pred.amount !== undefined && amountsOverlap(pred.amount, goldRange(gold.amount));
  }
  if (gold.object === undefined || gold.object === null) return false;
  const object = forms(gold.object);
  if (standsFor(pred.subject, subject) && standsFor(pred.object, object)) return true;
  return RELATION_SPECS[gold.relation].symmetric && standsFor(pred.subject, object) && standsFor(pred.object, subject);
}

export interface Pair {
  pred: number;
  gold: number;
  check: AttributeCheck;
}

function rank(p: Pair, golds: ReadonlyArray<GoldFact>): number[] {
  return [golds[p.gold].optional ? 1 : 0, p.check.agrees ? 0 : 1, p.check.distance, p.pred, p.gold];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Matches of one document, read as the README states them: a predicted fact is correct
 * when it matches any gold fact (rule 4), a gold fact is found when any predicted fact
 * matches it. Two claims of one investment with different amounts (14 and 14.3 billion)
 * both match the gold fact; neither is a false positive. Each gold fact is paired with its
 * best prediction (all attributes agreeing first, then the closest values), which is the
 * one attribute accuracy (rule 5) judges.
 */
export function matchFacts(preds: ReadonlyArray<PredictedFact>, golds: ReadonlyArray<GoldFact>, forms: GoldNameForms): { pairs: Pair[]; matchedPreds: Set<number> } {
  const best = new Map<number, Pair>();
  const matchedPreds = new Set<number>();
  for (let p = 0; p < preds.length; p++) {
    for (let g = 0; g < golds.length; g++) {
      if (!factsMatch(preds[p], golds[g], forms)) continue;
      matchedPreds.add(p);
      const pair = { pred: p, gold: g, check: checkAttributes(preds[p], golds[g]) };
      const prev = best.get(g);
      if (!prev || compareRanks(rank(pair, golds), rank(prev, golds)) < 0) best.set(g, pair);
    }
  }
  return { pairs: [...best.values()].sort((a, b) => a.gold - b.gold), matchedPreds };
}
