import { describe, expect, it } from 'vitest';
import { forceLayout, LAYOUT_SIZE, labelBox, labelledExtent } from '../../src/export/layout.js';

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

describe('forceLayout keeps labels apart', () => {
  // A hub with 24 spokes and a chain: the shape of a news graph around one company.
  const nodes = ['hub', ...Array.from({ length: 24 }, (_, i) => `n${String(i).padStart(2, '0')}`)];
  const edges = nodes.slice(1).map((n, i) => (i < 18 ? ['hub', n] : [nodes[i]!, n]) as [string, string]);
  // Label lengths as in the seeds: mostly one or two words, some longer.
  const labels = Object.fromEntries(nodes.map((n, i) => [n, i % 5 === 0 ? `Superintelligence Lab ${i}` : `Entity ${i}`]));
  const sizes = Object.fromEntries(nodes.map((n) => [n, n === 'hub' ? 20 : 5]));

  it('no two label boxes overlap at the reference pane width, and the layout fills LAYOUT_SIZE', () => {
    const p = forceLayout({ nodes, edges, labels, sizes });
    const boxes = nodes.map((n) => {
      const { width, height } = labelBox(labels[n], sizes[n]!);
      return { n, x0: p[n]!.x, x1: p[n]!.x + width, y0: p[n]!.y - height / 2, y1: p[n]!.y + height / 2 };
    });
    const overlapping: string[] = [];
    for (const a of boxes) for (const b of boxes) if (a.n < b.n && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) overlapping.push(`${a.n}×${b.n}`);
    expect(overlapping).toEqual([]);
    // It fills the layout box (a layout that needs more room grows; it never shrinks back).
    const xs = Object.values(p).map((q) => q.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThanOrEqual(LAYOUT_SIZE * 0.5);
    expect(forceLayout({ nodes, edges, labels, sizes })).toEqual(p);
  });

  it('the labelled extent covers every label to its right end', () => {
    const p = forceLayout({ nodes, edges, labels, sizes });
    const box = labelledExtent(p, labels, sizes);
    for (const n of nodes) expect(box.x[1]).toBeGreaterThanOrEqual(Math.floor(p[n]!.x + labelBox(labels[n], sizes[n]!).width));
  });
});
