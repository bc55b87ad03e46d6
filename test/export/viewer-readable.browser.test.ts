/**
 * The viewer as a reader sees it, at 1400×850, 1440×900 and 1024×700: the seeds rendered,
 * Meta found by its Arabic alias with both INVESTED_IN amounts and their sentences, labels
 * that do not overlap and stay on screen, edge labels on hover and zoom, curved edges for
 * facts in both directions, a panel that clears with the highlight, the command line's
 * matcher in the search box (ties listed, type-ahead), the timeline and conflicts-only
 * filters, and a legend. Screenshots go to test-results/ (and two to the temporary folder,
 * for the closing note) for a person to look at.
 *
 * Each suite loads its page once (beforeAll) and its tests run on it one after another, in
 * the order below; a test that changes what the page shows (a selection, a filter, the size
 * of the window, the camera) puts it back or comes after the tests that need it as loaded.
 * A viewer page load is ~1.1 CPU-s of Chromium: eight loads of the same two pages had been
 * half of this file's CPU. Errors, requests and dialogs are those of the page's whole life.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../../src/export/html.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { buildSnapshot as buildTinySnapshot } from '../eval/builder.js';
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

/** How long a check waits for the page to repaint: CI runs the browser beside other suites on two cores. */
const POLL_MS = 15_000;
import { HAS_PIPELINE, PIPELINE_SUFFIX, seedsSnapshot } from './seeds.js';

export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'test-results');
const VIEWPORTS = [
  [1440, 900],
  [1024, 700],
] as const;
const SEEDS_SCREENSHOT = join(tmpdir(), 'kg-viewer-seeds.png');
const OVERVIEW_SCREENSHOT = join(tmpdir(), 'kg-viewer-seeds-overview.png');
const INVESTED = 'INVESTED_IN:organization:meta->organization:scale-ai';

if (CHROMIUM_MISSING_IN_CI) {
  throw new Error(`CI must provide Chromium at ${CHROMIUM_PATH} (.ci/run installs it with apt-get install -y chromium)`);
}

interface LabelBox {
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where sigma drew each visible node label, in CSS pixels of the graph pane. */
async function labelBoxes(page: Page): Promise<{ boxes: LabelBox[]; width: number; height: number }> {
  return page.evaluate(() => {
    const { renderer, graph } = (window as unknown as { kgViewer: { renderer: any; graph: any } }).kgViewer;
    const ctx = document.createElement('canvas').getContext('2d')!;
    const settings = renderer.getSettings();
    ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const boxes: LabelBox[] = [];
    for (const key of graph.nodes() as string[]) {
      const d = renderer.getNodeDisplayData(key);
      if (!d || d.hidden || !d.label) continue;
      const p = renderer.framedGraphToViewport(d);
      // sigma's drawDiscNodeLabel: text from x + size + 3, centred on y.
      const size = renderer.scaleSize(d.size);
      boxes.push({ label: d.label, x: p.x + size + 3, y: p.y - settings.labelSize / 2, w: ctx.measureText(d.label).width, h: settings.labelSize });
    }
    const { width, height } = renderer.getDimensions();
    return { boxes, width, height };
  });
}

function overlaps(boxes: readonly LabelBox[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push(`${a.label} × ${b.label}`);
    }
  }
  return out;
}

