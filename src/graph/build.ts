/**
 * build: documents, extractions and the resolution → the graphology graph of the snapshot
 * contract. Deterministic: keys come from names and relations, nodes and edges are added
 * in key order, so the same input gives the same file.
 */
import graphology from 'graphology';
import type { DocumentInfo } from '../model/document.js';
import type { ClaimStatus, DocExtraction, ExtractedClaim } from '../model/extraction.js';
import { pickQualifiers } from '../model/qualifiers.js';
import { RELATION_SPECS, type Relation } from '../model/types.js';
import { nameKey } from '../extract/normalize.js';
import type { Resolution } from '../resolve/resolve.js';
import type { KgGraph } from '../snapshot/io.js';
import { SCHEMA_VERSION, type EdgeAttributes, type FactEdgeAttributes, type GraphAttributes, type MentionEdgeAttributes, type NodeAttributes, type SnapshotClaim } from '../snapshot/schema.js';
import { VERSION } from '../version.js';
import { makesFact } from '../model/extraction.js';
import { consolidate } from './consolidate.js';
import { endRoles } from './roles.js';
import { documentDate, resolveTime } from './time.js';

const { MultiDirectedGraph } = graphology;

/**
 * The key of a fact edge. Spending is one edge per year (and per quarter or month where one is
 * stated: a quarter's figure is not the year's), with money already spent apart from the plan.
 */
export function factKey(relation: Relation, source: string, target: string, year?: number, period?: 'actual' | 'planned', within?: { quarter?: number; month?: number }): string {
  const spending = relation === 'PLANS_SPENDING';
  const part = spending && within?.quarter !== undefined ? `:Q${within.quarter}` : spending && within?.month !== undefined ? `:M${String(within.month).padStart(2, '0')}` : '';
  return `${relation}:${source}->${target}${spending && year !== undefined ? `:${year}` : ''}${part}${spending && period === 'actual' ? ':actual' : ''}`;
}

export function topicKey(topic: string): string {
  return `topic:${nameKey(topic).replace(/ /gu, '-')}`;
}

/** Combined confidence of independent claims (noisy-or). */
function combine(confidences: readonly number[]): number {
  return Math.round((1 - confidences.reduce((p, c) => p * (1 - c), 1)) * 1000) / 1000;
}

export type Edge<A extends EdgeAttributes = EdgeAttributes> = [key: string, source: string, target: string, attributes: A];

/**
 * The graph as sorted lists, before (or instead of) a graphology graph: what a snapshot
 * writer streams out (src/snapshot/write.ts) without holding a second copy. MENTIONS edges
 * (one per document and entity it names: most of the edges, each tiny) are made on demand
 * from the extractions, in key order.
 */
export interface GraphParts {
  attributes: GraphAttributes;
  /** Nodes in key order, keys unique. */
  nodes: Array<[string, NodeAttributes]>;
  /** Fact edges in key order. */
  facts: Array<Edge<FactEdgeAttributes>>;
  /** MENTIONS edges in key order. */
  mentions(): Iterable<Edge<MentionEdgeAttributes>>;
  /** Every edge in key order (facts and MENTIONS merged). */
  edges(): Iterable<Edge>;
}

export function buildGraph(documents: readonly DocumentInfo[], extractions: readonly DocExtraction[], resolution: Resolution, extractor = 'rules'): KgGraph {
  return graphFromParts(buildGraphParts(documents, extractions, resolution, extractor));
}

/** The graphology graph of the parts: nodes and edges added in key order. */
export function graphFromParts(parts: GraphParts): KgGraph {
  const graph: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes(parts.attributes);
  for (const [key, attrs] of parts.nodes) graph.addNode(key, attrs);
  for (const [key, s, t, attrs] of parts.edges()) graph.addDirectedEdgeWithKey(key, s, t, attrs);
  return graph;
}

