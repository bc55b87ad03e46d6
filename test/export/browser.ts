/**
 * Headless Chromium for the viewer tests: playwright-core driving Debian's `chromium`
 * (installed by .ci/run). Without it the tests skip visibly, except in CI where they fail.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const CHROMIUM_MISSING_IN_CI = !HAS_CHROMIUM && Boolean(process.env.CI);
export const BROWSER_SUITE_SUFFIX = HAS_CHROMIUM ? '' : ` (SKIPPED: no Chromium at ${CHROMIUM_PATH}; apt-get install chromium)`;

/** Headless, offline Chromium: nothing but the pages the tests open. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ViewerSession {
  page: Page;
  /** Alerts, confirms and prompts the page tried to open. */
  dialogs: string[];
  /** Uncaught page errors and console errors (CSP violations are console errors). */
  errors: string[];
  /** Requests for anything but the file itself. */
  requests: string[];
  close(): Promise<void>;
}

export interface ViewerBrowser {
  open(html: string, name: string): Promise<ViewerSession>;
  close(): Promise<void>;
}

let chromiumOfWorker: Promise<Browser> | undefined;

/**
 * One headless Chromium per test worker, started by the first suite that asks: vitest runs
 * the files of a worker in one module graph (vitest.config.ts), so the suites after it reuse
 * it and start a fresh context, not a browser. Playwright kills it when the worker exits.
 */
function chromiumOfThisWorker(): Promise<Browser> {
  if (!chromiumOfWorker) {
    const launched = chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
    chromiumOfWorker = launched;
    // A browser that crashed or was closed is started again by the next suite.
    launched.then(
      (b) => b.on('disconnected', () => {
        if (chromiumOfWorker === launched) chromiumOfWorker = undefined;
      }),
      () => {
        if (chromiumOfWorker === launched) chromiumOfWorker = undefined;
      },
    );
  }
  return chromiumOfWorker;
}

/**
 * A browser context of its own (no cookies, storage or cache shared with other suites) in the
 * worker's Chromium: what a fresh browser profile would be, without starting another Chromium.
 */
export async function newBrowserContext(viewport: { width: number; height: number }): Promise<BrowserContext> {
  return (await chromiumOfThisWorker()).newContext({ viewport });
}

/** A browser context of its own in the worker's Chromium (newBrowserContext), for kg's HTML viewer. */
export async function launchViewerBrowser(): Promise<ViewerBrowser> {
  const pages = mkdtempSync(join(tmpdir(), 'kg-viewer-'));
  const context: BrowserContext = await newBrowserContext({ width: 1400, height: 850 });
  // One blank page open for the context's life, beside the test's own pages: while a context
  // has a page, Chromium keeps what it set up for it, and each viewer page (every test opens a
  // fresh one) cost ~1.1 instead of ~2 CPU-s of Chromium (18 loads: 15-19 against 34-37 CPU-s).
  await context.newPage();
  return {
    async open(html, name) {
      const file = join(pages, `${name}.html`);
      writeFileSync(file, html, 'utf8');
      const page = await context.newPage();
      const session: ViewerSession = { page, dialogs: [], errors: [], requests: [], close: () => page.close() };
      page.on('dialog', (d) => {
        session.dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => session.errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') session.errors.push(m.text());
      });
      const url = pathToFileURL(file).href;
      page.on('request', (r) => {
        if (r.url() !== url) session.requests.push(r.url());
      });
      await page.goto(url);
      await page.waitForSelector('#kg-graph[data-ready="true"]', { timeout: 15_000 });
      return session;
    },
    async close() {
      await context.close();
      rmSync(pages, { recursive: true, force: true });
    },
  };
}

/** Non-transparent pixels sigma drew on one of its 2D canvases (labels, edge labels). */
export async function paintedPixels(page: Page, layer: 'labels' | 'edgeLabels'): Promise<number> {
  return page.evaluate((cls) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`canvas.sigma-${cls}`);
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return -1;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  }, layer);
}

export async function searchAndSelect(page: Page, query: string): Promise<void> {
  await page.fill('#kg-search-input', query);
  await page.press('#kg-search-input', 'Enter');
}
