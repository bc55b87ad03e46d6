/**
 * Every statement a user or kg sends to Neo4j passes the official Cypher linter
 * (@neo4j-cypher/language-support) with no errors and no warnings, against kg's closed
 * lists of labels, relationship types and property names, so a typo in a label or
 * property fails here instead of silently returning nothing in Neo4j Browser.
 */
import { describe, expect, it } from 'vitest';
import { toCypherScript } from '../../src/export/cypher.js';
import { AWAIT_INDEXES_STATEMENT, describePlan, planLoad } from '../../src/neo4j/loader.js';
import { allLoadStatementTexts, SCHEMA_STATEMENTS } from '../../src/neo4j/statements.js';
import {
  DELETE_DOCUMENTS,
  DELETE_ENTITIES,
  DELETE_RELATIONSHIPS,
  STORED_DOCUMENTS,
  STORED_ENTITIES,
  STORED_RELATIONSHIPS,
} from '../../src/neo4j/replace.js';
import { lint, readCypherFiles } from './cypher-files.js';
import { fixtureSnapshot, hostileSnapshot } from './snapshots.js';

const files = readCypherFiles();
const queries = files.filter((f) => f.name !== 'schema.cypher');
const ROWS = { rows: [] };

describe('cypher/ example queries', () => {
  it('has the schema and at least nine example queries, each saying what it answers', () => {
    expect(files.map((f) => f.name)).toContain('schema.cypher');
    expect(queries.length).toBeGreaterThanOrEqual(9);
    for (const f of files) expect(f.description.length, f.name).toBeGreaterThan(30);
  });

  it('schema.cypher holds exactly the statements kg load runs first', () => {
    expect(files.find((f) => f.name === 'schema.cypher')!.statements).toEqual([...SCHEMA_STATEMENTS]);
  });

  it.each(queries.map((f) => [f.name, f] as const))('%s lints clean as pasted, with its :param lines', (_name, f) => {
    const declared = Object.fromEntries(Object.keys(f.params).map((k) => [k, '']));
    expect(lint(f.text, declared)).toEqual([]);
    expect(f.statements.length).toBeGreaterThanOrEqual(1);
  });

  it.each(queries.map((f) => [f.name, f] as const))('%s declares every parameter it uses, and uses every one it declares', (_name, f) => {
    const used = new Set([...f.statements.join('\n').matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
    expect([...used].sort()).toEqual(Object.keys(f.params).sort());
    // Without the :param lines the linter must object: the check above is not vacuous.
    if (used.size > 0) expect(lint(f.statements.join(';\n')).some((p) => p.severity === 'error')).toBe(true);
  });

  it('schema.cypher lints clean', () => {
    expect(lint(files.find((f) => f.name === 'schema.cypher')!.text)).toEqual([]);
  });
});

describe('statements kg generates', () => {
  it.each(allLoadStatementTexts().map((s) => [s.split('\n')[3] ?? s.split('\n')[1]!, s] as const))('load statement %s lints clean', (_n, s) => {
    expect(lint(s, ROWS)).toEqual([]);
  });

  it('the --replace statements lint clean', () => {
    for (const s of [STORED_RELATIONSHIPS, STORED_ENTITIES, STORED_DOCUMENTS]) expect(lint(s, { types: [] }), s).toEqual([]);
    for (const s of [DELETE_RELATIONSHIPS, DELETE_ENTITIES, DELETE_DOCUMENTS]) expect(lint(s, { ids: [] }), s).toEqual([]);
  });

  it('the schema statements and the index wait lint clean', () => {
    for (const s of [...SCHEMA_STATEMENTS, AWAIT_INDEXES_STATEMENT]) expect(lint(s), s).toEqual([]);
  });

  it('the --dry-run output lints clean as one script', () => {
    expect(lint(describePlan(planLoad(fixtureSnapshot())), ROWS)).toEqual([]);
  });

  it('the Cypher export lints clean, also with hostile text inlined', () => {
    expect(lint(toCypherScript(fixtureSnapshot()))).toEqual([]);
    expect(lint(toCypherScript(hostileSnapshot()))).toEqual([]);
  });

  it('the linter does catch a broken statement (the tests above can fail)', () => {
    expect(lint('MATCH (n:Entity RETURN n').some((p) => p.severity === 'error')).toBe(true);
    expect(lint('MATCH (n:Entity) RETURN n.nmae').some((p) => p.severity === 'warning')).toBe(true);
    expect(lint("UNWIND ['a''] AS x RETURN x").some((p) => p.severity === 'error')).toBe(true);
  });
});