const byKey = (a: readonly [string, ...unknown[]], b: readonly [string, ...unknown[]]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function buildGraphParts(documents: readonly DocumentInfo[], extractions: readonly DocExtraction[], resolution: Resolution, extractor = 'rules'): GraphParts {
  const attributes: GraphAttributes = { schemaVersion: SCHEMA_VERSION, generator: `kg@${VERSION}`, extractor };

  const docs = new Map(documents.map((d) => [d.key, d]));
  const entityType = new Map(resolution.entities.map((e) => [e.key, e.type]));
  const nodes: Array<[string, NodeAttributes]> = [];
  for (const d of documents) {
    nodes.push([d.key, { kind: 'document', path: d.path, lang: d.lang, title: d.title, sha256: d.sha256, ...(d.id ? { id: d.id } : {}), ...(d.url ? { url: d.url } : {}), ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}), ...(d.copyOf ? { copyOf: d.copyOf } : {}), ...(d.langMethod ? { langMethod: d.langMethod, langConfidence: d.langConfidence } : {}) }]);
  }
  for (const e of resolution.entities) {
    nodes.push([
      e.key,
      {
        kind: 'entity',
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        languages: e.languages,
        aliasesByLang: e.aliasesByLang,
        mentions: e.mentions,
        ...(e.mergedBy.length > 0 ? { mergedBy: e.mergedBy } : {}),
        ...(e.externalId ? { externalId: e.externalId } : {}),
      },
    ]);
  }

  // Fact claims grouped per edge.
  const facts = new Map<string, { relation: Relation; source: string; target: string; claims: SnapshotClaim[] }>();
  const topics = new Set<string>();
  for (const x of extractions) {
    const doc = docs.get(x.docKey);
    if (!doc) continue;
    const docDate = documentDate(doc);
    for (const raw of x.claims) {
      // "next year" in an article of 2024-11-03 is 2025, "next quarter" 2025 Q1; without a document date the year stays unstated.
      const c = resolveTime(raw, docDate);
      const ends = endpoints(x, c, resolution);
      if (!ends) continue;
      let [source, target] = ends;
      if (ends[2]) topics.add(ends[2]);
      const spec = RELATION_SPECS[c.relation];
      const sType = entityType.get(source) ?? (source.startsWith('topic:') ? 'Topic' : undefined);
      const tType = entityType.get(target) ?? (target.startsWith('topic:') ? 'Topic' : undefined);
      // Types can change in resolution; an edge must still fit the relation's closed signature.
      if (!sType || !tType || source === target) continue;
      if (spec.symmetric) {
        if (!spec.from.includes(sType) || !spec.to.includes(tType)) continue;
        if (target < source) [source, target] = [target, source];
      } else if (!spec.from.includes(sType) || !spec.to.includes(tType)) continue;
      const key = factKey(c.relation, source, target, c.year, c.period, c);
      const f = facts.get(key) ?? { relation: c.relation, source, target, claims: [] };
      f.claims.push(snapshotClaim(doc, x, c));
      facts.set(key, f);
    }
  }
  for (const t of topics) nodes.push([topicKey(t), { kind: 'entity', name: t, type: 'Topic', aliases: [t], languages: [], aliasesByLang: {}, mentions: 0 }]);

  // Stable sort: of two nodes with one key the first stays, as graph.addNode after hasNode did.
  nodes.sort(byKey);
  const unique = nodes.filter((n, i) => i === 0 || n[0] !== nodes[i - 1][0]);

  const factEdges: Array<Edge<FactEdgeAttributes>> = [];
  for (const [key, f] of facts) {
    f.claims.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.ruleId.localeCompare(b.ruleId)));
    // Only claims that assert the relation make or corroborate the fact; a denial or a rumour stays visible as its own claim.
    const making = f.claims.filter((c) => makesFact(f.relation, c.status));
    const basis = making.length > 0 ? making : f.claims;
    const dates = f.claims.map((c) => c.date).filter((d): d is string => d !== undefined).sort();
    const attrs: FactEdgeAttributes = {
      kind: 'fact',
      type: f.relation,
      symmetric: RELATION_SPECS[f.relation].symmetric,
      ...consolidate(basis),
      // Near-copies of one wire story are one source.
      sources: new Set(making.map((c) => docs.get(c.doc)?.copyOf ?? c.doc)).size,
      ...(making.length > 0 ? {} : { status: dominantStatus(f.claims) }),
      ...(dates.length > 0 ? { firstSeen: dates[0], lastSeen: dates[dates.length - 1] } : {}),
      confidence: combine(basis.map((c) => c.confidence)),
      claims: f.claims,
    };
    factEdges.push([key, f.source, f.target, attrs]);
  }
  endRoles(factEdges);
  factEdges.sort(byKey);

  const mentions = () => mentionEdges(documents, extractions, docs, resolution);
  return {
    attributes,
    nodes: unique,
    facts: factEdges,
    mentions,
    edges: () => mergeByKey(factEdges, mentions()),
  };
}

