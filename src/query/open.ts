/**
 * Choosing the backend for a command: the snapshot file (default, read once) or Neo4j
 * with the same connection options as `kg load`.
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { openNeo4j, resolveNeo4jOptions, type Neo4jFlags } from '../neo4j/connection.js';
import { DEFAULT_SNAPSHOT_PATH, readSnapshot } from '../snapshot/io.js';
import { Neo4jBackend } from './neo4j-backend.js';
import { SnapshotBackend } from './snapshot-backend.js';
import type { QueryBackend } from './types.js';

export interface BackendFlags extends Neo4jFlags {
  snapshot?: string;
  neo4j?: boolean;
}

export async function openBackend(flags: BackendFlags, env: Record<string, string | undefined>, cwd: string): Promise<QueryBackend> {
  if (flags.neo4j && flags.snapshot !== undefined) {
    throw new UsageError('--snapshot and --neo4j ask two different backends', 'Pass one: --snapshot FILE (the default is out/graph.json) or --neo4j.');
  }
  if (flags.neo4j) return new Neo4jBackend(await openNeo4j(resolveNeo4jOptions(flags, env)));
  return new SnapshotBackend(await readSnapshot(resolve(cwd, flags.snapshot ?? DEFAULT_SNAPSHOT_PATH)));
}
