/**
 * `kg load [SNAPSHOT]`: puts a snapshot into Neo4j, idempotently, for Cypher in Neo4j
 * Browser. The work is in src/neo4j/; this file defines the options, ../run/load.ts runs and prints.
 */
import { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import { addNeo4jOptions, type Neo4jFlags } from '../../neo4j/connection.js';
import { DEFAULT_BATCH_SIZE } from '../../neo4j/statements.js';
import { DEFAULT_SNAPSHOT_PATH } from '../../snapshot/default-path.js';
import type { CliIO } from '../io.js';

export interface LoadFlags extends Neo4jFlags {
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
  // The loader brings neo4j-driver; it is loaded when a load runs, never for --help or other commands.
  cmd.action(async (positional: string | undefined, flags: LoadFlags) => (await import('../run/load.js')).runLoad(io, positional, flags));
  return cmd;
}

export function parseBatchSize(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`--batch-size must be a positive whole number, got "${text}"`, `The default is ${DEFAULT_BATCH_SIZE} rows per transaction.`);
  }
  return n;
}
