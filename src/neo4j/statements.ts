/**
 * Every Cypher statement kg writes: the schema (cypher/schema.cypher holds the same text
 * for people) and one load statement per label and relationship type. Labels and types
 * are spliced in only from the closed lists of src/model/types.ts; every value arrives
 * as the `$rows` parameter.
 *
 * Idempotency: nodes are MERGEd on `id`, mentions on (document, entity), facts on the
 * snapshot edge key stored as `key`; then `SET x = row.props` replaces all properties,
 * so loading the same snapshot twice changes nothing and a newer snapshot replaces claim
 * lists instead of appending to them.
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

export const DOCUMENT_STATEMENT = [
  `UNWIND $${ROWS_PARAM} AS row`,
  'MERGE (d:Document {id: row.id})',
  'SET d = row.props',
].join('\n');

export function entityStatement(type: EntityType): string {
  if (!isEntityType(type)) throw new Error(`not an entity type: ${String(type)}`);
  const others = ENTITY_TYPES.filter((t) => t !== type);
  return [
    `UNWIND $${ROWS_PARAM} AS row`,
    'MERGE (n:Entity {id: row.id})',
    // A newer snapshot may have re-typed the entity: it keeps exactly one type label.
    `REMOVE n:${others.join(':')}`,
    `SET n:${type}, n = row.props`,
  ].join('\n');
}

export const MENTIONS_STATEMENT = [
  `UNWIND $${ROWS_PARAM} AS row`,
  'MATCH (d:Document {id: row.source})',
  'MATCH (e:Entity {id: row.target})',
  `MERGE (d)-[r:${MENTIONS}]->(e)`,
  'SET r = row.props',
].join('\n');

export function factStatement(relation: Relation): string {
  if (!isRelation(relation)) throw new Error(`not a relation: ${String(relation)}`);
  return [
    `UNWIND $${ROWS_PARAM} AS row`,
    'MATCH (s:Entity {id: row.source})',
    'MATCH (t:Entity {id: row.target})',
    `MERGE (s)-[r:${relation} {key: row.key}]->(t)`,
    'SET r = row.props',
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

export const DEFAULT_BATCH_SIZE = 1000;

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
