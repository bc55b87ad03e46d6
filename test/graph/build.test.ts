import { describe, expect, it } from 'vitest';
import { buildGraph, factKey } from '../../src/graph/build.js';
import type { Document } from '../../src/model/document.js';
import type { DocExtraction, ExtractedClaim } from '../../src/model/extraction.js';
import { resolveEntities } from '../../src/resolve/resolve.js';
import { graphToSnapshot, parseSnapshot } from '../../src/snapshot/io.js';
import { factViews, mentionViews } from '../../src/snapshot/views.js';

function document(key: string, lang: string, text: string): Document {
  return { key, sha256: key.slice(4).padEnd(64, '0'), path: `${key.slice(4)}.txt`, text, lang, langSource: 'given', title: text.slice(0, 20) };
}

function extraction(d: Document, claims: Array<Partial<ExtractedClaim> & Pick<ExtractedClaim, 'relation' | 'subject' | 'object'>>): DocExtraction {
  return {
    docKey: d.key,
    lang: d.lang,
    sentences: [{ index: 0, start: 0, end: d.text.length, text: d.text }],
    mentions: [
      { id: 0, text: 'Meta', start: 0, end: 4, name: 'Meta', type: 'Organization', canonical: 'Meta', sentence: 0, ruleId: 'gazetteer' },
      { id: 1, text: 'Scale AI', start: 5, end: 13, name: 'Scale AI', type: 'Organization', canonical: 'Scale AI', sentence: 0, ruleId: 'gazetteer' },
      { id: 2, text: 'Llama', start: 14, end: 19, name: 'Llama', type: 'Product', canonical: 'Llama', sentence: 0, ruleId: 'gazetteer' },
    ],
    claims: claims.map((c) => ({ sentence: 0, ruleId: `${d.lang}.test`, confidence: 0.8, ...c })),
  };
}

const de = document('doc:aaaaaaaaaaaaaaaa', 'de', 'Meta investiert 14,3 Milliarden Dollar in Scale AI.');
const tr = document('doc:bbbbbbbbbbbbbbbb', 'tr', "Meta Scale AI'a 14 milyar dolar yatırım yaptı.");

function build(xs: DocExtraction[], docs = [de, tr]) {
  const graph = buildGraph(docs, xs, resolveEntities(xs));
  return graphToSnapshot(graph);
}

describe('buildGraph', () => {
  it('puts two reports of one investment on one edge, with both claims and a conflict flag', () => {
    const snap = build([
      extraction(de, [{ relation: 'INVESTED_IN', subject: 0, object: 1, amount: 14.3e9, currency: 'USD' }]),
      extraction(tr, [{ relation: 'INVESTED_IN', subject: 0, object: 1, amount: 14e9, currency: 'USD' }]),
    ]);
    const facts = factViews(snap).filter((f) => f.type === 'INVESTED_IN');
    expect(facts).toHaveLength(1);
    expect(facts[0].key).toBe(factKey('INVESTED_IN', 'organization:meta', 'organization:scale-ai'));
    expect(facts[0].claims.map((c) => c.amount).sort()).toEqual([14e9, 14.3e9]);
    expect(facts[0].claims.map((c) => c.lang).sort()).toEqual(['de', 'tr']);
    expect(facts[0].conflict).toBe(true);
    expect(facts[0].sources).toBe(2);
  });

  it('stores a symmetric relation once, whichever way the text names it', () => {
    const snap = build([
      extraction(de, [{ relation: 'PARTNERS_WITH', subject: 1, object: 0 }]),
      extraction(tr, [{ relation: 'PARTNERS_WITH', subject: 0, object: 1 }]),
    ]);
    const facts = factViews(snap).filter((f) => f.type === 'PARTNERS_WITH');
    expect(facts).toHaveLength(1);
    expect(facts[0].symmetric).toBe(true);
    expect(facts[0].claims).toHaveLength(2);
  });

  it('keeps spending plans of different years on different edges to a Topic node', () => {
    const snap = build([
      extraction(de, [
        { relation: 'PLANS_SPENDING', subject: 0, object: { topic: 'Capital expenditure' }, amount: 68e9, currency: 'USD', year: 2025 },
        { relation: 'PLANS_SPENDING', subject: 0, object: { topic: 'Capital expenditure' }, amount: 38e9, currency: 'USD', year: 2024 },
      ]),
    ], [de]);
    const plans = factViews(snap).filter((f) => f.type === 'PLANS_SPENDING');
    expect(plans.map((p) => p.year).sort()).toEqual([2024, 2025]);
    expect(plans.every((p) => p.target === 'topic:capital-expenditure')).toBe(true);
  });

  it('drops a claim whose resolved types do not fit the relation', () => {
    const snap = build([extraction(de, [{ relation: 'CEO_OF', subject: 2, object: 0 }])], [de]);
    expect(factViews(snap)).toHaveLength(0);
  });

  it('links every document to the entities it mentions, with counts, and validates as a snapshot', () => {
    const snap = build([extraction(de, []), extraction(tr, [])]);
    expect(mentionViews(snap).filter((m) => m.source === de.key).map((m) => m.target).sort()).toEqual(['organization:meta', 'organization:scale-ai', 'product:llama']);
    expect(() => parseSnapshot(JSON.parse(JSON.stringify(snap)))).not.toThrow();
  });

  it('is deterministic: the same input gives the same file', () => {
    const xs = () => [extraction(tr, [{ relation: 'INVESTED_IN', subject: 0, object: 1, amount: 14e9 }]), extraction(de, [{ relation: 'DEVELOPS', subject: 0, object: 2 }])];
    expect(JSON.stringify(build(xs()))).toBe(JSON.stringify(build(xs().reverse())));
  });
});
