/** Rates from counts, summed over documents first (micro averaging, README "Scoring"). */
import type { EvalCounts, EvalMetrics } from './report.js';

export function emptyCounts(): EvalCounts {
  return {
    docs: 0,
    goldFacts: 0,
    optionalGoldFacts: 0,
    predicted: 0,
    matchedPredicted: 0,
    matchedGold: 0,
    attributeFacts: 0,
    attributeAgree: 0,
    goldEntities: 0,
    entitiesFound: 0,
  };
}

export function addCounts(a: EvalCounts, b: EvalCounts): EvalCounts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as Array<keyof EvalCounts>) out[k] = a[k] + b[k];
  return out;
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function withRates(c: EvalCounts): EvalMetrics {
  const precision = ratio(c.matchedPredicted, c.predicted);
  const recall = ratio(c.matchedGold, c.goldFacts);
  // A harmonic mean with a zero term is zero even when the other term is undefined
  // (nothing predicted for gold that exists: F1 0, not n/a).
  let f1: number | null = null;
  if (precision === 0 || recall === 0) f1 = 0;
  else if (precision !== null && recall !== null) f1 = (2 * precision * recall) / (precision + recall);
  return {
    // Spread a copy of the counts only: callers may pass EvalMetrics, whose stale rates must not survive.
    docs: c.docs,
    goldFacts: c.goldFacts,
    optionalGoldFacts: c.optionalGoldFacts,
    predicted: c.predicted,
    matchedPredicted: c.matchedPredicted,
    matchedGold: c.matchedGold,
    attributeFacts: c.attributeFacts,
    attributeAgree: c.attributeAgree,
    goldEntities: c.goldEntities,
    entitiesFound: c.entitiesFound,
    precision,
    recall,
    f1,
    attributeAccuracy: ratio(c.attributeAgree, c.attributeFacts),
    entityRecall: ratio(c.entitiesFound, c.goldEntities),
  };
}

/** Micro average: sum the counts, then compute rates once. */
export function microAverage(parts: ReadonlyArray<EvalCounts>): EvalMetrics {
  return withRates(parts.reduce(addCounts, emptyCounts()));
}
