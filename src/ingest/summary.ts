/** One-line wording of what was skipped, for the build summary ("skipped 1 file (.json)"). Pure. */
import type { SkippedFile } from './types.js';

function label(s: SkippedFile): string {
  if (s.reason === 'unsupported-extension') return s.extension === '' || s.extension === undefined ? 'no extension' : s.extension;
  return s.reason.replace(/-/g, ' ');
}

/** '' when nothing was skipped; otherwise e.g. "skipped 3 files (.json ×2, hidden)", labels sorted for stable output. */
export function describeSkipped(skipped: readonly SkippedFile[]): string {
  if (skipped.length === 0) return '';
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(label(s), (counts.get(label(s)) ?? 0) + 1);
  const labels = [...counts.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([l, n]) => (n === 1 ? l : `${l} ×${n}`));
  return `skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} (${labels.join(', ')})`;
}
