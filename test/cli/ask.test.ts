/**
 * `kg ask` as a user runs it, in all seven languages, on a small snapshot that holds the
 * relations the seeds do not (acquisitions, departures, employment, construction, supply):
 * every relation is asked from both ends, answers come in the language of the question
 * with its number format, and --json has one shape for every question.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_LANGUAGES } from '../../src/query/lang/index.js';
import { buildSnapshot } from '../eval/builder.js';
import { runKg } from '../support/run-kg.js';

let SNAP: string[];
beforeAll(() => {
  const snapshot = buildSnapshot({
    docs: [
      { key: 'doc:1', path: 'news/felsis.txt', lang: 'en' },
      { key: 'doc:2', path: 'news/apple.txt', lang: 'de' },
    ],
    entities: [
      { key: 'organization:apple', name: 'Apple' },
      { key: 'organization:felsis', name: 'Felsis' },
      { key: 'organization:tsmc', name: 'TSMC' },
      { key: 'person:jane-doe', name: 'Jane Doe', type: 'Person' },
      { key: 'facility:houston-plant', name: 'Houston Plant', type: 'Facility' },
    ],
    facts: [
      {
        relation: 'ACQUIRED',
        source: 'organization:apple',
        target: 'organization:felsis',
        claims: [
          { doc: 'doc:1', sentence: 'Apple bought Felsis for $1.5 billion.', amount: 1.5e9, currency: 'USD' },
          { doc: 'doc:2', sentence: 'Apple übernahm Felsis für 1,2 Milliarden Dollar.', lang: 'de', amount: 1.2e9, currency: 'USD' },
        ],
      },
      { relation: 'LEFT', source: 'person:jane-doe', target: 'organization:felsis', claims: [{ doc: 'doc:1', sentence: 'Jane Doe left Felsis.' }] },
      { relation: 'WORKS_FOR', source: 'person:jane-doe', target: 'organization:apple', claims: [{ doc: 'doc:1', sentence: 'Jane Doe now works for Apple.' }] },
      { relation: 'BUILDS', source: 'organization:apple', target: 'facility:houston-plant', claims: [{ doc: 'doc:2', sentence: 'Apple baut ein Werk in Houston.', lang: 'de' }] },
      { relation: 'SUPPLIES', source: 'organization:tsmc', target: 'organization:apple', claims: [{ doc: 'doc:2', sentence: 'TSMC beliefert Apple.', lang: 'de' }] },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), 'kg-ask-'));
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(snapshot));
  SNAP = ['--snapshot', join(dir, 'graph.json')];
});

const ask = (question: string, ...flags: string[]) => runKg(['ask', question, ...SNAP, ...flags]);

/** [question, heading, the entity that answers] per language, for each end of each relation. */
const QUESTIONS: Record<string, Array<[string, string, string]>> = {
  en: [
    ['Who acquired Felsis?', 'Felsis — Acquired by', 'Apple'],
    ['What did Apple acquire?', 'Apple — Acquired', 'Felsis'],
    ['Who left Felsis?', 'Felsis — Left by', 'Jane Doe'],
    ['Where does Jane Doe work?', 'Jane Doe — Works for', 'Apple'],
    ['Who works for Apple?', 'Apple — People', 'Jane Doe'],
    ['What does Apple build?', 'Apple — Builds', 'Houston Plant'],
    ['Who builds Houston Plant?', 'Houston Plant — Built by', 'Apple'],
    ['Who supplies Apple?', 'Apple — Suppliers', 'TSMC'],
    ['Whom does TSMC supply?', 'TSMC — Supplies', 'Apple'],
  ],
  de: [
    ['Wer hat Felsis übernommen?', 'Felsis — Übernommen von', 'Apple'],
    ['Wen hat Apple übernommen?', 'Apple — Übernommen', 'Felsis'],
    ['Wer hat Felsis verlassen?', 'Felsis — Verlassen von', 'Jane Doe'],
    ['Wo arbeitet Jane Doe?', 'Jane Doe — Arbeitet für', 'Apple'],
    ['Was baut Apple?', 'Apple — Baut', 'Houston Plant'],
    ['Wer beliefert Apple?', 'Apple — Lieferanten', 'TSMC'],
  ],
  nl: [
    ['Wie heeft Felsis overgenomen?', 'Felsis — Overgenomen door', 'Apple'],
    ['Wat heeft Apple overgenomen?', 'Apple — Nam over', 'Felsis'],
    ['Wie heeft Felsis verlaten?', 'Felsis — Vertrokken', 'Jane Doe'],
    ['Waar werkt Jane Doe?', 'Jane Doe — Werkt voor', 'Apple'],
    ['Wat bouwt Apple?', 'Apple — Bouwt', 'Houston Plant'],
    ['Wie levert aan Apple?', 'Apple — Leveranciers', 'TSMC'],
  ],
  tr: [
    ["Felsis'i kim satın aldı?", 'Felsis — Satın alan', 'Apple'],
    ['Apple neyi satın aldı?', 'Apple — Satın aldığı', 'Felsis'],
    ["Felsis'ten kim ayrıldı?", 'Felsis — Ayrılanlar', 'Jane Doe'],
    ['Jane Doe nerede çalışıyor?', 'Jane Doe — Çalıştığı', 'Apple'],
    ['Apple ne inşa ediyor?', 'Apple — İnşa ettiği', 'Houston Plant'],
    ["Apple'a kim tedarik ediyor?", 'Apple — Tedarikçiler', 'TSMC'],
  ],
  ar: [
    ['من استحوذ على Felsis؟', 'Felsis — استحوذ عليه', 'Apple'],
    ['على ماذا استحوذت Apple؟', 'Apple — استحوذ على', 'Felsis'],
    ['من غادر Felsis؟', 'Felsis — غادره', 'Jane Doe'],
    ['أين تعمل Jane Doe؟', 'Jane Doe — يعمل لدى', 'Apple'],
    ['ماذا تبني Apple؟', 'Apple — يبني', 'Houston Plant'],
    ['من يورد Apple؟', 'Apple — الموردون', 'TSMC'],
  ],
  fr: [
    ['Qui a racheté Felsis ?', 'Felsis — Racheté par', 'Apple'],
    ["Qu'est-ce que Apple a racheté ?", 'Apple — A racheté', 'Felsis'],
    ['Qui a quitté Felsis ?', 'Felsis — Départs', 'Jane Doe'],
    ['Où travaille Jane Doe ?', 'Jane Doe — Travaille pour', 'Apple'],
    ['Que construit Apple ?', 'Apple — Construit', 'Houston Plant'],
    ['Qui fournit Apple ?', 'Apple — Fournisseurs', 'TSMC'],
  ],
  es: [
    ['¿Quién compró Felsis?', 'Felsis — Adquirida por', 'Apple'],
    ['¿Qué adquirió Apple?', 'Apple — Adquirió', 'Felsis'],
    ['¿Quién dejó Felsis?', 'Felsis — Salidas', 'Jane Doe'],
    ['¿Dónde trabaja Jane Doe?', 'Jane Doe — Trabaja para', 'Apple'],
    ['¿Qué construye Apple?', 'Apple — Construye', 'Houston Plant'],
    ['¿Quién suministra a Apple?', 'Apple — Proveedores', 'TSMC'],
  ],
};

