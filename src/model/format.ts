/** Formatting of qualifiers for people (CLI cards, viewer panel, diffs). */
import type { Qualifiers } from './qualifiers.js';

export const CURRENCY_PREFIX: Record<string, string> = { USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', TRY: '₺' };
const SCALES: ReadonlyArray<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 14300000000, "USD" → "US$14.3 billion"; 0.49 stake → "49%". */
export function formatMoney(value: number, currency?: string): string {
  const prefix = currency ? (CURRENCY_PREFIX[currency] ?? `${currency} `) : '';
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) return `${prefix}${trimNumber(value / scale)} ${word}`;
  }
  return `${prefix}${value.toLocaleString('en-US')}`;
}

export function formatMoneyRange(min: number, max: number, currency?: string): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(min) >= scale && Math.abs(max) >= scale) {
      const prefix = currency ? (CURRENCY_PREFIX[currency] ?? `${currency} `) : '';
      return `${prefix}${trimNumber(min / scale)}–${trimNumber(max / scale)} ${word}`;
    }
  }
  return `${formatMoney(min, currency)} – ${formatMoney(max, currency)}`;
}

export function formatStake(stake: number): string {
  return `${trimNumber(stake * 100)}%`;
}

function trimNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A one-line summary of the qualifiers an edge or claim carries. */
export function formatQualifiers(q: Qualifiers): string {
  const parts: string[] = [];
  // Beyond 2^53 the double rounds: the exact figure is shown as written.
  if (q.amountExact !== undefined) parts.push(`${q.currency ? `${q.currency} ` : ''}${q.amountExact}`);
  else if (q.amount !== undefined) parts.push(formatMoney(q.amount, q.currency));
  else if (q.amountMin !== undefined && q.amountMax !== undefined) parts.push(formatMoneyRange(q.amountMin, q.amountMax, q.currency));
  if (q.stake !== undefined) parts.push(`${formatStake(q.stake)} stake`);
  if (q.valuation !== undefined) parts.push(`valued at ${formatMoney(q.valuation, q.currency)}`);
  if (q.year !== undefined) parts.push(`in ${q.year}`);
  if (q.quarter !== undefined) parts.push(`Q${q.quarter}`);
  if (q.month !== undefined) parts.push(`month ${q.month}`);
  if (q.period === 'actual') parts.push('spent (actual, not a plan)');
  if (q.interim) parts.push('interim');
  if (q.title) parts.push(q.title);
  if (q.capacity) parts.push(q.capacity);
  return parts.join(', ');
}

/** "1 row", "2 rows"; `many` for irregular plurals ("entities"). English output only. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
