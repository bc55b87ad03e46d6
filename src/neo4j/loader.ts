/**
 * `kg load` without the command line: schema first, then every load statement in
 * batches, each batch one write transaction retried on transient errors.
 */
import { KgError } from '../errors.js';
import { plural } from '../model/format.js';
import type { Snapshot } from '../snapshot/schema.js';
import type { Neo4jConnection } from './connection.js';
import { driverRows } from './params.js';
import type { Progress } from '../progress.js';
import { withRetry, type RetryOptions } from './retry.js';
import { graphRows, rowCounts, type NodeRow, type RelationshipRow } from './rows.js';
import { batches, DEFAULT_BATCH_SIZE, loadStatements, ROWS_PARAM, SCHEMA_STATEMENTS, type LoadStatement } from './statements.js';

/** Waits (up to 300 s) until indexes are online, so queries right after a load see every name. */
export const AWAIT_INDEXES_STATEMENT = 'CALL db.awaitIndexes(300)';
/** The server itself ends that wait after 300 s; the client bound leaves it time to say so. */
export const AWAIT_INDEXES_TIMEOUT_MS = 310_000;

export interface PlannedStatement extends LoadStatement {
  batches: number;
}

export interface LoadPlan {
  schema: readonly string[];
  statements: PlannedStatement[];
  batchSize: number;
  counts: ReturnType<typeof rowCounts>;
  totalBatches: number;
}

export function planLoad(snapshot: Snapshot, batchSize = DEFAULT_BATCH_SIZE): LoadPlan {
  const rows = graphRows(snapshot);
  const statements = loadStatements(rows).map((s) => ({ ...s, batches: batches(s.rows, batchSize).length }));
  return {
    schema: SCHEMA_STATEMENTS,
    statements,
    batchSize,
    counts: rowCounts(rows),
    totalBatches: statements.reduce((n, s) => n + s.batches, 0),
  };
}

/** What --dry-run prints: runnable Cypher with the batch counts as comments. */
export function describePlan(plan: LoadPlan): string {
  const lines = ['// schema (run first)'];
  for (const s of plan.schema) lines.push(`${s};`);
  lines.push(`${AWAIT_INDEXES_STATEMENT};`, '');
  for (const s of plan.statements) {
    lines.push(`// ${s.name}: ${plural(s.rows.length, 'row')} in ${plural(s.batches, 'batch', 'batches')} of up to ${plan.batchSize}, as $${ROWS_PARAM}`);
    lines.push(`${s.cypher};`, '');
  }
  const c = plan.counts;
  lines.push(
    `// ${plural(c.documents, 'document')}, ${plural(c.entities, 'entity', 'entities')}, ${plural(c.mentions, 'mention')}, ${plural(c.facts, 'fact')}; ${plural(plan.totalBatches, 'batch', 'batches')}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Rows per statement inside one batch's transaction. A batch bigger than this is sent as
 * several statements at once (Bolt pipelining): the driver packs the next rows while the
 * server runs the previous ones, so client and server work at the same time instead of in
 * turn. It is still one transaction per batch, and the statements run in order.
 */
export const PIPELINE_ROWS = 1000;

type Counters = Record<string, number>;

async function runPipelined(
  tx: { run(cypher: string, params: Record<string, unknown>): PromiseLike<{ summary: { counters: { updates(): Counters } } }> },
  cypher: string,
  rows: ReadonlyArray<NodeRow | RelationshipRow>,
): Promise<Counters> {
  const pending = batches(rows, PIPELINE_ROWS).map((chunk) => tx.run(cypher, { [ROWS_PARAM]: driverRows(chunk) }));
  const total: Counters = {};
  for (const result of await Promise.all(pending)) {
    for (const [k, v] of Object.entries(result.summary.counters.updates())) total[k] = (total[k] ?? 0) + v;
  }
  return total;
}

export interface LoadOptions {
  batchSize?: number;
  progress?: Progress;
  retry?: RetryOptions;
  now?: () => number;
}

export interface LoadSummary {
  counts: ReturnType<typeof rowCounts>;
  batches: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  ms: number;
}

export async function loadSnapshot(
  connection: Pick<Neo4jConnection, 'run' | 'write'>,
  snapshot: Snapshot,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const plan = planLoad(snapshot, options.batchSize ?? DEFAULT_BATCH_SIZE);
  for (const statement of plan.schema) {
    await withRetry(() => connection.run(statement, {}, { mode: 'write' }), options.retry);
  }
  await connection.run(AWAIT_INDEXES_STATEMENT, {}, { mode: 'write', timeoutMs: AWAIT_INDEXES_TIMEOUT_MS });

  let nodesCreated = 0;
  let relationshipsCreated = 0;
  let propertiesSet = 0;
  let done = 0;
  try {
    for (const statement of plan.statements) {
      for (const batch of batches(statement.rows, plan.batchSize)) {
        const counters = await withRetry(() => connection.write((tx) => runPipelined(tx, statement.cypher, batch)), options.retry);
        nodesCreated += counters.nodesCreated ?? 0;
        relationshipsCreated += counters.relationshipsCreated ?? 0;
        propertiesSet += counters.propertiesSet ?? 0;
        done++;
        options.progress?.tick(statement.name);
      }
    }
  } catch (err) {
    options.progress?.done();
    // A timed-out load says how far it got: every batch before it is committed (and MERGE makes a rerun safe).
    if (err instanceof KgError && err.code === 'E_NEO4J_TIMEOUT') {
      err.message += `; ${done} of ${plan.totalBatches} batches were loaded (${nodesCreated} nodes and ${relationshipsCreated} relationships new) before it; running kg load again resumes safely`;
    }
    throw err;
  }
  options.progress?.done();
  return { counts: plan.counts, batches: plan.totalBatches, nodesCreated, relationshipsCreated, propertiesSet, ms: now() - started };
}
