/**
 * The bulk route: node and relationship CSV files in the header format of
 * `neo4j-admin database import full`, for corpora too big for transactional loading, and
 * the exact command that imports them. The graph is the one `kg load` writes (same rows,
 * same property types); the schema is created afterwards with cypher/schema.cypher.
 *
 * Every text field is quoted ("" inside quotes), so commas, quotes, newlines and any
 * script survive. Array elements are joined with the first delimiter that occurs in no
 * element of this export, and the command names it.
 */
import { KgError } from '../errors.js';
import { ENTITY_TYPES, MENTIONS, RELATIONS } from '../model/types.js';
import { graphRows, PROPERTY_TYPES, type NodeRow, type PropertyType, type Props, type RelationshipRow } from '../neo4j/rows.js';
import type { Snapshot } from '../snapshot/schema.js';

/**
 * Array delimiters tried in order: the readable ones, then control characters (U+001F unit
 * separator first) and then private-use characters, which neo4j-admin accepts as
 * `--array-delimiter=U+XXXX`. Tab, LF and CR are left out (CSV syntax), and so is the field
 * delimiter. Text that holds all 6,000+ of them cannot come from an article.
 */
export const ARRAY_DELIMITER_CANDIDATES: readonly string[] = [
  ';',
  '|',
  ...Array.from({ length: 0x1f }, (_, i) => String.fromCharCode(0x1f - i)).filter((c) => !'\t\n\r'.includes(c)),
  ...Array.from({ length: 0xf8ff - 0xe000 + 1 }, (_, i) => String.fromCharCode(0xe000 + i)),
];
/**
 * The database the printed import command creates: a new one, so a pasted command never
 * wipes the default database `neo4j` (the import fails if `kg` exists; nothing is replaced).
 */
export const IMPORT_DATABASE = 'kg';

/** neo4j-admin's header type for each property type (string is the default, left out). */
const HEADER_TYPE: Record<PropertyType, string> = {
  string: '',
  int: ':int',
  double: ':double',
  boolean: ':boolean',
  'string[]': ':string[]',
  'int[]': ':int[]',
  'double[]': ':double[]',
  'boolean[]': ':boolean[]',
};

export interface Neo4jAdminCsv {
  /** File name → CSV text (UTF-8). */
  files: Record<string, string>;
  /** The import command, run where the files are, with Neo4j stopped. */
  command: string;
}

export function toNeo4jAdminCsv(snapshot: Snapshot): Neo4jAdminCsv {
  const rows = graphRows(snapshot);
  const entities = ENTITY_TYPES.flatMap((type) => rows.entities[type].map((row) => ({ row, labels: ['Entity', type] })));
  const delimiter = chooseArrayDelimiter([
    ...rows.documents.map((r) => r.props),
    ...entities.map((e) => e.row.props),
    ...rows.mentions.map((r) => r.props),
    ...RELATIONS.flatMap((r) => rows.facts[r].map((row) => row.props)),
  ]);
  const csv = new CsvWriter(delimiter);

  const files: Record<string, string> = {};
  const nodeFiles: string[] = [];
  const relationshipFiles: string[] = [];
  if (rows.documents.length > 0) {
    files['nodes_Document.csv'] = csv.nodes(rows.documents.map((row) => ({ row, labels: ['Document'] })));
    nodeFiles.push('nodes_Document.csv');
  }
  if (entities.length > 0) {
    files['nodes_Entity.csv'] = csv.nodes(entities);
    nodeFiles.push('nodes_Entity.csv');
  }
  const relationshipGroups: Array<[string, RelationshipRow[]]> = [[MENTIONS, rows.mentions], ...RELATIONS.map((r): [string, RelationshipRow[]] => [r, rows.facts[r]])];
  for (const [type, group] of relationshipGroups) {
    if (group.length === 0) continue;
    const name = `rels_${type}.csv`;
    files[name] = csv.relationships(type, group);
    relationshipFiles.push(name);
  }
  return { files, command: importCommand(nodeFiles, relationshipFiles, delimiter) };
}