describe('kg ask: every relation from both ends, in every language', () => {
  it('covers all seven languages', () => {
    expect(Object.keys(QUESTIONS).sort()).toEqual(QUESTION_LANGUAGES.map((l) => l.code).sort());
  });

  describe.each(Object.entries(QUESTIONS))('%s', (code, questions) => {
    it.each(questions)('%s → %s: %s', async (question, heading, answer) => {
      const r = await ask(question);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toBe(`${heading}:`);
      expect(lines[1]).toMatch(new RegExp(`^  ${answer}\\b`));
      const json = JSON.parse((await ask(question, '--json')).stdout);
      expect(json.lang).toBe(code);
      expect(json.lines[0].entity.name).toBe(answer);
    });
  });
});

describe('kg ask: answers in the language of the question', () => {
  it('amounts are written with the locale and scale words of the question, and disagreeing sources are named', async () => {
    expect((await ask('What did Apple acquire?')).stdout).toContain('Felsis — US$1.5 billion (1 source) and US$1.2 billion (1 source) · 2 sources');
    expect((await ask('Wen hat Apple übernommen?')).stdout).toContain('Felsis — 1,5 Milliarden US$ (1 Quelle) und 1,2 Milliarden US$ (1 Quelle) · 2 Quellen');
    expect((await ask('¿Qué adquirió Apple?')).stdout).toContain('Felsis — 1,5 mil millones US$ (1 fuente) y 1,2 mil millones US$ (1 fuente) · 2 fuentes');
    expect((await ask('Apple neyi satın aldı?')).stdout).toContain('Felsis — 1,5 milyar US$ (1 kaynak) ve 1,2 milyar US$ (1 kaynak) · 2 kaynak');
  });

  it('an amount in the question is taken out before the names are read, and narrows the answer', async () => {
    const r = JSON.parse((await ask('Who acquired Felsis for $1.5 billion?', '--json')).stdout);
    expect(r.entities.map((e: { name: string }) => e.name)).toEqual(['Felsis']);
    expect(r.figures.amount).toMatchObject({ value: 1.5e9, currency: 'USD' });
    expect(r.lines.map((l: { entity: { name: string } }) => l.entity.name)).toEqual(['Apple']);
    const none = await ask('Who acquired Felsis for $9 billion?');
    expect(none.stdout).toBe('Felsis — Acquired by (US$9 billion):\n  The graph records nothing that answers this.\n');
  });

  it('says there is nothing in the language of the question', async () => {
    expect((await ask('Wer hat Apple übernommen?')).stdout).toBe('Apple — Übernommen von:\n  Dazu verzeichnet der Graph nichts.\n');
    expect((await ask('من استحوذ على Apple؟')).stdout).toContain('لا يسجل الرسم البياني شيئًا يجيب عن هذا.');
  });
});

