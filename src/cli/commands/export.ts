/**
 * `kg export [SNAPSHOT] --format json|graphml|gexf|cypher|csv|html [--out PATH]`
 * (docs/exports.md). Reads a snapshot, converts it with the pure exporters in src/export,
 * and writes to a file, a directory (csv) or stdout.
 */
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import { IMPORT_DATABASE, toNeo4jAdminCsv } from '../../export/csv.js';
import { EXPORT_FORMATS, type ExportFormat, FORMAT_INFO, formatFromPath } from '../../export/formats.js';
import { toGexf } from '../../export/gexf.js';
import { toGraphML } from '../../export/graphml.js';
import { toHtml } from '../../export/html.js';
import { toJson } from '../../export/json.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { prepareOutputFile, prepareOutputFolder } from '../../io/output.js';
import type { Snapshot } from '../../snapshot/schema.js';
import { DEFAULT_SNAPSHOT_PATH, readSnapshot } from '../../snapshot/io.js';
import { snapshotCounts } from '../../snapshot/views.js';
import { type CliIO, println } from '../io.js';
import { rawStream } from '../../terminal.js';
import { snapshotPathOf } from '../snapshot-arg.js';

interface ExportOptions {
  snapshot?: string;
  format?: ExportFormat;
  out?: string;
  title?: string;
}

const STDOUT = '-';

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

function shellQuote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

function chooseFormat(options: ExportOptions): ExportFormat {
  if (options.format) return options.format;
  const inferred = options.out && options.out !== STDOUT ? formatFromPath(options.out) : undefined;
  if (inferred) return inferred;
  throw new UsageError(
    options.out ? `cannot tell the format from ${options.out}` : 'no export format given',
    `Pass --format ${EXPORT_FORMATS.join('|')} (see kg export --help).`,
  );
}

/** The same counts as kg build's summary and the viewer's status line (src/snapshot/counts.ts). */
function counts(snapshot: Snapshot): string {
  const c = snapshotCounts(snapshot);
  return `${c.entities} entities, ${c.topics} topic${c.topics === 1 ? '' : 's'}, ${c.facts} facts`;
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
    .action(async (positional: string | undefined, options: ExportOptions) => {
      const snapshotPath = snapshotPathOf(positional, options.snapshot);
      const format = chooseFormat(options);
      const info = FORMAT_INFO[format];
      const toStdout = options.out === undefined || options.out === STDOUT;
      if (toStdout && info.out !== 'file-or-stdout') {
        const example = format === 'csv' ? 'out/csv' : 'out/graph.html';
        throw new UsageError(`--format ${format} needs --out ${info.out === 'directory' ? 'DIR' : 'FILE'}`, `For example: kg export --format ${format} --out ${example}`);
      }
      const snapshot = await readSnapshot(resolve(io.cwd, snapshotPath));
      const out = toStdout ? undefined : resolve(io.cwd, options.out!);
      if (out !== undefined) await (format === 'csv' ? prepareOutputFolder(out) : prepareOutputFile(out));

      if (format === 'csv') {
        const { files, command } = toNeo4jAdminCsv(snapshot);
        for (const [name, text] of Object.entries(files)) await writeFileAtomic(join(out!, name), text);
        println(io.stderr, `kg export: wrote ${Object.keys(files).length} CSV files to ${options.out} (${counts(snapshot)})`);
        println(io.stdout, `Import them into a new database named ${IMPORT_DATABASE}, with Neo4j stopped, from that folder (docs/exports.md):`);
        println(io.stdout, `  cd ${shellQuote(options.out!)}`);
        println(io.stdout, `  ${command}`);
        println(io.stdout, `This replaces nothing: it stops with an error if a database ${IMPORT_DATABASE} exists. To serve it, set`);
        println(io.stdout, `initial.dbms.default_database=${IMPORT_DATABASE} in neo4j.conf (Community) or run CREATE DATABASE ${IMPORT_DATABASE} (Enterprise).`);
        println(io.stdout, `Adding --overwrite-destination would delete the database named in the command first.`);
        return;
      }

      let text: string;
      switch (format) {
        case 'json':
          text = toJson(snapshot);
          break;
        case 'graphml':
          text = toGraphML(snapshot);
          break;
        case 'gexf':
          text = toGexf(snapshot);
          break;
        case 'cypher':
          // Loaded here: the Cypher plan shares the loader's module, which brings neo4j-driver.
          text = (await import('../../export/cypher.js')).toCypherScript(snapshot);
          break;
        case 'html':
          text = toHtml(snapshot, { title: options.title });
          break;
      }
      if (out === undefined) {
        // Piped data goes out byte for byte; on a terminal, control characters are escaped.
        (io.stdout.isTTY ? io.stdout : rawStream(io.stdout)).write(text);
        return;
      }
      await writeFileAtomic(out, text);
      println(io.stderr, `kg export: wrote ${format} to ${options.out} (${counts(snapshot)})`);
    });
}
