/**
 * Every question form in every language, asked of the snapshot built from seeds/: the
 * example question of each language (src/query/lang/*.ts) must name the right entities
 * and amounts. Expectations are per intent, the same for all seven languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type Answer } from '../../src/query/answer.js';
import { buildEntityCard } from '../../src/query/card.js';
import type { IntentId } from '../../src/query/intents.js';
import { QUESTION_LANGUAGES } from '../../src/query/lang/index.js';
import { parseQuestion } from '../../src/query/parse.js';
import { renderAnswer, renderCard } from '../../src/query/render.js';
import { resolveOrThrow } from '../../src/query/resolve.js';
import { SnapshotBackend } from '../../src/query/snapshot-backend.js';
import { hasPipeline, seedsSnapshot } from './helpers.js';

const names = (a: Answer) => a.lines.map((l) => l.entity.name);
/** Where a line points, including the organization a joined unit is part of. */
const reaches = (a: Answer) => a.lines.flatMap((l) => [l.entity.name, l.partOf?.name, l.via?.name].filter(Boolean));

const EXPECT: Record<IntentId, (a: Answer) => void> = {
  investmentAmount: (a) => {
    expect(a.entities.map((e) => e.name)).toEqual(['Meta', 'Scale AI']);
    const amounts = a.lines[0].amounts.map((x) => [x.amount, x.currency]);
    expect(amounts).toContainEqual([14.3e9, 'USD']);
    expect(amounts).toContainEqual([14e9, 'USD']);
    expect(a.lines[0].amounts[0]).toMatchObject({ amount: 14.3e9, sources: 2 });
  },
  investors: (a) => {
    expect(a.entities.map((e) => e.name)).toEqual(['Scale AI']);
    expect(names(a)).toContain('Meta');
  },
  interimCeo: (a) => {
    expect(a.lines.map((l) => [l.entity.name, l.interim])).toEqual([['Jason Droege', true]]);
  },
  ceo: (a) => {
    expect(a.entities.map((e) => e.name)).toEqual(['Meta']);
    expect(names(a)).toContain('Mark Zuckerberg');
  },
  founders: (a) => expect(names(a)).toContain('Alexandr Wang'),
  joined: (a) => expect(names(a)).toContain('Alexandr Wang'),
  wentTo: (a) => expect(reaches(a)).toContain('Meta'),
  competitors: (a) => expect(names(a)).toEqual(expect.arrayContaining(['Google', 'OpenAI'])),
  develops: (a) => expect(names(a)).toContain('Llama'),
  developers: (a) => expect(names(a)).toContain('Meta'),
  owns: (a) => expect(names(a)).toContain('Instagram'),
  owners: (a) => expect(names(a)).toContain('Meta'),
  spending: (a) => {
    const y2025 = a.lines.filter((l) => l.year === 2025).flatMap((l) => l.amounts);
    expect(y2025).toContainEqual(expect.objectContaining({ amountMin: 60e9, amountMax: 65e9, currency: 'USD' }));
  },
  investments: (a) => expect(names(a)).toContain('Scale AI'),
  // The seeds state no acquisition, departure, employment or construction: the answer says so.
  acquirers: (a) => expect(a).toMatchObject({ entities: [{ name: 'Scale AI' }], none: true }),
  acquisitions: (a) => expect(a).toMatchObject({ entities: [{ name: 'Meta' }], none: true }),
  ceoOf: (a) => expect(names(a)).toEqual(['Meta']),
  founded: (a) => expect(names(a)).toEqual(['Scale AI']),
  leavers: (a) => expect(a).toMatchObject({ entities: [{ name: 'Scale AI' }], none: true }),
  left: (a) => expect(a).toMatchObject({ entities: [{ name: 'Alexandr Wang' }], none: true }),
  boardMembers: (a) => expect(names(a)).toEqual(['Alexandr Wang']),
  boards: (a) => expect(names(a)).toEqual(['Scale AI']),
  employees: (a) => expect(a).toMatchObject({ entities: [{ name: 'Meta' }], none: true }),
  employer: (a) => expect(a).toMatchObject({ entities: [{ name: 'Alexandr Wang' }], none: true }),
  suppliers: (a) => expect(names(a)).toEqual(expect.arrayContaining(['Nvidia', 'Scale AI'])),
  customers: (a) => expect(names(a)).toEqual(['Meta']),
  partners: (a) => expect(names(a)).toEqual(expect.arrayContaining(['Google', 'Scale AI'])),
  builds: (a) => expect(a).toMatchObject({ entities: [{ name: 'Meta' }], none: true }),
  builders: (a) => expect(a).toMatchObject({ entities: [{ name: 'Llama' }], none: true }),
  units: (a) => expect(names(a)).toEqual(['Meta Superintelligence Lab']),
  parent: (a) => expect(names(a)).toEqual(['Meta']),
  entity: (a) => {
    expect(a.card?.entity.name).toBe('Mark Zuckerberg');
    expect(a.card?.groups.map((g) => g.relation)).toContain('CEO_OF');
  },
  connection: (a) => {
    expect(a.paths.length).toBeGreaterThan(0);
    expect(a.paths[0]).toHaveLength(2);
    expect(a.paths[0][0].to.name).toBe('Scale AI');
  },
};

