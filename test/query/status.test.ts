/**
 * Answers never state what articles deny or only rumour, and name the current holder of a
 * role (CEO, job title, board seat) before the former ones (issue #10), in the language of
 * the question; Neo4j rows carry the same status and dates.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { graphRows } from '../../src/neo4j/rows.js';
import { buildFromDocuments } from '../../src/pipeline/index.js';
import { answerQuestion } from '../../src/query/answer.js';
import { parseQuestion } from '../../src/query/parse.js';
import { buildEntityCard } from '../../src/query/card.js';
import { renderAnswer, renderCard } from '../../src/query/render.js';
import { SnapshotBackend } from '../../src/query/snapshot-backend.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

function doc(lang: string, text: string, publishedAt?: string): Document {
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { key: `doc:${sha256.slice(0, 16)}`, sha256, path: `${lang}-${sha256.slice(0, 6)}.txt`, text, lang, langSource: 'given', title: text.slice(0, 30), ...(publishedAt ? { publishedAt } : {}) };
}

let snapshot: Snapshot;

beforeAll(async () => {
  snapshot = (
    await buildFromDocuments(
      [
        doc('en', 'Jane Roe is the CEO of Acme Corp.', '2023-05-01'),
        doc('en', 'John Poe is the CEO of Acme Corp.', '2024-06-01'),
        doc('en', 'Orbiton Group denied that it had invested in Quillon Labs.', '2024-01-10'),
        doc('de', 'Orbiton Group investiert nicht in Quillon Labs.', '2024-01-11'),
        doc('en', 'Kestrel Foods is in talks to acquire Tessa Robotics.', '2024-02-01'),
        doc('en', 'Mary Major is the chief financial officer of Acme Corp.', '2023-03-01'),
        doc('en', 'Mary Major, the former chief financial officer of Acme Corp, spoke on Monday.', '2024-03-01'),
        doc('en', 'Paul Pole is the chief financial officer of Acme Corp.', '2024-04-01'),
        doc('en', 'Rita Rowe is a board member of Acme Corp.', '2023-01-01'),
        doc('en', 'Rita Rowe left Acme Corp.', '2024-05-01'),
        doc('en', 'Sam Stone is a board member of Acme Corp.', '2024-01-01'),
      ],
      { workers: 1 },
    )
  ).snapshot;
});

async function ask(question: string) {
  const parsed = parseQuestion(question);
  if (!parsed) throw new Error(`not parsed: ${question}`);
  return answerQuestion(new SnapshotBackend(snapshot), parsed);
}

describe('answers', () => {
  it('name the current CEO first and list the former one with the date the role ended', async () => {
    const a = await ask('Who is the CEO of Acme Corp?');
    expect(a.lines.map((l) => [l.entity.name, l.former])).toEqual([
      ['John Poe', undefined],
      ['Jane Roe', { until: '2024-06-01' }],
    ]);
    expect(renderAnswer(a)).toContain('Jane Roe (former, since 2024-06-01)');
  });

  it('show a denial as a denial with its sources, never as an investment', async () => {
    const a = await ask('Who invested in Quillon Labs?');
    expect(a.lines).toHaveLength(1);
    expect(a.lines[0].fact.status).toBe('negated');
    expect(a.lines[0].fact.sources).toBe(0);
    const text = renderAnswer(a);
    expect(text).toContain('Orbiton Group — denied or negated, not a fact (2 sources)');
    expect(text).not.toMatch(/Orbiton Group · \d source/);
  });

  it('show talks as not completed', async () => {
    const facts = await new SnapshotBackend(snapshot).factsOf('organization:kestrel-foods');
    expect(facts.find((f) => f.relation === 'ACQUIRED')?.status).toBe('reported_talks');
  });
});

/** Per language: the question, and the words its answer must use (the former holder and the date the role ended). */
type Asked = [lang: string, question: string, expected: string];

