/**
 * recognise (numbers): money, percentages and years in one sentence's words, normalised
 * to numbers. Locale marks come from the pack ("14,3" in German is 14.3; "1.300.000" is a
 * grouped million); scale words and currencies too ("Milliarden", "milyar", "مليار",
 * "US-Dollar", "$", "دولار"); ranges ("64-72 milyar", "$51 miljard tot $53 miljard",
 * "ما بين 60 إلى 65") and markers ("rund", "mehr als", "up to").
 */
import type { LanguagePack } from '../lang/types.js';
import { AMBIGUOUS_SYMBOLS, CURRENCY_NOTATION } from './money-notation.js';
import { phrases, type Word } from './words.js';

export type Modifier = 'approx' | 'more-than' | 'up-to';

export interface Quantity {
  kind: 'money' | 'percent' | 'year' | 'number';
  /** Word index range [from, to) in the sentence. */
  from: number;
  to: number;
  start: number; // document offsets
  end: number;
  value?: number;
  min?: number;
  max?: number;
  currency?: string;
  modifier?: Modifier;
  /** A scale word was present ("14 milyar"): large amounts without currency are not money. */
  scaled?: boolean;
  /**
   * The exact integer as a decimal string, when `value` is beyond Number.MAX_SAFE_INTEGER and a
   * double cannot hold it ("$9,007,199,254,740,993": value 9007199254740992, exact "9007199254740993").
   */
  exact?: string;
  /** Money that is no amount of a deal or plan: a price per share ("$53 per share") or a company's revenue ("chiffre d'affaires de 85 millions"). */
  notAmount?: 'per-share' | 'revenue';
  /** The currency was not written at the figure but inherited from an earlier one in the sentence ("… 14,3 milliards de dollars …, valorisée à 29 milliards"). */
  inherited?: boolean;
}

/** Words a revenue cue may stand before its figure ("chiffre d'affaires de près de 85 millions"). */
const REVENUE_WINDOW = 7;

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/gu;
/** Scientific notation's exponent as the tokenizer leaves it after the digits ("e305" of "1e305"). */
const EXPONENT = /^[eE]\d{1,4}$/u;
/** How many words before a number a currency symbol or marker may stand ("US$ 5", "mehr als 5"). */
const LOOKBEHIND = 3;

export function toAsciiDigits(s: string): string {
  return s.replace(ARABIC_INDIC, (d) => String((d.codePointAt(0)! & 0xf) % 10));
}

