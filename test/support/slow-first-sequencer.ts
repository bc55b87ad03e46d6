/**
 * Vitest's order, except that the files that take longest start first. Vitest itself puts
 * the slowest files of the last run first, but a fresh clone (CI, after `npm ci`) has no last
 * run and orders by file size: a long file that starts last ends the run alone while the
 * other worker idles. These are the longest files (`npx vitest run --reporter=verbose` shows
 * each file's time), longest first.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const SLOW_FIRST = [
  'test/neo4j/servers.test.ts',
  // fuzz before kill-during-write: by the time the latter's builds start, the seeds snapshot
  // the Neo4j suites build first thing is there, and they copy its extraction cache instead of
  // waiting for it or extracting the seeds again.
  'test/reliability/fuzz.test.ts',
  'test/reliability/kill-during-write.test.ts',
  'test/pipeline/workers.test.ts',
  'test/neo4j/cypher-lint-generated.test.ts',
  'test/export/viewer-readable.browser.test.ts',
  'test/extract/phrase-index.test.ts',
  'test/neo4j/cypher-lint.test.ts',
  'test/extract/dev-set.test.ts',
] as const;

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const i = SLOW_FIRST.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
      return i === -1 ? SLOW_FIRST.length : i;
    };
    // Array.prototype.sort is stable: the other files keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
