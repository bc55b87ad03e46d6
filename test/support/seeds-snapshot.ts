/** The seeds snapshots built once per run by ./seeds-setup.ts, read back as a fresh copy. */
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { parseSnapshot } from '../../src/snapshot/io.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

export function sharedSeedsSnapshot(variant: 'folder' | 'articles'): Snapshot {
  const path = inject('seedsSnapshots')[variant];
  return parseSnapshot(JSON.parse(readFileSync(path, 'utf8')), path);
}
