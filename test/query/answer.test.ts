import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/query/answer.js';
import { parseQuestion } from '../../src/query/parse.js';
import { renderAnswer } from '../../src/query/render.js';
import { fixtureBackend } from './helpers.js';

const backend = fixtureBackend();

async function ask(question: string) {
  const parsed = parseQuestion(question);
  if (!parsed) throw new Error(`did not parse: ${question}`);
  return answerQuestion(backend, parsed);
}

describe('answers on the small fixture', () => {
  it('who invested in Scale AI: Meta, with both claimed amounts and their sources', async () => {
    const a = await ask('Who invested in Scale AI?');
    expect(a.entities.map((e) => e.name)).toEqual(['Scale AI']);
    expect(a.lines.map((l) => l.entity.name)).toEqual(['Meta']);
    expect(a.lines[0].amounts.map((x) => [x.amount, x.sources])).toEqual([
      [14.3e9, 1],
      [14e9, 1],
    ]);
    const text = renderAnswer(a);
    expect(text).toContain('US$14.3 billion (1 source) and US$14 billion (1 source)');
    expect(text).toContain('seeds/de.txt');
    expect(text).toContain('seeds/tr.txt');
    expect(text).toContain('Die Investition von 14,3 Milliarden');
  });

  it('the same answer whichever language asks', async () => {
    const questions = ['Wer hat in Scale AI investiert?', "Scale AI'a kim yatırım yaptı?", 'من استثمر في Scale AI؟', '¿Quién invirtió en Scale AI?'];
    for (const q of questions) expect((await ask(q)).lines.map((l) => l.fact.key), q).toEqual(['INVESTED_IN:organization:meta->organization:scale-ai']);
  });

  it('how much did Meta invest in Scale AI, in Turkish with the names side by side, answered in Turkish', async () => {
    const a = await ask("Meta, Scale AI'a ne kadar yatırım yaptı?");
    expect(a.intent).toBe('investmentAmount');
    expect(a.entities.map((e) => e.key)).toEqual(['organization:meta', 'organization:scale-ai']);
    expect(renderAnswer(a)).toContain('Meta → Scale AI — 14,3 milyar US$ (1 kaynak) ve 14 milyar US$ (1 kaynak); %49 hisse, 29 milyar US$ değerleme');
    const en = await ask('How much did Meta invest in Scale AI?');
    expect(renderAnswer(en)).toContain('Meta → Scale AI — US$14.3 billion (1 source) and US$14 billion (1 source); 49% stake, valued at US$29 billion');
  });

  it('CEO answers mark the interim one; the interim form keeps only interim CEOs', async () => {
    const ceo = await ask('Who is the CEO of Scale AI?');
    expect(ceo.lines.map((l) => [l.entity.name, l.interim])).toEqual([['Jason Droege', true]]);
    expect(renderAnswer(ceo)).toContain('Jason Droege (interim)');
    const meta = await ask('من هو الرئيس التنفيذي لميتا؟');
    expect(meta.lines.map((l) => [l.entity.name, l.interim])).toEqual([['Mark Zuckerberg', false]]);
    const none = await ask('Who is the interim CEO of Meta?');
    expect(none.none).toBe(true);
    expect(renderAnswer(none)).toBe('Meta — CEO (interim):\n  The graph records nothing that answers this.\n');
  });

  it('spending plans grouped by year, with the range as stated', async () => {
    const a = await ask('What does Meta plan to spend?');
    expect(a.lines.map((l) => [l.year, l.entity.name, l.amounts[0]?.text])).toEqual([[2025, 'capital expenditure', 'US$60–65 billion']]);
    expect(renderAnswer(a)).toMatch(/\n {2}2025\n {4}capital expenditure — US\$60–65 billion/);
  });

  it('what connects two entities: the shortest chain of facts, each step with its evidence', async () => {
    const a = await ask('What connects Jason Droege and Meta?');
    expect(a.paths).toHaveLength(1);
    expect(a.paths[0].map((s) => [s.from.name, s.to.name, s.facts.map((f) => f.relation)])).toEqual([
      ['Jason Droege', 'Scale AI', ['CEO_OF']],
      ['Scale AI', 'Meta', ['INVESTED_IN']],
    ]);
    expect(renderAnswer(a)).toContain('Path (2 steps): Jason Droege — Scale AI — Meta');
  });

  it('says so when the graph holds nothing for the question', async () => {
    const a = await ask('Who competes with Meta?');
    expect(a.lines).toEqual([]);
    expect(renderAnswer(a)).toContain('Meta — Competitors:\n  The graph records nothing that answers this.');
  });

  it('unknown entities are errors with suggestions, not empty answers', async () => {
    await expect(ask('Who invested in Zuckerberg?')).rejects.toMatchObject({ code: 'E_UNKNOWN_ENTITY', hint: expect.stringContaining('Mark Zuckerberg') });
  });
});

describe('names side by side', () => {
  it('tries every split of the words until both names resolve', async () => {
    // "Meta Platforms" + "Scale AI'a": the first split ("Meta" + "Platforms Scale AI'a") fails.
    const a = await ask("Meta Platforms Scale AI'a ne kadar yatırım yaptı?");
    expect(a.entities.map((e) => e.key)).toEqual(['organization:meta', 'organization:scale-ai']);
  });
});
