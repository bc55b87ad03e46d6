/**
 * Tiny snapshots for scorer tests, built in code so each test shows the facts it scores.
 * Every snapshot goes through parseSnapshot, so the tests only see valid contracts.
 */
import { createHash } from 'node:crypto';
import type { EntityType, Relation } from '../../src/model/types.js';
import { RELATION_SPECS } from '../../src/model/types.js';
import { parseSnapshot, type Snapshot, type SnapshotClaim } from '../../src/snapshot/index.js';

export interface DocSpec {
  key: string;
  path: string;
  lang: string;
  id?: string;
}
export interface EntitySpec {
  key: string;
  name: string;
  type?: EntityType;
  aliases?: string[];
}
export type ClaimSpec = Partial<SnapshotClaim> & { doc: string };
export interface FactSpec {
  relation: Relation;
  source: string;
  target: string;
  claims: ClaimSpec[];
  /** Distinguishes PLANS_SPENDING edges of different years. */
  year?: number;
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function claim(spec: ClaimSpec): SnapshotClaim {
  return {
    sentence: 'A sentence.',
    start: 0,
    end: 11,
    lang: 'en',
    ruleId: 'test.rule',
    confidence: 0.9,
    ...spec,
  };
}

export function buildSnapshot(spec: {
  docs: DocSpec[];
  entities: EntitySpec[];
  facts?: FactSpec[];
  /** [document key, entity key] */
  mentions?: Array<[string, string]>;
}): Snapshot {
  const nodes = [
    ...spec.docs.map((d) => ({
      key: d.key,
      attributes: {
        kind: 'document',
        path: d.path,
        lang: d.lang,
        title: d.path,
        sha256: sha(d.key),
        ...(d.id === undefined ? {} : { id: d.id }),
      },
    })),
    ...spec.entities.map((e) => ({
      key: e.key,
      attributes: {
        kind: 'entity',
        name: e.name,
        type: e.type ?? 'Organization',
        aliases: e.aliases ?? [e.name],
        languages: [],
      },
    })),
  ];
  const edges = [
    ...(spec.mentions ?? []).map(([doc, entity]) => ({
      key: `MENTIONS:${doc}->${entity}`,
      source: doc,
      target: entity,
      attributes: { kind: 'mention', type: 'MENTIONS', count: 1 },
    })),
    ...(spec.facts ?? []).map((f) => ({
      key: `${f.relation}:${f.source}->${f.target}${f.year === undefined ? '' : `:${f.year}`}`,
      source: f.source,
      target: f.target,
      attributes: {
        kind: 'fact',
        type: f.relation,
        symmetric: RELATION_SPECS[f.relation].symmetric,
        sources: new Set(f.claims.map((c) => c.doc)).size,
        confidence: 0.9,
        claims: f.claims.map(claim),
      },
    })),
  ];
  return parseSnapshot({
    attributes: { schemaVersion: 1, generator: 'test', extractor: 'test' },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  });
}
