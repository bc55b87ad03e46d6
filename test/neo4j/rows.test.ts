import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/model/types.js';
import { graphRows, PROPERTY_TYPES, rowCounts } from '../../src/neo4j/rows.js';
import { factViews } from '../../src/snapshot/views.js';
import { fixtureSnapshot, newerSnapshot } from './snapshots.js';

const INVEST = 'INVESTED_IN:organization:meta->organization:scale-ai';

describe('graphRows', () => {
  const rows = graphRows(fixtureSnapshot());

  it('puts every entity under its type and every document, mention and fact in a row', () => {
    expect(rows.entities.Person.map((r) => r.id).sort()).toEqual(['person:alexandr-wang', 'person:jason-droege', 'person:mark-zuckerberg']);
    expect(rows.entities.Organization.map((r) => r.id).sort()).toEqual(['organization:meta', 'organization:scale-ai']);
    expect(rowCounts(rows)).toEqual({ documents: 3, entities: 6, mentions: 8, facts: 5 });
  });

  it('gives entity nodes id, name, type, aliases in every script and languages', () => {
    const meta = rows.entities.Organization.find((r) => r.id === 'organization:meta')!;
    expect(meta.props).toEqual({
      id: 'organization:meta',
      name: 'Meta',
      type: 'Organization',
      aliases: ['Meta', 'Meta Platforms', "Meta'nın", 'ميتا'],
      languages: ['ar', 'de', 'tr'],
      aliasesByLang: JSON.stringify({ de: ['Meta', 'Meta Platforms'], tr: ['Meta', "Meta'nın"], ar: ['ميتا'] }),
      mentions: 9,
    });
  });

  it('flattens the claims of a fact into parallel lists with the disagreeing amounts', () => {
    const r = rows.facts.INVESTED_IN.find((f) => f.key === INVEST)!;
    expect(r.source).toBe('organization:meta');
    expect(r.target).toBe('organization:scale-ai');
    expect(r.props).toMatchObject({
      key: INVEST,
      amount: 14.3e9,
      currency: 'USD',
      stake: 0.49,
      valuation: 29e9,
      conflict: true,
      sourceCount: 2,
      claimCount: 2,
      sources: ['doc:aaaaaaaaaaaaaaaa', 'doc:bbbbbbbbbbbbbbbb'],
      claimAmounts: [14.3e9, 14e9],
      claimLangs: ['de', 'tr'],
      claimRuleIds: ['de.invest.noun-an', 'tr.invest.next-sentence'],
    });
    expect((r.props.evidence as string[])[1]).toMatch(/^Meta, yapay zeka/);
    // The Turkish claim gives no stake: NaN keeps the lists parallel.
    expect(r.props.claimStakes).toEqual([0.49, Number.NaN]);
  });

  it('keeps interim and year on the facts that have them', () => {
    const droege = rows.facts.CEO_OF.find((f) => f.source === 'person:jason-droege')!;
    expect(droege.props.interim).toBe(true);
    expect(droege.props.claimInterims).toEqual([true]);
    const zuck = rows.facts.CEO_OF.find((f) => f.source === 'person:mark-zuckerberg')!;
    expect(zuck.props.interim).toBeUndefined();
    const plan = rows.facts.PLANS_SPENDING[0]!;
    expect(plan.props).toMatchObject({ amountMin: 60e9, amountMax: 65e9, year: 2025, claimYears: [2025] });
  });

  it('writes only values Neo4j can store: typed scalars and homogeneous lists, no maps or nulls', () => {
    const all = [
      ...rows.documents,
      ...ENTITY_TYPES.flatMap((t) => rows.entities[t]),
      ...rows.mentions,
      ...Object.values(rows.facts).flat(),
    ];
    for (const row of all) {
      for (const [name, value] of Object.entries(row.props)) {
        const type = PROPERTY_TYPES[name];
        expect(type, `${name} has a declared Neo4j type`).toBeDefined();
        const values = Array.isArray(value) ? value : [value];
        expect(type!.endsWith('[]')).toBe(Array.isArray(value));
        for (const v of values) {
          expect(v).not.toBeNull();
          const base = type!.replace('[]', '');
          const js = base === 'string' ? 'string' : base === 'boolean' ? 'boolean' : 'number';
          expect(typeof v, name).toBe(js);
          if (base === 'int') expect(Number.isInteger(v), name).toBe(true);
        }
      }
    }
  });

  it('keeps every claim list as long as the claim count', () => {
    for (const f of Object.values(rows.facts).flat()) {
      for (const [name, value] of Object.entries(f.props)) {
        if (name.startsWith('claim') && Array.isArray(value)) expect(value.length, `${f.key} ${name}`).toBe(f.props.claimCount);
      }
      expect((f.props.evidence as string[]).length).toBe(f.props.claimCount);
    }
  });

  it('keys facts by the snapshot edge key, so a newer snapshot updates the same relationship', () => {
    const before = graphRows(fixtureSnapshot()).facts.INVESTED_IN.find((f) => f.key === INVEST)!;
    const after = graphRows(newerSnapshot()).facts.INVESTED_IN.find((f) => f.key === INVEST)!;
    expect(after.key).toBe(before.key);
    expect(after.props.claimAmounts).toEqual([14.3e9, 14e9, 14.3e9]);
    expect(after.props.sources).toEqual(['doc:aaaaaaaaaaaaaaaa', 'doc:bbbbbbbbbbbbbbbb', 'doc:dddddddddddddddd']);
    expect(graphRows(newerSnapshot()).facts.FOUNDED).toHaveLength(1);
  });

  it('is deterministic: the same snapshot gives the same rows', () => {
    expect(graphRows(fixtureSnapshot())).toEqual(rows);
    expect(new Set(factViews(fixtureSnapshot()).map((f) => f.key)).size).toBe(rowCounts(rows).facts);
  });
});

describe('graphRows of fact semantics', () => {
  it('declares a Neo4j type for every property of status, time and version facts', async () => {
    const { buildFromDocuments } = await import('../../src/pipeline/index.js');
    const docs = [
      { key: 'doc:a', path: 'a.txt', lang: 'en', langSource: 'given' as const, title: 'a', sha256: 'a'.repeat(64), publishedAt: '2024-11-03', text: 'Orbiton Group denied that it had invested in Quillon Labs. Last year Acme Corp spent $38 billion on data centers. Acme Corp plans to spend $50 billion next year.' },
      { key: 'doc:b', path: 'b.txt', lang: 'en', langSource: 'given' as const, title: 'b', sha256: 'b'.repeat(64), publishedAt: '2025-02-01', text: 'Jane Roe is the chief executive of Acme Corp. John Doe, the former chief executive of Acme Corp, left in 2023.' },
    ];
    const { snapshot } = await buildFromDocuments(docs);
    const rows = graphRows(snapshot);
    const all = [...rows.documents, ...Object.values(rows.entities).flat(), ...Object.values(rows.facts).flat()];
    const names = new Set(all.flatMap((r) => Object.keys(r.props)));
    expect([...names].filter((n) => PROPERTY_TYPES[n] === undefined)).toEqual([]);
    // The status props this test is about are really there.
    expect([...names]).toEqual(expect.arrayContaining(['claimStatuses', 'period']));
  });
});
