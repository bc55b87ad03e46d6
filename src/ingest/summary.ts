/** One-line wording of what was skipped, for the build summary ("skipped 1 file (.json)"). Pure. */
import type { SkippedFile } from './types.js';

/** Why each kind of file inside a folder is passed over, in the words the summary uses. */
const WHY: Readonly<Record<SkippedFile['reason'], string>> = {
  'unsupported-extension': 'kg reads .txt, .md and .jsonl',
  hidden: 'hidden files and folders are not read',
  'symlink-loop': 'a symbolic link that loops',
  'already-visited': 'reached twice, read once',
  'special-file': 'not a regular file',
};

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

/** describeSkipped, then why, with the first file of each reason: "…: kg reads .txt, .md and .jsonl (seeds/seeds.gold.json)". */
export function explainSkipped(skipped: readonly SkippedFile[]): string {
  const head = describeSkipped(skipped);
  if (head === '') return '';
  const first = new Map<SkippedFile['reason'], SkippedFile>();
  for (const s of skipped) if (!first.has(s.reason)) first.set(s.reason, s);
  const why = [...first.values()].map((s) => `${WHY[s.reason]} (${s.path}${skipped.filter((t) => t.reason === s.reason).length > 1 ? ', …' : ''})`);
  return `${head}: ${why.join('; ')}`;
}
