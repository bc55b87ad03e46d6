/**
 * Document dates for the graph: claims carry their document's date, facts their first and
 * last seen dates, relative years ("next year") resolve against it. `publishedAt` is free
 * text in JSONL; only its leading ISO date (YYYY-MM-DD, or YYYY-MM, YYYY) is read.
 */
import type { Document } from '../model/document.js';
import type { ExtractedClaim } from '../model/extraction.js';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

/** YYYY-MM-DD (or the shorter ISO form given) of a document, or undefined without a readable date. */
export function documentDate(doc: Pick<Document, 'publishedAt'>): string | undefined {
  const m = doc.publishedAt === undefined ? null : ISO_DATE.exec(doc.publishedAt.trim());
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter((p) => p !== undefined).join('-');
}

const QUARTERS_PER_YEAR = 4;
const MONTHS_PER_YEAR = 12;

/**
 * A claim with its relative time resolved against its document's date (YYYY-MM-DD, YYYY-MM or
 * YYYY): "next year" in 2024-11-03 → year 2025; "next quarter" → 2025, quarter 1; "last month"
 * → 2024, month 10; "in the third quarter" (yearOffset 0) → 2024, quarter 3. A stated year is
 * never replaced. Offsets that need a month (quarters, months) stay unresolved without one;
 * offsets are dropped from the result either way. Pure.
 */
export function resolveTime(c: ExtractedClaim, date: string | undefined): ExtractedClaim {
  const { yearOffset, quarterOffset, monthOffset, ...rest } = c;
  if (yearOffset === undefined && quarterOffset === undefined && monthOffset === undefined) return c;
  const out: ExtractedClaim = rest;
  const docYear = date === undefined ? undefined : Number(date.slice(0, 4));
  const docMonth = date !== undefined && date.length >= 7 ? Number(date.slice(5, 7)) : undefined;
  if (docYear === undefined) return out;
  if (quarterOffset !== undefined && docMonth !== undefined) {
    const q = Math.floor((docMonth - 1) / 3) + quarterOffset;
    out.year ??= docYear + Math.floor(q / QUARTERS_PER_YEAR);
    out.quarter = mod(q, QUARTERS_PER_YEAR) + 1;
  }
  if (monthOffset !== undefined && docMonth !== undefined) {
    const m = docMonth - 1 + monthOffset;
    out.year ??= docYear + Math.floor(m / MONTHS_PER_YEAR);
    out.month = mod(m, MONTHS_PER_YEAR) + 1;
  }
  if (out.year === undefined && yearOffset !== undefined) out.year = docYear + yearOffset;
  return out;
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}
