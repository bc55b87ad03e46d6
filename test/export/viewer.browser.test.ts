import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../../src/export/html.js';
import {
  BROWSER_SUITE_SUFFIX,
  CHROMIUM_MISSING_IN_CI,
  CHROMIUM_PATH,
  HAS_CHROMIUM,
  launchViewerBrowser,
  paintedPixels,
  searchAndSelect,
  type ViewerBrowser,
  type ViewerSession,
} from './browser.js';
import { HOSTILE_SNAPSHOT_PATH, loadSnapshot, SMALL_SNAPSHOT_PATH } from './fixtures.js';

if (CHROMIUM_MISSING_IN_CI) {
  throw new Error(`CI must provide Chromium at ${CHROMIUM_PATH} (.ci/run installs it with apt-get install -y chromium)`);
}

describe.skipIf(!HAS_CHROMIUM)(`HTML viewer in headless Chromium${BROWSER_SUITE_SUFFIX}`, () => {
  let browser: ViewerBrowser;
  beforeAll(async () => {
    browser = await launchViewerBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The small snapshot's page, loaded once for the first two tests (a viewer page load is ~1.1
  // CPU-s of Chromium); the empty and hostile pages below are pages of their own.
  let small: ViewerSession | undefined;
  const smallPage = async (): Promise<ViewerSession> => (small ??= await browser.open(toHtml(loadSnapshot(SMALL_SNAPSHOT_PATH), { title: 'small' }), 'small'));
  afterAll(async () => {
    await small?.close();
  });

  it('renders the graph offline: coloured nodes, labels, filters, no errors, no requests', async () => {
    const s = await smallPage();
    const { page } = s;
    expect(await page.getAttribute('#kg-graph', 'data-nodes')).toBe('6');
    expect(await page.textContent('#kg-status')).toContain('5 entities · 1 topic · 5 facts · 3 documents');
    expect(await paintedPixels(page, 'labels')).toBeGreaterThan(500);
    expect(await page.locator('#kg-filter-types input').count()).toBe(3);
    const labelsBefore = await paintedPixels(page, 'labels');
    await page.uncheck('#kg-filter-types input[value="Person"]');
    // Three fewer node labels on the canvas.
    await expect.poll(() => paintedPixels(page, 'labels')).toBeLessThan(labelsBefore * 0.8);
    expect(await page.getAttribute('#kg-graph', 'data-visible-nodes')).toBe('3');
    expect(await page.textContent('#kg-status')).toContain('showing 3 entities, 2 facts');
    await page.uncheck('#kg-filter-relations input[value="PLANS_SPENDING"]');
    expect(await page.getAttribute('#kg-graph', 'data-visible-facts')).toBe('1');
    expect(s.errors).toEqual([]);
    expect(s.requests).toEqual([]);
    // Every type and relation shown again, as loaded, for the next test on this page.
    await page.check('#kg-filter-relations input[value="PLANS_SPENDING"]');
    await page.check('#kg-filter-types input[value="Person"]');
    await expect.poll(() => page.getAttribute('#kg-graph', 'data-visible-nodes')).toBe('6');
    expect(await page.getAttribute('#kg-graph', 'data-visible-facts')).toBe('5');
    expect(await page.textContent('#kg-status')).not.toContain('showing');
  });

  it('finds Meta by its Arabic alias and shows both conflicting amounts with their sentences', async () => {
    const s = await smallPage();
    const { page } = s;
    await searchAndSelect(page, 'ميتا');
    await expect.poll(() => page.getAttribute('#kg-panel h2', 'data-entity')).toBe('organization:meta');
    expect(await page.textContent('#kg-panel h2')).toBe('Meta');
    // The entity panel already holds the evidence of each fact, folded.
    const evidence = page.locator('#kg-panel li:has(button.kg-fact[data-relation="INVESTED_IN"]) details');
    await evidence.locator('summary').click();
    expect(await evidence.locator('.kg-sentence').count()).toBe(2);
    expect(await evidence.locator('.kg-sentence').first().isVisible()).toBe(true);
    await page.click('#kg-panel button.kg-fact[data-relation="INVESTED_IN"]');
    const claims = page.locator('#kg-panel .kg-claim');
    await expect.poll(() => claims.count()).toBe(2);
    const texts = await claims.allTextContents();
    expect(texts.find((t) => t.includes('US$14.3 billion'))).toContain('14,3 Milliarden');
    expect(texts.find((t) => t.includes('US$14 billion'))).toContain('14 milyar');
    await page.screenshot({ path: join(tmpdir(), 'kg-viewer-small.png') });
    expect(s.errors).toEqual([]);
  });

  it('opens an empty graph without errors', async () => {
    const empty = { ...loadSnapshot(SMALL_SNAPSHOT_PATH), nodes: [], edges: [] };
    const s = await browser.open(toHtml(empty), 'empty');
    expect(await s.page.textContent('#kg-status')).toContain('0 entities · 0 topics · 0 facts · 0 documents');
    await searchAndSelect(s.page, 'Meta');
    expect(await s.page.textContent('#kg-search-results')).toContain('No entity has that name.');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('shows article text that looks like markup as text and runs none of it', async () => {
    const s = await browser.open(toHtml(loadSnapshot(HOSTILE_SNAPSHOT_PATH), { title: '<img src=x onerror=alert(0)>' }), 'hostile');
    const { page } = s;
    expect(await page.title()).toBe('<img src=x onerror=alert(0)>');
    await searchAndSelect(page, '<img');
    await expect.poll(() => page.textContent('#kg-panel h2')).toBe('<img src=x onerror=alert(1)>');
    await page.click('#kg-panel button.kg-fact[data-relation="INVESTED_IN"]');
    await expect.poll(() => page.locator('#kg-panel .kg-sentence').first().textContent()).toContain('</script><script>alert(4)</script>');
    expect(await page.locator('#kg-panel').textContent()).toContain('Meta investiert </script><script>alert(3)</script>');
    // The javascript: URL of the document is not turned into a link.
    expect(await page.locator('#kg-panel a').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(s.dialogs).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
