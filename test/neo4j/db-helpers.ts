/** Reading kg's graph back out of a real Neo4j, for before/after comparisons in the server suites. */
import type { Neo4jConnection } from '../../src/neo4j/connection.js';

/** Deletes kg's part of the database (and nothing with other labels). */
export async function wipe(db: Pick<Neo4jConnection, 'run'>): Promise<void> {
  await db.run('MATCH (n) WHERE n:Entity OR n:Document DETACH DELETE n', {}, { mode: 'write' });
}

export async function counts(db: Pick<Neo4jConnection, 'run'>) {
  const [nodes] = await db.run('MATCH (n) WHERE n:Entity OR n:Document RETURN count(n) AS n');
  const [rels] = await db.run('MATCH (:Entity|Document)-[r]->(:Entity) RETURN count(r) AS n');
  return { nodes: Number(nodes!.n), relationships: Number(rels!.n) };
}

/** Nodes, relationships and properties (keys set on each): the counts a reload must keep. */
export async function fullCounts(db: Pick<Neo4jConnection, 'run'>) {
  const [n] = await db.run('MATCH (n) WHERE n:Entity OR n:Document RETURN count(n) AS nodes, sum(size(keys(n))) AS props');
  const [r] = await db.run('MATCH (:Entity|Document)-[r]->(:Entity) RETURN count(r) AS rels, sum(size(keys(r))) AS props');
  return { nodes: Number(n!.nodes), relationships: Number(r!.rels), properties: Number(n!.props) + Number(r!.props) };
}

/** The whole kg graph as text, NaN spelled out and map keys sorted, for exact comparisons. */
export async function dump(db: Pick<Neo4jConnection, 'run'>): Promise<string> {
  const nodes = await db.run(
    'MATCH (n) WHERE n:Entity OR n:Document RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
  );
  const rels = await db.run(
    'MATCH (a)-[r]->(b:Entity) WHERE a:Entity OR a:Document RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props ORDER BY a, type, b, r.key',
  );
  const sorted = nodes.map((n) => ({ ...n, labels: [...(n.labels as string[])].sort() }));
  return JSON.stringify({ nodes: sorted, rels }, (_k, v) =>
    Number.isNaN(v) ? 'NaN' : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );
}

/** The statements of a `kg export --format cypher` script, as cypher-shell would send them one by one. */
export function scriptStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((l) => !l.startsWith('//'))
    .join('\n')
    .split(/;\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}
