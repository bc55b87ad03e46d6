/**
 * The Neo4j backend against a real Neo4j: load a snapshot with `kg load`'s loader, then
 * every example question and entity card must come out as from the snapshot backend.
 * Runs against NEO4J_URI when set (a scratch database: the snapshot is MERGEd into it),
 * else in a testcontainers Neo4j; skipped, visibly, when neither exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNeo4j, resolveNeo4jOptions, type Neo4jConnection } from '../../src/neo4j/connection.js';
import { loadSnapshot } from '../../src/neo4j/loader.js';
import { answerQuestion } from '../../src/query/answer.js';
import { buildEntityCard } from '../../src/query/card.js';
import { QUESTION_LANGUAGES } from '../../src/query/lang/index.js';
import { Neo4jBackend } from '../../src/query/neo4j-backend.js';
import { parseQuestion } from '../../src/query/parse.js';
import { SnapshotBackend } from '../../src/query/snapshot-backend.js';
import type { Snapshot } from '../../src/snapshot/index.js';
import { fixtureSnapshot, hasPipeline, seedsSnapshot } from './helpers.js';

const NEO4J_IMAGE = 'neo4j:5.26-community';

async function containerRuntime(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

const target = process.env.NEO4J_URI ? 'NEO4J_URI' : (await containerRuntime()) ? 'testcontainers' : undefined;
const title = target ? `Neo4j backend = snapshot backend (${target})` : 'Neo4j backend = snapshot backend (skipped: no container runtime and NEO4J_URI unset)';

describe.skipIf(!target)(title, () => {
  let stop: (() => Promise<unknown>) | undefined;
  let connection: Neo4jConnection;
  let snapshot: Snapshot;
  let neo: Neo4jBackend;
  let local: SnapshotBackend;

  beforeAll(async () => {
    snapshot = hasPipeline ? await seedsSnapshot() : fixtureSnapshot();
    let options = resolveNeo4jOptions({}, process.env);
    if (target === 'testcontainers') {
      const { Neo4jContainer } = await import('@testcontainers/neo4j');
      const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword('kg-test-password').start();
      stop = () => container.stop();
      options = { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() };
    }
    connection = await openNeo4j(options);
    await loadSnapshot(connection, snapshot);
    neo = new Neo4jBackend(connection);
    local = new SnapshotBackend(snapshot);
  });

  afterAll(async () => {
    await connection?.close();
    await stop?.();
  });

  it('answers every example question in every language the same way', async () => {
    for (const lang of QUESTION_LANGUAGES) {
      for (const question of Object.values(lang.examples)) {
        const parsed = parseQuestion(question)!;
        const [a, b] = await Promise.all([
          answerQuestion(neo, parsed).catch((e: Error) => e.message),
          answerQuestion(local, parsed).catch((e: Error) => e.message),
        ]);
        expect(a, question).toEqual(b);
      }
    }
  });

  it('gives the same card for every entity (aliases by language are not stored in Neo4j)', async () => {
    for (const node of snapshot.nodes) {
      if (node.attributes.kind !== 'entity') continue;
      const [a, b] = await Promise.all([neo.entity(node.key), local.entity(node.key)]);
      expect({ ...a, aliasesByLang: {} }).toEqual({ ...b, aliasesByLang: {} });
      expect((await buildEntityCard(neo, a!)).groups, node.key).toEqual((await buildEntityCard(local, b!)).groups);
    }
  });
});
