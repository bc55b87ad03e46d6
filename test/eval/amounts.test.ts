import { describe, expect, it } from 'vitest';
import { amountsOverlap, claimRange, goldRange, stakesAgree } from '../../src/eval/amounts.js';

const point = (v: number) => ({ min: v, max: v });

describe('amountsOverlap', () => {
  it('accepts amounts within 5% of each other in either order', () => {
    expect(amountsOverlap(point(14e9), point(14.3e9))).toBe(true);
    expect(amountsOverlap(point(14.3e9), point(14e9))).toBe(true);
    expect(amountsOverlap(point(100), point(105))).toBe(true);
    expect(amountsOverlap(point(100), point(106))).toBe(false);
  });

  it('accepts a point inside or near a range and rejects one farther than 5%', () => {
    const range = { min: 60e9, max: 65e9 };
    expect(amountsOverlap(point(62e9), range)).toBe(true);
    expect(amountsOverlap(point(68e9), range)).toBe(true); // gap 3e9 ≤ 5% of 68e9
    expect(amountsOverlap(point(69e9), range)).toBe(false); // gap 4e9 > 3.45e9
    expect(amountsOverlap({ min: 64e9, max: 72e9 }, range)).toBe(true);
  });
});

describe('claimRange and goldRange', () => {
  it('reads a single amount, a range, and a lone bound', () => {
    expect(claimRange({ amount: 5 })).toEqual(point(5));
    expect(claimRange({ amountMin: 60, amountMax: 65 })).toEqual({ min: 60, max: 65 });
    expect(claimRange({ amountMin: 60 })).toEqual(point(60));
    expect(claimRange({})).toBeUndefined();
    expect(goldRange({ value: 7, currency: 'USD' })).toEqual(point(7));
    expect(goldRange({ min: 1, max: 2 })).toEqual({ min: 1, max: 2 });
  });
});

describe('stakesAgree', () => {
  it('allows 0.01 and no more', () => {
    expect(stakesAgree(0.5, 0.49)).toBe(true);
    expect(stakesAgree(0.49, 0.49)).toBe(true);
    expect(stakesAgree(0.51, 0.49)).toBe(false);
  });
});
