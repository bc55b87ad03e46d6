/**
 * GraphML writer (graphology-graphml only parses). Every attribute of the snapshot is declared
 * once as a typed `<key>`; lists and objects are JSON text (see attributes.ts). Node and edge
 * ids are the snapshot keys, so the file reads back to the same graph.
 */
import type { Snapshot } from '../snapshot/schema.js';
import { type Column, EDGE_COLUMNS, encodedValues, GRAPH_COLUMNS, NODE_COLUMNS } from './attributes.js';
import { xmlEscape } from './xml.js';

const GRAPHML_TYPES: Record<Column['type'], string> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
  strings: 'string',
  json: 'string',
};

/** `label` for Gephi and yEd: the entity name, document title or relation. */
const LABEL: Column = { name: 'label', type: 'string' };

interface KeyTable {
  id(column: Column): string;
  declarations: string[];
}

function keyTable(domain: 'graph' | 'node' | 'edge', prefix: string, columns: readonly Column[]): KeyTable {
  const ids = new Map<string, string>();
  const declarations = columns.map((column, i) => {
    const id = `${prefix}${i}`;
    ids.set(column.name, id);
    return `  <key id="${id}" for="${domain}" attr.name="${column.name}" attr.type="${GRAPHML_TYPES[column.type]}"/>`;
  });
  return { id: (column) => ids.get(column.name)!, declarations };
}

function dataLines(table: KeyTable, values: Array<[Column, string]>, indent: string): string[] {
  return values.map(([column, text]) => `${indent}<data key="${table.id(column)}">${xmlEscape(text)}</data>`);
}

export function toGraphML(snapshot: Snapshot): string {
  const graphKeys = keyTable('graph', 'g', GRAPH_COLUMNS);
  const nodeKeys = keyTable('node', 'n', [...NODE_COLUMNS, LABEL]);
  const edgeKeys = keyTable('edge', 'e', [...EDGE_COLUMNS, LABEL]);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphKeys.declarations,
    ...nodeKeys.declarations,
    ...edgeKeys.declarations,
    '  <graph id="kg" edgedefault="directed">',
    ...dataLines(graphKeys, encodedValues(GRAPH_COLUMNS, snapshot.attributes), '    '),
  ];
  for (const node of snapshot.nodes) {
    const a = node.attributes;
    const label = a.kind === 'entity' ? a.name : a.title || a.path;
    lines.push(`    <node id="${xmlEscape(node.key)}">`);
    lines.push(...dataLines(nodeKeys, [...encodedValues(NODE_COLUMNS, a), [LABEL, label]], '      '));
    lines.push('    </node>');
  }
  for (const edge of snapshot.edges) {
    lines.push(`    <edge id="${xmlEscape(edge.key)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`);
    lines.push(...dataLines(edgeKeys, [...encodedValues(EDGE_COLUMNS, edge.attributes), [LABEL, edge.attributes.type]], '      '));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
