import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { buildFromDocuments, PIPELINES } from '../../src/pipeline/index.js';
import { factViews } from '../../src/snapshot/views.js';

describe('pipelines', () => {
  it('are the same list of named stages except for the extract stage', () => {
    expect(PIPELINES.rules.map((s) => s.name)).toEqual(['ingest', 'extract', 'resolve', 'build']);
    expect(PIPELINES.llm.map((s) => s.name)).toEqual(PIPELINES.rules.map((s) => s.name));
    PIPELINES.rules.forEach((stage, i) => {
      if (stage.name !== 'extract') expect(PIPELINES.llm[i]).toBe(stage);
      else expect(PIPELINES.llm[i]).not.toBe(stage);
    });
  });

  it('build a graph from documents already in memory, timing each stage', async () => {
    const text = 'Mark Zuckerberg, CEO von Meta, kündigte eine Investition von 14,3 Milliarden US-Dollar in das Unternehmen Scale AI an.';
    const doc: Document = { key: 'doc:0123456789abcdef', sha256: '0'.repeat(64), path: 'memo.txt', text, lang: 'de', langSource: 'given', title: 'memo' };
    const r = await buildFromDocuments([doc]);
    expect(factViews(r.snapshot).map((f) => f.type).sort()).toEqual(['CEO_OF', 'INVESTED_IN']);
    expect(r.timings.ingestMs).toBe(0);
    expect(r.timings.extractMs).toBeGreaterThan(0);
  });
});
