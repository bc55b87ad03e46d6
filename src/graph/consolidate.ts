/**
 * Consolidated qualifiers of a fact edge: for each qualifier, the value most claims agree
 * on (ties: the higher summed confidence, then the larger value); `conflict` when claims
 * state different values (14 vs 14.3 billion are two claims of one investment, not two).
 */
import type { Qualifiers } from '../model/qualifiers.js';
import type { SnapshotClaim } from '../snapshot/schema.js';

/** Two amounts within this relative difference are the same figure (rounding in reports). */
export const SAME_AMOUNT_TOLERANCE = 0.005;

type Q = 'amount' | 'amountExact' | 'stake' | 'valuation' | 'interim' | 'title' | 'year' | 'quarter' | 'month' | 'capacity' | 'period';
const SCALARS: readonly Q[] = ['amount', 'amountExact', 'stake', 'valuation', 'interim', 'title', 'quarter', 'month', 'capacity', 'period'];

export interface Consolidated extends Qualifiers {
  conflict: boolean;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= SAME_AMOUNT_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  return a === b;
}

function vote<T>(values: Array<{ v: T; c: number }>): { value: T | undefined; conflict: boolean } {
  const groups: Array<{ v: T; n: number; c: number }> = [];
  for (const { v, c } of values) {
    const g = groups.find((x) => same(x.v, v));
    if (g) {
      g.n++;
      g.c += c;
    } else groups.push({ v, n: 1, c });
  }
  groups.sort((a, b) => b.n - a.n || b.c - a.c || (typeof b.v === 'number' && typeof a.v === 'number' ? b.v - a.v : 0));
  return { value: groups[0]?.v, conflict: groups.length > 1 };
}

export function consolidate(claims: readonly SnapshotClaim[]): Consolidated {
  const out: Consolidated = { conflict: false };
  for (const q of SCALARS) {
    const vals = claims.filter((c) => c[q] !== undefined).map((c) => ({ v: c[q] as never, c: c.confidence }));
    if (vals.length === 0) continue;
    const { value, conflict } = vote(vals);
    (out as unknown as Record<string, unknown>)[q] = value;
    // An interim flag stated by one source and not by another is not a disagreement.
    if (conflict) out.conflict = true;
  }
  const ranges = claims.filter((c) => c.amountMin !== undefined && c.amountMax !== undefined);
  if (out.amount === undefined && ranges.length > 0) {
    const { value, conflict } = vote(ranges.map((c) => ({ v: `${c.amountMin}:${c.amountMax}`, c: c.confidence })));
    const [min, max] = value!.split(':').map(Number);
    out.amountMin = min;
    out.amountMax = max;
    if (conflict) out.conflict = true;
  }
  const currencies = claims.filter((c) => c.currency).map((c) => ({ v: c.currency!, c: c.confidence }));
  if (currencies.length > 0) out.currency = vote(currencies).value;
  const years = claims.filter((c) => c.year !== undefined).map((c) => ({ v: c.year!, c: c.confidence }));
  if (years.length > 0) out.year = vote(years).value;
  return out;
}
