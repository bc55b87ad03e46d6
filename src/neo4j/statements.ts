/**
 * Every Cypher statement kg writes: the schema (cypher/schema.cypher holds the same text
 * for people) and one load statement per label and relationship type. Labels and types
 * are spliced in only from the closed lists of src/model/types.ts; every value arrives
 * as the `$rows` parameter.
 *
 * Idempotency: nodes are MERGEd on `id`, mentions on (document, entity), facts on the
 * snapshot edge key stored as `key`; then `x = row.props` replaces all properties,
 * so loading the same snapshot twice changes nothing and a newer snapshot replaces claim
 * lists instead of appending to them.
 *
 * The replacement is written `ON CREATE SET x = row.props ON MATCH SET x = row.props`, not
 * a `SET` after the MERGE: the same effect, but a plain SET makes the planner put an Eager
 * (every row of the batch held in memory) between MERGE and SET. Measured on Neo4j 5.26
 * with 2 cores: about 40 % more facts per second (neo4j/bench-load.mjs, docs/neo4j.md).
 */
import { ENTITY_TYPES, isEntityType, isRelation, MENTIONS, RELATIONS, type EntityType, type Relation } from '../model/types.js';
import type { GraphRows, NodeRow, RelationshipRow } from './rows.js';

export const FULLTEXT_INDEX = 'entity_names';

export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]`,
];

/** The parameter every load statement reads. */
export const ROWS_PARAM = 'rows';

export interface LoadStatement {
  /** What it writes, e.g. "Entity:Person" or "INVESTED_IN"; for progress and dry runs. */
  name: string;
  cypher: string;
  rows: ReadonlyArray<NodeRow | RelationshipRow>;
}

const REPLACE_PROPS = (v: string) => `ON CREATE SET ${v} = row.props ON MATCH SET ${v} = row.props`;

export const DOCUMENT_STATEMENT = [
  `UNWIND $${ROWS_PARAM} AS row`,
  'MERGE (d:Document {id: row.id})',
  REPLACE_PROPS('d'),
].join('\n');

export function entityStatement(type: EntityType): string {
  if (!isEntityType(type)) throw new Error(`not an entity type: ${String(type)}`);
  const others = ENTITY_TYPES.filter((t) => t !== type);
  return [
    `UNWIND $${ROWS_PARAM} AS row`,
    'MERGE (n:Entity {id: row.id})',
    REPLACE_PROPS('n'),
    // A newer snapshot may have re-typed the entity: it keeps exactly one type label.
    `REMOVE n:${others.join(':')}`,
    `SET n:${type}`,
  ].join('\n');
}

export const MENTIONS_STATEMENT = [
  `UNWIND $${ROWS_PARAM} AS row`,
  'MATCH (d:Document {id: row.source})',
  'MATCH (e:Entity {id: row.target})',
  `MERGE (d)-[r:${MENTIONS}]->(e)`,
  REPLACE_PROPS('r'),
].join('\n');

export function factStatement(relation: Relation): string {
  if (!isRelation(relation)) throw new Error(`not a relation: ${String(relation)}`);
  return [
    `UNWIND $${ROWS_PARAM} AS row`,
    'MATCH (s:Entity {id: row.source})',
    'MATCH (t:Entity {id: row.target})',
    `MERGE (s)-[r:${relation} {key: row.key}]->(t)`,
    REPLACE_PROPS('r'),
  ].join('\n');
}

/**
 * The load plan in dependency order (nodes before the relationships that match them).
 * Statements without rows are left out.
 */
export function loadStatements(rows: GraphRows): LoadStatement[] {
  const out: LoadStatement[] = [{ name: 'Document', cypher: DOCUMENT_STATEMENT, rows: rows.documents }];
  for (const type of ENTITY_TYPES) out.push({ name: `Entity:${type}`, cypher: entityStatement(type), rows: rows.entities[type] });
  out.push({ name: MENTIONS, cypher: MENTIONS_STATEMENT, rows: rows.mentions });
  for (const relation of RELATIONS) out.push({ name: relation, cypher: factStatement(relation), rows: rows.facts[relation] });
  return out.filter((s) => s.rows.length > 0);
}

/** Every statement kg load can send, with or without rows; the lint test checks them all. */
export function allLoadStatementTexts(): string[] {
  return [DOCUMENT_STATEMENT, ...ENTITY_TYPES.map(entityStatement), MENTIONS_STATEMENT, ...RELATIONS.map(factStatement)];
}

/**
 * Rows per write transaction. 5000 loaded a 100,000-entity, 500,000-fact graph about 20 %
 * faster than 1000 (fewer commits; the rows go as pipelined statements of PIPELINE_ROWS,
 * loader.ts); 10000 was no faster. Neo4j holds one batch's changes in memory until commit.
 */
export const DEFAULT_BATCH_SIZE = 5000;

export function batches<T>(rows: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Matches the one `$rows` reference in a load statement (for scripts that inline the rows). */
export function rowsParameterPattern(): RegExp {
  return new RegExp(`\\$${ROWS_PARAM}\\b`);
}