describe.skipIf(!hasPipeline)(`questions on the seeds snapshot${hasPipeline ? '' : ' (skipped: src/pipeline/index.ts not there yet)'}`, () => {
  let backend: SnapshotBackend;
  beforeAll(async () => {
    backend = new SnapshotBackend(await seedsSnapshot());
  });

  describe.each(QUESTION_LANGUAGES.map((l) => [l.code, l] as const))('%s', (_code, lang) => {
    it.each(Object.entries(lang.examples))('%s: %s', async (intent, question) => {
      const parsed = parseQuestion(question);
      expect(parsed?.intent).toBe(intent);
      const answer = await answerQuestion(backend, parsed!);
      EXPECT[intent as IntentId](answer);
      // Every answer cites a document for each of its facts; an empty one says so in its language.
      if (answer.none) expect(renderAnswer(answer)).toContain(lang.words.none);
      else expect(renderAnswer(answer)).toMatch(/— seeds\/\d{3}_[0-9a-f]{16}\.txt/);
    });
  });

  it.each([
    'Wie viel will Meta 2025 ausgeben?',
    'How much will Meta spend in 2025?',
    'Hoeveel wil Meta in 2025 uitgeven?',
    "Meta 2025'te ne kadar harcayacak?",
    'كم تخطط ميتا لإنفاقه في عام 2025؟',
    'Combien Meta va-t-il dépenser en 2025 ?',
    '¿Cuánto gastará Meta en 2025?',
  ])('%s: the year is read out of the question, Meta is the entity and only 2025 plans are listed', async (q) => {
    const parsed = parseQuestion(q);
    expect(parsed).toMatchObject({ intent: 'spending', figures: { year: 2025 } });
    const answer = await answerQuestion(backend, parsed!);
    expect(answer.entities.map((e) => e.name)).toEqual(['Meta']);
    expect(answer.lines.length).toBeGreaterThan(0);
    expect(answer.lines.every((l) => l.year === 2025)).toBe(true);
  });

  it.each([
    ['Wer hat in Scale AI investiert?', 'Scale AI — Investoren', '14,3 Milliarden US$ (2 Quellen) und 14 Milliarden US$ (1 Quelle)', 'Quellen widersprechen sich'],
    ["Scale AI'a kim yatırım yaptı?", 'Scale AI — Yatırımcılar', '14,3 milyar US$ (2 kaynak) ve 14 milyar US$ (1 kaynak)', 'kaynaklar çelişiyor'],
    ['Who invested in Scale AI?', 'Scale AI — Investors', 'US$14.3 billion (2 sources) and US$14 billion (1 source)', 'sources disagree'],
    ['Qui a investi dans Scale AI ?', 'Scale AI — Investisseurs', '14,3 milliards US$ (2 sources) et 14 milliards US$ (1 source)', 'les sources divergent'],
    ['من استثمر في Scale AI؟', 'Scale AI — المستثمرون', '14.3 مليار US$ (مصدران) و 14 مليار US$ (مصدر واحد)', 'المصادر مختلفة'],
  ])('%s: Meta, with both amounts the sources give, in the language of the question', async (q, heading, amounts, disagree) => {
    const text = renderAnswer(await answerQuestion(backend, parseQuestion(q)!));
    expect(text.split('\n')[0]).toBe(`${heading}:`);
    expect(text).toContain(amounts);
    expect(text).toContain(disagree);
  });

  it('من هو الرئيس التنفيذي لميتا؟ → Mark Zuckerberg', async () => {
    const a = await answerQuestion(backend, parseQuestion('من هو الرئيس التنفيذي لميتا؟')!);
    expect(names(a)).toContain('Mark Zuckerberg');
  });

  it('kg entity ميتا: Meta, its aliases and sourced facts', async () => {
    const match = await resolveOrThrow(backend, 'ميتا');
    expect(match.entity.name).toBe('Meta');
    expect(match.entity.aliases).toEqual(expect.arrayContaining(['Meta Platforms', 'ميتا']));
    const text = renderCard(await buildEntityCard(backend, match.entity));
    expect(text).toContain('Invested in (INVESTED_IN →)');
    expect(text).toMatch(/Scale AI — US\$14\.3 billion/);
    expect(text).toMatch(/— seeds\/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it('a question about an entity the seeds do not know gets suggestions, not an answer', async () => {
    await expect(answerQuestion(backend, parseQuestion('Who invested in Scale IA Labs Corp?')!)).rejects.toMatchObject({ code: 'E_UNKNOWN_ENTITY' });
  });
});
