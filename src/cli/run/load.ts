/** What `kg load` does once its options are parsed (../commands/load.ts defines them). */
import { resolve } from 'node:path';
import { plural } from '../../model/format.js';
import { openNeo4j, resolveNeo4jOptions } from '../../neo4j/connection.js';
import type { LoadSummary } from '../../neo4j/loader.js';
import { describeRemoval, type ReplaceSummary } from '../../neo4j/replace-summary.js';
import { createProgress } from '../../progress.js';
import { readSnapshot } from '../../snapshot/io.js';
import type { LoadFlags } from '../commands/load.js';
import { type CliIO, println } from '../io.js';
import { rawStream } from '../../terminal.js';
import { snapshotPathOf } from '../snapshot-arg.js';

/** Loads the snapshot into Neo4j (or prints the plan with --dry-run) and prints one summary line. */
export async function runLoad(io: CliIO, positional: string | undefined, flags: LoadFlags): Promise<void> {
  const snapshotArg = snapshotPathOf(positional, flags.snapshot);
  const batchSize = flags.batchSize;
  const path = resolve(io.cwd, snapshotArg);
  const snapshot = await readSnapshot(path);
  // Loaded after the snapshot is read: a bad snapshot fails without loading neo4j-driver.
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
