/**
 * Question text → intent and the raw entity strings it names. Pure: no graph access; the
 * strings are resolved to entities afterwards (./resolve.ts). Intents are tried in the
 * order of INTENT_IDS (the more specific first), each in every language.
 */
import { INTENT_IDS, INTENTS, type IntentId } from './intents.js';
import { takeFigures, type QuestionFigures } from './figures.js';
import { QUESTION_LANGUAGES, type QuestionLanguage } from './lang/index.js';

export interface ParsedQuestion {
  question: string;
  intent: IntentId;
  /** Code of the language whose template matched. */
  lang: string;
  template: string;
  /**
   * Readings of the entity slots, most likely first: one tuple per way of splitting the
   * words when two slots stand side by side ("Meta Scale AI'a …"), else a single tuple.
   */
  mentions: string[][];
  /** The year and amount the question names, taken out before the names were read. */
  figures: QuestionFigures;
}

// Marks people omit in writing (Arabic short vowels, shadda, sukun) and the tatweel stroke.
const OPTIONAL_MARKS = /[\u064B-\u065F\u0670\u0640]/gu;
const APOSTROPHES = /[’‘ʼ`´′]/gu;

/** The form templates are matched against: NFC, single spaces, no ¿¡ or final ?!.؟ */
export function normaliseQuestion(question: string): string {
  return question
    .normalize('NFC')
    .replace(OPTIONAL_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[¿¡\s]+/u, '')
    .replace(/[\s?？؟!.。]+$/u, '');
}

interface CompiledTemplate {
  intent: IntentId;
  lang: QuestionLanguage;
  template: string;
  regex: RegExp;
  adjacent: boolean;
}

const compiledCache = new WeakMap<readonly QuestionLanguage[], CompiledTemplate[]>();

export function compileTemplate(template: string): RegExp {
  const source = template
    .replace(/\{X\}/g, '(?<x>.+?)')
    .replace(/\{Y\}/g, '(?<y>.+?)')
    .replace(/ /g, '\\s+');
  return new RegExp(`^${source}$`, 'iu');
}

function compiled(languages: readonly QuestionLanguage[]): CompiledTemplate[] {
  let list = compiledCache.get(languages);
  if (!list) {
    list = [];
    for (const intent of INTENT_IDS) {
      for (const lang of languages) {
        for (const template of lang.templates[intent]) {
          list.push({ intent, lang, template, regex: compileTemplate(template), adjacent: template.includes('{X} {Y}') });
        }
      }
    }
    compiledCache.set(languages, list);
  }
  return list;
}

export function parseQuestion(question: string, languages: readonly QuestionLanguage[] = QUESTION_LANGUAGES): ParsedQuestion | undefined {
  const text = normaliseQuestion(question);
  if (text === '') return undefined;
  const readings = new Map(languages.map((l) => [l, takeFigures(text, l)]));
  // Figures out first; the text as typed second, for names that hold a number.
  for (const withFigures of [true, false]) {
    const parsed = matchTemplates(question, languages, (l) => (withFigures ? readings.get(l)! : { text, figures: {} }));
    if (parsed) return parsed;
  }
  return undefined;
}

function matchTemplates(
  question: string,
  languages: readonly QuestionLanguage[],
  reading: (lang: QuestionLanguage) => { text: string; figures: QuestionFigures },
): ParsedQuestion | undefined {
  for (const t of compiled(languages)) {
    const { text, figures } = reading(t.lang);
    if (text === '') continue;
    const m = t.regex.exec(text);
    if (!m?.groups) continue;
    const slots = INTENTS[t.intent].slots.length;
    const x = cleanMention(m.groups.x ?? '');
    const y = cleanMention(m.groups.y ?? '');
    if (x === '' || (slots === 2 && y === '')) continue;
    const mentions = slots === 2 ? (t.adjacent ? splitReadings(x, y) : [[x, y]]) : [[x]];
    return { question, intent: t.intent, lang: t.lang.code, template: t.template, mentions, figures };
  }
  return undefined;
}

/** Quotes and list punctuation around a name are not part of it. */
export function cleanMention(raw: string): string {
  return raw
    .trim()
    .replace(/^["“”«»„(\[]+/u, '')
    .replace(/["“”«»),;:\]]+$/u, '')
    .trim();
}

/** Every split of two adjacent slots at a space, the regex's own split first. */
function splitReadings(x: string, y: string): string[][] {
  const words = `${x} ${y}`.split(' ');
  const readings: string[][] = [[x, y]];
  for (let i = 1; i < words.length; i++) {
    const reading = [cleanMention(words.slice(0, i).join(' ')), cleanMention(words.slice(i).join(' '))];
    if (!readings.some((r) => r[0] === reading[0] && r[1] === reading[1])) readings.push(reading);
  }
  return readings;
}
