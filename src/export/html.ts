/**
 * The self-contained HTML viewer: one file with the viewer bundle (graphology, sigma and the
 * UI from viewer/) inlined next to the graph data, so it opens from file:// with no network.
 * Article text only ever travels as JSON inside a non-executed <script type="application/json">
 * and is put on the page with textContent by the viewer; a Content-Security-Policy allows only
 * the one inline script (by hash) and no network at all.
 */
import { createHash } from 'node:crypto';
import type { Snapshot } from '../snapshot/schema.js';
import { loadViewerBundle, type ViewerBundle } from './bundle.js';
import { toViewerData } from './viewer-data.js';

export const DEFAULT_HTML_TITLE = 'kg graph';

export interface HtmlOptions {
  title?: string;
  /** The viewer code; defaults to the bundle built into dist/viewer/. */
  bundle?: ViewerBundle;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * JSON that is safe inside <script>: no `<` (so no `</script>` or `<!--`), and U+2028/2029
 * escaped too. JSON.parse reads the \u escapes back to the same characters.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function assertInlineSafe(code: string, what: string): void {
  if (/<\/(script|style)/i.test(code) || code.includes('<!--')) {
    throw new Error(`the viewer ${what} contains a sequence that would end its inline element; rebuild the bundle`);
  }
}

export function toHtml(snapshot: Snapshot, options: HtmlOptions = {}): string {
  const title = options.title ?? DEFAULT_HTML_TITLE;
  const bundle = options.bundle ?? loadViewerBundle();
  assertInlineSafe(bundle.js, 'script');
  assertInlineSafe(bundle.css, 'stylesheet');
  const scriptHash = createHash('sha256').update(bundle.js, 'utf8').digest('base64');
  const styleHash = createHash('sha256').update(bundle.css, 'utf8').digest('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    // sigma positions its canvases through element.style, which CSP does not govern.
    `style-src 'sha256-${styleHash}'`,
    'img-src data: blob:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; '); // constants and base64 only: nothing to escape
  const data = scriptSafeJson(toViewerData(snapshot, title));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(snapshot.attributes.generator)}">
<title>${escapeHtml(title)}</title>
<style>${bundle.css}</style>
</head>
<body>
<header class="kg-header">
  <h1 id="kg-title">${escapeHtml(title)}</h1>
  <div class="kg-search" role="search">
    <label for="kg-search-input">Find an entity</label>
    <input id="kg-search-input" type="search" autocomplete="off" spellcheck="false" placeholder="Name or alias, any script">
    <ul id="kg-search-results" class="kg-search-results" aria-label="Matching entities"></ul>
  </div>
  <p id="kg-status" class="kg-status" aria-live="polite"></p>
</header>
<main class="kg-main">
  <nav id="kg-filters" class="kg-filters" aria-label="Filters">
    <fieldset id="kg-filter-facts"><legend>Facts</legend>
      <div class="kg-filter"><input type="checkbox" id="kg-conflicts-only"><label for="kg-conflicts-only">Only where sources disagree (<span id="kg-conflict-count">0</span>)</label></div>
    </fieldset>
    <fieldset id="kg-timeline"><legend>Document dates</legend>
      <div class="kg-range"><label for="kg-date-from">From</label><input type="range" id="kg-date-from" min="0" max="0" value="0"><output id="kg-date-from-value" for="kg-date-from"></output></div>
      <div class="kg-range"><label for="kg-date-to">To</label><input type="range" id="kg-date-to" min="0" max="0" value="0"><output id="kg-date-to-value" for="kg-date-to"></output></div>
      <p id="kg-timeline-note" class="kg-hint"></p>
    </fieldset>
    <fieldset id="kg-filter-types"><legend>Entity types</legend></fieldset>
    <fieldset id="kg-filter-relations"><legend>Relations</legend></fieldset>
    <fieldset><legend>Legend</legend><div id="kg-legend" class="kg-legend"></div></fieldset>
  </nav>
  <div id="kg-graph" class="kg-graph" aria-label="Graph"></div>
  <aside id="kg-panel" class="kg-panel" aria-live="polite">
    <p class="kg-hint">Click a node or an edge, or search for an entity, to see its facts and the sentences that state them.</p>
  </aside>
</main>
<noscript><p>The graph viewer needs JavaScript.</p></noscript>
<script type="application/json" id="kg-data">${data}</script>
<script>${bundle.js}</script>
</body>
</html>
`;
}
