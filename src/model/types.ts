/**
 * The closed lists of DESIGN.md. Neo4j labels and relationship types, export attribute
 * names and the extractor's outputs come only from here, never from article text.
 */
export const ENTITY_TYPES = ['Person', 'Organization', 'OrgUnit', 'Product', 'Facility', 'Location', 'Topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATIONS = [
  'INVESTED_IN',
  'ACQUIRED',
  'OWNS',
  'PARTNERS_WITH',
  'COMPETES_WITH',
  'SUPPLIES',
  'DEVELOPS',
  'CEO_OF',
  'FOUNDED',
  'JOINED',
  'LEFT',
  'BOARD_MEMBER_OF',
  'WORKS_FOR',
  'PART_OF',
  'PLANS_SPENDING',
  'BUILDS',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** The document-to-entity edge type; not a fact. */
export const MENTIONS = 'MENTIONS' as const;

export type Qualifier = 'amount' | 'currency' | 'stake' | 'valuation' | 'interim' | 'title' | 'year' | 'quarter' | 'month' | 'capacity' | 'period';

export interface RelationSpec {
  readonly from: readonly EntityType[];
  readonly to: readonly EntityType[];
  /** Symmetric relations are stored once, with the endpoints in canonical (key) order. */
  readonly symmetric: boolean;
  readonly qualifiers: readonly Qualifier[];
}

export const RELATION_SPECS: Readonly<Record<Relation, RelationSpec>> = {
  INVESTED_IN: { from: ['Organization', 'Person'], to: ['Organization'], symmetric: false, qualifiers: ['amount', 'currency', 'stake', 'valuation'] },
  ACQUIRED: { from: ['Organization', 'Person'], to: ['Organization'], symmetric: false, qualifiers: ['amount', 'currency'] },
  OWNS: { from: ['Organization', 'Person'], to: ['Organization', 'Product'], symmetric: false, qualifiers: [] },
  // A unit partners, supplies and builds in its own name ("Turkcell, Google Cloud ile ortaklık …"); DESIGN.md lists organisations only.
  PARTNERS_WITH: { from: ['Organization', 'OrgUnit'], to: ['Organization', 'OrgUnit'], symmetric: true, qualifiers: ['amount', 'currency'] },
  COMPETES_WITH: { from: ['Organization'], to: ['Organization'], symmetric: true, qualifiers: [] },
  SUPPLIES: { from: ['Organization', 'OrgUnit'], to: ['Organization', 'OrgUnit'], symmetric: false, qualifiers: [] },
  DEVELOPS: { from: ['Organization'], to: ['Product'], symmetric: false, qualifiers: [] },
  CEO_OF: { from: ['Person'], to: ['Organization'], symmetric: false, qualifiers: ['interim'] },
  FOUNDED: { from: ['Person'], to: ['Organization'], symmetric: false, qualifiers: [] },
  JOINED: { from: ['Person'], to: ['Organization', 'OrgUnit'], symmetric: false, qualifiers: [] },
  LEFT: { from: ['Person'], to: ['Organization'], symmetric: false, qualifiers: [] },
  BOARD_MEMBER_OF: { from: ['Person'], to: ['Organization'], symmetric: false, qualifiers: [] },
  WORKS_FOR: { from: ['Person'], to: ['Organization'], symmetric: false, qualifiers: ['title'] },
  PART_OF: { from: ['OrgUnit'], to: ['Organization'], symmetric: false, qualifiers: [] },
  PLANS_SPENDING: { from: ['Organization'], to: ['Topic'], symmetric: false, qualifiers: ['amount', 'currency', 'year', 'quarter', 'month', 'period'] },
  BUILDS: { from: ['Organization', 'OrgUnit'], to: ['Facility'], symmetric: false, qualifiers: ['capacity'] },
};

export function isRelation(value: string): value is Relation {
  return (RELATIONS as readonly string[]).includes(value);
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
