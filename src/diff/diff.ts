/**
 * What changed between two snapshots (docs/exports.md#kg-diff). Entities and documents are
 * matched by node key, facts by edge key, claims by (doc, start, end, ruleId): the keys are
 * deterministic, so the same article read twice gives the same keys.
 */
import { QUALIFIER_KEYS, type Qualifiers } from '../model/qualifiers.js';
import type { SnapshotClaim, Snapshot } from '../snapshot/schema.js';
import { documentViews, type EntityView, entityViews, type FactView, factViews } from '../snapshot/views.js';

/** Fact attributes compared as qualifiers: the relation's own plus ranges and the conflict flag. */
export const DIFFED_QUALIFIERS: ReadonlyArray<keyof Qualifiers | 'conflict'> = [...QUALIFIER_KEYS, 'conflict'];

export type QualifierValue = string | number | boolean | null;

export interface DocumentRef {
  key: string;
  path: string;
  lang: string;
  title: string;
}

export interface EntityRef {
  key: string;
  name: string;
  type: string;
}

export interface FactRef {
  key: string;
  type: string;
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  qualifiers: Record<string, QualifierValue>;
  claims: number;
}

export interface ClaimRef {
  doc: string;
  start: number;
  end: number;
  ruleId: string;
  lang: string;
  sentence: string;
  qualifiers: Record<string, QualifierValue>;
}

export interface QualifierChange {
  name: string;
  old: QualifierValue;
  new: QualifierValue;
}

export interface EntityChange extends EntityRef {
  /** Set when the display name changed (the key stayed). */
  oldName?: string;
  oldType?: string;
  aliasesAdded: string[];
  aliasesRemoved: string[];
}

export interface FactChange extends FactRef {
  qualifierChanges: QualifierChange[];
  claimsAdded: ClaimRef[];
  claimsRemoved: ClaimRef[];
}

export interface SnapshotDiff {
  documents: { added: DocumentRef[]; removed: DocumentRef[] };
  entities: { added: EntityRef[]; removed: EntityRef[]; changed: EntityChange[] };
  facts: { added: FactRef[]; removed: FactRef[]; changed: FactChange[] };
  summary: {
    documentsAdded: number;
    documentsRemoved: number;
    entitiesAdded: number;
    entitiesRemoved: number;
    entitiesChanged: number;
    factsAdded: number;
    factsRemoved: number;
    factsChanged: number;
    qualifierChanges: number;
    claimsAdded: number;
    claimsRemoved: number;
  };
  /** True when nothing above changed. */
  identical: boolean;
}

const CLAIM_QUALIFIERS = ['amount', 'amountMin', 'amountMax', 'currency', 'stake', 'valuation', 'interim', 'title', 'year', 'quarter', 'month', 'capacity'] as const;

function byKey<T extends { key: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.key, i]));
}

