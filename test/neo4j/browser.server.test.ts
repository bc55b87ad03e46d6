/**
 * Neo4j Browser, served by the same Neo4j (neo4j/Main.java puts the neo4j-browser jar of
 * Maven Central on the classpath; the server's Browser module serves it at /browser/), in
 * headless Chromium: connect over Bolt with the password, run cypher/investments.cypher
 * and see the Meta → Scale AI row. A screenshot goes to test-results/ (git-ignored).
 *
 * Needs NEO4J_URI and NEO4J_HTTP_URI (.ci/run sets both; with `npm run neo4j` they are
 * bolt://127.0.0.1:7687 and http://127.0.0.1:7474) and Chromium (.ci/run installs it).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNeo4j, type Neo4jConnection } from '../../src/neo4j/connection.js';
import { loadSnapshot } from '../../src/neo4j/loader.js';
import { CHROMIUM_PATH, HAS_CHROMIUM, newBrowserContext } from '../export/browser.js';
import { sharedSeedsSnapshot } from '../support/seeds-snapshot.js';
import { wipe } from './db-helpers.js';
import { describeUnavailable, serverOptionsFromEnv } from './server.js';

const QUERY_FILE = new URL('../../cypher/investments.cypher', import.meta.url).pathname;
const RESULTS_DIR = new URL('../../test-results/', import.meta.url).pathname;
const TITLE = 'Neo4j Browser in headless Chromium';


const http = process.env.NEO4J_HTTP_URI?.replace(/\/+$/, '');
const missing = !process.env.NEO4J_URI
  ? 'NEO4J_URI is not set'
  : !http
    ? 'NEO4J_HTTP_URI is not set (the HTTP address of the same server, e.g. http://127.0.0.1:7474)'
    : !HAS_CHROMIUM
      ? `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`
      : undefined;

if (missing) {
  describeUnavailable(TITLE, missing, () => {
    it('needs a server with HTTP and Chromium', () => undefined);
  });
} else {
  describe.sequential(`${TITLE} (${http}/browser/)`, () => {
    const options = serverOptionsFromEnv();
    let db: Neo4jConnection;
    let context: BrowserContext;
    const errors: string[] = [];

    beforeAll(async () => {
      db = await openNeo4j(options);
      await wipe(db);
      // The seeds articles, built once per run for every suite (test/support/seeds-snapshot.ts).
      await loadSnapshot(db, await sharedSeedsSnapshot('articles'));
      // A fresh context (empty storage, as a new profile) in the worker's headless Chromium,
      // which the viewer suites share: no Chromium start of its own. Chromium talks to
      // nothing but the two loopback ports (the Browser's telemetry fails offline).
      context = await newBrowserContext({ width: 1400, height: 900 });
    }, 180_000);

    afterAll(async () => {
      await context?.close();
      await db?.close();
    });

    it('is served at /browser/ by the same server', async () => {
      const res = await fetch(`${http}/browser/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Neo4j Browser</title>');
      // and the discovery document tells the Browser where Bolt is
      const discovery = (await (await fetch(`${http}/`)).json()) as { bolt_direct?: string; neo4j_version?: string };
      expect(discovery.bolt_direct).toBe(options.uri.replace(/\/$/, ''));
      expect(discovery.neo4j_version).toMatch(/^5\.26\./);
    });

    it('connects over Bolt, runs cypher/investments.cypher and shows Meta → Scale AI', async () => {
      const query = readFileSync(QUERY_FILE, 'utf8').trim();
      const page: Page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      // dbms= fills the connect form; cmd=edit&arg= puts the query in the editor.
      const url =
        `${http}/browser/?dbms=${encodeURIComponent(options.uri)}&preselectAuthMethod=NATIVE` +
        `&cmd=edit&arg=${encodeURIComponent(query)}`;
      await page.goto(url);
      await page.fill('[data-testid="username"]', options.user, { timeout: 60_000 });
      await page.fill('[data-testid="password"]', options.password);
      await page.click('[data-testid="connect"]');
      await page.waitForSelector('[data-testid="connect"]', { state: 'detached', timeout: 60_000 });
      await expect.poll(() => page.locator('[data-testid="activeEditor"]').innerText(), { timeout: 30_000 }).toContain('INVESTED_IN');

      // The form closes before the Bolt session is up; a query run in between gets "No
      // connection found". Rerun that frame until the result comes, for at most 90 s.
      await page.click('[data-testid="editor-Run"]');
      const result = page.locator('[data-testid="frame"]', { hasText: 'Scale AI' }).first();
      const deadline = Date.now() + 90_000;
      while (!(await result.isVisible())) {
        if (Date.now() > deadline) throw new Error(`no result frame in 90 s; page says: ${(await page.locator('body').innerText()).slice(0, 2000)}`);
        const failed = page.locator('[data-testid="frame"]', { hasText: 'No connection found' }).first();
        if (await failed.isVisible()) await failed.locator('[data-testid="rerunFrameButton"]').click();
        await result.waitFor({ timeout: 2_000 }).catch(() => undefined);
      }
      await result.locator('[data-testid="cypherFrameSidebarTable"]').click();
      const row = result.locator('tr.relatable__table-row', { hasText: 'Scale AI' }).filter({ hasText: 'Meta' }).first();
      await row.waitFor({ timeout: 30_000 });
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: join(RESULTS_DIR, 'neo4j-browser-investments.png'), fullPage: true });
      expect(text).toContain('"Meta"');
      expect(text).toContain('"Scale AI"');
      expect(text).toMatch(/14300000000(\.0)?/);
      expect(text).toContain('"USD"');
      await page.close();
    }, 180_000);
  });
}
