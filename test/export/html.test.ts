import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadViewerBundle } from '../../src/export/bundle.js';
import { scriptSafeJson, toHtml } from '../../src/export/html.js';
import type { ViewerData } from '../../src/export/viewer-data.js';
import { HOSTILE_SNAPSHOT_PATH, loadSnapshot, SMALL_SNAPSHOT_PATH } from './fixtures.js';

/** A stand-in bundle, so these tests check the page around it without needing a build. */
const bundle = { js: 'window.ok = 1;', css: 'body { color: black; }' };

function embeddedData(html: string): ViewerData {
  const match = /<script type="application\/json" id="kg-data">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]) as ViewerData;
}

describe('toHtml', () => {
  it('embeds the graph so that article text cannot close the script element', () => {
    const html = toHtml(loadSnapshot(HOSTILE_SNAPSHOT_PATH), { bundle });
    // Only the page's own two script elements close.
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain('<img');
    const data = embeddedData(html);
    expect(data.entities.map((e) => e.name)).toContain('<img src=x onerror=alert(1)>');
    expect(data.facts.flatMap((f) => f.claims.map((c) => c.sentence)).join('\n')).toContain('</script><script>alert(4)</script>');
  });

  it('carries entities with positions, sizes and colours, and every fact with its claims', () => {
    const snapshot = loadSnapshot(SMALL_SNAPSHOT_PATH);
    const data = embeddedData(toHtml(snapshot, { bundle }));
    const meta = data.entities.find((e) => e.key === 'organization:meta')!;
    expect(meta).toMatchObject({ name: 'Meta', color: data.colors.Organization });
    expect(Number.isFinite(meta.x) && Number.isFinite(meta.y)).toBe(true);
    expect(meta.size).toBeGreaterThan(data.entities.find((e) => e.key === 'person:jason-droege')!.size);
    const invested = data.facts.find((f) => f.type === 'INVESTED_IN')!;
    expect(invested.claims.map((c) => c.amount)).toEqual([14.3e9, 14e9]);
    expect(data.documents).toHaveLength(3);
  });

  it('escapes the title and allows only its own inline script, with no network', () => {
    const html = toHtml(loadSnapshot(SMALL_SNAPSHOT_PATH), { bundle, title: '<b>Meta & Scale</b>' });
    expect(html).toContain('<title>&lt;b&gt;Meta &amp; Scale&lt;/b&gt;</title>');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    const hash = createHash('sha256').update(bundle.js).digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
  });

  it('refuses a bundle that would break out of its script element', () => {
    expect(() => toHtml(loadSnapshot(SMALL_SNAPSHOT_PATH), { bundle: { js: 'x = "</script>"', css: '' } })).toThrow(/inline/);
  });

  it('says how to build the viewer when the bundle is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'kg-nobundle-'));
    expect(() => loadViewerBundle(root)).toThrow(expect.objectContaining({ code: 'E_VIEWER_MISSING', hint: expect.stringContaining('npm run build') }));
  });

  it('scriptSafeJson round-trips through JSON.parse without any <, > or &', () => {
    const value = { s: '</script><!-- & \u2028 >' };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
