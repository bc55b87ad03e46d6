/**
 * The Cypher export: one script that cypher-shell (`-f`) or Neo4j Browser runs on an empty
 * database to give the graph `kg load` gives. It is kg load's own statements with the
 * `$rows` parameter replaced by a list literal, in the same order, schema first.
 */
import { AWAIT_INDEXES_STATEMENT, planLoad } from '../neo4j/loader.js';
import { cypherRow } from '../neo4j/literal.js';
import { rowsParameterPattern } from '../neo4j/statements.js';
import type { Snapshot } from '../snapshot/schema.js';
import { oneLine } from '../terminal.js';

/** Rows per statement: small enough for Browser's editor, large enough to stay fast. */
export const SCRIPT_BATCH_SIZE = 200;

export function toCypherScript(snapshot: Snapshot): string {
  const plan = planLoad(snapshot, SCRIPT_BATCH_SIZE);
  const c = plan.counts;
  const out: string[] = [
    // Snapshot text in a comment is kept on the comment's line: a line break in it would start a statement.
    `// kg graph (${oneLine(snapshot.attributes.generator)}, extractor ${oneLine(snapshot.attributes.extractor)}): ` +
      `${c.documents} documents, ${c.entities} entities, ${c.mentions} mentions, ${c.facts} facts.`,
    '// Run on an empty database:  cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -f graph.cypher',
    '// or paste into Neo4j Browser. Running it again changes nothing (every write is a MERGE).',
    '',
    '// Schema (cypher/schema.cypher)',
    ...plan.schema.map((s) => `${s};`),
    `${AWAIT_INDEXES_STATEMENT};`,
  ];
  for (const statement of plan.statements) {
    out.push('', `// ${statement.name}: ${statement.rows.length} rows`);
    for (let i = 0; i < statement.rows.length; i += SCRIPT_BATCH_SIZE) {
      const batch = statement.rows.slice(i, i + SCRIPT_BATCH_SIZE);
      const literal = `[\n  ${batch.map((row) => cypherRow(row)).join(',\n  ')}\n]`;
      out.push(`${statement.cypher.replace(rowsParameterPattern(), () => literal)};`);
    }
  }
  return `${out.join('\n')}\n`;
}
