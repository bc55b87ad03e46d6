/**
 * `kg export [SNAPSHOT] --format json|graphml|gexf|cypher|csv|html [--out PATH]`
 * (docs/exports.md). Reads a snapshot, converts it with the pure exporters in src/export,
 * and writes to a file, a directory (csv) or stdout.
 */
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, type ExportFormat, FORMAT_INFO } from '../../export/formats.js';
import { DEFAULT_SNAPSHOT_PATH } from '../../snapshot/default-path.js';
import type { CliIO } from '../io.js';

export interface ExportOptions {
  snapshot?: string;
  format?: ExportFormat;
  out?: string;
  title?: string;
}

function formatHelp(): string {
  const width = Math.max(...EXPORT_FORMATS.map((f) => f.length));
  const lines = EXPORT_FORMATS.map((f) => `  ${f.padEnd(width)}  ${FORMAT_INFO[f].purpose}`);
  return [
    '',
    'Formats:',
    ...lines,
    '',
    'json, graphml, gexf and cypher go to stdout without --out (or with --out -); html needs a',
    'file and csv a directory. Without --format, the format comes from the --out extension.',
    '',
    'Examples:',
    '  kg export --format gexf --out out/graph.gexf',
    '  kg export out/graph.json --format html --out out/graph.html',
    '  kg export --format csv --out out/csv      # prints the neo4j-admin import command',
    '  kg export --format cypher | cypher-shell -u neo4j',
    '',
  ].join('\n');
}

export function exportCommand(io: CliIO): Command {
  return new Command('export')
    .description('Export a snapshot for other tools: JSON, GraphML, GEXF (Gephi), Cypher, CSV for neo4j-admin, or a self-contained HTML viewer.')
    .argument('[snapshot]', `snapshot written by kg build (default ${DEFAULT_SNAPSHOT_PATH})`)
    .option('--snapshot <file>', 'the same as the positional SNAPSHOT')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS))
    .option('-o, --out <path>', 'output file (csv: a directory); - or nothing for stdout where the format allows')
    .option('--title <title>', 'page title of the HTML viewer')
    .addHelpText('after', formatHelp())
    // Exporters are loaded when one runs: --help and other commands never need them.
    .action(async (positional: string | undefined, options: ExportOptions) => (await import('../run/export.js')).runExport(io, positional, options));
}
