/**
 * The Cypher of the Neo4j backend lives in cypher/ask/*.cypher (shipped with the package),
 * where people can read and run it; this reads a file once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.js';

export const ASK_QUERIES = ['entity-index', 'facts-of', 'shortest-paths'] as const;
export type AskQuery = (typeof ASK_QUERIES)[number];

const cache = new Map<AskQuery, string>();

/** cypher/ask sits at the package root, above src/query (tsx) or dist/src/query (built). */
export function askCypherDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'cypher', 'ask');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) {
      throw new KgError('E_INSTALL', 'cannot find the cypher/ask folder of kg', {
        hint: 'Reinstall kg: the package must ship its cypher/ folder.',
      });
    }
  }
}

export function askCypher(name: AskQuery): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(askCypherDir(), `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
