/**
 * Versions and duplicates of one article (issue #10): the later version replaces the earlier,
 * white-space-only differences are duplicates, near-copies of one wire story are one source.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleCounts } from '../../src/cli/run/build.js';
import { dedupeByContent, latestVersions } from '../../src/ingest/dedupe.js';
import { ingest } from '../../src/ingest/index.js';
import { markNearDuplicates, similarity, NEAR_DUPLICATE_JACCARD } from '../../src/ingest/near-duplicates.js';
import type { Document } from '../../src/model/document.js';
import { buildFromPaths } from '../../src/pipeline/index.js';
import { factViews } from '../../src/snapshot/views.js';

const draft = (path: string, text: string, extra: { id?: string; url?: string; publishedAt?: string } = {}) => ({ key: `doc:${path}`, sha256: path, path, text, ...extra });

const WIRE = 'Kestrel Foods said on Tuesday it had bought Tessa Robotics, a maker of warehouse robots based in Lyon, for an undisclosed sum. The deal gives Kestrel a foothold in automation, chief executive Anna Berg told reporters in Paris. Tessa Robotics employs about 120 people and sells its machines to grocers across Europe, the company said.';
const EDITED = WIRE.replace('told reporters in Paris.', 'told reporters in Paris on Tuesday.').replace('about 120', 'some 120');
const OTHER = 'Orbiton Group reported higher quarterly revenue on Wednesday as demand for its cloud software grew in Asia and North America, and it raised its forecast for the full year while keeping its dividend unchanged, the chief financial officer said.';

describe('versions', () => {
  it('keeps the later of two lines with the same id and url, by publishedAt, with a warning', () => {
    const r = latestVersions([
      draft('a.jsonl#L2', 'Orbiton Group invested $300 million in Quillon Labs.', { id: 'a1', url: 'https://x/1', publishedAt: '2024-05-02' }),
      draft('a.jsonl#L1', 'Orbiton Group invested $30 million in Quillon Labs.', { id: 'a1', url: 'https://x/1', publishedAt: '2024-05-01' }),
    ]);
    expect(r.kept.map((d) => d.path)).toEqual(['a.jsonl#L2']);
    expect(r.issues.map((i) => i.code)).toEqual(['superseded']);
    expect(r.issues[0].message).toContain('a.jsonl#L2');
  });

  it('falls back to input order without dates, and matches by url alone', () => {
    const r = latestVersions([draft('a#L1', 'Orbiton invested $30M.', { url: 'https://x/1' }), draft('a#L2', 'Orbiton invested $300M.', { url: 'https://x/1' })]);
    expect(r.kept.map((d) => d.path)).toEqual(['a#L2']);
  });

  it('keeps articles with different ids and urls', () => {
    expect(latestVersions([draft('a#L1', 'one', { id: '1' }), draft('a#L2', 'two', { id: '2' })]).kept).toHaveLength(2);
  });
});

describe('duplicates', () => {
  it('treat texts equal after folding white space as one', () => {
    const r = dedupeByContent([draft('a#L1', 'Kestrel Foods acquired Tessa Robotics.'), draft('a#L2', 'Kestrel Foods acquired  Tessa Robotics.   \n')]);
    expect(r.kept).toHaveLength(1);
    expect(r.issues[0].code).toBe('duplicate');
  });
});

describe('near-duplicates', () => {
  it('score one wire story with small edits high, and another story low', () => {
    expect(similarity(WIRE, EDITED)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_JACCARD);
    expect(similarity(WIRE, OTHER)).toBeLessThan(0.2);
  });

  it('mark the later copy with the original\'s key, deterministically', () => {
    const doc = (key: string, text: string): Document => ({ key, sha256: key, path: key, text, lang: 'en', langSource: 'given', title: key });
    const marked = markNearDuplicates([doc('doc:1', WIRE), doc('doc:2', OTHER), doc('doc:3', EDITED)]);
    expect(marked.map((d) => d.copyOf)).toEqual([undefined, undefined, 'doc:1']);
    expect(markNearDuplicates([doc('doc:1', WIRE), doc('doc:3', EDITED)]).map((d) => d.copyOf)).toEqual([undefined, 'doc:1']);
  });

  it('leave short briefs alone', () => {
    expect(similarity('Kestrel Foods acquired Tessa Robotics.', 'Kestrel Foods acquired Tessa Robotics today.')).toBe(0);
  });
});

describe('end to end', () => {
  it('reads a corrected version once, a white-space copy once, and counts a syndicated story as one source', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-versions-'));
    const file = join(dir, 'news.jsonl');
    const lines = [
      { id: 'a1', url: 'https://example.com/o', publishedAt: '2024-05-01', text: 'Orbiton Group invested $30 million in Quillon Labs.' },
      { id: 'a1', url: 'https://example.com/o', publishedAt: '2024-05-02', text: 'Orbiton Group invested $300 million in Quillon Labs.' },
      { id: 'b1', text: 'Orbiton Group invested $300 million in Quillon Labs.   ' },
      { id: 'w1', text: WIRE },
      { id: 'w2', text: EDITED },
    ];
    await writeFile(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const r = await buildFromPaths([file], { lang: 'en', workers: 1 });
    const invest = factViews(r.snapshot).find((f) => f.type === 'INVESTED_IN');
    expect(invest?.amount).toBe(300e6);
    expect(invest?.conflict).toBe(false);
    expect(invest?.sources).toBe(1);
    const acquired = factViews(r.snapshot).find((f) => f.type === 'ACQUIRED');
    expect(acquired?.sources).toBe(1);
    expect(acquired?.claims.length).toBeGreaterThanOrEqual(2);
    expect(articleCounts(r)).toBe('1 version replaced by a later one, 1 duplicate read once, 1 near-copy of 1 story counted as one source each');
    const docs = (await ingest([file], { lang: 'en' })).documents;
    expect(docs.filter((d) => d.copyOf !== undefined)).toHaveLength(1);
  });
});

describe('document dates in text files', () => {
  it('reads an ISO date line near the top, alone or after a label', async () => {
    const { dateLine } = await import('../../src/ingest/documents.js');
    expect(dateLine('Acme plans\nDate: 2024-11-03\n\nAcme Corp will spend…')).toBe('2024-11-03');
    expect(dateLine('2024-11-03T08:00:00Z\nAcme Corp …')).toBe('2024-11-03');
    expect(dateLine('Acme Corp spent $5bn on 2024-11-03 projects.\nMore text.')).toBeUndefined();
  });

  it('anchors "next year" in a text file with a date line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-dateline-'));
    const file = join(dir, 'brief.txt');
    await writeFile(file, 'Acme budget\nVeröffentlicht: 2024-11-03\n\nAcme Corp will im kommenden Jahr 40 Milliarden Euro in Kapitalausgaben stecken.\n');
    const r = await buildFromPaths([file], { lang: 'de', workers: 1 });
    expect(factViews(r.snapshot).find((f) => f.type === 'PLANS_SPENDING')?.year).toBe(2025);
  });
});
