/** What `kg export` does once its options are parsed (../commands/export.ts defines them). */
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { EXPORT_FORMATS, type ExportFormat, FORMAT_INFO, formatFromPath } from '../../export/formats.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { prepareOutputFile, prepareOutputFolder } from '../../io/output.js';
import type { Snapshot } from '../../snapshot/schema.js';
import { readSnapshot } from '../../snapshot/io.js';
import { snapshotCounts } from '../../snapshot/views.js';
import type { ExportOptions } from '../commands/export.js';
import { type CliIO, println } from '../io.js';
import { rawStream } from '../../terminal.js';
import { snapshotPathOf } from '../snapshot-arg.js';

const STDOUT = '-';

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

/** Converts the snapshot to the chosen format and writes it to --out or stdout; throws UsageError for a bad format or destination. */
export async function runExport(io: CliIO, positional: string | undefined, options: ExportOptions): Promise<void> {
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
    const { IMPORT_DATABASE, toNeo4jAdminCsv } = await import('../../export/csv.js');
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

  // Each exporter is loaded when its format is asked for: the HTML viewer's layout and bundle
  // are large, and an export needs one of them.
  let text: string;
  switch (format) {
    case 'json':
      text = (await import('../../export/json.js')).toJson(snapshot);
      break;
    case 'graphml':
      text = (await import('../../export/graphml.js')).toGraphML(snapshot);
      break;
    case 'gexf':
      text = (await import('../../export/gexf.js')).toGexf(snapshot);
      break;
    case 'cypher':
      // The Cypher plan shares the loader's module, which brings neo4j-driver.
      text = (await import('../../export/cypher.js')).toCypherScript(snapshot);
      break;
    case 'html':
      text = (await import('../../export/html.js')).toHtml(snapshot, { title: options.title });
      break;
  }
  if (out === undefined) {
    // Piped data goes out byte for byte; on a terminal, control characters are escaped.
    (io.stdout.isTTY ? io.stdout : rawStream(io.stdout)).write(text);
    return;
  }
  await writeFileAtomic(out, text);
  println(io.stderr, `kg export: wrote ${format} to ${options.out} (${counts(snapshot)})`);
}
