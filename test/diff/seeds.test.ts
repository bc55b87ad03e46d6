/** kg diff on two real builds of seeds/: without the Turkish article, then with it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, type SnapshotDiff } from '../../src/diff/diff.js';
import { formatDiffText } from '../../src/diff/format.js';
import { buildSnapshot, HAS_PIPELINE, PIPELINE_SUFFIX, seedArticles, seedsSnapshot } from '../export/seeds.js';

const TURKISH = '000_9afb41d4ef3611e5.txt';
const INVESTED = 'INVESTED_IN:organization:meta->organization:scale-ai';

describe.skipIf(!HAS_PIPELINE)(`kg diff on two builds of seeds/${PIPELINE_SUFFIX}`, () => {
  let diff: SnapshotDiff;
  let all: Awaited<ReturnType<typeof buildSnapshot>>;
  beforeAll(async () => {
    const articles = await seedArticles();
    const withoutTurkish = await buildSnapshot(articles.filter((p) => !p.endsWith(TURKISH)));
    all = await seedsSnapshot();
    diff = diffSnapshots(withoutTurkish, all);
  }, 120_000);

  it('finds two builds of the same articles identical', async () => {
    expect(diffSnapshots(all, await buildSnapshot(await seedArticles())).identical).toBe(true);
  });

  it('reports the added article and the Turkish 14 billion claim on the existing investment', () => {
    expect(diff.documents.added).toHaveLength(1);
    const invested = diff.facts.changed.find((f) => f.key === INVESTED);
    expect(invested).toBeDefined();
    const turkish = invested!.claimsAdded.filter((c) => c.lang === 'tr');
    expect(turkish.map((c) => c.qualifiers.amount)).toContain(14e9);
    expect(formatDiffText(diff)).toContain('~ Meta INVESTED_IN Scale AI');
  });
});