const MENTIONS_PREFIX = 'MENTIONS:';

/**
 * MENTIONS edges, `MENTIONS:<doc>-><entity>` with the number of the document's mentions of
 * the entity, in key order: documents in the order of their key prefix, each document's
 * entities in key order. Only when one document's prefix begins another's (keys that
 * contain "->") could two documents' edges interleave; then all are made and sorted.
 */
function* mentionEdges(documents: readonly DocumentInfo[], extractions: readonly DocExtraction[], docs: ReadonlyMap<string, DocumentInfo>, resolution: Resolution): Generator<Edge<MentionEdgeAttributes>> {
  const byDoc = new Map<string, DocExtraction[]>();
  for (const x of extractions) if (docs.has(x.docKey)) byDoc.set(x.docKey, [...(byDoc.get(x.docKey) ?? []), x]);
  const prefixes = [...byDoc.keys()].map((d) => [`${MENTIONS_PREFIX}${d}->`, d] as const).sort(byKey);
  const interleave = prefixes.some(([p], i) => i > 0 && p.startsWith(prefixes[i - 1][0]));
  const ofDoc = (docKey: string): Array<Edge<MentionEdgeAttributes>> => {
    const out: Array<Edge<MentionEdgeAttributes>> = [];
    for (const x of byDoc.get(docKey)!) {
      const counts = new Map<string, number>();
      for (const m of x.mentions) {
        const e = resolution.entityOf(x.docKey, m.id);
        if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
      }
      for (const [e, count] of counts) out.push([`${MENTIONS_PREFIX}${x.docKey}->${e}`, x.docKey, e, { kind: 'mention', type: 'MENTIONS', count }]);
    }
    return out.sort(byKey);
  };
  if (interleave) {
    yield* prefixes.flatMap(([, d]) => ofDoc(d)).sort(byKey);
    return;
  }
  for (const [, d] of prefixes) yield* ofDoc(d);
}

/** Two key-ordered edge lists as one. */
function* mergeByKey(a: readonly Edge[], b: Iterable<Edge>): Generator<Edge> {
  let i = 0;
  for (const e of b) {
    while (i < a.length && a[i][0] < e[0]) yield a[i++];
    yield e;
  }
  while (i < a.length) yield a[i++];
}

/** Precedence when no claim asserts: a denial outweighs a possibility, which outweighs talks and plans. */
const STATUS_ORDER: readonly ClaimStatus[] = ['negated', 'possible', 'reported_talks', 'planned', 'asserted'];

/** The most frequent status among claims (ties: STATUS_ORDER). */
function dominantStatus(claims: readonly SnapshotClaim[]): ClaimStatus {
  const counts = new Map<ClaimStatus, number>();
  for (const c of claims) counts.set(c.status ?? 'asserted', (counts.get(c.status ?? 'asserted') ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || STATUS_ORDER.indexOf(a[0]) - STATUS_ORDER.indexOf(b[0]))[0][0];
}

function endpoints(x: DocExtraction, c: ExtractedClaim, resolution: Resolution): [string, string, string?] | undefined {
  const s = resolution.entityOf(x.docKey, c.subject);
  if (!s) return undefined;
  if (typeof c.object === 'number') {
    const o = resolution.entityOf(x.docKey, c.object);
    return o ? [s, o] : undefined;
  }
  return [s, topicKey(c.object.topic), c.object.topic];
}

function snapshotClaim(doc: DocumentInfo, x: DocExtraction, c: ExtractedClaim): SnapshotClaim {
  const s = x.sentences[c.sentence];
  const out: SnapshotClaim = {
    doc: doc.key,
    sentence: s.text,
    start: s.start,
    end: s.end,
    lang: x.lang,
    ruleId: c.ruleId,
    confidence: c.confidence,
    subjectText: x.mentions[c.subject]?.text,
  };
  if (typeof c.object === 'number') out.objectText = x.mentions[c.object]?.text;
  if (c.status !== undefined && c.status !== 'asserted') out.status = c.status;
  if (c.former) out.former = true;
  if (c.group) out.group = c.group;
  const date = documentDate(doc);
  if (date !== undefined) out.date = date;
  return { ...out, ...pickQualifiers(c) };
}
