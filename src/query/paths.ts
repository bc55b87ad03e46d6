/**
 * Shortest fact paths between two entities, direction ignored, for "what connects X and Y".
 * Every shortest path is returned (sorted, capped) rather than an arbitrary one, so the
 * snapshot and Neo4j backends give the same answer when several paths tie.
 */
import type { EntityPath } from './types.js';

/** Longest chain of facts searched; also the bound written in cypher/ask/shortest-paths.cypher. */
export const MAX_PATH_LENGTH = 6;
/** Paths shown when many tie. */
export const MAX_PATHS = 10;

export type Neighbours = (key: string) => Iterable<string>;

export function allShortestPaths(neighbours: Neighbours, from: string, to: string): EntityPath[] {
  if (from === to) return [[from]];
  const fromDist = distances(neighbours, from);
  const length = fromDist.get(to);
  if (length === undefined) return [];
  const toDist = distances(neighbours, to);
  const paths: EntityPath[] = [];
  const walk = (path: string[]): void => {
    const here = path[path.length - 1];
    if (here === to) {
      paths.push([...path]);
      return;
    }
    const step = path.length; // distance from `from` of the next node
    for (const next of new Set(neighbours(here))) {
      if (fromDist.get(next) === step && toDist.get(next) === length - step) {
        path.push(next);
        walk(path);
        path.pop();
      }
    }
  };
  walk([from]);
  return canonicalPaths(paths);
}

/** Deduplicated, sorted and capped: the form both backends return. */
export function canonicalPaths(paths: readonly EntityPath[]): EntityPath[] {
  const unique = new Map(paths.map((p) => [p.join('\u0000'), p]));
  return [...unique.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_PATHS)
    .map(([, p]) => p);
}

function distances(neighbours: Neighbours, start: string): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= MAX_PATH_LENGTH && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const n of neighbours(node)) {
        if (!dist.has(n)) {
          dist.set(n, d);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return dist;
}