function compareKeys(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function pick(source: object, names: readonly string[]): Record<string, QualifierValue> {
  const out: Record<string, QualifierValue> = {};
  for (const name of names) {
    const v = (source as Record<string, unknown>)[name];
    if (v !== undefined) out[name] = v as QualifierValue;
  }
  return out;
}

function entityRef(e: EntityView): EntityRef {
  return { key: e.key, name: e.name, type: e.type };
}

function factRef(f: FactView, names: Map<string, EntityView>): FactRef {
  return {
    key: f.key,
    type: f.type,
    source: f.source,
    target: f.target,
    sourceName: names.get(f.source)?.name ?? f.source,
    targetName: names.get(f.target)?.name ?? f.target,
    qualifiers: pick(f, DIFFED_QUALIFIERS),
    claims: f.claims.length,
  };
}

export function claimKey(c: Pick<SnapshotClaim, 'doc' | 'start' | 'end' | 'ruleId'>): string {
  return JSON.stringify([c.doc, c.start, c.end, c.ruleId]);
}

function claimRef(c: SnapshotClaim): ClaimRef {
  return { doc: c.doc, start: c.start, end: c.end, ruleId: c.ruleId, lang: c.lang, sentence: c.sentence, qualifiers: pick(c, CLAIM_QUALIFIERS) };
}

function setDiff(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return a.filter((x) => !other.has(x));
}

export function diffSnapshots(oldSnapshot: Snapshot, newSnapshot: Snapshot): SnapshotDiff {
  const oldDocs = byKey(documentViews(oldSnapshot).map(({ key, path, lang, title }): DocumentRef => ({ key, path, lang, title })));
  const newDocs = byKey(documentViews(newSnapshot).map(({ key, path, lang, title }): DocumentRef => ({ key, path, lang, title })));
  const oldEntities = byKey(entityViews(oldSnapshot));
  const newEntities = byKey(entityViews(newSnapshot));
  const oldFacts = byKey(factViews(oldSnapshot));
  const newFacts = byKey(factViews(newSnapshot));

  const entities: SnapshotDiff['entities'] = { added: [], removed: [], changed: [] };
  for (const [key, e] of newEntities) if (!oldEntities.has(key)) entities.added.push(entityRef(e));
  for (const [key, e] of oldEntities) if (!newEntities.has(key)) entities.removed.push(entityRef(e));
  for (const [key, now] of newEntities) {
    const before = oldEntities.get(key);
    if (!before) continue;
    const change: EntityChange = {
      ...entityRef(now),
      aliasesAdded: setDiff(now.aliases, before.aliases),
      aliasesRemoved: setDiff(before.aliases, now.aliases),
    };
    if (before.name !== now.name) change.oldName = before.name;
    if (before.type !== now.type) change.oldType = before.type;
    if (change.oldName !== undefined || change.oldType !== undefined || change.aliasesAdded.length || change.aliasesRemoved.length) entities.changed.push(change);
  }

  // Names for facts come from the side the fact is on; removed facts may name removed entities.
  const facts: SnapshotDiff['facts'] = { added: [], removed: [], changed: [] };
  for (const [key, f] of newFacts) if (!oldFacts.has(key)) facts.added.push(factRef(f, newEntities));
  for (const [key, f] of oldFacts) if (!newFacts.has(key)) facts.removed.push(factRef(f, oldEntities));
  for (const [key, now] of newFacts) {
    const before = oldFacts.get(key);
    if (!before) continue;
    const qualifierChanges: QualifierChange[] = [];
    for (const name of DIFFED_QUALIFIERS) {
      const a = (before as unknown as Record<string, unknown>)[name] ?? null;
      const b = (now as unknown as Record<string, unknown>)[name] ?? null;
      if (a !== b) qualifierChanges.push({ name, old: a as QualifierValue, new: b as QualifierValue });
    }
    const oldClaims = new Map(before.claims.map((c) => [claimKey(c), c]));
    const newClaims = new Map(now.claims.map((c) => [claimKey(c), c]));
    const claimsAdded = [...newClaims].filter(([k]) => !oldClaims.has(k)).map(([, c]) => claimRef(c));
    const claimsRemoved = [...oldClaims].filter(([k]) => !newClaims.has(k)).map(([, c]) => claimRef(c));
    if (qualifierChanges.length || claimsAdded.length || claimsRemoved.length) {
      facts.changed.push({ ...factRef(now, newEntities), qualifierChanges, claimsAdded, claimsRemoved });
    }
  }

  for (const list of [entities.added, entities.removed, entities.changed, facts.added, facts.removed, facts.changed]) list.sort(compareKeys);
  const documents = {
    added: [...newDocs.values()].filter((d) => !oldDocs.has(d.key)).sort(compareKeys),
    removed: [...oldDocs.values()].filter((d) => !newDocs.has(d.key)).sort(compareKeys),
  };
  const summary: SnapshotDiff['summary'] = {
    documentsAdded: documents.added.length,
    documentsRemoved: documents.removed.length,
    entitiesAdded: entities.added.length,
    entitiesRemoved: entities.removed.length,
    entitiesChanged: entities.changed.length,
    factsAdded: facts.added.length,
    factsRemoved: facts.removed.length,
    factsChanged: facts.changed.length,
    qualifierChanges: facts.changed.reduce((n, f) => n + f.qualifierChanges.length, 0),
    claimsAdded: facts.changed.reduce((n, f) => n + f.claimsAdded.length, 0),
    claimsRemoved: facts.changed.reduce((n, f) => n + f.claimsRemoved.length, 0),
  };
  const identical = Object.values(summary).every((n) => n === 0);
  return { documents, entities, facts, summary, identical };
}
