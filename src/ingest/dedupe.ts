/** Identical texts are one document: the first (in input order) is kept, later copies become `duplicate` issues. Pure. */
import { issues, type IngestIssue } from './issues.js';

/** Issues name JSONL lines as `file:line` (like compilers do), documents as `file#Lline`. */
export function issueLocation(documentPath: string): string {
  return documentPath.replace(/#L(\d+)$/, ':$1');
}

export function dedupeByContent<T extends { key: string; sha256: string; path: string }>(drafts: readonly T[]): { kept: T[]; issues: IngestIssue[] } {
  const firstBySha = new Map<string, T>();
  const kept: T[] = [];
  const found: IngestIssue[] = [];
  for (const d of drafts) {
    const first = firstBySha.get(d.sha256);
    if (first === undefined) {
      firstBySha.set(d.sha256, d);
      kept.push(d);
    } else {
      found.push(issues.duplicate(issueLocation(d.path), first.path, first.key));
    }
  }
  return { kept, issues: found };
}
