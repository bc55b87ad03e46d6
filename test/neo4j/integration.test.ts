/**
 * kg load and the cypher/ queries against a real Neo4j 5 (test/neo4j/server.ts says which:
 * the server NEO4J_URI names, as .ci/run starts it, or a testcontainers container).
 * Against a NEO4J_URI server the suite first deletes the :Entity and :Document nodes there.
 */
import { beforeAll, afterAll, expect, it } from 'vitest';
import { toCypherScript } from '../../src/export/cypher.js';
import { openNeo4j, type Neo4jConnection, type Row } from '../../src/neo4j/connection.js';
import { loadSnapshot } from '../../src/neo4j/loader.js';
import { FULLTEXT_INDEX } from '../../src/neo4j/statements.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { entityViews, factViews, mentionViews } from '../../src/snapshot/views.js';
import { readCypherFiles, type CypherFile } from './cypher-files.js';
import { counts, dump, fullCounts, scriptStatements, wipe } from './db-helpers.js';
import { sharedSeedsSnapshot } from '../support/seeds-snapshot.js';
import { describeNeo4j } from './server.js';
import { fixtureSnapshot, newerSnapshot } from './snapshots.js';

/** The seeds articles, built once per run for every suite (test/support/seeds-snapshot.ts). */
const seedsSnapshot = (): Promise<Snapshot> => sharedSeedsSnapshot('articles');

/** Runs a cypher/ file as Neo4j Browser would: its :param lines, then its statements. */
async function runFile(db: Neo4jConnection, file: CypherFile, overrides: Record<string, unknown> = {}): Promise<Row[]> {
  const params: Record<string, unknown> = {};
  for (const [name, expr] of Object.entries(file.params)) params[name] = (await db.run(`RETURN ${expr} AS value`))[0]!.value;
  Object.assign(params, overrides);
  let rows: Row[] = [];
  for (const statement of file.statements) rows = await db.run(statement, params);
  return rows;
}

