/** Compares a graph read back by a graphology parser with the snapshot it was written from. */
import type { AbstractGraph } from 'graphology-types';
import { expect } from 'vitest';
import { decodeAttributes, EDGE_COLUMNS, NODE_COLUMNS } from '../../src/export/attributes.js';
import { stripIllegalXmlChars } from '../../src/export/xml.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

/**
 * What survives export: plain string attributes lose XML-illegal characters; lists and
 * objects travel as JSON, whose \u escapes keep every character.
 */
function expected(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, typeof v === 'string' ? stripIllegalXmlChars(v) : v]));
}

export function expectSameGraph(graph: AbstractGraph, snapshot: Snapshot): void {
  expect(graph.order).toBe(snapshot.nodes.length);
  expect(graph.size).toBe(snapshot.edges.length);
  for (const node of snapshot.nodes) {
    const key = stripIllegalXmlChars(node.key);
    expect(graph.hasNode(key), `node ${key}`).toBe(true);
    expect(decodeAttributes(graph.getNodeAttributes(key), NODE_COLUMNS)).toEqual(expected(node.attributes));
  }
  for (const edge of snapshot.edges) {
    const key = stripIllegalXmlChars(edge.key);
    expect(graph.hasEdge(key), `edge ${key}`).toBe(true);
    expect(graph.source(key)).toBe(edge.source);
    expect(graph.target(key)).toBe(edge.target);
    expect(graph.isDirected(key)).toBe(true);
    expect(decodeAttributes(graph.getEdgeAttributes(key), EDGE_COLUMNS)).toEqual(expected(edge.attributes));
  }
}
