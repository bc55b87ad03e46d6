/**
 * `kg load [SNAPSHOT]`: puts a snapshot into Neo4j, idempotently, for Cypher in Neo4j
 * Browser. The work is in src/neo4j/; this file parses options and prints.
 */
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import { plural } from '../../model/format.js';
import { addNeo4jOptions, openNeo4j, resolveNeo4jOptions, type Neo4jFlags } from '../../neo4j/connection.js';
import type { LoadSummary } from '../../neo4j/loader.js';
import { describeRemoval, type ReplaceSummary } from '../../neo4j/replace-summary.js';
import { createProgress } from '../../progress.js';
import { DEFAULT_BATCH_SIZE } from '../../neo4j/statements.js';
import { DEFAULT_SNAPSHOT_PATH, readSnapshot } from '../../snapshot/io.js';
import { type CliIO, println } from '../io.js';
import { rawStream } from '../../terminal.js';
import { snapshotPathOf } from '../snapshot-arg.js';

interface LoadFlags extends Neo4jFlags {
  batchSize: number;
  snapshot?: string;
  dryRun?: boolean;
  replace?: boolean;
}

export function loadCommand(io: CliIO): Command {
  const cmd = new Command('load')
    .description('Load a snapshot into Neo4j (schema first, then batched idempotent MERGEs); see docs/neo4j.md')
    .argument('[snapshot]', `graph.json written by kg build (default ${DEFAULT_SNAPSHOT_PATH})`)
    .option('--snapshot <file>', 'the same as the positional SNAPSHOT')
    .addOption(new Option('--batch-size <rows>', 'rows per write transaction').default(DEFAULT_BATCH_SIZE).argParser(parseBatchSize))
    .option('--dry-run', 'print the statements and batch counts without connecting')
    .option('--replace', 'then remove the documents, entities and facts earlier loads wrote that this snapshot no longer has');
  addNeo4jOptions(cmd);
  cmd.addHelpText(
    'after',
    '\nStart Neo4j first with `docker compose up -d` (or, without Docker, `npm run neo4j`); then open http://localhost:7474 and paste a query from cypher/.\n' +
      '\nExamples:\n' +
      '  kg load                                   # out/graph.json into bolt://localhost:7687\n' +
      '  kg load snapshots/today/graph.json --replace\n' +
      '  kg load --dry-run | less                  # the Cypher and batch counts, without connecting\n' +
      '  NEO4J_PASSWORD=secret kg load --uri neo4j://db.example:7687 --database kg\n',
  );
  cmd.action(async (positional: string | undefined, flags: LoadFlags) => {
    const snapshotArg = snapshotPathOf(positional, flags.snapshot);
    const batchSize = flags.batchSize;
    const path = resolve(io.cwd, snapshotArg);
    const snapshot = await readSnapshot(path);
    // Loaded when a load runs: the loader brings neo4j-driver, which other commands never need.
    const { describePlan, loadSnapshot, planLoad } = await import('../../neo4j/loader.js');
    const { removeStale } = await import('../../neo4j/replace.js');
    if (flags.dryRun) {
      io.stdout.write(describePlan(planLoad(snapshot, batchSize)));
      if (flags.replace) {
        io.stdout.write('// --replace: then deletes, in batches, the :Document and :Entity nodes and kg relationships in the database that this snapshot lacks\n');
      }
      return;
    }
    const options = resolveNeo4jOptions(flags, io.env);
    const connection = await openNeo4j(options);
    try {
      const started = Date.now();
      const plan = planLoad(snapshot, batchSize);
      const retry = {
        onRetry: (err: unknown, attempt: number, delayMs: number) => {
          const reason = err instanceof Error ? err.message : String(err);
          // On a terminal, clear the progress bar's line first.
          if (io.stderr.isTTY) rawStream(io.stderr).write('\r\u001b[K');
          io.stderr.write(`${reason}; retrying in ${delayMs} ms (attempt ${attempt + 1})\n`);
        },
      };
      const summary = await loadSnapshot(connection, snapshot, {
        batchSize,
        progress: createProgress(io.stderr, plan.totalBatches),
        retry,
      });
      // Only after a complete load: a load that failed half-way must not also delete.
      const removed = flags.replace ? await removeStale(connection, snapshot, { batchSize, retry }) : undefined;
      const total = { ...summary, ms: Date.now() - started };
      println(io.stdout, summaryLine(snapshotArg, options.uri, options.database, total, removed));
    } finally {
      await connection.close();
    }
  });
  return cmd;
}

export function parseBatchSize(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`--batch-size must be a positive whole number, got "${text}"`, `The default is ${DEFAULT_BATCH_SIZE} rows per transaction.`);
  }
  return n;
}

export function summaryLine(
  snapshot: string,
  uri: string,
  database: string | undefined,
  s: LoadSummary,
  removed?: ReplaceSummary,
): string {
  const c = s.counts;
  const where = database ? `${uri} (database ${database})` : uri;
  const created =
    s.nodesCreated + s.relationshipsCreated === 0
      ? 'nothing new'
      : `${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships new`;
  return (
    `loaded ${snapshot} into ${where}: ${c.documents} documents, ${c.entities} entities, ` +
    `${c.mentions} mentions, ${c.facts} facts in ${plural(s.batches, 'batch', 'batches')} (${created}` +
    `${removed ? `; ${describeRemoval(removed)}` : ''}) in ${(s.ms / 1000).toFixed(1)} s`
  );
}
