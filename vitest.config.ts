import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Suites that need a real Neo4j (test/neo4j/server.ts picks it). Against the server
 * NEO4J_URI names (CI's) they share one database, each deleting and loading kg's graph
 * there, so they run one file at a time, after the other tests (which keeps the CPU free for
 * the server while they run). Without NEO4J_URI each suite starts a container of its own or
 * skips, so they run among the other files.
 */
const NEO4J_SERVER_TESTS = ['test/neo4j/integration.test.ts', 'test/neo4j/*.server.test.ts', 'test/query/neo4j.containers.test.ts'];
const SHARED_NEO4J = Boolean(process.env.NEO4J_URI);

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // A folder for the seeds snapshots of the run: built once, by the first file that reads one (test/support/seeds-snapshot.ts).
    globalSetup: ['./test/support/seeds-setup.ts'],
    // Vitest's default is one worker fewer than the cores: on two cores, one file at a time.
    // Two or more overlap the files that wait on Chromium or a child kg process.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: SHARED_NEO4J ? NEO4J_SERVER_TESTS : [],
          // One module graph per worker instead of one per file: importing kg's modules (the
          // packs, the gazetteer, the language detector, the Cypher linter) again for each of
          // ~120 files was half the CPU time of the run. So no vi.mock (it would reach the
          // files after it), helpers' caches are read-only, and module state a test changes
          // it resets (useReferenceMatching in phrase-index.test.ts).
          isolate: false,
        },
      },
      ...(SHARED_NEO4J
        ? [{ extends: true as const, test: { name: 'neo4j', include: NEO4J_SERVER_TESTS, fileParallelism: false, sequence: { groupOrder: 1 } } }]
        : []),
    ],
  },
});
