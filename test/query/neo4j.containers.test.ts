/**
 * The Neo4j backend against a real Neo4j: load a snapshot with `kg load`'s loader, then
 * every example question and entity card must come out as from the snapshot backend.
 * Runs against the server NEO4J_URI names (like test/neo4j/integration.test.ts, it first
 * deletes the :Entity and :Document nodes there), else in a testcontainers Neo4j of the
 * docker-compose.yml image; skipped, visibly and with the reason, when neither exists.
 */
import { readFileSync } from 'node:fs';
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

const COMPOSE = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');
const NEO4J_IMAGE = /^\s*image:\s*(neo4j:\S+)/m.exec(COMPOSE)?.[1] ?? 'neo4j:5.26-community';

/** Why there is nothing to run against, or undefined when a runtime answers. */
async function noContainerRuntime(): Promise<string | undefined> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return undefined;
  } catch (err) {
    return `no container runtime (${(err as Error).message.split('\n')[0]}) and NEO4J_URI is not set`;
  }
}

const skipReason = process.env.NEO4J_URI ? undefined : await noContainerRuntime();
const target = process.env.NEO4J_URI ? 'NEO4J_URI' : skipReason ? undefined : 'testcontainers';
const title = target ? `Neo4j backend = snapshot backend (${target === 'NEO4J_URI' ? process.env.NEO4J_URI : NEO4J_IMAGE})` : `Neo4j backend = snapshot backend (skipped: ${skipReason})`;

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
    if (target === 'NEO4J_URI') await connection.run('MATCH (n) WHERE n:Entity OR n:Document DETACH DELETE n', {}, { mode: 'write' });
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
