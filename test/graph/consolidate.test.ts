import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/graph/consolidate.js';
import type { SnapshotClaim } from '../../src/snapshot/schema.js';

const base = { sentence: 's', start: 0, end: 1, lang: 'de', ruleId: 'r', confidence: 0.8 };
const claim = (doc: string, q: Partial<SnapshotClaim>): SnapshotClaim => ({ ...base, doc, ...q });

describe('consolidate', () => {
  it('takes the amount most sources agree on and flags the disagreement', () => {
    const c = consolidate([
      claim('de1', { amount: 14.3e9, currency: 'USD' }),
      claim('de2', { amount: 14.3e9, currency: 'USD' }),
      claim('tr', { amount: 14e9, currency: 'USD' }),
    ]);
    expect(c.amount).toBe(14.3e9);
    expect(c.currency).toBe('USD');
    expect(c.conflict).toBe(true);
  });

  it('treats rounding differences as agreement, not conflict', () => {
    const c = consolidate([claim('a', { amount: 14.3e9 }), claim('b', { amount: 14.31e9 })]);
    expect(c.conflict).toBe(false);
  });

  it('keeps a range when no claim gives a single amount', () => {
    const c = consolidate([claim('a', { amountMin: 60e9, amountMax: 65e9, currency: 'USD', year: 2025 })]);
    expect(c).toMatchObject({ amountMin: 60e9, amountMax: 65e9, year: 2025, conflict: false });
    expect(c.amount).toBeUndefined();
  });

  it('merges qualifiers that different claims state (stake from one, valuation from another)', () => {
    const c = consolidate([claim('a', { amount: 14e9, stake: 0.49 }), claim('b', { valuation: 29e9 })]);
    expect(c).toMatchObject({ amount: 14e9, stake: 0.49, valuation: 29e9, conflict: false });
  });
});
