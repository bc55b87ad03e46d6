/** The viewer on the seeds snapshot in headless Chromium, with a screenshot for the closing note. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../../src/export/html.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { BROWSER_SUITE_SUFFIX, CHROMIUM_MISSING_IN_CI, CHROMIUM_PATH, HAS_CHROMIUM, launchViewerBrowser, paintedPixels, searchAndSelect, type ViewerBrowser } from './browser.js';
import { HAS_PIPELINE, PIPELINE_SUFFIX, seedsSnapshot } from './seeds.js';

const SEEDS_SCREENSHOT = join(tmpdir(), 'kg-viewer-seeds.png');
const OVERVIEW_SCREENSHOT = join(tmpdir(), 'kg-viewer-seeds-overview.png');
const INVESTED = 'INVESTED_IN:organization:meta->organization:scale-ai';

if (CHROMIUM_MISSING_IN_CI) {
  throw new Error(`CI must provide Chromium at ${CHROMIUM_PATH} (.ci/run installs it with apt-get install -y chromium)`);
}

describe.skipIf(!HAS_CHROMIUM || !HAS_PIPELINE)(`HTML viewer of the seeds snapshot${BROWSER_SUITE_SUFFIX}${PIPELINE_SUFFIX}`, () => {
  let browser: ViewerBrowser;
  let snapshot: Snapshot;
  beforeAll(async () => {
    snapshot = await seedsSnapshot();
    browser = await launchViewerBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders, finds Meta by "ميتا", and shows both INVESTED_IN amounts with their sentences', async () => {
    const s = await browser.open(toHtml(snapshot, { title: 'seeds' }), 'seeds');
    const { page } = s;
    const entities = snapshot.nodes.filter((n) => n.attributes.kind === 'entity').length;
    expect(await page.getAttribute('#kg-graph', 'data-nodes')).toBe(String(entities));
    expect(await paintedPixels(page, 'labels')).toBeGreaterThan(1000);
    await page.screenshot({ path: OVERVIEW_SCREENSHOT });

    await searchAndSelect(page, 'ميتا');
    await expect.poll(() => page.getAttribute('#kg-panel h2', 'data-entity')).toBe('organization:meta');
    expect(await page.textContent('#kg-panel h2')).toBe('Meta');

    // The accessible route to the edge: the entity panel lists its facts as buttons.
    await page.click(`#kg-panel button.kg-fact[data-fact="${INVESTED}"]`);
    const claims = page.locator('#kg-panel .kg-claim');
    await expect.poll(() => claims.count()).toBeGreaterThanOrEqual(2);
    // Each amount appears with the sentence (and language) of the claim that states it.
    const fact = snapshot.edges.find((e) => e.key === INVESTED)!.attributes;
    if (fact.kind !== 'fact') throw new Error('INVESTED_IN is not a fact');
    const texts = await claims.allTextContents();
    const langs = await page.locator('#kg-panel .kg-claim .kg-sentence').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('lang')));
    for (const [amount, label, lang] of [[14.3e9, 'US$14.3 billion', 'de'], [14e9, 'US$14 billion', 'tr']] as const) {
      const claim = fact.claims.find((c) => c.amount === amount && c.lang === lang);
      expect(claim, `a ${lang} claim of ${label}`).toBeDefined();
      const index = texts.findIndex((t) => t.startsWith(label) && t.includes(claim!.sentence));
      expect(index, `${label} shown with "${claim!.sentence}"`).toBeGreaterThanOrEqual(0);
      expect(langs[index]).toBe(lang);
    }

    await page.screenshot({ path: SEEDS_SCREENSHOT });
    expect(s.errors).toEqual([]);
    expect(s.requests).toEqual([]);
    expect(s.dialogs).toEqual([]);
    await s.close();
  });
});
