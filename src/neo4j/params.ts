/**
 * Rows as driver parameters. The driver sends every JavaScript number as a Neo4j FLOAT;
 * properties typed 'int' in PROPERTY_TYPES are wrapped so they are stored as INTEGER
 * (years read 2025, not 2025.0).
 */
import neo4j from 'neo4j-driver';
import { PROPERTY_TYPES, type NodeRow, type Props, type RelationshipRow } from './rows.js';

export function driverProps(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    const type = PROPERTY_TYPES[name];
    if (type === 'int' && typeof value === 'number') out[name] = neo4j.int(value);
    else if (type === 'int[]' && Array.isArray(value)) out[name] = (value as number[]).map((v) => neo4j.int(v));
    else out[name] = value;
  }
  return out;
}

export function driverRows(rows: ReadonlyArray<NodeRow | RelationshipRow>): Array<Record<string, unknown>> {
  return rows.map((row) => ({ ...row, props: driverProps(row.props) }));
}
