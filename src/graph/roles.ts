/**
 * Roles end. A CEO_OF fact is no longer current when
 *   - a LEFT fact of the same person and organisation is not older than its last statement
 *     ("Jane Roe stepped down as CEO of Acme Corp"),
 *   - its latest statement calls the role former ("former CEO", "ehemalige", "ancien", "eski", "السابق"),
 *   - another person is named CEO of the organisation in a later document (a successor).
 * Documents without dates cannot order statements: there a LEFT or a "former" mention ends the
 * role, a successor does not (both may be current in different articles). Pure over edge lists.
 */
import type { Relation } from '../model/types.js';
import type { EdgeAttributes, FactEdgeAttributes, SnapshotClaim } from '../snapshot/schema.js';
import { makesFact } from '../model/extraction.js';

/** Relations that hold a role that ends. */
const ROLES: ReadonlySet<Relation> = new Set(['CEO_OF']);

type Edge = [string, string, string, EdgeAttributes];

function latest(claims: readonly SnapshotClaim[]): string | undefined {
  let best: string | undefined;
  for (const c of claims) if (c.date !== undefined && (best === undefined || c.date > best)) best = c.date;
  return best;
}

function earliest(claims: readonly SnapshotClaim[]): string | undefined {
  let best: string | undefined;
  for (const c of claims) if (c.date !== undefined && (best === undefined || c.date < best)) best = c.date;
  return best;
}

/** Sets `current`, `endedBy` and `endedAt` on role facts (in place). */
export function endRoles(edges: readonly Edge[]): void {
  const facts = edges.filter((e): e is [string, string, string, FactEdgeAttributes] => e[3].kind === 'fact');
  const left = new Map<string, SnapshotClaim[]>();
  for (const [, s, t, a] of facts) if (a.type === 'LEFT') left.set(`${s}->${t}`, a.claims.filter((c) => makesFact('LEFT', c.status)));
  // Role facts per relation and organisation: a successor is looked for among these, not among every fact.
  const holders = new Map<string, Array<[string, string, string, FactEdgeAttributes]>>();
  for (const f of facts) {
    if (!ROLES.has(f[3].type)) continue;
    const k = `${f[3].type}\u0000${f[2]}`;
    const list = holders.get(k);
    if (list) list.push(f);
    else holders.set(k, [f]);
  }
  for (const [, person, org, a] of facts) {
    if (!ROLES.has(a.type) || a.status !== undefined) continue;
    const making = a.claims.filter((c) => makesFact(a.type, c.status));
    const present = making.filter((c) => !c.former);
    const lastPresent = latest(present);
    let ended: { by: 'left' | 'former' | 'successor'; at?: string } | undefined;

    const formers = making.filter((c) => c.former);
    if (present.length === 0) ended = { by: 'former', at: earliest(formers) };
    else if (formers.length > 0 && lastPresent !== undefined && (latest(formers) ?? '') > lastPresent) ended = { by: 'former', at: earliest(formers.filter((c) => (c.date ?? '') > lastPresent)) };

    const leaving = left.get(`${person}->${org}`) ?? [];
    if (!ended && leaving.length > 0) {
      const leftAt = latest(leaving);
      // Only a role restated after the departure is current again.
      if (!(lastPresent !== undefined && leftAt !== undefined && lastPresent > leftAt)) ended = { by: 'left', at: leftAt };
    }

    if (!ended && lastPresent !== undefined) {
      for (const [, other, otherOrg, b] of holders.get(`${a.type}\u0000${org}`) ?? []) {
        if (b.type !== a.type || otherOrg !== org || other === person || b.status !== undefined) continue;
        const since = earliest(b.claims.filter((c) => makesFact(b.type, c.status) && !c.former));
        if (since !== undefined && since > lastPresent && (!ended || (ended.at !== undefined && since < ended.at))) ended = { by: 'successor', at: since };
      }
    }
    a.current = ended === undefined;
    if (ended) {
      a.endedBy = ended.by;
      if (ended.at !== undefined) a.endedAt = ended.at;
    }
  }
}