/** Parses a number token with the pack's decimal mark. Returns undefined if it is not a number. */
export function parseNumber(raw: string, decimal: ',' | '.'): number | undefined {
  // Arabic decimal separator (U+066B) is always a decimal; the Arabic thousands mark (U+066C) always groups.
  const arabicDecimal = raw.includes('\u066b');
  const s = toAsciiDigits(raw).replace(/[’'\u066c]/gu, '').replace(/\u066b/gu, arabicDecimal ? (decimal === ',' ? ',' : '.') : '');
  if (!/^\d+(?:[.,]\d+)*$/u.test(s)) return undefined;
  const seps = s.match(/[.,]/gu) ?? [];
  if (seps.length === 0) return Number(s);
  const groups = s.split(/[.,]/u);
  const allThree = groups.slice(1).every((g) => g.length === 3);
  if (seps.length === 1) {
    const [int, frac] = groups;
    // "14,3" or "38.4": a decimal, whatever the pack, when the part after is not 3 digits.
    // Three digits ending in 0 group thousands even where the comma is the decimal mark: no one
    // writes a decimal's trailing zero ("6,690 millones de euros" in Reuters' Spanish is 6.69 billion).
    if (frac.length !== 3 || (seps[0] === decimal && !frac.endsWith('0'))) return Number(`${int}.${frac}`);
    return Number(int + frac);
  }
  const last = seps[seps.length - 1];
  if (allThree && seps.every((c) => c === seps[0])) return Number(groups.join('')); // 1.300.000
  // 1.300,5 or 1,300.5: the last mark is the decimal.
  const intPart = groups.slice(0, -1).join('');
  return last === decimal || seps.some((c) => c !== last) ? Number(`${intPart}.${groups[groups.length - 1]}`) : undefined;
}

interface NumberExpr {
  from: number;
  to: number;
  value: number;
  exact?: string;
  scaled: boolean;
  currency?: string;
  /** A number word ("ein", "a"): a figure only with a scale word or as a percentage. */
  spelled: boolean;
}

export function recogniseQuantities(words: readonly Word[], pack: LanguagePack): Quantity[] {
  const out: Quantity[] = [];
  const n = pack.numbers;
  const scaleSet = phrases(pack, 'scales', Object.keys(n.scales));
  // The pack's currency words, then notation every language shares (A$, HK$, ₹, CHF).
  const currencies = currencyTable(pack);
  const currencySet = phrases(pack, 'currencies+notation', Object.keys(currencies));
  const fractionSet = phrases(pack, 'fractions', Object.keys(n.fractions));
  const numberWordSet = phrases(pack, 'numberWords', Object.keys(n.words));
  const percentAfter = phrases(pack, 'percentAfter', n.percentAfter);
  const percentBefore = phrases(pack, 'percentBefore', n.percentBefore);
  const rangeJoin = phrases(pack, 'rangeJoin', n.rangeJoin);
  const rangeOpen = phrases(pack, 'rangeOpen', n.rangeOpen);
  const rangeClose = phrases(pack, 'rangeClose', n.rangeClose);
  const approx = phrases(pack, 'approx', n.approx);
  const moreThan = phrases(pack, 'moreThan', n.moreThan);
  const upTo = phrases(pack, 'upTo', n.upTo);
  const listJoiners = phrases(pack, 'listJoiners', pack.relations.listJoiners);

  const lookup = (set: typeof scaleSet, table: Record<string, number> | Record<string, string>, i: number) => {
    const m = set.match(words, i);
    if (!m) return undefined;
    // A prefixed dollar is written in one piece ("A$500"); "in a $26 billion deal" holds an article.
    if (m.length > 1 && m.value.endsWith('$') && !words[i + m.length - 1].glued) return undefined;
    const key = Object.keys(table).find((k) => k === m.value);
    return key === undefined ? undefined : { length: m.length, value: table[key as keyof typeof table] };
  };

  /** number [scale] [currency] with an optional currency before. */
  /** Words before this index belong to a quantity already read ("300 Mio. € ein": the € is taken). */
  let consumed = 0;
  const numberAt = (i: number): NumberExpr | undefined => {
    let from = i;
    let currency: string | undefined;
    // Currency before: "$65", "US$ 5", "USD 5", "€ 3"; the longest ("HK$" over "$").
    for (let k = i - 1; k >= Math.max(0, i - LOOKBEHIND, consumed); k--) {
      const c = lookup(currencySet, currencies, k);
      if (c && k + c.length === i) {
        currency = c.value as string;
        from = k;
      }
    }
    let value: number | undefined;
    let exact: string | undefined;
    /** "1e305": the digits alone are not the figure, so no exact decimal is read from them. */
    let withExponent = false;
    let j = i;
    const w = words[i];
    const fraction = lookup(fractionSet, n.fractions, i);
    if (w.kind === 'number') {
      value = parseNumber(w.text, n.decimal);
      j = i + 1;
      // "1e305": an exponent glued to the digits is part of the figure, not a word after "1".
      const exponent = words[j];
      if (value !== undefined && exponent && exponent.start === w.end && EXPONENT.test(exponent.text)) {
        value *= 10 ** Number(exponent.text.slice(1));
        j += 1;
        withExponent = true;
      }
    } else if (fraction) {
      // "half a billion", "eine halbe Milliarde", "un demi-milliard", "yarım milyar": only before a scale word.
      let k = i + fraction.length;
      if (words[k]?.text === '-' && words[k].glued) k++;
      if (!lookup(scaleSet, n.scales, k)) return undefined;
      value = fraction.value as number;
      j = k;
    } else {
      const nw = lookup(numberWordSet, n.words, i);
      if (nw) {
        value = nw.value as number;
        j = i + nw.length;
      }
    }
    if (value === undefined) return undefined;
    let scaled = false;
    // Skip a glued hyphen before a scale word only if none follows: "64-72 milyar" is handled as a range.
    const sc = lookup(scaleSet, n.scales, j);
    if (sc) {
      if (w.kind === 'number' && !withExponent) exact = exactInteger(toAsciiDigits(w.text), n.decimal, sc.value as number);
      // 4,1 × 10⁹ is 4099999999.9999995 in floating point: a scaled amount is a whole number.
      value = Math.round(value * (sc.value as number));
      scaled = true;
      j += sc.length;
      if (words[j]?.text === '.' && words[j].glued) j++; // "Mrd."
    }
    if (!sc && w.kind === 'number' && !withExponent && value > Number.MAX_SAFE_INTEGER) exact = exactInteger(toAsciiDigits(w.text), n.decimal, 1);
    if (!currency) {
      const c = lookup(currencySet, currencies, j);
      // "a $2 billion investment": a symbol before the next number belongs to that number.
      if (c && words[j + c.length]?.kind !== 'number') {
        currency = c.value as string;
        j += c.length;
      }
    }
    if (currency) currency = disambiguate(words, currency, from < i ? from : j);
    return { from: currency && from < i ? from : i, to: j, value, scaled, currency, spelled: w.kind !== 'number', ...(exact !== undefined && value > Number.MAX_SAFE_INTEGER ? { exact } : {}) };
  };

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const isNumWord = w.kind === 'number' || numberWordSet.match(words, i) !== undefined || fractionSet.match(words, i) !== undefined;
    if (!isNumWord) continue;

    // Percent before the number: "%49", "٪49", "yüzde 49".
    const pb = percentBefore.match(words, Math.max(0, i - 1));
    if (i > 0 && (words[i - 1].text === '%' || words[i - 1].text === '٪' || (pb && i - 1 + pb.length === i))) {
      const v = w.kind === 'number' ? parseNumber(w.text, n.decimal) : undefined;
      if (v !== undefined) {
        out.push(q('percent', words, i - 1, i + 1, { value: v / 100 }));
        consumed = i + 1;
        continue;
      }
    }

    const a = numberAt(i);
    if (!a) continue;
    let expr: Quantity | undefined;

    // Percent after: "49%", "49 Prozent", "49-prozentigen".
    let k = a.to;
    if (words[k]?.text === '-' && words[k].glued) k++;
    const pa = percentAfter.match(words, k);
    if (!a.scaled && !a.currency && (words[a.to]?.text === '%' || words[a.to]?.text === '٪' || pa)) {
      const to = words[a.to]?.text === '%' || words[a.to]?.text === '٪' ? a.to + 1 : k + pa!.length;
      out.push(q('percent', words, a.from, to, { value: a.value / 100 }, modifierBefore(words, a.from)));
      consumed = to;
      i = to - 1;
      continue;
    }

    if (a.spelled && !a.scaled) continue;

    // Range: "64-72 milyar", "$51 miljard tot $53 miljard", "zwischen 60 und 65 Mrd.".
    let j = a.to;
    const join = rangeJoin.match(words, j);
    const dash = words[j] && /^[-–—]$/u.test(words[j].text);
    const opened = precededBy(rangeOpen, words, a.from);
    if ((join || dash) && (words[j + (join?.length ?? 1)] !== undefined)) {
      const bStart = j + (join?.length ?? 1);
      const b = words[bStart].kind === 'number' || numberWordSet.match(words, bStart) || lookup(currencySet, currencies, bStart) ? numberAt(nextNumberIndex(words, bStart)) : undefined;
      // A plain "und/and/en" joins a range only after an opener ("zwischen", "between").
      const joinIsAnd = join && !dash && pack.relations.listJoiners.includes(join.value);
      // …or before a closer ("1,5 ile 2 milyar dolar arasında").
      const closed = b !== undefined && rangeClose.match(words, b.to) !== undefined;
      if (b && (!joinIsAnd || opened || closed)) {
        let min = a.value;
        const max = b.value;
        if (!a.scaled && b.scaled) min *= scaleOf(b, words, n.scales, scaleSet);
        const currency = a.currency ?? b.currency;
        if (currency || a.scaled || b.scaled) {
          const from = opened ? opened.from : a.from;
          expr = q(currency ? 'money' : 'number', words, from, b.to, { min, max, currency, scaled: a.scaled || b.scaled }, modifierBefore(words, from));
          i = b.to - 1;
        }
      }
    }
    if (!expr) {
      const raw = w.kind === 'number' ? toAsciiDigits(w.text) : '';
      const isYear = /^\d{4}$/u.test(raw) && a.value >= YEAR_MIN && a.value <= YEAR_MAX && !a.scaled && !a.currency;
      if (isYear) expr = q('year', words, i, i + 1, { value: a.value });
      else if (a.currency) expr = q('money', words, a.from, a.to, { value: a.value, currency: a.currency, scaled: a.scaled, exact: a.exact }, modifierBefore(words, a.from));
      // Not after a figure of another unit: "desde los 2,4 millones de toneladas … a más de cuatro millones" counts tonnes.
      else if (a.scaled && (inheritable(words, a.from, a.to, listJoiners) || parallelFigure(words, a.from, a.to, out, listJoiners)) && out.some((x) => x.kind === 'money' && x.currency) && [...out].reverse().find((x) => x.scaled)?.kind === 'money') {
        // "… 14,3 milliards de dollars dans Scale AI, valorisée à 29 milliards": the figure keeps the sentence's currency.
        const prev = [...out].reverse().find((x) => x.kind === 'money' && x.currency)!;
        expr = q('money', words, a.from, a.to, { value: a.value, currency: prev.currency, scaled: true, inherited: true, exact: a.exact }, modifierBefore(words, a.from));
      }
      else expr = q('number', words, a.from, a.to, { value: a.value, scaled: a.scaled });
      i = Math.max(i, expr.to - 1);
    }
    // Turkish-style markers after: "29 milyar doların üzerine".
    if (!expr.modifier) {
      const after = moreThan.match(words, expr.to);
      if (after && pack.wordOrder === 'SOV') expr.modifier = 'more-than';
    }
    out.push(expr);
    consumed = expr.to;
  }
  // "$53 per share", "29,44 euros par action": a price per share is no amount of a deal; it stays money, marked.
  const perShare = phrases(pack, 'perShare', n.perShare);
  // "un chiffre d'affaires de près de 85 millions d'euros": a company's revenue is no amount of a deal either.
  const revenue = phrases(pack, 'revenueCues', n.revenueCues);
  const isRevenue = (x: Quantity) => revenue.find(words, Math.max(0, x.from - REVENUE_WINDOW), x.from) >= 0 || revenue.match(words, x.to) !== undefined;
  for (const x of out) {
    if (x.kind !== 'money') continue;
    if (perShare.match(words, x.to)) x.notAmount = 'per-share';
    else if (isRevenue(x)) x.notAmount = 'revenue';
  }
  return out;

  function modifierBefore(ws: readonly Word[], from: number): Modifier | undefined {
    for (const [set, mod] of [[approx, 'approx'], [moreThan, 'more-than'], [upTo, 'up-to']] as const) {
      for (let k = Math.max(0, from - LOOKBEHIND); k < from; k++) {
        const m = set.match(ws, k);
        if (m && k + m.length === from) return mod;
      }
    }
    return undefined;
  }
}

function nextNumberIndex(words: readonly Word[], i: number): number {
  // "$53 miljard": a currency symbol may stand before the second number.
  for (let k = i; k < Math.min(words.length, i + LOOKBEHIND); k++) if (words[k].kind === 'number') return k;
  return i;
}

function scaleOf(b: NumberExpr, words: readonly Word[], scales: Record<string, number>, set: { match: (w: readonly Word[], i: number) => { length: number; value: string } | undefined }): number {
  for (let k = b.from; k < b.to; k++) {
    const m = set.match(words, k);
    if (m) return scales[m.value];
  }
  return 1;
}

function precededBy(set: { match: (w: readonly Word[], i: number) => { length: number } | undefined }, words: readonly Word[], from: number): { from: number } | undefined {
  for (let k = Math.max(0, from - LOOKBEHIND); k < from; k++) {
    const m = set.match(words, k);
    if (m && k + m.length === from) return { from: k };
  }
  return undefined;
}

function q(kind: Quantity['kind'], words: readonly Word[], from: number, to: number, fields: Partial<Quantity>, modifier?: Modifier): Quantity {
  const out: Quantity = { kind, from, to, start: words[from].start, end: words[to - 1].end, ...fields };
  if (modifier) out.modifier = modifier;
  for (const key of Object.keys(out) as Array<keyof Quantity>) if (out[key] === undefined) delete out[key];
  return out;
}

const tables = new WeakMap<LanguagePack, Record<string, string>>();

/** The pack's currency words over the shared notation (a pack may read "$" its own way). */
export function currencyTable(pack: LanguagePack): Record<string, string> {
  let t = tables.get(pack);
  if (!t) {
    t = { ...CURRENCY_NOTATION, ...pack.numbers.currencies };
    tables.set(pack, t);
  }
  return t;
}

/** "¥" is the yen unless the sentence speaks of yuan; "kr" the krona unless Norway or Denmark is named. */
function disambiguate(words: readonly Word[], currency: string, at: number): string {
  const symbol = words[at]?.fold;
  const options = symbol === undefined ? undefined : AMBIGUOUS_SYMBOLS[symbol];
  if (!options) return currency;
  for (const o of options) if (words.some((w) => o.cues.some((c) => w.bases.includes(c)))) return o.currency;
  return currency;
}

/**
 * "invirtió 10 millones de euros en X y 30 millones en Y": a bare scaled figure right after a list joiner, followed by
 * the same word as the last figure with a currency, is that figure's parallel and has its currency.
 */
function parallelFigure(words: readonly Word[], from: number, to: number, out: readonly Quantity[], joiners: { match: (w: readonly Word[], i: number) => unknown }): boolean {
  if (from === 0 || joiners.match(words, from - 1) === undefined) return false;
  const prev = [...out].reverse().find((x) => x.kind === 'money' && x.currency);
  const after = words[to];
  return prev !== undefined && after !== undefined && after.kind === 'word' && words[prev.to]?.fold === after.fold;
}

/** A bare scaled figure inherits the sentence's currency where it ends a phrase: before punctuation, the end, or a list joiner. */
function inheritable(words: readonly Word[], from: number, to: number, joiners: { match: (w: readonly Word[], i: number) => unknown }): boolean {
  const next = words[to];
  // "RM9.6 billion": a figure glued to a word before it carries that word's unit, not the sentence's.
  if (words[from]?.glued) return false;
  return next === undefined || next.kind === 'punct' || joiners.match(words, to) !== undefined;
}

/**
 * The exact integer value of a written number times a power-of-ten scale, as a decimal
 * string ("9,007,199,254,740,993" → "9007199254740993"; "12,5" × 1e15 → "12500000000000000"),
 * or undefined when it is not a whole number. Used only beyond Number.MAX_SAFE_INTEGER.
 */
export function exactInteger(raw: string, decimal: ',' | '.', scale: number): string | undefined {
  const s = raw.replace(/[’'\u066c]/gu, '');
  const seps = s.match(/[.,]/gu) ?? [];
  let int = s;
  let frac = '';
  const groups = s.split(/[.,]/u);
  const grouped = seps.length > 0 && groups.slice(1).every((g) => g.length === 3) && (seps.length > 1 || seps[0] !== decimal);
  if (seps.length > 0 && !grouped) {
    int = groups.slice(0, -1).join('');
    frac = groups[groups.length - 1];
  } else int = groups.join('');
  const zeros = Math.round(Math.log10(scale));
  if (!Number.isFinite(zeros) || zeros < 0 || 10 ** zeros !== scale) return undefined;
  if (frac.length > zeros && /[1-9]/u.test(frac.slice(zeros))) return undefined;
  return (int + frac.slice(0, zeros).padEnd(zeros, '0')).replace(/^0+(?=\d)/u, '');
}

/** Money that may be a deal's or a plan's amount: not a price per share, not a revenue. */
export function isDealMoney(q: Quantity): boolean {
  return q.kind === 'money' && q.notAmount === undefined;
}
