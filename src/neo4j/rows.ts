/**
 * The Neo4j model of DESIGN.md as plain rows: one row per node or relationship, with the
 * exact property map it gets in Neo4j. `kg load`, the Cypher script export and the
 * neo4j-admin CSV export all start from these rows, so the three give the same graph.
 *
 * Neo4j properties hold no maps and no nulls inside lists, so a fact's claims are
 * flattened into parallel lists (claim i is evidence[i], claimDocs[i], claimLangs[i] …).
 * A claim qualifier list exists when at least one claim of the edge states that
 * qualifier; a claim that does not state it holds NaN (numbers), 0 (years), "" (text) or
 * false.
 */
import { ENTITY_TYPES, RELATIONS, type EntityType, type Relation } from '../model/types.js';
import { documentViews, entityViews, factViews, mentionViews, type FactView } from '../snapshot/views.js';
import type { Snapshot, SnapshotClaim } from '../snapshot/schema.js';

export type PropertyType = 'string' | 'int' | 'double' | 'boolean' | 'string[]' | 'int[]' | 'double[]' | 'boolean[]';
export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];
export type Props = Record<string, PropertyValue>;

/**
 * The Neo4j type of every property kg writes. JavaScript has one number type; this table
 * says which become Neo4j INTEGER and which FLOAT, for the driver, the script and the CSV.
 */
export const PROPERTY_TYPES: Readonly<Record<string, PropertyType>> = {
  // nodes
  id: 'string',
  name: 'string',
  type: 'string',
  aliases: 'string[]',
  languages: 'string[]',
  /** Surface forms per document language, as JSON: Neo4j properties cannot hold maps. */
  aliasesByLang: 'string',
  mentions: 'int',
  /** Why several names became one entity (resolution tiers). */
  mergedBy: 'string[]',
  /** An id in another knowledge base, from a lexicon ("wikidata:Q380"). */
  externalId: 'string',
  path: 'string',
  lang: 'string',
  title: 'string',
  sha256: 'string',
  url: 'string',
  publishedAt: 'string',
  inputId: 'string',
  // relationships
  key: 'string',
  count: 'int',
  symmetric: 'boolean',
  conflict: 'boolean',
  confidence: 'double',
  sourceCount: 'int',
  claimCount: 'int',
  sources: 'string[]',
  amount: 'double',
  amountMin: 'double',
  amountMax: 'double',
  currency: 'string',
  stake: 'double',
  valuation: 'double',
  interim: 'boolean',
  year: 'int',
  capacity: 'string',
  evidence: 'string[]',
  claimDocs: 'string[]',
  claimLangs: 'string[]',
  claimRuleIds: 'string[]',
  claimConfidences: 'double[]',
  claimStarts: 'int[]',
  claimEnds: 'int[]',
  claimSubjects: 'string[]',
  claimObjects: 'string[]',
  claimAmounts: 'double[]',
  claimAmountMins: 'double[]',
  claimAmountMaxs: 'double[]',
  claimCurrencies: 'string[]',
  claimStakes: 'double[]',
  claimValuations: 'double[]',
  claimInterims: 'boolean[]',
  claimTitles: 'string[]',
  claimYears: 'int[]',
  claimQuarters: 'int[]',
  claimMonths: 'int[]',
  claimCapacities: 'string[]',
  // fact semantics (issue #10): status, time and versions
  amountExact: 'string',
  period: 'string',
  quarter: 'int',
  month: 'int',
  status: 'string',
  firstSeen: 'string',
  lastSeen: 'string',
  current: 'boolean',
  endedBy: 'string',
  endedAt: 'string',
  claimPeriods: 'string[]',
  claimStatuses: 'string[]',
  claimFormers: 'boolean[]',
  claimDates: 'string[]',
  copyOf: 'string',
  langConfidence: 'double',
};

export interface NodeRow {
  id: string;
  props: Props;
}

export interface RelationshipRow {
  /** The snapshot edge key; the relationship's identity in Neo4j (its `key` property). */
  key: string;
  source: string;
  target: string;
  props: Props;
}

export interface GraphRows {
  documents: NodeRow[];
  entities: Record<EntityType, NodeRow[]>;
  mentions: RelationshipRow[];
  facts: Record<Relation, RelationshipRow[]>;
}

/** Consolidated edge qualifiers copied as they are. */
const EDGE_QUALIFIERS = ['amount', 'amountExact', 'amountMin', 'amountMax', 'currency', 'stake', 'valuation', 'interim', 'title', 'year', 'quarter', 'month', 'capacity', 'period'] as const;
/** Fact status and role ending (issue #10), copied as they are: absent status means asserted. */
const EDGE_STATUS = ['status', 'firstSeen', 'lastSeen', 'current', 'endedBy', 'endedAt'] as const;

