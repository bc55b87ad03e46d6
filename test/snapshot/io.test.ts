import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnapshotError } from '../../src/errors.js';
import { graphToSnapshot, parseSnapshot, readSnapshot, snapshotToGraph, writeSnapshot } from '../../src/snapshot/io.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'snapshot.small.json');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-snap-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function rejection(p: Promise<unknown>): Promise<SnapshotError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SnapshotError);
  return err as SnapshotError;
}

describe('snapshot files', () => {
  it('round-trips through graphology unchanged', async () => {
    const snap = await readSnapshot(FIXTURE);
    const again = graphToSnapshot(snapshotToGraph(snap));
    expect(again).toEqual(snap);
    await writeSnapshot(again, join(dir, 'nested', 'graph.json'));
    expect(JSON.parse(await readFile(join(dir, 'nested', 'graph.json'), 'utf8'))).toEqual(snap);
  });

  it('says how to make a snapshot when the file is missing', async () => {
    const err = await rejection(readSnapshot(join(dir, 'nope.json')));
    expect(err.code).toBe('E_SNAPSHOT');
    expect(err.message).toMatch(/snapshot not found: .*nope\.json/u);
    expect(err.hint).toMatch(/kg build/u);
  });

  it('names the file when it is not JSON', async () => {
    await writeFile(join(dir, 'broken.json'), '{"nodes": [');
    const err = await rejection(readSnapshot(join(dir, 'broken.json')));
    expect(err.message).toMatch(/broken\.json is not valid JSON/u);
  });

  it('names the JSON path of the first problem when the shape is wrong', async () => {
    const snap = JSON.parse(await readFile(FIXTURE, 'utf8'));
    snap.edges.find((e: { attributes: { kind: string } }) => e.attributes.kind === 'fact').attributes.type = 'LIKES';
    expect(() => parseSnapshot(snap, 'x.json')).toThrow(/x\.json is not a kg snapshot: edges\.\d+\.attributes(\.type)?/u);
  });

  it('refuses another schema version and says to rebuild', () => {
    const err = (() => {
      try {
        parseSnapshot({ attributes: { schemaVersion: 99 }, nodes: [], edges: [] }, 'old.json');
      } catch (e) {
        return e as SnapshotError;
      }
      return undefined;
    })();
    expect(err?.message).toMatch(/old\.json: schemaVersion 99 is not supported/u);
    expect(err?.hint).toMatch(/Rebuild/u);
  });
});
