#!/usr/bin/env node
/**
 * Bundles the HTML viewer (viewer/: graphology, sigma and the UI) into dist/viewer/viewer.js
 * and viewer.css, which `kg export --format html` inlines into one self-contained page.
 * Runs after tsc in `npm run build`.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'viewer');
await mkdir(outdir, { recursive: true });

const common = { bundle: true, minify: true, logLevel: 'warning', legalComments: 'inline', charset: 'utf8' };
await build({
  ...common,
  entryPoints: [join(root, 'viewer', 'main.ts')],
  outfile: join(outdir, 'viewer.js'),
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  // Inlined in a <script>: esbuild's default for the browser already escapes `</script` in
  // strings; toHtml refuses a bundle that still contains one.
});
await build({ ...common, entryPoints: [join(root, 'viewer', 'viewer.css')], outfile: join(outdir, 'viewer.css') });
