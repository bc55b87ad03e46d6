/**
 * The Neo4j backend against a real Neo4j (test/neo4j/server.ts: the NEO4J_URI server that
 * .ci/run starts, or a testcontainers container): load the seeds snapshot with `kg load`'s
 * loader, then every example question in every language and every entity card must come
 * out exactly as from the snapshot backend, through the API and through the CLI
 * (`kg ask --neo4j`, `kg entity --neo4j` against `--snapshot`).
 * Against a NEO4J_URI server it first deletes the :Entity and :Document nodes there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openNeo4j, type Neo4jConnection, type Neo4jOptions } from '../../src/neo4j/connection.js';
import { loadSnapshot } from '../../src/neo4j/loader.js';
import { answerQuestion } from '../../src/query/answer.js';
import { buildEntityCard } from '../../src/query/card.js';
import { QUESTION_LANGUAGES } from '../../src/query/lang/index.js';
import { Neo4jBackend } from '../../src/query/neo4j-backend.js';
import { parseQuestion } from '../../src/query/parse.js';
import { SnapshotBackend } from '../../src/query/snapshot-backend.js';
import { writeSnapshot, type Snapshot } from '../../src/snapshot/index.js';
import { entityViews } from '../../src/snapshot/views.js';
import { runKg } from '../support/run-kg.js';
import { describeNeo4j } from '../neo4j/server.js';
import { fixtureSnapshot, hasPipeline, seedsSnapshot } from './helpers.js';

const QUESTIONS = QUESTION_LANGUAGES.flatMap((lang) => Object.values(lang.examples));

/** What the CLI reads for --neo4j: only the connection settings, nothing else from the shell. */
function neo4jEnv(o: Neo4jOptions): Record<string, string> {
  return { NEO4J_URI: o.uri, NEO4J_USERNAME: o.user, NEO4J_PASSWORD: o.password, ...(o.database ? { NEO4J_DATABASE: o.database } : {}) };
}

await describeNeo4j('Neo4j backend = snapshot backend', (server) => {
  let connection: Neo4jConnection;
  let snapshot: Snapshot;
  let neo: Neo4jBackend;
  let local: SnapshotBackend;
  let dir: string;
  let snapshotFile: string;

  beforeAll(async () => {
    snapshot = hasPipeline ? await seedsSnapshot() : fixtureSnapshot();
    connection = await openNeo4j(server.options());
    await connection.run('MATCH (n) WHERE n:Entity OR n:Document DETACH DELETE n', {}, { mode: 'write' });
    await loadSnapshot(connection, snapshot);
    neo = new Neo4jBackend(connection);
    local = new SnapshotBackend(snapshot);
    dir = mkdtempSync(join(tmpdir(), 'kg-ask-neo4j-'));
    snapshotFile = join(dir, 'graph.json');
    await writeSnapshot(snapshot, snapshotFile);
  });

  afterAll(async () => {
    await connection?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers every example question in every language the same way', async () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(7 * 5);
    for (const question of QUESTIONS) {
      const parsed = parseQuestion(question)!;
      const [a, b] = await Promise.all([
        answerQuestion(neo, parsed).catch((e: Error) => e.message),
        answerQuestion(local, parsed).catch((e: Error) => e.message),
      ]);
      expect(a, question).toEqual(b);
    }
  });

  it('gives the same card for every entity, aliases by language included', async () => {
    for (const node of snapshot.nodes) {
      if (node.attributes.kind !== 'entity') continue;
      const [a, b] = await Promise.all([neo.entity(node.key), local.entity(node.key)]);
      expect(a, node.key).toEqual(b);
      expect((await buildEntityCard(neo, a!)).groups, node.key).toEqual((await buildEntityCard(local, b!)).groups);
    }
  });

  it('kg ask --neo4j prints exactly what kg ask --snapshot prints, for every example question', async () => {
    const env = neo4jEnv(server.options());
    let answered = 0;
    for (const question of QUESTIONS) {
      const fromNeo4j = await runKg(['ask', '--neo4j', question], { env });
      const fromSnapshot = await runKg(['ask', '--snapshot', snapshotFile, question], { env: {} });
      expect(fromNeo4j, question).toEqual(fromSnapshot);
      if (fromNeo4j.code === 0) answered++;
    }
    // the examples are answerable on the seeds: a suite where every question failed alike proves nothing
    expect(answered).toBeGreaterThan(QUESTIONS.length / 2);
  }, 180_000);

  it('kg entity --neo4j prints exactly what kg entity --snapshot prints, for every entity and every alias script', async () => {
    const env = neo4jEnv(server.options());
    const names = new Set<string>();
    for (const e of entityViews(snapshot)) {
      names.add(e.name);
      // one alias per script the entity has (Arabic ميتا, Turkish, Latin …)
      for (const alias of e.aliases) if (/[^\u0000-\u024f]/.test(alias)) names.add(alias);
    }
    for (const name of names) {
      for (const json of [[], ['--json']]) {
        const fromNeo4j = await runKg(['entity', '--neo4j', ...json, name], { env });
        const fromSnapshot = await runKg(['entity', '--snapshot', snapshotFile, ...json, name], { env: {} });
        expect(fromNeo4j, name).toEqual(fromSnapshot);
        expect(fromNeo4j.code, `${name}: ${fromNeo4j.stderr}`).toBe(0);
      }
    }
  }, 180_000);
});
