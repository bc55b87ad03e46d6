import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { loadCommand } from '../../src/cli/commands/load.js';
import { summaryLine } from '../../src/cli/run/load.js';
import { isKgError, type KgError } from '../../src/errors.js';
import { lint } from './cypher-files.js';
import { freePort, startFakeBoltServer } from './fake-bolt-server.js';
import { AWAIT_INDEXES_STATEMENT, planLoad } from '../../src/neo4j/loader.js';
import { SCHEMA_STATEMENTS } from '../../src/neo4j/statements.js';
import { FIXTURE_PATH, fixtureSnapshot } from './snapshots.js';

function makeIO(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    stdin: new PassThrough(),
    env,
    cwd: process.cwd(),
    exitCode: 0,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const t = makeIO(env);
  const cmd = loadCommand(t.io).exitOverride();
  let error: KgError | undefined;
  try {
    await cmd.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (!isKgError(e)) throw e;
    error = e;
  }
  return { ...t, error };
}

describe('kg load', () => {
  it('--dry-run prints the statements and batch counts without connecting', async () => {
    // NEO4J_URI points at a closed port: a dry run must not notice.
    const r = await run([FIXTURE_PATH, '--dry-run', '--batch-size', '3'], { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    expect(r.error).toBeUndefined();
    expect(r.out()).toContain('CREATE CONSTRAINT entity_id IF NOT EXISTS');
    expect(r.out()).toContain('// MENTIONS: 8 rows in 3 batches of up to 3, as $rows');
    expect(r.out()).toContain('MERGE (s)-[r:INVESTED_IN {key: row.key}]->(t)');
    expect(lint(r.out(), { rows: [] })).toEqual([]);
  });

  it('fails within a second naming the URI when nothing listens', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const r = await run([FIXTURE_PATH], { NEO4J_URI: uri, NEO4J_PASSWORD: 'not-this-one-please' });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(r.error?.code).toBe('E_NEO4J_UNAVAILABLE');
    expect(r.error?.message).toContain(uri);
    expect(r.error?.hint).toContain('docker compose up -d');
    expect(`${r.out()}${r.err()}${r.error?.message}${r.error?.hint}`).not.toContain('not-this-one-please');
  });

  it('loads through the real driver: schema, then every batch, then one line of counts', async () => {
    const fake = await startFakeBoltServer({});
    try {
      const r = await run([FIXTURE_PATH, '--batch-size', '4'], { NEO4J_URI: fake.uri, NEO4J_PASSWORD: 'pw-for-the-fake' });
      expect(r.error).toBeUndefined();
      expect(fake.statements[0]).toBe('RETURN 1 AS ok');
      expect(fake.statements.slice(1, 6)).toEqual([...SCHEMA_STATEMENTS, AWAIT_INDEXES_STATEMENT]);
      const loads = fake.statements.filter((s) => s.startsWith('UNWIND $rows'));
      expect(loads).toHaveLength(planLoad(fixtureSnapshot(), 4).totalBatches);
      expect(r.out()).toMatch(
        new RegExp(`^loaded .*snapshot\\.small\\.json into ${fake.uri.replace(/[.]/g, '\\.')}: 3 documents, 6 entities, 8 mentions, 5 facts in ${loads.length} batches \\(nothing new\\) in \\d+\\.\\d s\n$`),
      );
      expect(r.out() + r.err()).not.toContain('pw-for-the-fake');
    } finally {
      await fake.close();
    }
  });

  it('rejects a batch size that is not a positive whole number', async () => {
    const r = await run([FIXTURE_PATH, '--batch-size', '0', '--dry-run']);
    expect(r.error?.code).toBe('E_USAGE');
    expect(r.error?.message).toContain('--batch-size');
  });

  it('says how to build a snapshot when there is none', async () => {
    const r = await run(['no/such/graph.json', '--dry-run']);
    expect(r.error?.code).toBe('E_SNAPSHOT');
    expect(r.error?.hint).toContain('kg build');
  });

  it('ends with one line of counts and time', () => {
    const line = summaryLine('out/graph.json', 'bolt://localhost:7687', undefined, {
      counts: { documents: 5, entities: 40, mentions: 70, facts: 30 },
      batches: 12,
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 900,
      ms: 1234,
    });
    expect(line).toBe(
      'loaded out/graph.json into bolt://localhost:7687: 5 documents, 40 entities, 70 mentions, 30 facts in 12 batches (nothing new) in 1.2 s',
    );
  });
});
