import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Suites that need a real Neo4j (test/neo4j/server.ts picks it). They share one database,
 * each deleting and loading kg's graph there, so they run one file at a time, and against
 * the server NEO4J_URI names (CI's), after the other tests, which keeps the CPU free for
 * the server. Without NEO4J_URI each suite starts a container of its own or skips, and
 * runs beside the other files instead of adding its start-up after them.
 */
const NEO4J_SERVER_TESTS = ['test/neo4j/integration.test.ts', 'test/neo4j/*.server.test.ts', 'test/query/neo4j.containers.test.ts'];

/**
 * Files that replace a module with vi.mock: a mock must not leak into the module cache the
 * other files share, so these get a fresh module graph each.
 */
const MOCKING_TESTS = ['test/query/reads-once.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // The seeds snapshot, built once for every file that reads it (test/support/seeds-setup.ts).
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
          exclude: [...NEO4J_SERVER_TESTS, ...MOCKING_TESTS],
          // One module graph per worker instead of one per file: importing kg's modules (the
          // packs, the gazetteer, the language detector, the Cypher linter) again for each of
          // ~120 files was half the CPU time of the run. Module state that tests change is
          // reset by those tests (useReferenceMatching in phrase-index.test.ts).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING_TESTS } },
      {
        extends: true,
        // One module graph for these too: each file's import of testcontainers and its search
        // for a container runtime (about 1 s of CPU) happens once.
        test: {
          name: 'neo4j',
          include: NEO4J_SERVER_TESTS,
          isolate: false,
          ...(process.env.NEO4J_URI ? { fileParallelism: false, sequence: { groupOrder: 1 } } : {}),
        },
      },
    ],
  },
});
