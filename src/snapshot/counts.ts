/**
 * What `kg build`'s summary, `kg export` and the HTML viewer count, in one place so they
 * agree: entities are the named things; Topic nodes (what money is spent on) are counted
 * apart as topics. Pure and import-free: the viewer bundles it.
 */
export interface GraphCounts {
  documents: number;
  /** Entity nodes of every type but Topic. */
  entities: number;
  topics: number;
  facts: number;
}

/** Counts from the types of the entity nodes (Topic included) and the numbers of facts and documents. */
export function graphCounts(entityTypes: Iterable<string>, facts: number, documents: number): GraphCounts {
  let entities = 0;
  let topics = 0;
  for (const t of entityTypes) {
    if (t === 'Topic') topics++;
    else entities++;
  }
  return { documents, entities, topics, facts };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "5 documents, 30 entities, 3 topics, 34 facts". */
export function formatCounts(c: GraphCounts): string {
  return `${plural(c.documents, 'document')}, ${c.entities} ${c.entities === 1 ? 'entity' : 'entities'}, ${plural(c.topics, 'topic')}, ${plural(c.facts, 'fact')}`;
}