export function chooseArrayDelimiter(allProps: readonly Props[]): string {
  const used = new Set<string>();
  for (const props of allProps) {
    for (const value of Object.values(props)) if (Array.isArray(value)) for (const v of value) for (const ch of String(v)) used.add(ch);
  }
  for (const candidate of ARRAY_DELIMITER_CANDIDATES) {
    if (!used.has(candidate)) return candidate;
  }
  throw new KgError('E_EXPORT', `every array delimiter kg can give neo4j-admin (${ARRAY_DELIMITER_CANDIDATES.length} characters) occurs in the array values of this snapshot`, {
    hint: 'Load it with kg load or export it as Cypher (kg export --format cypher) instead.',
  });
}

function importCommand(nodeFiles: string[], relationshipFiles: string[], delimiter: string): string {
  const delimiterArg = delimiter === ';' || delimiter === '|' ? `'${delimiter}'` : `U+${delimiter.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return [
    // The database first: neo4j-admin 5.26's --nodes/--relationships take several files, so a
    // trailing name would be read as one more file ("File 'neo4j' doesn't exist").
    'neo4j-admin database import full',
    IMPORT_DATABASE,
    `--array-delimiter=${delimiterArg}`,
    '--multiline-fields=true',
    ...nodeFiles.map((f) => `--nodes=${f}`),
    ...relationshipFiles.map((f) => `--relationships=${f}`),
  ].join(' ');
}

class CsvWriter {
  constructor(private readonly arrayDelimiter: string) {}

  nodes(items: Array<{ row: NodeRow; labels: string[] }>): string {
    const columns = propertyColumns(items.map((i) => i.row.props), ['id']);
    const header = ['id:ID', ':LABEL', ...columns.map(headerName)];
    const lines = items.map(({ row, labels }) => [
      quote(row.id),
      quote(labels.join(this.arrayDelimiter)),
      ...columns.map((c) => this.field(c, row.props[c])),
    ]);
    return render(header, lines);
  }

  relationships(type: string, items: RelationshipRow[]): string {
    const columns = propertyColumns(items.map((r) => r.props), []);
    const header = [':START_ID', ':END_ID', ':TYPE', ...columns.map(headerName)];
    const lines = items.map((row) => [quote(row.source), quote(row.target), type, ...columns.map((c) => this.field(c, row.props[c]))]);
    return render(header, lines);
  }

  private field(name: string, value: Props[string] | undefined): string {
    if (value === undefined) return ''; // no property; "" would be an empty string
    const type = PROPERTY_TYPES[name] ?? 'string';
    if (Array.isArray(value)) {
      const joined = (value as unknown[]).map((v) => scalarText(v, type)).join(this.arrayDelimiter);
      // Numbers and booleans need no quotes; text always gets them.
      return type === 'string[]' ? quote(joined) : joined;
    }
    if (typeof value === 'string') return quote(value);
    return scalarText(value, type);
  }
}

/** The properties any row has, in PROPERTY_TYPES order (stable headers), minus `skip`. */
function propertyColumns(allProps: Props[], skip: string[]): string[] {
  const present = new Set(allProps.flatMap((p) => Object.keys(p)));
  const known = Object.keys(PROPERTY_TYPES).filter((k) => present.has(k) && !skip.includes(k));
  const unknown = [...present].filter((k) => !(k in PROPERTY_TYPES) && !skip.includes(k)).sort();
  return [...known, ...unknown];
}

function headerName(name: string): string {
  return `${name}${HEADER_TYPE[PROPERTY_TYPES[name] ?? 'string']}`;
}

function scalarText(value: unknown, type: PropertyType): string {
  if (typeof value === 'number') {
    if (type === 'int' || type === 'int[]') return String(Math.trunc(value));
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return String(value);
  }
  return String(value);
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function render(header: string[], lines: string[][]): string {
  return `${[header.join(','), ...lines.map((l) => l.join(','))].join('\n')}\n`;
}
