import { describe, expect, it } from 'vitest';
import { forceLayout } from '../../src/export/layout.js';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('forceLayout', () => {
  const input = {
    nodes: ['a', 'b', 'c', 'd', 'e', 'f'],
    edges: [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e']] as Array<[string, string]>,
  };

  it('gives every node a finite position, the same on every run', () => {
    const first = forceLayout(input);
    expect(Object.keys(first).sort()).toEqual(input.nodes);
    for (const p of Object.values(first)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(forceLayout(input)).toEqual(first);
  });

  it('puts linked nodes closer together than unlinked ones and keeps nodes apart', () => {
    const p = forceLayout(input);
    expect(dist(p.d, p.e)).toBeLessThan(dist(p.a, p.d));
    expect(dist(p.a, p.b)).toBeLessThan(dist(p.a, p.f));
    const keys = Object.keys(p);
    for (const x of keys) for (const y of keys) if (x < y) expect(dist(p[x], p[y])).toBeGreaterThan(1);
  });

  it('ignores edges to unknown nodes and handles empty and one-node graphs', () => {
    expect(forceLayout({ nodes: [], edges: [] })).toEqual({});
    expect(Object.keys(forceLayout({ nodes: ['a'], edges: [['a', 'zz']] }))).toEqual(['a']);
  });
});
