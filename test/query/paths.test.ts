import { describe, expect, it } from 'vitest';
import { allShortestPaths, MAX_PATH_LENGTH, MAX_PATHS } from '../../src/query/paths.js';

function graph(edges: Array<[string, string]>) {
  const adj = new Map<string, string[]>();
  for (const [a, b] of edges) {
    adj.set(a, [...(adj.get(a) ?? []), b]);
    adj.set(b, [...(adj.get(b) ?? []), a]);
  }
  return (k: string) => adj.get(k) ?? [];
}

describe('allShortestPaths', () => {
  it('returns every shortest path when several tie, sorted, whatever the neighbour order', () => {
    const a = graph([['x', 'm2'], ['x', 'm1'], ['m1', 'y'], ['m2', 'y'], ['x', 'z'], ['z', 'w'], ['w', 'y']]);
    const b = graph([['m1', 'y'], ['x', 'm1'], ['m2', 'y'], ['x', 'm2'], ['w', 'y'], ['z', 'w'], ['x', 'z']]);
    expect(allShortestPaths(a, 'x', 'y')).toEqual([['x', 'm1', 'y'], ['x', 'm2', 'y']]);
    expect(allShortestPaths(b, 'x', 'y')).toEqual(allShortestPaths(a, 'x', 'y'));
  });

  it('counts each pair of neighbours once, however many facts join them', () => {
    expect(allShortestPaths(graph([['x', 'y'], ['x', 'y'], ['y', 'x']]), 'x', 'y')).toEqual([['x', 'y']]);
  });

  it('gives up beyond MAX_PATH_LENGTH facts and on unconnected entities', () => {
    const chain = Array.from({ length: MAX_PATH_LENGTH + 1 }, (_, i) => [`n${i}`, `n${i + 1}`] as [string, string]);
    expect(allShortestPaths(graph(chain.slice(0, MAX_PATH_LENGTH)), 'n0', `n${MAX_PATH_LENGTH}`)).toHaveLength(1);
    expect(allShortestPaths(graph(chain), 'n0', `n${MAX_PATH_LENGTH + 1}`)).toEqual([]);
    expect(allShortestPaths(graph([['a', 'b'], ['c', 'd']]), 'a', 'd')).toEqual([]);
  });

  it('caps the number of paths shown', () => {
    const edges: Array<[string, string]> = [];
    for (let i = 0; i < MAX_PATHS + 5; i++) edges.push(['x', `m${String(i).padStart(2, '0')}`], [`m${String(i).padStart(2, '0')}`, 'y']);
    expect(allShortestPaths(graph(edges), 'x', 'y')).toHaveLength(MAX_PATHS);
  });
});
