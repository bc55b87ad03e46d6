import { describe, expect, it } from 'vitest';
import { INTENT_IDS, INTENTS } from '../../src/query/intents.js';
import { QUESTION_LANGUAGES } from '../../src/query/lang/index.js';
import { compileTemplate, parseQuestion } from '../../src/query/parse.js';

const [reference] = QUESTION_LANGUAGES;

describe('question languages', () => {
  it('covers the seven languages of the issue', () => {
    expect(QUESTION_LANGUAGES.map((l) => l.code).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']);
  });

  describe.each(QUESTION_LANGUAGES.map((l) => [l.code, l] as const))('%s', (_code, lang) => {
    it('has the same keys as every other language', () => {
      expect(Object.keys(lang).sort()).toEqual(Object.keys(reference).sort());
      expect(Object.keys(lang.templates).sort()).toEqual([...INTENT_IDS].sort());
      expect(Object.keys(lang.examples).sort()).toEqual([...INTENT_IDS].sort());
    });

    it('has at least one template per intent, each naming exactly the slots the intent needs', () => {
      for (const id of INTENT_IDS) {
        expect(lang.templates[id].length, id).toBeGreaterThan(0);
        for (const t of lang.templates[id]) {
          const slots = (t.match(/\{[XY]\}/g) ?? []).sort();
          expect(slots, `${id}: ${t}`).toEqual(INTENTS[id].slots.length === 2 ? ['{X}', '{Y}'] : ['{X}']);
          expect(() => compileTemplate(t), t).not.toThrow();
        }
      }
    });

    it.each([...INTENT_IDS])('parses its own example for %s, in this language', (id) => {
      const parsed = parseQuestion(lang.examples[id]);
      expect(parsed, lang.examples[id]).toMatchObject({ intent: id, lang: lang.code });
      expect(parsed?.mentions[0]).toHaveLength(INTENTS[id].slots.length);
    });
  });
});

describe('docs/ask.md', () => {
  it('shows the current example of every form in every language', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/ask.md', import.meta.url), 'utf8');
    for (const lang of QUESTION_LANGUAGES) for (const q of Object.values(lang.examples)) expect(doc, q).toContain(q);
    for (const id of INTENT_IDS) expect(doc).toContain(`| ${INTENTS[id].form} |`);
  });
});
