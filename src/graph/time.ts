/**
 * Document dates for the graph: claims carry their document's date, facts their first and
 * last seen dates, relative years ("next year") resolve against it. `publishedAt` is free
 * text in JSONL; only its leading ISO date (YYYY-MM-DD, or YYYY-MM, YYYY) is read.
 */
import type { Document } from '../model/document.js';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

/** YYYY-MM-DD (or the shorter ISO form given) of a document, or undefined without a readable date. */
export function documentDate(doc: Pick<Document, 'publishedAt'>): string | undefined {
  const m = doc.publishedAt === undefined ? null : ISO_DATE.exec(doc.publishedAt.trim());
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter((p) => p !== undefined).join('-');
}

/** The document's year, for relative years ("im kommenden Jahr" in 2024 → 2025). */
export function documentYear(doc: Pick<Document, 'publishedAt'>): number | undefined {
  const d = documentDate(doc);
  return d === undefined ? undefined : Number(d.slice(0, 4));
}
