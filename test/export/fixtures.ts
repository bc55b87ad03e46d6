/** Snapshot fixtures for the export tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSnapshot } from '../../src/snapshot/io.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

export const SMALL_SNAPSHOT_PATH = fileURLToPath(new URL('../fixtures/snapshot.small.json', import.meta.url));
/**
 * The small snapshot plus an entity named `<img src=x onerror=alert(1)>`, a document title and
 * an evidence sentence with `</script><script>alert(…)</script>`, control characters that XML
 * forbids, and a `javascript:` document URL.
 */
export const HOSTILE_SNAPSHOT_PATH = fileURLToPath(new URL('./fixtures/snapshot.hostile.json', import.meta.url));

export function loadSnapshot(path: string): Snapshot {
  return parseSnapshot(JSON.parse(readFileSync(path, 'utf8')), path);
}
