/**
 * One article, one document. Pure.
 *   - Versions: drafts with the same JSONL `id`, or the same `url`, and other text are versions of
 *     one article; the later one (by `publishedAt`, else input order) replaces the earlier, with a
 *     `superseded` warning ("$30M" then a corrected "$300M" is one source, saying $300M).
 *   - Duplicates: texts equal after folding white space (trailing spaces, no-break spaces, line
 *     breaks) are one document: the first is kept, later copies become `duplicate` issues.
 * Near-duplicates (one wire story with small edits) are kept but grouped: see near-duplicates.ts.
 */
import { createHash } from 'node:crypto';
import { issues, type IngestIssue } from './issues.js';

/** Issues name JSONL lines as `file:line` (like compilers do), documents as `file#Lline`. */
export function issueLocation(documentPath: string): string {
  return documentPath.replace(/#L(\d+)$/, ':$1');
}

/** sha256 of the text with every run of white space (any Unicode space) folded to one space and the ends trimmed. */
export function foldedTextHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/gu, ' ').trim()).digest('hex');
}

interface Draftish {
  key: string;
  sha256: string;
  path: string;
  /** Needed unless the caller gives each draft's folded hash (streamed builds keep no texts). */
  text?: string;
  id?: string;
  url?: string;
  publishedAt?: string;
}

/** The folded hash of a draft's text (`hashOf` replaces it for drafts whose text is gone). */
const ownHash = (d: Draftish): string => foldedTextHash(d.text ?? '');

export function dedupeByContent<T extends Draftish>(drafts: readonly T[], hashOf: (d: T) => string = ownHash): { kept: T[]; issues: IngestIssue[] } {
  const firstByText = new Map<string, T>();
  const kept: T[] = [];
  const found: IngestIssue[] = [];
  for (const d of drafts) {
    const hash = hashOf(d);
    const first = firstByText.get(hash);
    if (first === undefined) {
      firstByText.set(hash, d);
      kept.push(d);
    } else {
      found.push(issues.duplicate(issueLocation(d.path), first.path, first.key));
    }
  }
  return { kept, issues: found };
}

/** Whether `b` is a later version than `a`: a later `publishedAt` when both have one, else the later in input order. */
function later(a: { publishedAt?: string; index: number }, b: { publishedAt?: string; index: number }): boolean {
  if (a.publishedAt !== undefined && b.publishedAt !== undefined && a.publishedAt !== b.publishedAt) return b.publishedAt > a.publishedAt;
  return b.index > a.index;
}

/**
 * Keeps the latest version of every article named twice by `id` or by `url` with another text.
 * Identical texts are left to dedupeByContent. Input order is kept for what remains.
 */
export function latestVersions<T extends Draftish>(drafts: readonly T[], hashOf: (d: T) => string = ownHash): { kept: T[]; issues: IngestIssue[] } {
  const items = drafts.map((d, index) => ({ d, index, publishedAt: d.publishedAt }));
  const dropped = new Map<number, { by: number; same: string }>();
  for (const field of ['id', 'url'] as const) {
    const latest = new Map<string, (typeof items)[number]>();
    for (const it of items) {
      const value = it.d[field];
      if (value === undefined || dropped.has(it.index)) continue;
      const prev = latest.get(value);
      if (prev === undefined) {
        latest.set(value, it);
        continue;
      }
      if (hashOf(prev.d) === hashOf(it.d)) continue;
      const [old, kept] = later(prev, it) ? [prev, it] : [it, prev];
      dropped.set(old.index, { by: kept.index, same: `${field} ${JSON.stringify(value)}` });
      latest.set(value, kept);
    }
  }
  const found: IngestIssue[] = [];
  const kept: T[] = [];
  for (const it of items) {
    const drop = dropped.get(it.index);
    if (drop === undefined) kept.push(it.d);
    else {
      // Follow the chain to the version that stays.
      let by = drop.by;
      while (dropped.has(by)) by = dropped.get(by)!.by;
      found.push(issues.superseded(issueLocation(it.d.path), items[by].d.path, drop.same));
    }
  }
  return { kept, issues: found };
}
