/** The export formats `kg export` knows, what each is for, and where each may be written. */
import { extname } from 'node:path';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'cypher', 'csv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  /** One line for `kg export --help`. */
  purpose: string;
  /** How --out is read: a file (or `-` for stdout), a file only, or a directory. */
  out: 'file-or-stdout' | 'file' | 'directory';
  extensions: readonly string[];
}

export const FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = {
  json: { purpose: 'the snapshot as kg build writes it (graphology JSON), for other tools and kg diff', out: 'file-or-stdout', extensions: ['.json'] },
  graphml: { purpose: 'GraphML with typed attributes, for yEd, Cytoscape, NetworkX, igraph', out: 'file-or-stdout', extensions: ['.graphml'] },
  gexf: { purpose: 'GEXF 1.3 with typed attributes, colours and sizes, for Gephi', out: 'file-or-stdout', extensions: ['.gexf'] },
  cypher: { purpose: 'one Cypher script for cypher-shell or Neo4j Browser on an empty database', out: 'file-or-stdout', extensions: ['.cypher', '.cql'] },
  csv: { purpose: 'node and relationship CSV files plus the command for neo4j-admin database import full', out: 'directory', extensions: [] },
  html: { purpose: 'one self-contained page to explore the graph in a browser, offline', out: 'file', extensions: ['.html', '.htm'] },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** `graph.gexf` → gexf; undefined when the extension says nothing. */
export function formatFromPath(path: string): ExportFormat | undefined {
  const ext = extname(path).toLowerCase();
  return EXPORT_FORMATS.find((f) => FORMAT_INFO[f].extensions.includes(ext));
}
