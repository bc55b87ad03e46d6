/**
 * Every statement a user or kg sends to Neo4j passes the official Cypher linter
 * (@neo4j-cypher/language-support) with no errors and no warnings, against kg's closed
 * lists of labels, relationship types and property names, so a typo in a label or
 * property fails here instead of silently returning nothing in Neo4j Browser.
 *
 * Split from the statements kg generates (cypher-lint-generated.test.ts) so the two run
 * in parallel: the linter takes a few hundred milliseconds per statement.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_STATEMENTS } from '../../src/neo4j/statements.js';
import { lint, readCypherFiles } from './cypher-files.js';

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
