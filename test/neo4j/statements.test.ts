import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, MENTIONS, RELATIONS } from '../../src/model/types.js';
import { graphRows } from '../../src/neo4j/rows.js';
import {
  allLoadStatementTexts,
  batches,
  entityStatement,
  factStatement,
  loadStatements,
  SCHEMA_STATEMENTS,
} from '../../src/neo4j/statements.js';
import { fixtureSnapshot, HOSTILE_NAME, hostileSnapshot } from './snapshots.js';

describe('load statements', () => {
  it('has one statement per entity type, one for documents, one for mentions and one per relation', () => {
    expect(allLoadStatementTexts()).toHaveLength(1 + ENTITY_TYPES.length + 1 + RELATIONS.length);
  });

  it('gives an entity exactly its own type label besides Entity', () => {
    const s = entityStatement('Person');
    expect(s).toContain('MERGE (n:Entity {id: row.id})');
    expect(s).toContain('ON CREATE SET n = row.props ON MATCH SET n = row.props');
    expect(s).toMatch(/\nSET n:Person$/);
    const removed = /REMOVE n:(\S+)/.exec(s)![1]!.split(':');
    expect(removed.sort()).toEqual(ENTITY_TYPES.filter((t) => t !== 'Person').sort());
  });

  it('merges a fact on its edge key between the two entities and replaces its properties', () => {
    expect(factStatement('INVESTED_IN')).toBe(
      [
        'UNWIND $rows AS row',
        'MATCH (s:Entity {id: row.source})',
        'MATCH (t:Entity {id: row.target})',
        'MERGE (s)-[r:INVESTED_IN {key: row.key}]->(t)',
        'ON CREATE SET r = row.props ON MATCH SET r = row.props',
      ].join('\n'),
    );
  });

  it('refuses a label or type outside the closed lists', () => {
    expect(() => entityStatement('Person:Admin' as never)).toThrow(/not an entity type/);
    expect(() => factStatement('KNOWS' as never)).toThrow(/not a relation/);
  });

  it('never carries snapshot text: a hostile snapshot gets the very same statements', () => {
    const statements = loadStatements(graphRows(hostileSnapshot()));
    const texts = new Set(allLoadStatementTexts());
    for (const s of statements) {
      expect(texts.has(s.cypher), s.name).toBe(true);
      expect(s.cypher).not.toContain("O'Brien");
    }
    expect(JSON.stringify(statements.map((s) => s.rows))).toContain(JSON.stringify(HOSTILE_NAME));
  });

  it('orders nodes before the relationships that match them and skips empty groups', () => {
    const names = loadStatements(graphRows(fixtureSnapshot())).map((s) => s.name);
    expect(names).toEqual(['Document', 'Entity:Person', 'Entity:Organization', 'Entity:Topic', MENTIONS, 'INVESTED_IN', 'CEO_OF', 'BOARD_MEMBER_OF', 'PLANS_SPENDING']);
  });

  it('uses only the labels and relationship types of the closed lists', () => {
    const allowed = new Set<string>(['Entity', 'Document', ...ENTITY_TYPES, ...RELATIONS, MENTIONS]);
    for (const text of [...allLoadStatementTexts(), ...SCHEMA_STATEMENTS]) {
      for (const m of text.matchAll(/[(\[]\w*:([A-Za-z_:|]+)/g)) {
        for (const name of m[1]!.split(/[:|]/).filter(Boolean)) expect(allowed.has(name), `${name} in ${text}`).toBe(true);
      }
    }
  });
});

describe('batches', () => {
  it('splits rows into batches of the given size, the last one shorter', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([1, 2], 1000)).toEqual([[1, 2]]);
    expect(batches([], 10)).toEqual([]);
  });

  it('rejects a batch size that is not a positive integer', () => {
    expect(() => batches([1], 0)).toThrow(RangeError);
    expect(() => batches([1], 1.5)).toThrow(RangeError);
  });
});
