/**
 * The amounts the claims of a fact state, grouped: sources that disagree ("14.3" in German
 * articles, "14" in a Turkish one) are shown side by side with how many documents say each,
 * rather than collapsed into one number.
 */
import { formatMoney, formatMoneyRange } from '../model/format.js';
import type { Evidence } from './types.js';

export interface ClaimedAmount {
  amount?: number;
  amountMin?: number;
  amountMax?: number;
  currency?: string;
  /** For people: "US$14.3 billion", "US$60–65 billion". */
  text: string;
  /** Distinct documents stating this amount. */
  sources: number;
  docs: string[];
}

export function claimedAmounts(claims: readonly Evidence[]): ClaimedAmount[] {
  const groups = new Map<string, ClaimedAmount>();
  for (const c of claims) {
    let text: string;
    if (c.amount !== undefined) text = formatMoney(c.amount, c.currency);
    else if (c.amountMin !== undefined && c.amountMax !== undefined) text = formatMoneyRange(c.amountMin, c.amountMax, c.currency);
    else continue;
    const key = [c.amount, c.amountMin, c.amountMax, c.currency].join('|');
    let g = groups.get(key);
    if (!g) {
      g = { text, sources: 0, docs: [] };
      if (c.amount !== undefined) g.amount = c.amount;
      if (c.amountMin !== undefined) g.amountMin = c.amountMin;
      if (c.amountMax !== undefined) g.amountMax = c.amountMax;
      if (c.currency !== undefined) g.currency = c.currency;
      groups.set(key, g);
    }
    if (!g.docs.includes(c.doc)) {
      g.docs.push(c.doc);
      g.sources = g.docs.length;
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.sources - a.sources || (b.amount ?? b.amountMax ?? 0) - (a.amount ?? a.amountMax ?? 0),
  );
}
