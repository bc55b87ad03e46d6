/**
 * Every statement kg generates (load, --replace, the Cypher export) passes the official
 * Cypher linter with no errors and no warnings; see cypher-lint.test.ts for the example
 * queries users paste. Two files so the linter's work runs on two workers.
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
import { lint, lintWhole, statementsLinted } from './cypher-files.js';
import { fixtureSnapshot, hostileSnapshot } from './snapshots.js';

const ROWS = { rows: [] };

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

  it('linting statement by statement, from the cache, gives what the linter gives for the whole script', () => {
    // A parameter it does not declare and a misspelt property; the same statement twice, on other lines; a syntax error last.
    const misspelt = 'MATCH (n:Entity)\nWHERE n.id = $id\nRETURN n.nmae;';
    const script = `RETURN 1 AS one;\n${misspelt}\n${misspelt}\nMATCH (n:Entity RETURN n`;
    const whole = lintWhole(script);
    expect(whole.map((p) => `${p.line} ${p.severity}`)).toEqual(expect.arrayContaining(['3 error', '4 warning', '6 error', '7 warning', '8 error']));
    expect(lint(script)).toEqual(whole);
    const analysed = statementsLinted();
    expect(lint(script)).toEqual(whole);
    expect(statementsLinted()).toBe(analysed);
    // The declared parameters are part of what is cached: declared, $id is no error.
    expect(lint(misspelt).map((p) => p.severity)).toEqual(['error', 'warning']);
    expect(lint(misspelt, { id: '' })).toEqual(lintWhole(misspelt, { id: '' }));
    expect(lint(misspelt, { id: '' }).map((p) => p.severity)).toEqual(['warning']);
  });
});
