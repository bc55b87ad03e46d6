import graphology from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../src/export/gexf.js';
import { ENTITY_COLORS, hexToRgb } from '../../src/export/palette.js';
import { HOSTILE_SNAPSHOT_PATH, loadSnapshot, SMALL_SNAPSHOT_PATH } from './fixtures.js';
import { expectSameGraph } from './roundtrip.js';

const { MultiDirectedGraph } = graphology;

describe('GEXF export', () => {
  it('reads back with graphology-gexf to the same nodes, edges and attributes', () => {
    const snapshot = loadSnapshot(SMALL_SNAPSHOT_PATH);
    expectSameGraph(parse(MultiDirectedGraph, toGexf(snapshot)), snapshot);
  });

  it('gives Gephi typed columns: aliases as a real list, amounts as numbers', () => {
    const graph = parse(MultiDirectedGraph, toGexf(loadSnapshot(SMALL_SNAPSHOT_PATH)));
    expect(graph.getNodeAttribute('organization:meta', 'aliases')).toEqual(['Meta', 'Meta Platforms', "Meta'nın", 'ميتا']);
    expect(graph.getEdgeAttribute('PLANS_SPENDING:organization:meta->topic:meta-capital-expenditure:2025', 'amountMax')).toBe(65e9);
    expect(graph.getEdgeAttribute('PLANS_SPENDING:organization:meta->topic:meta-capital-expenditure:2025', 'year')).toBe(2025);
  });

  it('colours nodes by entity type and sizes them by mentions', () => {
    const graph = parse(MultiDirectedGraph, toGexf(loadSnapshot(SMALL_SNAPSHOT_PATH)));
    const { r, g, b } = hexToRgb(ENTITY_COLORS.Person);
    expect(graph.getNodeAttribute('person:mark-zuckerberg', 'color')).toBe(`rgb(${r},${g},${b})`);
    expect(graph.getNodeAttribute('organization:meta', 'size')).toBeGreaterThan(graph.getNodeAttribute('person:jason-droege', 'size'));
  });

  it('survives markup, quotes and XML-illegal control characters from articles', () => {
    const snapshot = loadSnapshot(HOSTILE_SNAPSHOT_PATH);
    const xml = toGexf(snapshot);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expectSameGraph(parse(MultiDirectedGraph, xml), snapshot);
  });
});
