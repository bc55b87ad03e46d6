/**
 * Roles end. A CEO_OF, WORKS_FOR or BOARD_MEMBER_OF fact is no longer current when
 *   - a LEFT fact of the same person and organisation is not older than its last statement
 *     ("Jane Roe stepped down as CEO of Acme Corp", "verließ den Aufsichtsrat"),
 *   - its latest statement calls the role former ("former CEO", "ehemalige Finanzchefin",
 *     "ancien administrateur", "eski CFO'su", "عضو مجلس الإدارة السابق"); for WORKS_FOR only a
 *     former title that matches the current one ends it ("former CTO" does not end a COO),
 *   - (CEO_OF only: one chief executive at a time) another person is named CEO of the
 *     organisation in a later document, a successor.
 * Documents without dates cannot order statements: there a LEFT or a "former" mention ends the
 * role, a successor does not (both may be current in different articles). Pure over edge lists.
 */
import type { Relation } from '../model/types.js';
import type { EdgeAttributes, FactEdgeAttributes, SnapshotClaim } from '../snapshot/schema.js';
import { makesFact } from '../model/extraction.js';

/** Relations that hold a role that ends. */
export const ROLE_RELATIONS: ReadonlySet<Relation> = new Set(['CEO_OF', 'WORKS_FOR', 'BOARD_MEMBER_OF']);
/** Roles one person holds at a time in an organisation, so that a later holder succeeds the earlier. */
const SINGLE_HOLDER: ReadonlySet<Relation> = new Set(['CEO_OF']);

type Edge = [string, string, string, EdgeAttributes];

function sentenceOf(c: SnapshotClaim): string {
  return `${c.doc}:${c.start}`;
}

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

/**
 * The former claims that end the present ones: all of them, except for WORKS_FOR, where a
 * former title ends the role only when it is the title the person holds (or either has none).
 */
function matchingFormers(relation: Relation, formers: readonly SnapshotClaim[], present: readonly SnapshotClaim[]): SnapshotClaim[] {
  if (relation !== 'WORKS_FOR' || present.length === 0) return [...formers];
  const titles = new Set(present.map((c) => c.title));
  return formers.filter((c) => c.title === undefined || titles.has(undefined) || titles.has(c.title));
}

/** Sets `current`, `endedBy` and `endedAt` on role facts, and `former` on claims that share a sentence with a former one (in place). */
export function endRoles(edges: readonly Edge[]): void {
  const facts = edges.filter((e): e is [string, string, string, FactEdgeAttributes] => e[3].kind === 'fact');
  const left = new Map<string, SnapshotClaim[]>();
  for (const [, s, t, a] of facts) if (a.type === 'LEFT') left.set(`${s}->${t}`, a.claims.filter((c) => makesFact('LEFT', c.status)));
  // Role facts per relation and organisation: a successor is looked for among these, not among every fact.
  const holders = new Map<string, Array<[string, string, string, FactEdgeAttributes]>>();
  for (const f of facts) {
    if (!SINGLE_HOLDER.has(f[3].type)) continue;
    const k = `${f[3].type}\u0000${f[2]}`;
    const list = holders.get(k);
    if (list) list.push(f);
    else holders.set(k, [f]);
  }
  for (const [, person, org, a] of facts) {
    if (!ROLE_RELATIONS.has(a.type) || a.status !== undefined) continue;
    const making = a.claims.filter((c) => makesFact(a.type, c.status));
    // A sentence that calls the role former states no present role by another rule either ("ex consejera de Acme"): marked former too.
    const formerSentences = new Set(making.filter((c) => c.former).map(sentenceOf));
    for (const c of making) if (!c.former && formerSentences.has(sentenceOf(c))) c.former = true;
    const present = making.filter((c) => !c.former);
    const lastPresent = latest(present);
    let ended: { by: 'left' | 'former' | 'successor'; at?: string } | undefined;

    const formers = matchingFormers(a.type, making.filter((c) => c.former), present);
    if (present.length === 0) ended = { by: 'former', at: earliest(formers) };
    else if (formers.length > 0 && lastPresent !== undefined && (latest(formers) ?? '') > lastPresent) ended = { by: 'former', at: earliest(formers.filter((c) => (c.date ?? '') > lastPresent)) };

    const leaving = left.get(`${person}->${org}`) ?? [];
    if (!ended && leaving.length > 0) {
      const leftAt = latest(leaving);
      // Only a role restated after the departure is current again.
      if (!(lastPresent !== undefined && leftAt !== undefined && lastPresent > leftAt)) ended = { by: 'left', at: leftAt };
    }

    if (!ended && lastPresent !== undefined && SINGLE_HOLDER.has(a.type)) {
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
