/**
 * Numbers, amounts and counted words in the language of a question, with the ICU data of
 * Node's Intl (compact long notation: "14,3 Milliarden", "14.3 billion", "14,3 milyar").
 */
import { CURRENCY_PREFIX } from '../model/format.js';
import type { Qualifiers } from '../model/qualifiers.js';
import { QUESTION_LANGUAGES } from './lang/index.js';
import type { AnswerWords, PluralText, QuestionLanguage } from './lang/types.js';

/** Languages that write the currency before the number ("US$14.3 billion"); others after it. */
const CURRENCY_FIRST = new Set(['en']);

export function questionLanguage(code: string): QuestionLanguage {
  return QUESTION_LANGUAGES.find((l) => l.code === code) ?? QUESTION_LANGUAGES[0];
}

export interface Localiser {
  code: string;
  words: AnswerWords;
  number(n: number): string;
  /** "{n} sources" in the language's plural form for n. */
  count(text: PluralText, n: number): string;
  fill(template: string, values: { n?: string | number; x?: string; y?: string | number }): string;
  money(value: number, currency?: string): string;
  moneyRange(min: number, max: number, currency?: string): string;
  amount(a: { amount?: number; amountMin?: number; amountMax?: number; currency?: string }): string;
  qualifiers(q: Qualifiers, options?: { amounts?: boolean }): string;
}

const cache = new Map<string, Localiser>();

export function localiser(code: string): Localiser {
  let l = cache.get(code);
  if (l) return l;
  const lang = questionLanguage(code);
  const locale = lang.code;
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
  const plural = new Intl.PluralRules(locale);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const withCurrency = (text: string, currency?: string): string => {
    if (!currency) return text;
    const symbol = CURRENCY_PREFIX[currency] ?? currency;
    return CURRENCY_FIRST.has(locale) ? `${symbol}${/^[A-Z]{3}$/.test(symbol) ? ' ' : ''}${text}` : `${text} ${symbol}`;
  };
  const fill: Localiser['fill'] = (template, values) =>
    template.replace(/\{([nxy])\}/g, (_m, k: 'n' | 'x' | 'y') => {
      const v = values[k];
      return v === undefined ? '' : typeof v === 'number' ? plain.format(v) : v;
    });
  l = {
    code: locale,
    words: lang.words,
    number: (n) => plain.format(n),
    count: (text, n) => fill(text[plural.select(n)] ?? text.other, { n }),
    fill,
    money: (value, currency) => withCurrency(Math.abs(value) >= 1e6 ? compact.format(value) : plain.format(value), currency),
    moneyRange: (min, max, currency) =>
      withCurrency(Math.abs(min) >= 1e6 && Math.abs(max) >= 1e6 ? compact.formatRange(min, max) : plain.formatRange(min, max), currency),
    amount(a) {
      if (a.amount !== undefined) return this.money(a.amount, a.currency);
      if (a.amountMin !== undefined && a.amountMax !== undefined) return this.moneyRange(a.amountMin, a.amountMax, a.currency);
      return '';
    },
    qualifiers(q, options = {}) {
      const parts: string[] = [];
      if (options.amounts !== false) {
        const a = this.amount(q);
        if (a) parts.push(a);
      }
      if (q.stake !== undefined) parts.push(fill(lang.words.stake, { x: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(q.stake) }));
      if (q.valuation !== undefined) parts.push(fill(lang.words.valuedAt, { x: this.money(q.valuation, q.currency) }));
      if (q.year !== undefined) parts.push(fill(lang.words.inYear, { n: String(q.year) }));
      if (q.quarter !== undefined) parts.push(fill(lang.words.quarter, { n: q.quarter }));
      if (q.month !== undefined) parts.push(monthName.format(Date.UTC(2000, q.month - 1, 1)));
      if (q.period === 'actual') parts.push(lang.words.actual);
      if (q.interim) parts.push(lang.words.interim);
      if (q.title) parts.push(q.title);
      if (q.capacity) parts.push(q.capacity);
      return parts.join(', ');
    },
  };
  cache.set(code, l);
  return l;
}