await describeNeo4j('Neo4j integration', (server) => {
  let db: Neo4jConnection;
  let seeds: Snapshot;
  /** The database right after the seeds were loaded into an empty one: what kg load makes of them. */
  let loadedDump: string;
  let loadedCounts: Awaited<ReturnType<typeof fullCounts>>;
  const files = new Map(readCypherFiles().map((f) => [f.name, f]));
  const file = (name: string) => files.get(name)!;

  beforeAll(async () => {
    db = await openNeo4j(server.options());
    await wipe(db);
    seeds = await seedsSnapshot();
    await loadSnapshot(db, seeds);
    loadedDump = await dump(db);
    loadedCounts = await fullCounts(db);
  }, 600_000);

  afterAll(async () => {
    await db?.close();
  });

  it('holds every entity, fact and mention of the seeds snapshot', async () => {
    const c = await counts(db);
    expect(c.nodes).toBe(seeds.nodes.length);
    expect(c.relationships).toBe(factViews(seeds).length + mentionViews(seeds).length);
  });

  it('loading the seeds snapshot again changes nothing: same node, relationship and property counts', async () => {
    const before = await dump(db);
    const beforeCounts = await fullCounts(db);
    expect(beforeCounts.properties).toBeGreaterThan(beforeCounts.nodes + beforeCounts.relationships);
    const summary = await loadSnapshot(db, seeds, { batchSize: 7 });
    expect(summary.nodesCreated + summary.relationshipsCreated).toBe(0);
    expect(await fullCounts(db)).toEqual(beforeCounts);
    expect(await dump(db)).toBe(before);
  });

  it('has the unique constraints and the full-text index of cypher/schema.cypher, online', async () => {
    const constraints = await db.run('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties');
    expect(constraints).toEqual(
      expect.arrayContaining([
        { name: 'entity_id', type: 'UNIQUENESS', labelsOrTypes: ['Entity'], properties: ['id'] },
        { name: 'document_id', type: 'UNIQUENESS', labelsOrTypes: ['Document'], properties: ['id'] },
      ]),
    );
    const indexes = await db.run('SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties RETURN name, type, state, labelsOrTypes, properties');
    expect(indexes).toEqual(
      expect.arrayContaining([
        { name: FULLTEXT_INDEX, type: 'FULLTEXT', state: 'ONLINE', labelsOrTypes: ['Entity'], properties: ['name', 'aliases'] },
        { name: 'entity_name', type: 'RANGE', state: 'ONLINE', labelsOrTypes: ['Entity'], properties: ['name'] },
      ]),
    );
    // and cypher/schema.cypher, the file people run by hand, creates exactly these
    const schemaFile = file('schema.cypher');
    for (const statement of schemaFile.statements) await db.run(statement, {}, { mode: 'write' });
    expect((await db.run('SHOW INDEXES YIELD name RETURN count(*) AS n'))[0]!.n).toBe(indexes.length);
  });

  it('investments.cypher: Meta invested in Scale AI, with the 14.3 and 14 billion claims', async () => {
    const rows = await runFile(db, file('investments.cypher'));
    const meta = rows.find((r) => r.investor === 'Meta' && r.target === 'Scale AI')!;
    expect(meta).toBeDefined();
    expect(meta.amount).toBe(14.3e9);
    expect(meta.claimedAmounts).toEqual(expect.arrayContaining([14.3e9, 14e9]));
    expect(meta.stake).toBeCloseTo(0.49);
    expect(meta.valuation).toBe(29e9);
    expect(meta.currency).toBe('USD');
  });

  it('fact-evidence.cypher: the German and Turkish sentences and their documents', async () => {
    const rows = await runFile(db, file('fact-evidence.cypher'));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.map((r) => r.lang)).toEqual(expect.arrayContaining(['de', 'tr']));
    for (const r of rows) {
      expect(String(r.sentence).length).toBeGreaterThan(20);
      expect(String(r.path)).toMatch(/seeds\//);
    }
  });

  it('people-moves.cypher: CEOs with the interim one marked, and Wang joining Meta’s lab', async () => {
    const rows = await runFile(db, file('people-moves.cypher'));
    const find = (person: string, move: string, org?: string) =>
      rows.find((r) => r.person === person && r.move === move && (org === undefined || r.organization === org));
    expect(find('Jason Droege', 'CEO_OF', 'Scale AI')?.interim).toBe(true);
    expect(find('Mark Zuckerberg', 'CEO_OF', 'Meta')?.interim).toBe(false);
    expect(find('Alexandr Wang', 'JOINED')).toBeDefined();
  });

  it('competitors.cypher: Meta competes with Google and OpenAI', async () => {
    const rows = await runFile(db, file('competitors.cypher'));
    expect(rows.map((r) => r.competitor)).toEqual(expect.arrayContaining(['Google', 'OpenAI']));
  });

  it('entity-by-alias.cypher: the Arabic ميتا finds Meta and its facts', async () => {
    const rows = await runFile(db, file('entity-by-alias.cypher'));
    expect(new Set(rows.map((r) => r.entity))).toEqual(new Set(['Meta']));
    expect(rows.some((r) => r.relation === 'INVESTED_IN' && r.other === 'Scale AI')).toBe(true);
    expect(rows.some((r) => r.relation === '<-CEO_OF' && r.other === 'Mark Zuckerberg')).toBe(true);
    // any alias, any script: the Latin alias finds the same entity
    const latin = await runFile(db, file('entity-by-alias.cypher'), { alias: 'Meta Platforms' });
    expect(new Set(latin.map((r) => r.entity))).toEqual(new Set(['Meta']));
  });

  it('conflicting-facts.cypher: lists the investment whose sources disagree', async () => {
    const rows = await runFile(db, file('conflicting-facts.cypher'));
    const invest = rows.find((r) => r.subject === 'Meta' && r.relation === 'INVESTED_IN')!;
    expect(invest.claimedAmounts).toEqual(expect.arrayContaining([14.3e9, 14e9]));
    const expected = factViews(seeds).filter((f) => f.conflict).length;
    expect(rows).toHaveLength(expected);
  });

  it('spending-plans.cypher: Meta plans 60–65 billion in 2025', async () => {
    const rows = await runFile(db, file('spending-plans.cypher'));
    expect(rows.some((r) => r.year === 2025 && r.organization === 'Meta' && r.amountFrom === 60e9 && r.amountTo === 65e9)).toBe(true);
  });

  it('documents-mentioning.cypher: every document that mentions Scale AI', async () => {
    const rows = await runFile(db, file('documents-mentioning.cypher'));
    const scale = entityViews(seeds).find((e) => e.name === 'Scale AI')!;
    const docs = mentionViews(seeds).filter((m) => m.target === scale.key);
    expect(rows).toHaveLength(docs.length);
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('neighbourhood.cypher: within two hops of Wang are Scale AI and Meta, never a document', async () => {
    const rows = await runFile(db, file('neighbourhood.cypher'));
    const names = new Set(rows.flatMap((r) => r.names as string[]));
    expect([...names]).toEqual(expect.arrayContaining(['Scale AI', 'Meta']));
    expect(rows.flatMap((r) => r.relations as string[])).not.toContain('MENTIONS');
  });

  it('overview.cypher: counts per entity type and relation match the snapshot', async () => {
    const rows = await runFile(db, file('overview.cypher'));
    for (const f of factViews(seeds)) {
      const row = rows.find((r) => r.kind === 'fact' && r.name === f.type)!;
      expect(row.total).toBe(factViews(seeds).filter((g) => g.type === f.type).length);
    }
    for (const e of entityViews(seeds)) {
      expect(rows.find((r) => r.kind === 'entity' && r.name === e.type)!.total).toBe(entityViews(seeds).filter((g) => g.type === e.type).length);
    }
  });

  it('every example query runs and returns rows on the seeds', async () => {
    for (const f of files.values()) {
      if (f.name === 'schema.cypher') continue;
      expect((await runFile(db, f)).length, f.name).toBeGreaterThan(0);
    }
  });

  it('a newer snapshot updates claims and adds facts without duplicates', async () => {
    await wipe(db);
    await loadSnapshot(db, fixtureSnapshot());
    const before = await counts(db);
    await loadSnapshot(db, newerSnapshot());
    const after = await counts(db);
    expect(after.nodes).toBe(before.nodes + 1);
    expect(after.relationships).toBe(before.relationships + 1);
    const [invest] = await db.run('MATCH (:Entity {id: "organization:meta"})-[r:INVESTED_IN]->() RETURN r.claimAmounts AS a, count(*) AS n');
    expect(invest).toEqual({ a: [14.3e9, 14e9, 14.3e9], n: 1 });
  });

  // Compared with the graph kg load made of the seeds in the empty database of beforeAll (the
  // same wipe and load again here had been the same graph: loading is idempotent, see above).
  it('the Cypher export, run statement by statement, builds the same graph as kg load (same counts, same properties)', async () => {
    await wipe(db);
    const statements = scriptStatements(toCypherScript(seeds));
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) await db.run(s, {}, { mode: 'write' });
    expect(await fullCounts(db)).toEqual(loadedCounts);
    expect(await dump(db)).toBe(loadedDump);
  });
});