describe('roles end for every role relation, in every answer language', () => {
  it.each<Asked>([
    ['en', 'Who is the CEO of Acme Corp?', 'Jane Roe (former, since 2024-06-01)'],
    ['de', 'Wer ist der CEO von Acme Corp?', 'Jane Roe (ehemalig, seit 2024-06-01)'],
    ['nl', 'Wie is de CEO van Acme Corp?', 'Jane Roe (voormalig, sinds 2024-06-01)'],
    ['tr', "Acme Corp'un CEO'su kim?", 'Jane Roe (eski, 2024-06-01 tarihinden beri)'],
    ['ar', 'من هو الرئيس التنفيذي لشركة Acme Corp؟', 'Jane Roe (سابق، منذ 2024-06-01)'],
    ['fr', 'Qui est le PDG de Acme Corp ?', 'Jane Roe (ancien, depuis le 2024-06-01)'],
    ['es', '¿Quién es el CEO de Acme Corp?', 'Jane Roe (cargo anterior, desde 2024-06-01)'],
  ])('%s CEO_OF (a successor): %s', async (_lang, question, expected) => {
    const a = await ask(question);
    expect(a.lines.map((l) => l.entity.name)).toEqual(['John Poe', 'Jane Roe']);
    expect(renderAnswer(a)).toContain(expected);
  });

  it.each<Asked>([
    ['en', 'Who works for Acme Corp?', 'Mary Major (former, since 2024-03-01) — Chief Financial Officer'],
    ['de', 'Wer arbeitet für Acme Corp?', 'Mary Major (ehemalig, seit 2024-03-01) — Chief Financial Officer'],
    ['nl', 'Wie werkt voor Acme Corp?', 'Mary Major (voormalig, sinds 2024-03-01)'],
    ['tr', "Acme Corp'ta kim çalışıyor?", 'Mary Major (eski, 2024-03-01 tarihinden beri)'],
    ['ar', 'من يعمل في Acme Corp؟', 'Mary Major (سابق، منذ 2024-03-01)'],
    ['fr', 'Qui travaille pour Acme Corp ?', 'Mary Major (ancien, depuis le 2024-03-01)'],
    ['es', '¿Quién trabaja para Acme Corp?', 'Mary Major (cargo anterior, desde 2024-03-01)'],
  ])('%s WORKS_FOR (a later "former CFO"): %s', async (_lang, question, expected) => {
    const a = await ask(question);
    expect(a.lines.map((l) => [l.entity.name, l.former !== undefined])).toEqual([
      ['Paul Pole', false],
      ['Mary Major', true],
    ]);
    expect(renderAnswer(a)).toContain(expected);
  });

  it.each<Asked>([
    ['en', 'Who is on the board of Acme Corp?', 'Rita Rowe (former, since 2024-05-01)'],
    ['de', 'Wer sitzt im Verwaltungsrat von Acme Corp?', 'Rita Rowe (ehemalig, seit 2024-05-01)'],
    ['nl', 'Wie zit in de raad van bestuur van Acme Corp?', 'Rita Rowe (voormalig, sinds 2024-05-01)'],
    ['tr', "Acme Corp'un yönetim kurulunda kim var?", 'Rita Rowe (eski, 2024-05-01 tarihinden beri)'],
    ['ar', 'من في مجلس إدارة Acme Corp؟', 'Rita Rowe (سابق، منذ 2024-05-01)'],
    ['fr', "Qui siège au conseil d'administration de Acme Corp ?", 'Rita Rowe (ancien, depuis le 2024-05-01)'],
    ['es', '¿Quién está en el consejo de administración de Acme Corp?', 'Rita Rowe (cargo anterior, desde 2024-05-01)'],
  ])('%s BOARD_MEMBER_OF (a later LEFT): %s', async (_lang, question, expected) => {
    const a = await ask(question);
    expect(a.lines.map((l) => [l.entity.name, l.former !== undefined])).toEqual([
      ['Sam Stone', false],
      ['Rita Rowe', true],
    ]);
    expect(renderAnswer(a)).toContain(expected);
  });

  it('does not end a role by a former title of another role: a former CTO stays COO', async () => {
    const snap = (
      await buildFromDocuments(
        [doc('en', 'Mary Major is the chief operating officer of Acme Corp.', '2023-03-01'), doc('en', 'Mary Major, the former chief technology officer of Acme Corp, spoke on Monday.', '2024-03-01')],
        { workers: 1 },
      )
    ).snapshot;
    const works = (await new SnapshotBackend(snap).factsOf('person:mary-major')).find((f) => f.relation === 'WORKS_FOR');
    expect(works?.current).toBe(true);
  });
});

