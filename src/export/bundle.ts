/**
 * Finds the viewer bundle that `npm run build` writes (scripts/build-viewer.mjs) to
 * dist/viewer/. Resolved from the package root, so it works from dist/ (the installed CLI)
 * and from src/ (vitest runs the TypeScript sources after a build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.js';

export interface ViewerBundle {
  js: string;
  css: string;
}

export const VIEWER_BUNDLE_DIR = join('dist', 'viewer');

export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new KgError('E_VIEWER_MISSING', `cannot find the kg package root above ${from}`);
    dir = parent;
  }
}

const cache = new Map<string, ViewerBundle>();

export function loadViewerBundle(root: string = packageRoot()): ViewerBundle {
  const hit = cache.get(root);
  if (hit) return hit;
  const dir = join(root, VIEWER_BUNDLE_DIR);
  let bundle: ViewerBundle;
  try {
    bundle = { js: readFileSync(join(dir, 'viewer.js'), 'utf8'), css: readFileSync(join(dir, 'viewer.css'), 'utf8') };
  } catch (err) {
    throw new KgError('E_VIEWER_MISSING', `the HTML viewer bundle is missing from ${dir}`, {
      hint: 'Build it first: npm run build (bundles viewer/ with esbuild into dist/viewer/).',
      cause: err,
    });
  }
  cache.set(root, bundle);
  return bundle;
}
