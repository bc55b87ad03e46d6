import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../src/model/types.js';
import { ASK_QUERIES, askCypher, askCypherDir } from '../../src/query/cypher.js';
import { MAX_PATH_LENGTH } from '../../src/query/paths.js';
import { lint } from '../neo4j/cypher-files.js';

describe('cypher/ask', () => {
  it.each([...ASK_QUERIES])('%s.cypher is valid Cypher over kg labels, types and properties, without warnings', (name) => {
    const problems = lint(askCypher(name), { id: 'organization:meta', from: 'a', to: 'b' });
    expect(problems).toEqual([]);
  });

  it('is read from the package folder, the same file people can open', () => {
    expect(askCypher('facts-of')).toBe(readFileSync(join(askCypherDir(), 'facts-of.cypher'), 'utf8'));
  });

  it('every query is parameterised: no literal ids in the text', () => {
    for (const name of ASK_QUERIES) expect(askCypher(name)).not.toMatch(/'(?:organization|person|doc):/);
  });

  it('the path search follows exactly the fact relationship types, up to MAX_PATH_LENGTH facts', () => {
    const text = askCypher('shortest-paths');
    const m = /\[:([A-Z_|]+)\*\.\.(\d+)\]/.exec(text);
    expect(m?.[1].split('|').sort()).toEqual([...RELATIONS].sort());
    expect(Number(m?.[2])).toBe(MAX_PATH_LENGTH);
  });
});