describe('kg ask: entity questions answer with the entity card', () => {
  it.each([
    ['Who is Jane Doe?', 'en', 'Works for (WORKS_FOR →)'],
    ["who's Jane Doe", 'en', 'Works for (WORKS_FOR →)'],
    ['Tell me about Felsis', 'en', 'Acquired by (← ACQUIRED)'],
    ['What is Felsis?', 'en', 'Left by (← LEFT)'],
    ['Wer ist Jane Doe?', 'de', 'Arbeitet für (WORKS_FOR →)'],
    ['Erzähl mir etwas über Felsis', 'de', 'Übernommen von (← ACQUIRED)'],
    ['Wie is Jane Doe?', 'nl', 'Werkt voor (WORKS_FOR →)'],
    ['Jane Doe kim?', 'tr', 'Çalıştığı (WORKS_FOR →)'],
    ['Felsis hakkında bilgi ver', 'tr', 'Satın alan (← ACQUIRED)'],
    ['من هي Jane Doe؟', 'ar', 'يعمل لدى (WORKS_FOR →)'],
    ['Qui est Jane Doe ?', 'fr', 'Travaille pour (WORKS_FOR →)'],
    ["Qu'est-ce que Felsis ?", 'fr', 'Racheté par (← ACQUIRED)'],
    ['¿Quién es Jane Doe?', 'es', 'Trabaja para (WORKS_FOR →)'],
    ['Háblame de Felsis', 'es', 'Adquirida por (← ACQUIRED)'],
  ])('%s (%s)', async (question, code, group) => {
    const r = await ask(question);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^(Jane Doe — Person|Felsis — Organization)/);
    expect(r.stdout).toContain(group);
    const json = JSON.parse((await ask(question, '--json')).stdout);
    expect(json).toMatchObject({ intent: 'entity', lang: code, lines: [], paths: [], none: false });
    expect(json.card.entity.name).toMatch(/^(Jane Doe|Felsis)$/);
  });

  it('short forms without a verb work', async () => {
    expect((await ask('Apple suppliers?')).stdout.split('\n')[1]).toMatch(/^ {2}TSMC/);
    expect((await ask('employer of Jane Doe')).stdout.split('\n')[1]).toMatch(/^ {2}Apple/);
    expect((await ask('Lieferanten von Apple')).stdout.split('\n')[1]).toMatch(/^ {2}TSMC/);
  });
});

describe('kg ask --json', () => {
  it('has the same keys for every kind of question', async () => {
    const keys = async (q: string) => Object.keys(JSON.parse((await ask(q, '--json')).stdout)).sort();
    const expected = ['asked', 'card', 'entities', 'figures', 'intent', 'lang', 'lines', 'none', 'note', 'paths', 'question'];
    for (const q of ['Who acquired Felsis?', 'Who is Jane Doe?', 'What connects Jane Doe and TSMC?', 'Wer hat Apple übernommen?']) expect(await keys(q), q).toEqual(expected);
  });
});

describe('kg ask: a question it cannot read', () => {
  it('says in two lines what it understood and the closest form, without reading any graph', async () => {
    const r = await runKg(['ask', 'Wie viel Geld verdient Felsis 2024?', '--snapshot', 'does/not/exist.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('E_UNPARSED_QUESTION');
    expect(lines[0]).toContain('Deutsch');
    expect(lines[0]).toContain('2024');
    expect(lines[1]).toContain('kg entity');
    expect(lines[1]).toContain('kg ask --help');
    expect(lines[1]).toMatch(/Closest form: "Wie viel .*\?"/);
  });

  it('--help lists every form', async () => {
    const r = await runKg(['ask', '--help']);
    for (const l of QUESTION_LANGUAGES) expect(r.stdout).toContain(l.examples.entity);
    for (const q of Object.values(QUESTION_LANGUAGES[0].examples)) expect(r.stdout).toContain(q);
  });
});
