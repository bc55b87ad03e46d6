/**
 * Question text → intent and the raw entity strings it names. Pure: no graph access; the
 * strings are resolved to entities afterwards (./resolve.ts). Intents are tried in the
 * order of INTENT_IDS (the more specific first), each in every language.
 */
import { INTENT_IDS, INTENTS, type IntentId } from './intents.js';
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
  for (const t of compiled(languages)) {
    const m = t.regex.exec(text);
    if (!m?.groups) continue;
    const slots = INTENTS[t.intent].slots.length;
    const x = cleanMention(m.groups.x ?? '');
    const y = cleanMention(m.groups.y ?? '');
    if (x === '' || (slots === 2 && y === '')) continue;
    const mentions = slots === 2 ? (t.adjacent ? splitReadings(x, y) : [[x, y]]) : [[x]];
    return { question, intent: t.intent, lang: t.lang.code, template: t.template, mentions };
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
