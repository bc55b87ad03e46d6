/**
 * `kg load --replace`: after a load, remove what earlier loads wrote and this snapshot no
 * longer has, so a fact a rebuild dropped (a wrong extraction since fixed) leaves Neo4j too.
 *
 * "What kg wrote" is kg's part of the database: :Document and :Entity nodes, and the
 * relationships between them whose type is MENTIONS or one of kg's relations and that carry
 * kg's `key`. Anything else (other labels, relationships people drew by hand without a
 * `key`) is left alone, except that deleting an entity detaches it.
 *
 * How: read the ids and keys in the database (one streaming read each), subtract the
 * snapshot's, then delete the rest by id, in write transactions of `batchSize`, each
 * retried like a load batch. Relationships go first, then entities, then documents, so
 * every count says what that step removed. A writer racing the same graph can leave a
 * stale item behind; the next --replace removes it.
 */
import { ENTITY_TYPES, MENTIONS, RELATIONS } from '../model/types.js';
import type { Snapshot } from '../snapshot/schema.js';
import type { Neo4jConnection } from './connection.js';
import type { ReplaceSummary } from './replace-summary.js';
import { withRetry, type RetryOptions } from './retry.js';
import { graphRows } from './rows.js';
import { batches, DEFAULT_BATCH_SIZE } from './statements.js';

export { describeRemoval, type ReplaceSummary } from './replace-summary.js';

const KG_RELATIONSHIP_TYPES: readonly string[] = [MENTIONS, ...RELATIONS];

/** kg's relationships in the database: element id, type and key. */
export const STORED_RELATIONSHIPS = [
  'MATCH (a)-[r]->(b:Entity)',
  'WHERE (a:Entity OR a:Document) AND type(r) IN $types AND r.key IS NOT NULL',
  'RETURN elementId(r) AS elementId, type(r) AS type, r.key AS key',
].join('\n');
export const STORED_ENTITIES = 'MATCH (n:Entity) RETURN n.id AS id';
export const STORED_DOCUMENTS = 'MATCH (d:Document) RETURN d.id AS id';

export const DELETE_RELATIONSHIPS = 'UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r';
export const DELETE_ENTITIES = 'UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n';
export const DELETE_DOCUMENTS = 'UNWIND $ids AS id MATCH (d:Document {id: id}) DETACH DELETE d';

export interface ReplaceOptions {
  batchSize?: number;
  retry?: RetryOptions;
  /** Called after each delete batch (for the progress bar). */
  onBatch?: (what: 'relationships' | 'entities' | 'documents') => void;
}

export async function removeStale(
  connection: Pick<Neo4jConnection, 'run' | 'write'>,
  snapshot: Snapshot,
  options: ReplaceOptions = {},
): Promise<ReplaceSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const rows = graphRows(snapshot);
  const keepDocuments = new Set(rows.documents.map((d) => d.id));
  const keepEntities = new Set(ENTITY_TYPES.flatMap((t) => rows.entities[t].map((e) => e.id)));
  const keepRelationships = new Set([...rows.mentions.map((m) => m.key), ...RELATIONS.flatMap((r) => rows.facts[r].map((f) => f.key))]);

  const staleRels = (await connection.run(STORED_RELATIONSHIPS, { types: KG_RELATIONSHIP_TYPES })).filter(
    (r) => !keepRelationships.has(String(r.key)),
  );
  const staleEntities = (await connection.run(STORED_ENTITIES)).map((r) => String(r.id)).filter((id) => !keepEntities.has(id));
  const staleDocuments = (await connection.run(STORED_DOCUMENTS)).map((r) => String(r.id)).filter((id) => !keepDocuments.has(id));

  const summary: ReplaceSummary = { documents: 0, entities: 0, facts: 0, mentions: 0, batches: 0 };
  const deleteAll = async (
    cypher: string,
    ids: string[],
    what: 'relationships' | 'entities' | 'documents',
  ): Promise<{ nodes: number; relationships: number }> => {
    let nodes = 0;
    let relationships = 0;
    for (const batch of batches(ids, batchSize)) {
      const counters = await withRetry(
        () => connection.write(async (tx) => (await tx.run(cypher, { ids: batch })).summary.counters.updates()),
        options.retry,
      );
      nodes += counters.nodesDeleted ?? 0;
      relationships += counters.relationshipsDeleted ?? 0;
      summary.batches++;
      options.onBatch?.(what);
    }
    return { nodes, relationships };
  };

  const staleMentions = staleRels.filter((r) => r.type === MENTIONS).map((r) => String(r.elementId));
  const staleFacts = staleRels.filter((r) => r.type !== MENTIONS).map((r) => String(r.elementId));
  summary.mentions = (await deleteAll(DELETE_RELATIONSHIPS, staleMentions, 'relationships')).relationships;
  summary.facts = (await deleteAll(DELETE_RELATIONSHIPS, staleFacts, 'relationships')).relationships;
  summary.entities = (await deleteAll(DELETE_ENTITIES, staleEntities, 'entities')).nodes;
  summary.documents = (await deleteAll(DELETE_DOCUMENTS, staleDocuments, 'documents')).nodes;
  return summary;
}

