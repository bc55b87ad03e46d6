/** The list of question forms shown when a question cannot be parsed. */
import { INTENT_IDS, INTENTS } from './intents.js';
import { QUESTION_LANGUAGES, type QuestionLanguage } from './lang/index.js';

export function supportedFormsText(languages: readonly QuestionLanguage[] = QUESTION_LANGUAGES): string {
  const english = languages.find((l) => l.code === 'en') ?? languages[0];
  const width = Math.max(...INTENT_IDS.map((id) => INTENTS[id].form.length));
  const lines = INTENT_IDS.map((id) => `  - ${INTENTS[id].form.padEnd(width)}  e.g. "${english.examples[id]}"`);
  const others = languages.filter((l) => l !== english);
  lines.push(`  In ${languages.map((l) => l.name).join(', ')}; for instance:`);
  for (const l of others) lines.push(`    ${l.code}: "${l.examples.investors}"  "${l.examples.ceo}"`);
  return lines.join('\n');
}
