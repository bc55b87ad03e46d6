/** The entity card of `kg entity`: who it is and every fact in and out, grouped by relation. */
import { RELATIONS, type Relation } from '../model/types.js';
import type { EntityRecord, EntityRef, Fact, QueryBackend } from './types.js';

export type Direction = 'out' | 'in' | 'both';

export interface CardFact {
  /** The entity at the other end of the fact. */
  other: EntityRef;
  fact: Fact;
}

export interface CardGroup {
  relation: Relation;
  /** out: the entity is the subject; in: the object; both: a symmetric relation. */
  direction: Direction;
  facts: CardFact[];
}

export interface EntityCard {
  entity: EntityRecord;
  groups: CardGroup[];
  /** Distinct documents among the claims of all its facts. */
  documents: number;
}

export async function buildEntityCard(backend: QueryBackend, entity: EntityRecord): Promise<EntityCard> {
  const facts = await backend.factsOf(entity.key);
  const groups = new Map<string, CardGroup>();
  const docs = new Set<string>();
  for (const fact of facts) {
    const direction: Direction = fact.symmetric ? 'both' : fact.source.key === entity.key ? 'out' : 'in';
    const other = fact.source.key === entity.key ? fact.target : fact.source;
    const id = `${fact.relation}/${direction}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { relation: fact.relation, direction, facts: [] }));
    g.facts.push({ other, fact });
    for (const c of fact.claims) docs.add(c.doc);
  }
  const order = (g: CardGroup): number => RELATIONS.indexOf(g.relation) * 3 + ['out', 'both', 'in'].indexOf(g.direction);
  const sorted = [...groups.values()].sort((a, b) => order(a) - order(b));
  for (const g of sorted) g.facts.sort((a, b) => b.fact.sources - a.fact.sources || a.other.name.localeCompare(b.other.name));
  return { entity, groups: sorted, documents: docs.size };
}
