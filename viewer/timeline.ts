/** Document dates for the timeline filter: `publishedAt` cut to the day. Pure; tested in Node. */
import type { DocumentView, FactView } from '../src/snapshot/views.js';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** "2025-06-12T08:00:00Z" → "2025-06-12"; anything else → undefined. */
export function dayOf(publishedAt: string | undefined): string | undefined {
  return publishedAt && DAY.test(publishedAt) ? publishedAt.slice(0, 10) : undefined;
}

/** Distinct days of the documents, oldest first. */
export function documentDates(documents: readonly DocumentView[]): string[] {
  return [...new Set(documents.map((d) => dayOf(d.publishedAt)).filter((d): d is string => d !== undefined))].sort();
}

/** The days of the documents a fact's claims come from (none for undated documents). */
export function factDates(fact: FactView, documents: ReadonlyMap<string, DocumentView>): string[] {
  const out = new Set<string>();
  for (const c of fact.claims) {
    const day = dayOf(documents.get(c.doc)?.publishedAt);
    if (day) out.add(day);
  }
  return [...out];
}
