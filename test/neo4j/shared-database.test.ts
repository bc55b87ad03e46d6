/**
 * Runs the suites that share one Neo4j database (./shared-database-suites.ts) in this one
 * file, one after the other, so that they never meet in the database while the other test
 * files run beside them in the other workers. Without NEO4J_URI they run the same way,
 * against containers of their own or skipped (./server.ts).
 */
import { join } from 'node:path';
import { SHARED_DATABASE_SUITES } from './shared-database-suites.js';

const ROOT = join(import.meta.dirname, '..', '..');

// In order: each module registers its suite while it is evaluated (describeNeo4j is awaited at its top level).
for (const suite of SHARED_DATABASE_SUITES) await import(join(ROOT, suite));
