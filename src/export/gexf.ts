/**
 * GEXF 1.3 writer for Gephi. Typed attribute columns (lists as `liststring`, claims as JSON
 * text, see attributes.ts), node colours by entity type and sizes by mentions in the `viz`
 * namespace. All edges stay directed, as in the snapshot; symmetric relations carry
 * `symmetric=true` instead of being turned into undirected edges, so the file reads back to
 * the same graph.
 */
import type { Snapshot } from '../snapshot/schema.js';
import { type Column, EDGE_COLUMNS, encodedValues, NODE_COLUMNS } from './attributes.js';
import { DOCUMENT_COLOR, ENTITY_COLORS, hexToRgb, nodeSize } from './palette.js';
import { xmlEscape } from './xml.js';

const GEXF_TYPES: Record<Column['type'], string> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
  strings: 'liststring',
  json: 'string',
};

/**
 * Columns get numeric ids and carry their name as title: Gephi reserves column ids such as
 * `id` and `label`, and graphology-gexf names attributes by title when ids are numeric.
 */
function declarations(domain: 'node' | 'edge', columns: readonly Column[]): { lines: string[]; id: Map<string, number> } {
  const id = new Map<string, number>();
  const lines = [`    <attributes class="${domain}" mode="static">`];
  columns.forEach((column, i) => {
    id.set(column.name, i);
    lines.push(`      <attribute id="${i}" title="${column.name}" type="${GEXF_TYPES[column.type]}"/>`);
  });
  lines.push('    </attributes>');
  return { lines, id };
}

function attvalues(id: Map<string, number>, values: Array<[Column, string]>, indent: string): string[] {
  if (values.length === 0) return [];
  return [
    `${indent}<attvalues>`,
    ...values.map(([column, text]) => `${indent}  <attvalue for="${id.get(column.name)}" value="${xmlEscape(text)}"/>`),
    `${indent}</attvalues>`,
  ];
}

export function toGexf(snapshot: Snapshot): string {
  const nodeModel = declarations('node', NODE_COLUMNS);
  const edgeModel = declarations('edge', EDGE_COLUMNS);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    `    <creator>${xmlEscape(snapshot.attributes.generator)}</creator>`,
    `    <description>kg knowledge graph (schemaVersion ${snapshot.attributes.schemaVersion}, extractor ${xmlEscape(snapshot.attributes.extractor)})</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...nodeModel.lines,
    ...edgeModel.lines,
    '    <nodes>',
  ];
  for (const node of snapshot.nodes) {
    const a = node.attributes;
    const label = a.kind === 'entity' ? a.name : a.title || a.path;
    const { r, g, b } = hexToRgb(a.kind === 'entity' ? ENTITY_COLORS[a.type] : DOCUMENT_COLOR);
    lines.push(`      <node id="${xmlEscape(node.key)}" label="${xmlEscape(label)}">`);
    lines.push(...attvalues(nodeModel.id, encodedValues(NODE_COLUMNS, a), '        '));
    lines.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    lines.push(`        <viz:size value="${nodeSize(a.kind === 'entity' ? a.mentions : 0)}"/>`);
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of snapshot.edges) {
    const a = edge.attributes;
    lines.push(
      `      <edge id="${xmlEscape(edge.key)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" type="directed" label="${a.type}" weight="${a.kind === 'fact' ? a.claims.length : a.count}">`,
    );
    lines.push(...attvalues(edgeModel.id, encodedValues(EDGE_COLUMNS, a), '        '));
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
