/**
 * Document-level consistency of deal facts.
 *   deals.acquisition-not-partnership  "Acme agreed to buy Boltway … 'We are pleased to have reached an
 *                                      agreement with Boltway'": the agreement is the acquisition, so a
 *                                      PARTNERS_WITH claim for a pair of which one ACQUIRED the other is dropped.
 * In the dev gold (news, news-b, dev2, seeds: 110 documents), one states both for one pair (a joint venture bought out); investments
 * and partnerships between the same pair are common and are left alone.
 */
import type { ExtractedClaim } from '../../model/extraction.js';

/** Claims without a partnership between two organisations one of which acquired the other in the same document. */
export function dropAcquisitionPartnerships(claims: readonly ExtractedClaim[], keys: ReadonlyMap<number, string>): ExtractedClaim[] {
  const key = (id: number) => keys.get(id) ?? String(id);
  const pair = (a: number, b: number) => [key(a), key(b)].sort().join('\u0000');
  const acquired = new Set<string>();
  for (const c of claims) if (c.relation === 'ACQUIRED' && typeof c.object === 'number') acquired.add(pair(c.subject, c.object));
  if (acquired.size === 0) return [...claims];
  return claims.filter((c) => c.relation !== 'PARTNERS_WITH' || typeof c.object !== 'number' || !acquired.has(pair(c.subject, c.object)));
}