describe('status words in the language of the question', () => {
  it.each<Asked>([
    ['en', 'Who invested in Quillon Labs?', 'Orbiton Group — denied or negated, not a fact (2 sources)'],
    ['de', 'Wer hat in Quillon Labs investiert?', 'Orbiton Group — dementiert oder verneint, keine Tatsache (2 Quellen)'],
    ['nl', 'Wie heeft in Quillon Labs geïnvesteerd?', 'Orbiton Group — ontkend of ontkracht, geen feit (2 bronnen)'],
    ['tr', "Quillon Labs'e kim yatırım yaptı?", 'Orbiton Group — yalanlandı veya reddedildi, olgu değil (2 kaynak)'],
    ['ar', 'من استثمر في Quillon Labs؟', 'Orbiton Group — منفي أو جرى نفيه، ليس حقيقة (مصدران)'],
    ['fr', 'Qui a investi dans Quillon Labs ?', 'Orbiton Group — démenti ou nié, pas un fait (2 sources)'],
    ['es', '¿Quién invirtió en Quillon Labs?', 'Orbiton Group — desmentido o negado, no es un hecho (2 fuentes)'],
  ])('%s denial: %s', async (_lang, question, expected) => {
    const text = renderAnswer(await ask(question));
    expect(text).toContain(expected);
  });

  it.each<Asked>([
    ['en', 'Who acquired Tessa Robotics?', 'Kestrel Foods — in talks or rumoured, not completed (1 source)'],
    ['de', 'Wer hat Tessa Robotics übernommen?', 'Kestrel Foods — in Gesprächen oder Gerücht, nicht vollzogen (1 Quelle)'],
    ['nl', 'Wie heeft Tessa Robotics overgenomen?', 'Kestrel Foods — in gesprek of gerucht, niet voltooid (1 bron)'],
    ['tr', "Tessa Robotics'i kim satın aldı?", 'Kestrel Foods — görüşme veya söylenti aşamasında, tamamlanmadı (1 kaynak)'],
    ['ar', 'من استحوذ على Tessa Robotics؟', 'Kestrel Foods — قيد المحادثات أو شائعة، لم يكتمل (مصدر واحد)'],
    ['fr', 'Qui a racheté Tessa Robotics ?', 'Kestrel Foods — en discussions ou rumeur, non conclu (1 source)'],
    ['es', '¿Quién compró Tessa Robotics?', 'Kestrel Foods — en conversaciones o rumor, no concluido (1 fuente)'],
  ])('%s talks: %s', async (lang, question, expected) => {
    const text = renderAnswer(await ask(question));
    expect(text).toContain(expected);
    // The claim's own mark is in the same language: no English status word is left.
    if (lang !== 'en') expect(text).not.toMatch(/\((?:in talks or rumoured|reported talks)/u);
  });

  it('entity cards write status, "former" and "ended" in the language asked for', async () => {
    const backend = new SnapshotBackend(snapshot);
    const mary = await backend.entity('person:mary-major');
    const de = renderCard(await buildEntityCard(backend, mary!), 'de');
    expect(de).toContain('Acme Corp — Chief Financial Officer · 2 Quellen · beendet am 2024-03-01');
    expect(de).toContain('(ehemalig, 2024-03-01)');
    const orbiton = await backend.entity('organization:orbiton-group');
    const tr = renderCard(await buildEntityCard(backend, orbiton!), 'tr');
    expect(tr).toContain('Quillon Labs — yalanlandı veya reddedildi, olgu değil (2 kaynak)');
    expect(tr).toContain('(yalanlandı veya reddedildi, 2024-01-10)');
  });
});

describe('Neo4j rows', () => {
  it('carry the fact status, role end, dates and per-claim statuses', () => {
    const rows = graphRows(snapshot);
    const invested = rows.facts.INVESTED_IN[0].props;
    expect(invested.status).toBe('negated');
    expect(invested.claimStatuses).toEqual(['negated', 'negated']);
    expect(invested.firstSeen).toBe('2024-01-10');
    const jane = rows.facts.CEO_OF.find((r) => r.source === 'person:jane-roe')!.props;
    expect(jane.current).toBe(false);
    expect(jane.endedBy).toBe('successor');
    expect(jane.endedAt).toBe('2024-06-01');
    expect(rows.facts.CEO_OF.find((r) => r.source === 'person:john-poe')!.props.current).toBe(true);
  });
});
