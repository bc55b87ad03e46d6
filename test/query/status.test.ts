/**
 * Answers never state what articles deny or only rumour, and name the current CEO before the
 * former ones (issue #10); Neo4j rows carry the same status and dates.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { graphRows } from '../../src/neo4j/rows.js';
import { buildFromDocuments } from '../../src/pipeline/index.js';
import { answerQuestion } from '../../src/query/answer.js';
import { parseQuestion } from '../../src/query/parse.js';
import { renderAnswer } from '../../src/query/render.js';
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