/** Claim fields that become one parallel list each, and the filler for claims without them. */
const CLAIM_QUALIFIER_LISTS: ReadonlyArray<[keyof SnapshotClaim, string, number | string | boolean]> = [
  ['amount', 'claimAmounts', Number.NaN],
  ['amountMin', 'claimAmountMins', Number.NaN],
  ['amountMax', 'claimAmountMaxs', Number.NaN],
  ['currency', 'claimCurrencies', ''],
  ['stake', 'claimStakes', Number.NaN],
  ['valuation', 'claimValuations', Number.NaN],
  ['interim', 'claimInterims', false],
  ['title', 'claimTitles', ''],
  ['year', 'claimYears', 0], // an INTEGER list cannot hold NaN; no article is dated year 0
  ['quarter', 'claimQuarters', 0],
  ['month', 'claimMonths', 0],
  ['capacity', 'claimCapacities', ''],
  ['period', 'claimPeriods', ''],
  ['status', 'claimStatuses', 'asserted'],
  ['former', 'claimFormers', false],
  ['date', 'claimDates', ''],
];

export function graphRows(snapshot: Snapshot): GraphRows {
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, [] as NodeRow[]])) as Record<EntityType, NodeRow[]>;
  for (const e of entityViews(snapshot)) {
    const props: Props = { id: e.key, name: e.name, type: e.type, aliases: [...e.aliases], languages: [...e.languages], aliasesByLang: JSON.stringify(e.aliasesByLang), mentions: e.mentions };
    if (e.mergedBy?.length) props.mergedBy = [...e.mergedBy];
    if (e.externalId !== undefined) props.externalId = e.externalId;
    entities[e.type].push({ id: e.key, props });
  }

  const documents = documentViews(snapshot).map((d): NodeRow => {
    const props: Props = { id: d.key, path: d.path, lang: d.lang, title: d.title, sha256: d.sha256 };
    if (d.url !== undefined) props.url = d.url;
    if (d.publishedAt !== undefined) props.publishedAt = d.publishedAt;
    if (d.id !== undefined) props.inputId = d.id;
    if (d.copyOf !== undefined) props.copyOf = d.copyOf;
    if (d.langConfidence !== undefined) props.langConfidence = d.langConfidence;
    return { id: d.key, props };
  });

  const mentions = mentionViews(snapshot).map(
    (m): RelationshipRow => ({ key: m.key, source: m.source, target: m.target, props: { key: m.key, count: m.count } }),
  );

  const facts = Object.fromEntries(RELATIONS.map((r) => [r, [] as RelationshipRow[]])) as Record<Relation, RelationshipRow[]>;
  for (const f of factViews(snapshot)) facts[f.type].push({ key: f.key, source: f.source, target: f.target, props: factProps(f) });

  return { documents, entities, mentions, facts };
}

function factProps(f: FactView): Props {
  const props: Props = {
    key: f.key,
    symmetric: f.symmetric,
    conflict: f.conflict,
    confidence: f.confidence,
    sourceCount: f.sources,
    claimCount: f.claims.length,
    sources: distinct(f.claims.map((c) => c.doc)),
  };
  for (const q of [...EDGE_QUALIFIERS, ...EDGE_STATUS]) {
    const value = f[q];
    if (value !== undefined) props[q] = value;
  }
  props.evidence = f.claims.map((c) => c.sentence);
  props.claimDocs = f.claims.map((c) => c.doc);
  props.claimLangs = f.claims.map((c) => c.lang);
  props.claimRuleIds = f.claims.map((c) => c.ruleId);
  props.claimConfidences = f.claims.map((c) => c.confidence);
  props.claimStarts = f.claims.map((c) => c.start);
  props.claimEnds = f.claims.map((c) => c.end);
  props.claimSubjects = f.claims.map((c) => c.subjectText ?? '');
  props.claimObjects = f.claims.map((c) => c.objectText ?? '');
  for (const [field, name, missing] of CLAIM_QUALIFIER_LISTS) {
    if (!f.claims.some((c) => c[field] !== undefined)) continue;
    props[name] = f.claims.map((c) => (c[field] ?? missing) as never);
  }
  return props;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** Row counts, for dry runs and the final summary line. */
export function rowCounts(rows: GraphRows): { documents: number; entities: number; mentions: number; facts: number } {
  return {
    documents: rows.documents.length,
    entities: Object.values(rows.entities).reduce((n, r) => n + r.length, 0),
    mentions: rows.mentions.length,
    facts: Object.values(rows.facts).reduce((n, r) => n + r.length, 0),
  };
}
