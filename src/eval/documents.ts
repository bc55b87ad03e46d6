/**
 * Which snapshot documents a gold document annotates. Gold names a document by file
 * basename; JSONL inputs have paths like `file.jsonl#L3` and may carry an `id`, so the
 * basename of the path and the id both count.
 */
import type { DocumentView } from '../snapshot/views.js';

/** Basename for both separators: snapshots built on Windows keep backslashes. */
export function pathBasename(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

export function documentNames(doc: DocumentView): string[] {
  const names = [pathBasename(doc.path)];
  if (doc.id !== undefined && doc.id !== '') names.push(doc.id);
  return names;
}

/** Gold document name → keys of the snapshot documents it stands for (sorted, usually one). */
export function documentIndex(docs: ReadonlyArray<DocumentView>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const doc of docs) {
    for (const name of new Set(documentNames(doc))) {
      const keys = index.get(name) ?? [];
      if (!keys.includes(doc.key)) keys.push(doc.key);
      index.set(name, keys);
    }
  }
  for (const keys of index.values()) keys.sort();
  return index;
}