describe.skipIf(!HAS_CHROMIUM || !HAS_PIPELINE)(`a readable viewer of the seeds${BROWSER_SUITE_SUFFIX}${PIPELINE_SUFFIX}`, () => {
  let browser: ViewerBrowser;
  let seeds: Snapshot;
  /** The seeds page, loaded once at the context's 1400×850; the tests below run on it in order. */
  let s: ViewerSession;
  let page: Page;
  /** The panel as loaded, before anything was selected: what clearing a selection brings back. */
  let hint: string | null;
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    seeds = await seedsSnapshot();
    browser = await launchViewerBrowser();
    s = await browser.open(toHtml(seeds, { title: 'seeds' }), 'seeds');
    page = s.page;
    hint = await page.textContent('#kg-panel');
  }, 120_000);
  afterAll(async () => {
    await s?.close();
    await browser?.close();
  });

  it('draws facts in both directions between two entities as two curves, and colours disagreement', async () => {
    const edges = await page.evaluate(() => {
      const { graph } = (window as unknown as { kgViewer: { graph: any } }).kgViewer;
      return (graph.edges() as string[]).map((e) => ({ key: e, type: graph.getEdgeAttribute(e, 'type'), color: graph.getEdgeAttribute(e, 'color') }));
    });
    const there = edges.find((e) => e.key === JSON.stringify(['organization:meta', 'organization:scale-ai']));
    const back = edges.find((e) => e.key === JSON.stringify(['organization:scale-ai', 'organization:meta']));
    expect(there?.type).toBe('curvedArrow');
    expect(back?.type).toBe('curvedArrow');
    // Meta INVESTED_IN Scale AI: the sources disagree on the amount.
    expect(there?.color).toBe('#c2185b');
    expect(edges.filter((e) => e.type === 'curvedArrow').length % 2).toBe(0);
    expect(edges.some((e) => e.type === 'arrow')).toBe(true);
  });

  // (was test/export/seeds.browser.test.ts, on a page of its own with the same HTML)
  it('renders, finds Meta by "ميتا", and shows both INVESTED_IN amounts with their sentences', async () => {
    const entities = seeds.nodes.filter((n) => n.attributes.kind === 'entity').length;
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
    const fact = seeds.edges.find((e) => e.key === INVESTED)!.attributes;
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
  });

  // After the test above, which left Meta's INVESTED_IN fact selected: this one selects Meta
  // itself and clears it, so the label tests below see the page unselected, as loaded.
  it('clicking empty space clears the highlight and the panel', async () => {
    await page.fill('#kg-search-input', 'Meta');
    await page.press('#kg-search-input', 'Enter');
    await expect.poll(() => page.getAttribute('#kg-panel h2', 'data-entity'), { timeout: POLL_MS }).toBe('organization:meta');
    // A point of the pane far from every node.
    const empty = await page.evaluate(() => {
      const { renderer, graph } = (window as unknown as { kgViewer: { renderer: any; graph: any } }).kgViewer;
      const { width, height } = renderer.getDimensions();
      const points = (graph.nodes() as string[]).map((k) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(k)));
      let best = { x: 0, y: 0, d: -1 };
      for (let x = 10; x < width; x += 20) {
        for (let y = 10; y < height; y += 20) {
          const d = Math.min(...points.map((p: { x: number; y: number }) => Math.hypot(p.x - x, p.y - y)));
          if (d > best.d) best = { x, y, d };
        }
      }
      const box = document.getElementById('kg-graph')!.getBoundingClientRect();
      return { x: box.left + best.x, y: box.top + best.y };
    });
    await page.mouse.click(empty.x, empty.y);
    await expect.poll(() => page.locator('#kg-panel h2').count(), { timeout: POLL_MS }).toBe(0);
    expect(await page.textContent('#kg-panel')).toBe(hint);
    // Escape empties the search box again, as loaded (the screenshots below show it).
    await page.press('#kg-search-input', 'Escape');
    expect(await page.inputValue('#kg-search-input')).toBe('');
    expect(s.errors).toEqual([]);
  });

  it('conflicts only keeps the facts sources disagree on', async () => {
    const conflicts = seeds.edges.filter((e) => e.attributes.kind === 'fact' && e.attributes.conflict).length;
    expect(conflicts).toBeGreaterThan(0);
    expect(await page.textContent('#kg-conflict-count')).toBe(String(conflicts));
    await page.check('#kg-conflicts-only');
    await expect.poll(() => page.getAttribute('#kg-graph', 'data-visible-facts'), { timeout: POLL_MS }).toBe(String(conflicts));
    // Only the entities of those facts stay.
    expect(Number(await page.getAttribute('#kg-graph', 'data-visible-nodes'))).toBeLessThanOrEqual(2 * conflicts);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'viewer-seeds-conflicts-1400x850.png') });
    await page.uncheck('#kg-conflicts-only');
    await expect.poll(() => page.getAttribute('#kg-graph', 'data-visible-facts'), { timeout: POLL_MS }).toBe(String(seeds.edges.filter((e) => e.attributes.kind === 'fact').length));
    // and every entity again, for the tests after this one
    expect(await page.getAttribute('#kg-graph', 'data-visible-nodes')).toBe(String(seeds.nodes.filter((n) => n.attributes.kind === 'entity').length));
  });

  it.each(VIEWPORTS)('at %i×%i every entity label is drawn, none overlaps another, all are on screen', async (width, height) => {
    await page.setViewportSize({ width, height });
    await expect.poll(async () => (await labelBoxes(page)).width, { timeout: POLL_MS }).toBeLessThan(width);
    await page.waitForTimeout(200);
    const { boxes, width: paneWidth, height: paneHeight } = await labelBoxes(page);
    const entities = seeds.nodes.filter((n) => n.attributes.kind === 'entity').length;
    expect(boxes).toHaveLength(entities);
    expect(overlaps(boxes)).toEqual([]);
    for (const b of boxes) {
      expect(b.x, b.label).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w, b.label).toBeLessThanOrEqual(paneWidth);
      expect(b.y, b.label).toBeGreaterThanOrEqual(0);
      expect(b.y + b.h, b.label).toBeLessThanOrEqual(paneHeight);
    }
    // Relation names are not drawn over the overview; the legend says where they are.
    expect(await paintedPixels(page, 'edgeLabels')).toBe(0);
    expect(await page.textContent('#kg-legend')).toContain('Relation names: hover or zoom in.');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `viewer-seeds-${width}x${height}.png`) });
    expect(s.errors).toEqual([]);
  });

  // Last: it zooms the camera in.
  it('shows relation names on hover and when zoomed in', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    // Where the node is drawn now: sigma takes the new size at its next frame, which may come
    // after a first look, so the pointer is put on the node again until its labels show.
    const hoverScaleAi = async () => {
      const at = await page.evaluate(() => {
        const { renderer } = (window as unknown as { kgViewer: { renderer: any } }).kgViewer;
        const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData('organization:scale-ai'));
        const box = document.getElementById('kg-graph')!.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      });
      await page.mouse.move(at.x, at.y);
    };
    await expect
      .poll(
        async () => {
          await hoverScaleAi();
          return paintedPixels(page, 'edgeLabels');
        },
        { timeout: POLL_MS },
      )
      .toBeGreaterThan(200);
    await page.mouse.move(5, 5);
    await expect.poll(() => paintedPixels(page, 'edgeLabels'), { timeout: POLL_MS }).toBe(0);
    await page.evaluate(() => (window as unknown as { kgViewer: { renderer: any } }).kgViewer.renderer.getCamera().setState({ ratio: 0.35 }));
    await expect.poll(() => page.getAttribute('#kg-graph', 'data-edge-labels'), { timeout: POLL_MS }).toBe('all');
    await expect.poll(() => paintedPixels(page, 'edgeLabels'), { timeout: POLL_MS }).toBeGreaterThan(200);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'viewer-seeds-zoomed-1440x900.png') });
    expect(s.errors).toEqual([]);
  });
});

