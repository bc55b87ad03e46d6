/** The snapshot itself, validated and normalised (defaults filled in), as `kg build` writes it. */
import type { Snapshot } from '../snapshot/schema.js';

export function toJson(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 1)}\n`;
}
