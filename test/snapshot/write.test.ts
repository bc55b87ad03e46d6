/**
 * The streamed snapshot writer (src/snapshot/write.ts) writes, byte for byte, what the
 * validated snapshot of the graphology graph gives with JSON.stringify, for real builds and
 * for parts with every shape the contract allows (defaults left out, unknown keys, empty
 * lists, document keys whose MENTIONS edges would interleave); and its write is atomic.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphParts, graphFromParts, type GraphParts } from '../../src/graph/build.js';
import type { DocumentInfo } from '../../src/model/document.js';
import type { DocExtraction } from '../../src/model/extraction.js';
import { buildFromPaths } from '../../src/pipeline/index.js';
import { resolveEntities } from '../../src/resolve/resolve.js';
import { graphToSnapshot, parseSnapshot } from '../../src/snapshot/io.js';
import { snapshotText, summarySnapshot, writeSnapshotParts } from '../../src/snapshot/write.js';
import { entityViews, factViews } from '../../src/snapshot/views.js';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-write-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** What kg wrote before streaming: the whole graph exported, parsed by the contract, stringified. */
const wholeText = (parts: GraphParts) => `${JSON.stringify(graphToSnapshot(graphFromParts(parts)), null, 1)}\n`;

describe('streamed snapshot', () => {
  it('is the text of the whole snapshot for the seeds and the second dev set', async () => {
    for (const input of ['seeds', 'test/fixtures/dev2']) {
      const { parts } = await buildFromPaths([join(ROOT, input)], { workers: 1 });
      const text = [...snapshotText(parts)].join('');
      expect(text).toBe(wholeText(parts));
      expect(() => parseSnapshot(JSON.parse(text))).not.toThrow();
    }
  }, 60_000);

  it('fills defaults, leaves out keys the contract does not know, and orders MENTIONS edges by key when document keys interleave', () => {
    const mention = (id: number, name: string) => ({ id, text: name, name, start: 0, end: 1, type: 'Organization' as const, sentence: 0, ruleId: 'test' });
    const doc = (key: string): DocumentInfo => ({ key, sha256: 'a'.repeat(64), path: `${key}.txt`, lang: 'en', langSource: 'given', title: key });
    // "a->b" begins with "a->": the edges of document "a" and of "a->b" interleave by key.
    const docs = [doc('a'), doc('a->b'), doc('a-')];
    const xs: DocExtraction[] = docs.map((d) => ({
      docKey: d.key,
      lang: 'en',
      sentences: [{ index: 0, start: 0, end: 5, text: 'Acme.' }],
      mentions: [mention(0, 'Acme'), mention(1, 'Zeta Corp'), mention(2, 'Beta')],
      claims: [{ relation: 'COMPETES_WITH', subject: 0, object: 1, sentence: 0, ruleId: 'test', confidence: 0.5 }],
    }));
    const parts = buildGraphParts(docs, xs, resolveEntities(xs));
    // An attribute the contract does not know, and one with a default left out.
    const entity = parts.nodes.find(([, a]) => a.kind === 'entity')![1] as unknown as Record<string, unknown>;
    entity.internal = 'not written';
    delete entity.aliasesByLang;
    const text = [...snapshotText(parts)].join('');
    expect(text).toBe(wholeText(parts));
    expect(text).not.toContain('not written');
    const keys = (JSON.parse(text) as { edges: Array<{ key: string }> }).edges.map((e) => e.key);
    expect(keys).toEqual([...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  });

  it('writes an empty graph as JSON.stringify does', () => {
    const parts = buildGraphParts([], [], resolveEntities([]));
    expect([...snapshotText(parts)].join('')).toBe(wholeText(parts));
  });

  it('gives summaries the entities and facts of the snapshot', async () => {
    const { parts, snapshot } = await buildFromPaths([join(ROOT, 'seeds')], { workers: 1 });
    const summary = summarySnapshot(parts);
    expect(entityViews(summary)).toEqual(entityViews(snapshot));
    expect(factViews(summary)).toEqual(factViews(snapshot));
  }, 60_000);

  it('leaves the previous snapshot whole when the write is interrupted', async () => {
    const { parts } = await buildFromPaths([join(ROOT, 'seeds')], { workers: 1 });
    const path = join(dir, 'graph.json');
    await writeFile(path, '{"old": true}\n');
    await expect(
      writeSnapshotParts(parts, path, {
        beforeRename: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('{"old": true}\n');
    await writeSnapshotParts(parts, path);
    expect(await readFile(path, 'utf8')).toBe(wholeText(parts));
  }, 60_000);
});