/** Two organisations named "Scale", dated documents: for ties and the timeline. */
function datedSnapshot(): Snapshot {
  const snapshot = buildTinySnapshot({
    docs: [
      { key: 'doc:a', path: 'a.txt', lang: 'en' },
      { key: 'doc:b', path: 'b.txt', lang: 'de' },
      { key: 'doc:c', path: 'c.txt', lang: 'tr' },
    ],
    entities: [
      { key: 'organization:scale-ai', name: 'Scale AI', aliases: ['Scale AI', 'Scale'] },
      { key: 'organization:scale-venture', name: 'Scale Venture Partners', aliases: ['Scale Venture Partners', 'Scale'] },
      { key: 'organization:meta', name: 'Meta', aliases: ['Meta', 'ميتا'] },
      { key: 'organization:felsis', name: 'Felsis' },
    ],
    facts: [
      { relation: 'INVESTED_IN', source: 'organization:meta', target: 'organization:scale-ai', claims: [{ doc: 'doc:a' }] },
      { relation: 'INVESTED_IN', source: 'organization:scale-venture', target: 'organization:scale-ai', claims: [{ doc: 'doc:b' }] },
      { relation: 'ACQUIRED', source: 'organization:meta', target: 'organization:felsis', claims: [{ doc: 'doc:c' }] },
    ],
  });
  const dates: Record<string, string> = { 'doc:a': '2025-01-10T08:00:00Z', 'doc:b': '2025-03-02', 'doc:c': '2025-06-30' };
  for (const n of snapshot.nodes) if (n.attributes.kind === 'document') n.attributes.publishedAt = dates[n.key];
  return snapshot;
}

