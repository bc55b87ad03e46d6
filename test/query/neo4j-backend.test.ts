/**
 * The Neo4j backend's mapping, without a server: a fake connection answers the three
 * cypher/ask queries from the very rows `kg load` writes (src/neo4j/rows.ts, claim lists
 * with NaN/""/false fillers included), and the answers must equal the snapshot backend's.
 * The same comparison against a real Neo4j is in neo4j.containers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { graphRows } from '../../src/neo4j/rows.js';
import { answerQuestion } from '../../src/query/answer.js';
import { buildEntityCard } from '../../src/query/card.js';
import { askCypher } from '../../src/query/cypher.js';
import { QUESTION_LANGUAGES } from '../../src/query/lang/index.js';
import { Neo4jBackend, type Neo4jRunner } from '../../src/query/neo4j-backend.js';
import { parseQuestion } from '../../src/query/parse.js';
import type { QueryBackend } from '../../src/query/types.js';
import type { Snapshot } from '../../src/snapshot/index.js';
import { SnapshotBackend } from '../../src/query/snapshot-backend.js';
import { fixtureBackend, fixtureSnapshot, hasPipeline, seedsSnapshot } from './helpers.js';

function fakeConnection(snapshot: Snapshot, log: string[] = []): Neo4jRunner {
  const rows = graphRows(snapshot);
  const entities = Object.values(rows.entities).flat();
  const byId = new Map(entities.map((e) => [e.id, e.props]));
  const docs = new Map(rows.documents.map((d) => [d.id, d.props]));
  const facts = Object.entries(rows.facts).flatMap(([relation, list]) => list.map((r) => ({ relation, ...r })));
  return {
    async run(cypher, params = {}) {
      if (cypher === askCypher('entity-index')) {
        log.push('entity-index');
        return entities.map((e) => ({ ...e.props }));
      }
      if (cypher === askCypher('facts-of')) {
        log.push(`facts-of ${String(params.id)}`);
        return facts
          .filter((f) => f.source === params.id || f.target === params.id)
          .map((f) => {
            const s = byId.get(f.source)!;
            const t = byId.get(f.target)!;
            const claimDocs = (f.props.claimDocs as string[]) ?? [];
            return {
              relation: f.relation,
              props: f.props,
              sourceId: s.id,
              sourceName: s.name,
              sourceType: s.type,
              targetId: t.id,
              targetName: t.name,
              targetType: t.type,
              documents: [...new Set(claimDocs)].map((id) => ({ id, path: docs.get(id)?.path, title: docs.get(id)?.title })),
            };
          });
      }
      if (cypher === askCypher('shortest-paths')) {
        log.push('shortest-paths');
        // Neo4j returns one row per relationship sequence: the same nodes twice when two facts join them.
        return [{ ids: [params.from, 'organization:scale-ai', params.to] }, { ids: [params.from, 'organization:scale-ai', params.to] }];
      }
      throw new Error(`unexpected Cypher: ${cypher}`);
    },
    async close() {},
  };
}

const snapshotBackend = fixtureBackend();

describe('Neo4jBackend over the rows kg load writes', () => {
  it('reads back every fact of an entity exactly as the snapshot backend gives it', async () => {
    const neo = new Neo4jBackend(fakeConnection(fixtureSnapshot()));
    for (const key of ['organization:meta', 'organization:scale-ai', 'person:jason-droege', 'person:mark-zuckerberg']) {
      expect(await neo.factsOf(key), key).toEqual(await snapshotBackend.factsOf(key));
    }
  });

  it('finds names with the same tiers and suggestions', async () => {
    const neo = new Neo4jBackend(fakeConnection(fixtureSnapshot()));
    for (const name of ['Meta', 'ميتا', 'scale-ai', 'Alexander Wang', 'Zuckerberg']) {
      const strip = (ms: Awaited<ReturnType<QueryBackend['findEntities']>>) => ms.map((m) => [m.entity.key, m.tier, m.distance]);
      expect(strip(await neo.findEntities(name)), name).toEqual(strip(await snapshotBackend.findEntities(name)));
      expect(await neo.suggest(name)).toEqual(await snapshotBackend.suggest(name));
    }
  });

  it('answers every example question like the snapshot backend', async () => {
    const neo = new Neo4jBackend(fakeConnection(fixtureSnapshot()));
    for (const lang of QUESTION_LANGUAGES) {
      for (const [intent, question] of Object.entries(lang.examples)) {
        if (intent === 'connection') continue; // the fake does not search paths
        const parsed = parseQuestion(question)!;
        const [a, b] = await Promise.all([
          answerQuestion(neo, parsed).catch((e: Error) => e.message),
          answerQuestion(snapshotBackend, parsed).catch((e: Error) => e.message),
        ]);
        expect(a, question).toEqual(b);
      }
    }
  });

  it('builds the same card, except aliases by language, which Neo4j does not store', async () => {
    const neo = new Neo4jBackend(fakeConnection(fixtureSnapshot()));
    const fromNeo = await buildEntityCard(neo, (await neo.entity('organization:meta'))!);
    const fromSnapshot = await buildEntityCard(snapshotBackend, (await snapshotBackend.entity('organization:meta'))!);
    expect(fromNeo.groups).toEqual(fromSnapshot.groups);
    expect({ ...fromNeo.entity, aliasesByLang: {} }).toEqual({ ...fromSnapshot.entity, aliasesByLang: {} });
  });

  it('reads the name table once per command and deduplicates paths that differ only in their relationships', async () => {
    const log: string[] = [];
    const neo = new Neo4jBackend(fakeConnection(fixtureSnapshot(), log));
    await neo.findEntities('Meta');
    await neo.findEntities('Scale AI');
    expect(log.filter((l) => l === 'entity-index')).toHaveLength(1);
    expect(await neo.shortestPaths('person:jason-droege', 'organization:meta')).toEqual([['person:jason-droege', 'organization:scale-ai', 'organization:meta']]);
    expect(await neo.shortestPaths('organization:meta', 'organization:meta')).toEqual([['organization:meta']]);
  });
});

describe.skipIf(!hasPipeline)(`Neo4jBackend over the seeds rows${hasPipeline ? '' : ' (skipped: src/pipeline/index.ts not there yet)'}`, () => {
  it('reads back every fact of every entity as the snapshot backend gives it', async () => {
    const snapshot = await seedsSnapshot();
    const neo = new Neo4jBackend(fakeConnection(snapshot));
    const local = new SnapshotBackend(snapshot);
    let facts = 0;
    for (const node of snapshot.nodes) {
      if (node.attributes.kind !== 'entity') continue;
      const fromNeo = await neo.factsOf(node.key);
      expect(fromNeo, node.key).toEqual(await local.factsOf(node.key));
      facts += fromNeo.length;
    }
    expect(facts).toBeGreaterThan(0);
  });
});
