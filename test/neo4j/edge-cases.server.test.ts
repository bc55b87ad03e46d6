/**
 * What a real Neo4j does with kg's hard cases (test/neo4j/server.ts picks the server):
 * numbers beyond 2^53 and names in Arabic, Turkish and emoji, through kg load, the Cypher
 * export and kg entity --neo4j; the login and database errors users see; and
 * `kg load --replace` removing what a newer snapshot dropped, and nothing else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toCypherScript } from '../../src/export/cypher.js';
import { openNeo4j, type Neo4jConnection, type Neo4jOptions } from '../../src/neo4j/connection.js';
import { loadSnapshot } from '../../src/neo4j/loader.js';
import { FULLTEXT_INDEX } from '../../src/neo4j/statements.js';
import { parseSnapshot, writeSnapshot } from '../../src/snapshot/io.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { runKg } from '../support/run-kg.js';
import { counts, dump, fullCounts, scriptStatements, wipe } from './db-helpers.js';
import { describeNeo4j } from './server.js';
import { fixtureSnapshot, newerSnapshot } from './snapshots.js';

const ARABIC = 'ميتا بلاتفورمز';
const TURKISH = 'Şükrü Çağlayan İğdırlı'; // dotted capital İ, dotless ı, ğ, ş, ç, ü
const EMOJI = 'Scale AI 🚀👩🏽‍💻🇹🇷'; // astral plane, a skin tone, a ZWJ sequence, a flag
const BEYOND_2_53 = [2 ** 53 + 2, 2 ** 64, 1.2345678901234568e20, Number.MAX_VALUE];

function unicodeSnapshot(): Snapshot {
  const s = fixtureSnapshot();
  for (const n of s.nodes) {
    if (n.attributes.kind !== 'entity') continue;
    if (n.key === 'organization:meta') {
      n.attributes.name = ARABIC;
      n.attributes.aliases.push(ARABIC);
    }
    if (n.key === 'person:jason-droege') {
      n.attributes.name = TURKISH;
      n.attributes.aliases.push(TURKISH, 'ŞÜKRÜ');
      n.attributes.aliasesByLang = { tr: [TURKISH, 'ŞÜKRÜ'] };
    }
    if (n.key === 'organization:scale-ai') {
      n.attributes.name = EMOJI;
      n.attributes.aliases.push(EMOJI);
    }
  }
  for (const e of s.edges) {
    if (e.attributes.kind !== 'fact' || e.attributes.type !== 'INVESTED_IN') continue;
    e.attributes.amount = BEYOND_2_53[0];
    e.attributes.valuation = BEYOND_2_53[2];
    e.attributes.claims[0]!.amount = BEYOND_2_53[1];
    e.attributes.claims[1]!.amount = BEYOND_2_53[3];
    e.attributes.claims[0]!.sentence = `${ARABIC} استثمرت ${EMOJI} — ${TURKISH}.`;
  }
  return parseSnapshot(s);
}

function envFor(o: Neo4jOptions, overrides: Record<string, string> = {}): Record<string, string> {
  return { NEO4J_URI: o.uri, NEO4J_USERNAME: o.user, NEO4J_PASSWORD: o.password, ...(o.database ? { NEO4J_DATABASE: o.database } : {}), ...overrides };
}

await describeNeo4j('Neo4j edge cases', (server) => {
  let db: Neo4jConnection;
  let dir: string;

  beforeAll(async () => {
    db = await openNeo4j(server.options());
    dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-edge-'));
  });

  afterAll(async () => {
    await db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('amounts beyond 2^53 and Arabic, Turkish and emoji names come back unchanged', async () => {
    const snapshot = unicodeSnapshot();
    await wipe(db);
    await loadSnapshot(db, snapshot);
    const names = await db.run('MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name, e.aliases AS aliases ORDER BY id', {
      ids: ['organization:meta', 'organization:scale-ai', 'person:jason-droege'],
    });
    expect(names.map((r) => r.name)).toEqual([ARABIC, EMOJI, TURKISH]);
    expect(names[2]!.aliases).toEqual(['Jason Droege', TURKISH, 'ŞÜKRÜ']);
    const [invest] = await db.run('MATCH ()-[r:INVESTED_IN]->() RETURN r.amount AS amount, r.valuation AS valuation, r.claimAmounts AS claims, r.evidence AS evidence');
    expect(invest!.amount).toBe(BEYOND_2_53[0]);
    expect(invest!.valuation).toBe(BEYOND_2_53[2]);
    expect(invest!.claims).toEqual([BEYOND_2_53[1], BEYOND_2_53[3]]);
    expect((invest!.evidence as string[])[0]).toBe(`${ARABIC} استثمرت ${EMOJI} — ${TURKISH}.`);
    // stored as FLOAT, not as a string or a clipped INTEGER
    const [types] = await db.run('MATCH ()-[r:INVESTED_IN]->() RETURN valueType(r.amount) AS amount, valueType(r.claimAmounts) AS claims');
    expect(types).toEqual({ amount: 'FLOAT NOT NULL', claims: 'LIST<FLOAT NOT NULL> NOT NULL' });
    // the full-text index finds every script, the Turkish one in either case
    for (const [query, id] of [[ARABIC, 'organization:meta'], ['şükrü', 'person:jason-droege'], ['ŞÜKRÜ', 'person:jason-droege']] as const) {
      const hits = await db.run(`CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $q) YIELD node RETURN node.id AS id LIMIT 1`, { q: `"${query}"` });
      expect(hits.map((h) => h.id), query).toEqual([id]);
    }

    // the Cypher export writes the same numbers and text as literals
    const loaded = await dump(db);
    await wipe(db);
    for (const s of scriptStatements(toCypherScript(snapshot))) await db.run(s, {}, { mode: 'write' });
    expect(await dump(db)).toBe(loaded);

    // and kg entity --neo4j prints them as kg entity --snapshot does
    const file = join(dir, 'unicode.json');
    await writeSnapshot(snapshot, file);
    for (const name of [TURKISH, EMOJI, ARABIC]) {
      const fromNeo4j = await runKg(['entity', '--neo4j', '--json', name], { env: envFor(server.options()) });
      const fromSnapshot = await runKg(['entity', '--snapshot', file, '--json', name], { env: {} });
      expect(fromNeo4j.code, fromNeo4j.stderr).toBe(0);
      expect(fromNeo4j).toEqual(fromSnapshot);
    }
  });

  it('a wrong password is E_NEO4J_AUTH, from the API and from kg load, and the password is never shown', async () => {
    const good = server.options();
    const wrong = `${good.password}-not-it`;
    const err = await openNeo4j({ ...good, password: wrong }).then(
      () => undefined,
      (e: unknown) => e as { code?: string; message: string },
    );
    expect(err?.code).toBe('E_NEO4J_AUTH');
    expect(err!.message).toContain(`rejected user "${good.user}"`);
    const file = join(dir, 'auth.json');
    await writeSnapshot(fixtureSnapshot(), file);
    const again = await runKg(['load', file], { env: envFor(good, { NEO4J_PASSWORD: wrong }) });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('error [E_NEO4J_AUTH]');
    expect(again.stderr).toContain('NEO4J_PASSWORD');
    expect(again.stderr + again.stdout).not.toContain(wrong);
    expect(again.stderr + again.stdout).not.toContain(good.password);
  });

  it('an unknown database is E_NEO4J_DATABASE, naming it and saying Community has one', async () => {
    const err = await openNeo4j({ ...server.options(), database: 'kgnosuchdb' }).then(
      () => undefined,
      (e: unknown) => e as { code?: string; message: string; hint?: string },
    );
    expect(err?.code).toBe('E_NEO4J_DATABASE');
    expect(err!.message).toContain('database "kgnosuchdb" does not exist');
    const file = join(dir, 'db.json');
    await writeSnapshot(fixtureSnapshot(), file);
    const cli = await runKg(['load', file, '--database', 'kgnosuchdb'], { env: envFor(server.options()) });
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toContain('error [E_NEO4J_DATABASE]');
    expect(cli.stderr).toContain('Community has a single user database');
  });

  it('kg load --replace removes what the newer snapshot dropped, in batches, says how much, and keeps what is not kg’s', async () => {
    // "before": the fixture plus a document, an entity, its mention and two facts that a
    // rebuild no longer finds
    const before = newerSnapshot();
    before.nodes.push({
      key: 'organization:stale-co',
      attributes: { kind: 'entity', name: 'Stale Co', type: 'Organization', aliases: ['Stale Co'], languages: ['nl'], aliasesByLang: { nl: ['Stale Co'] }, mentions: 1 },
    });
    before.edges.push({
      key: 'MENTIONS:doc:dddddddddddddddd->organization:stale-co',
      source: 'doc:dddddddddddddddd',
      target: 'organization:stale-co',
      attributes: { kind: 'mention', type: 'MENTIONS', count: 1 },
    });
    before.edges.push({
      key: 'ACQUIRED:organization:meta->organization:stale-co',
      source: 'organization:meta',
      target: 'organization:stale-co',
      attributes: {
        kind: 'fact', type: 'ACQUIRED', symmetric: false, conflict: false, sources: 1, confidence: 0.7,
        claims: [{ doc: 'doc:dddddddddddddddd', sentence: 'Meta kocht Stale Co.', start: 0, end: 20, lang: 'nl', ruleId: 'nl.acquire', confidence: 0.7 }],
      },
    });
    const after = fixtureSnapshot();
    const beforeFile = join(dir, 'before.json');
    const afterFile = join(dir, 'after.json');
    await writeSnapshot(parseSnapshot(before), beforeFile);
    await writeSnapshot(after, afterFile);

    // what a clean load of "after" gives, to compare with
    await wipe(db);
    await loadSnapshot(db, after);
    const clean = await dump(db);
    const cleanCounts = await fullCounts(db);

    await wipe(db);
    const env = envFor(server.options());
    expect((await runKg(['load', beforeFile], { env })).code).toBe(0);
    // things that are not kg's: another label, and a hand-drawn relationship without a key
    await db.run("MERGE (:Note {id: 'keep-me'})", {}, { mode: 'write' });
    await db.run("MATCH (a:Entity {id: 'organization:meta'}), (b:Entity {id: 'organization:scale-ai'}) MERGE (a)-[:LIKES]->(b)", {}, { mode: 'write' });

    // without --replace the stale part stays (the documented default)
    const kept = await runKg(['load', afterFile], { env });
    expect(kept.stdout).not.toContain('removed');
    expect((await counts(db)).nodes).toBe(cleanCounts.nodes + 2);

    const replaced = await runKg(['load', afterFile, '--replace', '--batch-size', '1'], { env });
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain('removed 1 document, 1 entity, 2 facts, 1 mention the snapshot no longer has');

    expect((await db.run("MATCH (n:Note {id: 'keep-me'}) RETURN count(n) AS n"))[0]!.n).toBe(1);
    expect((await db.run('MATCH ()-[r:LIKES]->() RETURN count(r) AS n'))[0]!.n).toBe(1);
    await db.run('MATCH ()-[r:LIKES]->() DELETE r', {}, { mode: 'write' });
    await db.run('MATCH (n:Note) DELETE n', {}, { mode: 'write' });
    expect(await fullCounts(db)).toEqual(cleanCounts);
    expect(await dump(db)).toBe(clean);

    const again = await runKg(['load', afterFile, '--replace'], { env });
    expect(again.stdout).toContain('nothing new; removed nothing stale');
  });
});
