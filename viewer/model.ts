/** Indexes over the embedded data, built once when the page opens. */
import type { DocumentView, FactView } from '../src/snapshot/views.js';
import type { ViewerData, ViewerEntity } from '../src/export/viewer-data.js';

/** All facts between one ordered pair of entities, drawn as one edge so labels do not overlap. */
export interface Pair {
  key: string;
  source: string;
  target: string;
  facts: FactView[];
}

export interface ViewerModel {
  data: ViewerData;
  entity: Map<string, ViewerEntity>;
  document: Map<string, DocumentView>;
  fact: Map<string, FactView>;
  factsOf: Map<string, FactView[]>;
  mentionsOf: Map<string, Array<{ doc: string; count: number }>>;
  pairs: Map<string, Pair>;
  pairOfFact: Map<string, string>;
}

export function pairKey(source: string, target: string): string {
  return JSON.stringify([source, target]);
}

export function buildModel(data: ViewerData): ViewerModel {
  const model: ViewerModel = {
    data,
    entity: new Map(data.entities.map((e) => [e.key, e])),
    document: new Map(data.documents.map((d) => [d.key, d])),
    fact: new Map(data.facts.map((f) => [f.key, f])),
    factsOf: new Map(),
    mentionsOf: new Map(),
    pairs: new Map(),
    pairOfFact: new Map(),
  };
  for (const fact of data.facts) {
    if (!model.entity.has(fact.source) || !model.entity.has(fact.target)) continue;
    for (const end of [fact.source, fact.target]) {
      const list = model.factsOf.get(end) ?? [];
      list.push(fact);
      model.factsOf.set(end, list);
    }
    const key = pairKey(fact.source, fact.target);
    const pair = model.pairs.get(key) ?? { key, source: fact.source, target: fact.target, facts: [] };
    pair.facts.push(fact);
    model.pairs.set(key, pair);
    model.pairOfFact.set(fact.key, key);
  }
  for (const m of data.mentions) {
    const list = model.mentionsOf.get(m.entity) ?? [];
    list.push({ doc: m.doc, count: m.count });
    model.mentionsOf.set(m.entity, list);
  }
  return model;
}
