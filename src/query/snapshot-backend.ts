/**
 * The default backend: the snapshot held in memory as a graphology graph. Built once per
 * command from an already parsed snapshot, so the file is read a single time.
 */
import { snapshotToGraph, type KgGraph } from '../snapshot/io.js';
import type { DocumentAttributes, FactEdgeAttributes, Snapshot, SnapshotClaim } from '../snapshot/schema.js';
import { nameRules } from '../resolve/name-rules.js';
import { NameIndex } from './match.js';
import { allShortestPaths } from './paths.js';
import { cleanQualifiers } from './qualifiers.js';
import { type EntityMatch, type EntityPath, type EntityRecord, type EntityRef, type Evidence, type Fact, type QueryBackend } from './types.js';

export class SnapshotBackend implements QueryBackend {
  private readonly graph: KgGraph;
  private readonly entities = new Map<string, EntityRecord>();
  private readonly documents = new Map<string, DocumentAttributes>();
  private readonly index: NameIndex;

  constructor(snapshot: Snapshot) {
    this.graph = snapshotToGraph(snapshot);
    this.graph.forEachNode((key, a) => {
      if (a.kind === 'entity') {
        this.entities.set(key, {
          key,
          name: a.name,
          type: a.type,
          aliases: a.aliases,
          languages: a.languages,
          aliasesByLang: a.aliasesByLang,
          mentions: a.mentions,
          ...(a.mergedBy?.length ? { mergedBy: a.mergedBy } : {}),
          ...(a.externalId !== undefined ? { externalId: a.externalId } : {}),
        });
      } else this.documents.set(key, a);
    });
    this.index = new NameIndex([...this.entities.values()], nameRules());
  }

  async findEntities(name: string): Promise<EntityMatch[]> {
    return this.index.find(name);
  }

  async suggest(name: string): Promise<string[]> {
    return this.index.suggest(name);
  }

  async entity(key: string): Promise<EntityRecord | undefined> {
    return this.entities.get(key);
  }

  async factsOf(key: string): Promise<Fact[]> {
    if (!this.entities.has(key)) return [];
    const facts: Fact[] = [];
    this.graph.forEachEdge(key, (edge, attrs, source, target) => {
      if (attrs.kind === 'fact') facts.push(this.toFact(edge, attrs, source, target));
    });
    return facts.sort((a, b) => a.key.localeCompare(b.key));
  }

  async shortestPaths(from: string, to: string): Promise<EntityPath[]> {
    if (!this.entities.has(from) || !this.entities.has(to)) return [];
    return allShortestPaths((key) => this.factNeighbours(key), from, to);
  }

  async close(): Promise<void> {}

  private factNeighbours(key: string): string[] {
    const out: string[] = [];
    this.graph.forEachEdge(key, (_edge, attrs, source, target) => {
      if (attrs.kind === 'fact') out.push(source === key ? target : source);
    });
    return out;
  }

  private ref(key: string): EntityRef {
    const e = this.entities.get(key);
    return e ? { key, name: e.name, type: e.type } : { key, name: key, type: 'Topic' };
  }

  private toFact(key: string, a: FactEdgeAttributes, source: string, target: string): Fact {
    return {
      key,
      relation: a.type,
      symmetric: a.symmetric,
      source: this.ref(source),
      target: this.ref(target),
      qualifiers: cleanQualifiers(a),
      conflict: a.conflict,
      sources: a.sources,
      confidence: a.confidence,
      claims: a.claims.map((c) => this.toEvidence(c)),
      ...(a.status !== undefined ? { status: a.status } : {}),
      ...(a.current !== undefined ? { current: a.current } : {}),
      ...(a.endedAt !== undefined ? { endedAt: a.endedAt } : {}),
      ...(a.firstSeen !== undefined ? { firstSeen: a.firstSeen, lastSeen: a.lastSeen } : {}),
    };
  }

  private toEvidence(c: SnapshotClaim): Evidence {
    const doc = this.documents.get(c.doc);
    return {
      doc: c.doc,
      path: doc?.path ?? c.doc,
      docTitle: doc?.title ?? '',
      lang: c.lang,
      sentence: c.sentence,
      start: c.start,
      end: c.end,
      ruleId: c.ruleId,
      confidence: c.confidence,
      ...cleanQualifiers(c),
      ...(c.status !== undefined ? { status: c.status } : {}),
      ...(c.former ? { former: true } : {}),
      ...(c.date !== undefined ? { date: c.date } : {}),
      ...(c.group !== undefined ? { group: c.group } : {}),
    };
  }
}
