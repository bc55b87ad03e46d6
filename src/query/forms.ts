/** The question forms for help, and the short note for a question that matches none. */
import { takeFigures } from './figures.js';
import { INTENT_IDS, INTENTS, type IntentId } from './intents.js';
import { QUESTION_LANGUAGES, type QuestionLanguage } from './lang/index.js';
import { normaliseQuestion } from './parse.js';

/** The full list, one line per form with its English example, then one example per language. */
export function supportedFormsText(languages: readonly QuestionLanguage[] = QUESTION_LANGUAGES): string {
  const english = languages.find((l) => l.code === 'en') ?? languages[0];
  const width = Math.max(...INTENT_IDS.map((id) => INTENTS[id].form.length));
  const lines = INTENT_IDS.map((id) => `  - ${INTENTS[id].form.padEnd(width)}  e.g. "${english.examples[id]}"`);
  const others = languages.filter((l) => l !== english);
  lines.push(`  In ${languages.map((l) => l.name).join(', ')}; for instance:`);
  for (const l of others) lines.push(`    ${l.code}: "${l.examples.investors}"  "${l.examples.ceo}"  "${l.examples.entity}"`);
  lines.push('  Short forms work too: "CEO of Meta", "Scale AI investors"; a year narrows an answer: "How much will Meta spend in 2025?"');
  return lines.join('\n');
}

export interface ClosestForm {
  lang: QuestionLanguage;
  intent: IntentId;
  example: string;
  /** Share of words the question and the example have in common (0–1). */
  overlap: number;
}

function words(text: string): Set<string> {
  return new Set(normaliseQuestion(text).toLowerCase().split(/[\s,;:'’]+/u).filter((w) => w.length > 1));
}

/** The example question closest in words to an unparsed one (Jaccard overlap of word sets). */
export function closestForm(question: string, languages: readonly QuestionLanguage[] = QUESTION_LANGUAGES): ClosestForm | undefined {
  const asked = words(question);
  let best: ClosestForm | undefined;
  for (const lang of languages) {
    for (const intent of INTENT_IDS) {
      const example = lang.examples[intent];
      const ex = words(example);
      const shared = [...asked].filter((w) => ex.has(w)).length;
      const overlap = shared / (asked.size + ex.size - shared || 1);
      if (!best || overlap > best.overlap) best = { lang, intent, example, overlap };
    }
  }
  return best && best.overlap > 0 ? best : undefined;
}

/**
 * Two lines for a question no template reads: what kg understood of it (language, year,
 * amount) and what to try instead. The full list of forms is in `kg ask --help`.
 */
export function unparsedNote(question: string): { understood: string; suggestion: string } {
  const close = closestForm(question);
  const parts: string[] = [];
  if (close) parts.push(`it looks ${close.lang.name} (${close.lang.code})`);
  const figures = takeFigures(normaliseQuestion(question), close?.lang ?? QUESTION_LANGUAGES[0]).figures;
  if (figures.year !== undefined) parts.push(`names the year ${figures.year}`);
  if (figures.amount) parts.push(`names the amount ${figures.amount.text}`);
  const understood = parts.length > 0 ? `${parts.join(' and ')}, but matches no question form` : 'it matches no question form in any of its seven languages';
  const suggestion = close
    ? `Closest form: "${close.example}" (${INTENTS[close.intent].form}); for everything about one name: kg entity NAME; every form: kg ask --help`
    : 'For everything about one name: kg entity NAME; every form, in en, de, nl, tr, ar, fr, es: kg ask --help';
  return { understood, suggestion };
}
