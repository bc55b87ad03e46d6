/**
 * Years and amounts named in a question, taken out before the question is matched against
 * templates, so "Wie viel will Meta 2025 ausgeben?" names Meta (not "Meta 2025") and
 * answers for 2025 only. Amounts are read by the extractor's own number rules
 * (src/extract/quantities.ts, the language pack's scale words and currencies); years by
 * the phrases each question language lists (`yearPhrases`, "im Jahr {N}", "{N}'te").
 */
import { recogniseQuantities, toAsciiDigits } from '../extract/quantities.js';
import { tokenize } from '../extract/tokenize.js';
import { toWords } from '../extract/words.js';
import { PACKS } from '../lang/index.js';
import type { QuestionLanguage } from './lang/types.js';

/** Years a question may name; outside this a four-digit number is not read as a year. */
export const QUESTION_YEAR_MIN = 1900;
export const QUESTION_YEAR_MAX = 2100;

export interface QuestionAmount {
  value?: number;
  min?: number;
  max?: number;
  currency?: string;
  /** The words of the question that stated it. */
  text: string;
}

export interface QuestionFigures {
  year?: number;
  amount?: QuestionAmount;
}

export interface FigureReading {
  /** The question without its figures (single spaces, trimmed). */
  text: string;
  figures: QuestionFigures;
}

const yearRegexCache = new WeakMap<QuestionLanguage, RegExp[]>();

/** One regex per phrase, in the language's order (Node 20 has no duplicate group names). */
function yearRegexes(lang: QuestionLanguage): RegExp[] {
  let list = yearRegexCache.get(lang);
  if (!list) {
    list = lang.yearPhrases.map((p) => new RegExp(`(?<=^|\\s)${p.replace(/ /g, '\\s+').replace('{N}', '(?<n>\\d{4})')}(?=$|[\\s,;:])`, 'iu'));
    yearRegexCache.set(lang, list);
  }
  return list;
}

/** "Wie viel will Meta 2025 ausgeben" → { text: "Wie viel will Meta ausgeben", figures: { year: 2025 } }. */
export function takeFigures(question: string, lang: QuestionLanguage): FigureReading {
  let text = toAsciiDigits(question);
  const figures: QuestionFigures = {};
  const pack = PACKS[lang.code];
  if (pack) {
    const money = recogniseQuantities(toWords(tokenize(text), pack), pack).find((q) => q.kind === 'money');
    if (money) {
      let start = money.start;
      const before = text.slice(0, start).trimEnd();
      for (const w of lang.amountWords) {
        if (before.toLowerCase().endsWith(` ${w.toLowerCase()}`) || before.toLowerCase() === w.toLowerCase()) {
          start = before.length - w.length;
          break;
        }
      }
      const amount: QuestionAmount = { text: text.slice(money.start, money.end) };
      if (money.value !== undefined) amount.value = money.value;
      if (money.min !== undefined) amount.min = money.min;
      if (money.max !== undefined) amount.max = money.max;
      if (money.currency !== undefined) amount.currency = money.currency;
      figures.amount = amount;
      text = `${text.slice(0, start)} ${text.slice(money.end)}`;
    }
  }
  for (const re of yearRegexes(lang)) {
    const m = re.exec(text);
    const year = Number(m?.groups?.n);
    if (!m || !(year >= QUESTION_YEAR_MIN && year <= QUESTION_YEAR_MAX)) continue;
    figures.year = year;
    text = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
    break;
  }
  return { text: text.replace(/\s+/gu, ' ').replace(/\s+([,;:])/gu, '$1').trim(), figures };
}