describe.skipIf(!HAS_CHROMIUM)(`viewer search and timeline${BROWSER_SUITE_SUFFIX}`, () => {
  let browser: ViewerBrowser;
  /** The dated page, loaded once; the search test, then the timeline test, run on it. */
  let s: ViewerSession;
  let page: Page;
  beforeAll(async () => {
    browser = await launchViewerBrowser();
    s = await browser.open(toHtml(datedSnapshot()), 'dated');
    page = s.page;
  });
  afterAll(async () => {
    await s?.close();
    await browser?.close();
  });

  it('search uses the command line matcher: ties listed, typos and endings forgiven, type-ahead while typing', async () => {
    // Two entities are called "Scale": both listed, Enter opens neither.
    await page.fill('#kg-search-input', 'Scale');
    await page.press('#kg-search-input', 'Enter');
    expect(await page.locator('#kg-search-results button[data-best="true"]').evaluateAll((b) => b.map((x) => x.getAttribute('data-entity')))).toEqual(
      expect.arrayContaining(['organization:scale-ai', 'organization:scale-venture']),
    );
    expect(await page.textContent('#kg-search-results')).toContain('2 entities have this name');
    expect(await page.locator('#kg-panel h2').count()).toBe(0);
    await page.click('#kg-search-results button[data-entity="organization:scale-venture"]');
    await expect.poll(() => page.getAttribute('#kg-panel h2', 'data-entity'), { timeout: POLL_MS }).toBe('organization:scale-venture');
    // A typo, and a Turkish case ending, as `kg entity` forgives them.
    for (const [query, key] of [['Scael AI', 'organization:scale-ai'], ["Felsis'i", 'organization:felsis'], ['لميتا', 'organization:meta']] as const) {
      await page.fill('#kg-search-input', query);
      await page.press('#kg-search-input', 'Enter');
      await expect.poll(() => page.getAttribute('#kg-panel h2', 'data-entity'), { timeout: POLL_MS }).toBe(key);
    }
    // Type-ahead: a beginning lists what it could become.
    await page.fill('#kg-search-input', 'Fel');
    await expect.poll(() => page.locator('#kg-search-results button').count(), { timeout: POLL_MS }).toBe(1);
    expect(await page.getAttribute('#kg-search-results button', 'data-kind')).toBe('prefix');
    expect(s.errors).toEqual([]);
  });

  // The search above changed no filter: the timeline starts from every fact.
  it('the timeline keeps the facts of documents in the chosen dates', async () => {
    expect(await page.getAttribute('#kg-graph', 'data-visible-facts')).toBe('3');
    expect(await page.textContent('#kg-date-from-value')).toBe('2025-01-10');
    expect(await page.textContent('#kg-date-to-value')).toBe('2025-06-30');
    // To 2025-03-02: the acquisition (2025-06-30) goes, and Felsis with it.
    await page.locator('#kg-date-to').fill('1');
    await expect.poll(() => page.getAttribute('#kg-graph', 'data-visible-facts'), { timeout: POLL_MS }).toBe('2');
    expect(await page.getAttribute('#kg-graph', 'data-visible-nodes')).toBe('3');
    expect(await page.textContent('#kg-date-to-value')).toBe('2025-03-02');
    // From 2025-03-02 too: only Scale Venture Partners' investment.
    await page.locator('#kg-date-from').fill('1');
    await expect.poll(() => page.getAttribute('#kg-graph', 'data-visible-facts'), { timeout: POLL_MS }).toBe('1');
    expect(await page.textContent('#kg-status')).toContain('showing 2 entities, 1 facts');
    // The legend names the colours of the types present and of disagreement.
    const legend = await page.textContent('#kg-legend');
    expect(legend).toContain('Organization');
    expect(legend).not.toContain('Person');
    expect(legend).toContain('sources disagree');
    expect(s.errors).toEqual([]);
  });
});
