/**
 * The attribute model of the GraphML and GEXF exports, documented in docs/exports.md.
 * Both formats declare every attribute once with a type; values that are lists or objects
 * have no XML type of their own and are written as JSON text:
 * - `strings` (aliases, languages): a JSON array of strings. In GEXF the column is typed
 *   `liststring`, whose bracketed, double-quoted form is exactly a JSON array, so Gephi and
 *   graphology-gexf read it back as a list; GraphML has no list type, so it is a string there.
 * - `json` (claims, aliasesByLang): a JSON string in both formats.
 * `decodeAttributes` turns what a GraphML/GEXF parser returns back into snapshot attributes.
 */
export type ColumnType = 'string' | 'int' | 'double' | 'boolean' | 'strings' | 'json';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

export const GRAPH_COLUMNS: readonly Column[] = [
  { name: 'schemaVersion', type: 'int' },
  { name: 'generator', type: 'string' },
  { name: 'extractor', type: 'string' },
];

/** Entity and document attributes share one node table; `kind` tells them apart. */
export const NODE_COLUMNS: readonly Column[] = [
  { name: 'kind', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'aliases', type: 'strings' },
  { name: 'languages', type: 'strings' },
  { name: 'aliasesByLang', type: 'json' },
  { name: 'mentions', type: 'int' },
  { name: 'mergedBy', type: 'strings' },
  { name: 'externalId', type: 'string' },
  { name: 'path', type: 'string' },
  { name: 'lang', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'sha256', type: 'string' },
  { name: 'id', type: 'string' },
  { name: 'url', type: 'string' },
  { name: 'publishedAt', type: 'string' },
  { name: 'copyOf', type: 'string' },
  { name: 'langMethod', type: 'string' },
  { name: 'langConfidence', type: 'double' },
];

/** Mention and fact attributes share one edge table; `kind` tells them apart. */
export const EDGE_COLUMNS: readonly Column[] = [
  { name: 'kind', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'count', type: 'int' },
  { name: 'symmetric', type: 'boolean' },
  { name: 'amount', type: 'double' },
  { name: 'amountMin', type: 'double' },
  { name: 'amountMax', type: 'double' },
  { name: 'currency', type: 'string' },
  { name: 'stake', type: 'double' },
  { name: 'valuation', type: 'double' },
  { name: 'interim', type: 'boolean' },
  { name: 'title', type: 'string' },
  { name: 'year', type: 'int' },
  { name: 'quarter', type: 'int' },
  { name: 'month', type: 'int' },
  { name: 'capacity', type: 'string' },
  { name: 'amountExact', type: 'string' },
  { name: 'period', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'firstSeen', type: 'string' },
  { name: 'lastSeen', type: 'string' },
  { name: 'current', type: 'boolean' },
  { name: 'endedBy', type: 'string' },
  { name: 'endedAt', type: 'string' },
  { name: 'conflict', type: 'boolean' },
  { name: 'sources', type: 'int' },
  { name: 'confidence', type: 'double' },
  { name: 'claims', type: 'json' },
];

/**
 * Display-only attributes the writers add for Gephi and yEd (label, colour, size); readers
 * that want the snapshot back drop them.
 */
export const PRESENTATION_ATTRIBUTES: readonly string[] = ['label', 'color', 'size', 'x', 'y', 'z', 'weight', 'shape', 'thickness'];

/** The attribute as XML text, or undefined when the element does not carry it. */
export function encodeValue(column: Column, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  switch (column.type) {
    case 'strings':
    case 'json':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return String(value);
  }
}

/** Pairs each column with the element's value, skipping absent ones. */
export function encodedValues(columns: readonly Column[], attributes: Record<string, unknown>): Array<[Column, string]> {
  const out: Array<[Column, string]> = [];
  for (const column of columns) {
    const text = encodeValue(column, attributes[column.name]);
    if (text !== undefined) out.push([column, text]);
  }
  return out;
}

/** Undoes the JSON encoding of list and object attributes, and drops presentation attributes. */
export function decodeAttributes(attributes: Record<string, unknown>, columns: readonly Column[]): Record<string, unknown> {
  const types = new Map(columns.map((c) => [c.name, c.type]));
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (PRESENTATION_ATTRIBUTES.includes(name)) continue;
    const type = types.get(name);
    out[name] = (type === 'json' || type === 'strings') && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return out;
}
