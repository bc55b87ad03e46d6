/**
 * What `kg load --replace` removed, and its words for the summary line. Apart from
 * ./replace.ts so that the CLI can word a summary without loading neo4j-driver.
 */

export interface ReplaceSummary {
  documents: number;
  entities: number;
  /** Fact relationships removed (MENTIONS not included). */
  facts: number;
  mentions: number;
  batches: number;
}

/** For the summary line: "removed 1 document, 2 entities, 3 facts, 4 mentions" or "removed nothing". */
export function describeRemoval(s: ReplaceSummary): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(s.documents, 'document', 'documents');
  add(s.entities, 'entity', 'entities');
  add(s.facts, 'fact', 'facts');
  add(s.mentions, 'mention', 'mentions');
  return parts.length === 0 ? 'removed nothing stale' : `removed ${parts.join(', ')} the snapshot no longer has`;
}
