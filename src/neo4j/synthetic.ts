/**
 * A generated snapshot of any size, shaped like kg's own output (documents, typed
 * entities with aliases, mentions, facts with claims and amounts), for the load benchmark
 * (neo4j/bench-load.mjs) and the Neo4j tests that need a load long enough to interrupt.
 * Deterministic: the same sizes give the same snapshot, so two runs load the same graph.
 */
import { ENTITY_TYPES, RELATIONS } from '../model/types.js';
import { SCHEMA_VERSION, type Snapshot, type SnapshotEdge, type SnapshotNode } from '../snapshot/schema.js';

export interface SyntheticSizes {
  entities: number;
  facts: number;
  documents?: number;
  /** Claims per fact (each with its own evidence sentence). */
  claimsPerFact?: number;
}

/** A small linear congruential generator: reproducible, no dependency. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const LANGS = ['en', 'de', 'nl', 'tr', 'ar', 'fr', 'es'] as const;

export function syntheticSnapshot(sizes: SyntheticSizes): Snapshot {
  const random = rng(0x6b67);
  const documents = sizes.documents ?? Math.max(1, Math.ceil(sizes.facts / 50));
  const claimsPerFact = sizes.claimsPerFact ?? 1;
  const nodes: SnapshotNode[] = [];
  const edges: SnapshotEdge[] = [];

  const docKeys: string[] = [];
  for (let d = 0; d < documents; d++) {
    const key = `doc:${d.toString(16).padStart(16, '0')}`;
    docKeys.push(key);
    const lang = LANGS[d % LANGS.length]!;
    nodes.push({ key, attributes: { kind: 'document', path: `synthetic/${d}.txt`, lang, title: `Article ${d}`, sha256: d.toString(16).padStart(64, '0') } });
  }

  const entityKeys: string[] = [];
  for (let e = 0; e < sizes.entities; e++) {
    const type = ENTITY_TYPES[e % ENTITY_TYPES.length]!;
    const key = `${type.toLowerCase()}:synthetic-${e}`;
    entityKeys.push(key);
    const name = `Synthetic ${type} ${e}`;
    nodes.push({
      key,
      attributes: { kind: 'entity', name, type, aliases: [name, `SYN${e}`], languages: ['en'], aliasesByLang: { en: [name] }, mentions: 1 },
    });
  }

  // One mention per entity, from a document spread evenly: every entity is in the graph's
  // document side, as in a real build.
  for (let e = 0; e < entityKeys.length; e++) {
    const doc = docKeys[e % docKeys.length]!;
    const target = entityKeys[e]!;
    edges.push({ key: `MENTIONS:${doc}->${target}`, source: doc, target, attributes: { kind: 'mention', type: 'MENTIONS', count: 1 } });
  }

  const seen = new Set<string>();
  const n = entityKeys.length;
  for (let f = 0; seen.size < sizes.facts && f < sizes.facts * 4; f++) {
    const relation = RELATIONS[f % RELATIONS.length]!;
    const s = Math.floor(random() * n);
    let t = Math.floor(random() * n);
    if (t === s) t = (t + 1) % n;
    const key = `${relation}:${entityKeys[s]}->${entityKeys[t]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const claims = [];
    for (let c = 0; c < claimsPerFact; c++) {
      const doc = docKeys[(f + c) % docKeys.length]!;
      claims.push({
        doc,
        sentence: `Synthetic sentence ${f}.${c}: ${relation} between ${s} and ${t}.`,
        start: c * 80,
        end: c * 80 + 60,
        lang: 'en',
        ruleId: 'synthetic',
        confidence: 0.9,
        ...(relation === 'INVESTED_IN' ? { amount: (f + 1) * 1e6, currency: 'USD' } : {}),
      });
    }
    edges.push({
      key,
      source: entityKeys[s]!,
      target: entityKeys[t]!,
      attributes: {
        kind: 'fact',
        type: relation,
        symmetric: false,
        conflict: false,
        sources: new Set(claims.map((c) => c.doc)).size,
        confidence: 0.9,
        claims,
        ...(relation === 'INVESTED_IN' ? { amount: (f + 1) * 1e6, currency: 'USD' } : {}),
      },
    });
  }

  return {
    attributes: { schemaVersion: SCHEMA_VERSION, generator: 'kg synthetic', extractor: 'synthetic' },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}
