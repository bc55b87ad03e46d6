import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { INLINING_FLAG } from './src/pipeline/jit.js';
import { OWN_SERVER_SUITES, SHARED_DATABASE_SUITES } from './test/neo4j/server-suites.js';
import SlowFirstSequencer from './test/support/slow-first-sequencer.js';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // A folder for the seeds snapshots of the run: built once, by the first file that reads one (test/support/seeds-snapshot.ts).
    globalSetup: ['./test/support/seeds-setup.ts'],
    // Vitest's default is one worker fewer than the cores: on two cores, one file at a time.
    // Two or more overlap the files that wait on Chromium, Neo4j or a child kg process.
    maxWorkers: Math.max(2, availableParallelism()),
    // What kg's CLI sets for itself (src/pipeline/jit.ts): TurboFan without inlining. The
    // workers run kg's extraction and the tests' own code for a minute or two, and its
    // compiler threads were a sixth of their CPU (the fuzz, phrase-index, dev-set and cache
    // files: 36.8-38.9 CPU-s with inlining, 31.1-33.7 without, three runs each).
    execArgv: [INLINING_FLAG],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The longest files first, also in a fresh clone with no timings of a last run.
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // The suites against real Neo4j servers run inside test/neo4j/servers.test.ts: those
          // that share one database one after the other, those with servers of their own
          // beside them, all in one worker while the other files run in the other.
          exclude: [...SHARED_DATABASE_SUITES, ...OWN_SERVER_SUITES],
          // One module graph per worker instead of one per file: importing kg's modules (the
          // packs, the gazetteer, the language detector, the Cypher linter) again for each of
          // ~120 files was half the CPU time of the run. So no vi.mock (it would reach the
          // files after it), helpers' caches are read-only, and module state a test changes
          // it resets (useReferenceMatching in phrase-index.test.ts).
          isolate: false,
        },
      },
    ],
  },
});
