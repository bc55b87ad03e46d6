/**
 * The suites against real Neo4j servers (./server-suites.ts), in this one file: the suites
 * that share the database of the NEO4J_URI server one after the other, and beside them, at
 * the same time, the suites that start servers of their own. Both groups mostly wait for
 * Neo4j's JVMs and Chromium, so one worker waits for both while the other vitest worker runs
 * the other test files; as two files they had held both workers for a minute with a core
 * left idle. Each suite declares its tests sequential (describe.sequential), so only the
 * two groups overlap. Without NEO4J_URI they run the same way, against containers of their
 * own or skipped (./server.ts).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { OWN_SERVER_SUITES, SHARED_DATABASE_SUITES } from './server-suites.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** A group of suite files, run beside the other group; its suites in order (each module registers its suite while it is evaluated). */
function group(title: string, suites: readonly string[]): void {
  describe(title, { concurrent: true }, async () => {
    for (const suite of suites) await import(join(ROOT, suite));
  });
}

group('Neo4j, the shared database', SHARED_DATABASE_SUITES);
group('Neo4j, servers of their own', OWN_SERVER_SUITES);
