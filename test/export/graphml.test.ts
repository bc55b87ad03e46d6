import graphology from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../src/export/graphml.js';
import { HOSTILE_SNAPSHOT_PATH, loadSnapshot, SMALL_SNAPSHOT_PATH } from './fixtures.js';
import { expectSameGraph } from './roundtrip.js';

const { MultiDirectedGraph } = graphology;

describe('GraphML export', () => {
  it('reads back with graphology-graphml to the same nodes, edges and attributes', () => {
    const snapshot = loadSnapshot(SMALL_SNAPSHOT_PATH);
    const graph = parse(MultiDirectedGraph, toGraphML(snapshot));
    expectSameGraph(graph, snapshot);
    expect(graph.getAttribute('schemaVersion')).toBe(1);
    expect(graph.getAttribute('generator')).toBe(snapshot.attributes.generator);
  });

  it('types attributes: numbers stay numbers, booleans stay booleans', () => {
    const graph = parse(MultiDirectedGraph, toGraphML(loadSnapshot(SMALL_SNAPSHOT_PATH)));
    expect(graph.getNodeAttribute('organization:meta', 'mentions')).toBe(9);
    expect(graph.getEdgeAttribute('INVESTED_IN:organization:meta->organization:scale-ai', 'amount')).toBe(14_300_000_000);
    expect(graph.getEdgeAttribute('CEO_OF:person:jason-droege->organization:scale-ai', 'interim')).toBe(true);
    expect(graph.getNodeAttribute('organization:meta', 'label')).toBe('Meta');
  });

  it('survives markup, quotes and XML-illegal control characters from articles', () => {
    const snapshot = loadSnapshot(HOSTILE_SNAPSHOT_PATH);
    const xml = toGraphML(snapshot);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).not.toContain('<img');
    expectSameGraph(parse(MultiDirectedGraph, xml), snapshot);
  });
});
