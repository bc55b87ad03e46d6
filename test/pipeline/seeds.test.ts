/** The seed corpus end to end: the facts DESIGN.md promises, with their evidence. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromPaths, type BuildResult } from '../../src/pipeline/index.js';
import { parseSnapshot } from '../../src/snapshot/io.js';
import { entityViews, factViews, mentionViews } from '../../src/snapshot/views.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
let built: BuildResult;
beforeAll(async () => {
  built = await buildFromPaths([SEEDS], { keepTexts: true });
}, 60_000);

const fact = (type: string, from: string, to: string) => factViews(built.snapshot).find((f) => f.type === type && f.source === from && f.target === to);

describe('kg on the seed corpus', () => {
  it('reads the five articles in four languages and skips the gold file without calling it a problem', () => {
    expect(built.documents.map((d) => d.lang).sort()).toEqual(['ar', 'de', 'de', 'nl', 'tr']);
    expect(built.issues).toEqual([]);
    expect(built.skipped.map((s) => s.extension)).toEqual(['.json']);
  });

  it('writes a snapshot that validates against the contract', () => {
    expect(() => parseSnapshot(JSON.parse(JSON.stringify(built.snapshot)))).not.toThrow();
  });

  it('makes ميتا, Meta Platforms and Meta one entity mentioned by every document', () => {
    const meta = entityViews(built.snapshot).find((e) => e.key === 'organization:meta')!;
    expect(meta.aliases).toEqual(expect.arrayContaining(['Meta', 'Meta Platforms', 'ميتا']));
    expect(meta.languages).toEqual(['ar', 'de', 'nl', 'tr']);
    expect(mentionViews(built.snapshot).filter((m) => m.target === meta.key)).toHaveLength(5);
  });

  it('keeps 14.3 and 14 billion as two claims of one INVESTED_IN edge with stake and valuation', () => {
    const f = fact('INVESTED_IN', 'organization:meta', 'organization:scale-ai')!;
    expect(f).toBeDefined();
    expect(f.amount).toBe(14.3e9);
    expect(f.currency).toBe('USD');
    expect(f.stake).toBe(0.49);
    expect(f.valuation).toBe(29e9);
    expect(f.conflict).toBe(true);
    const amounts = new Set(f.claims.map((c) => c.amount).filter((a) => a !== undefined));
    expect([...amounts].sort()).toEqual([14e9, 14.3e9]);
    const langs = new Set(f.claims.map((c) => c.lang));
    expect(langs).toEqual(new Set(['de', 'tr']));
    for (const c of f.claims) expect(built.documents.find((d) => d.key === c.doc)!.text!.slice(c.start, c.end).replace(/\s+/gu, ' ')).toBe(c.sentence);
  });

  it('finds the people: CEOs (one interim), the founder who joined the new lab, the board seat', () => {
    expect(fact('CEO_OF', 'person:mark-zuckerberg', 'organization:meta')?.sources).toBeGreaterThanOrEqual(3);
    expect(fact('CEO_OF', 'person:jason-droege', 'organization:scale-ai')?.interim).toBe(true);
    expect(fact('FOUNDED', 'person:alexandr-wang', 'organization:scale-ai')).toBeDefined();
    expect(fact('BOARD_MEMBER_OF', 'person:alexandr-wang', 'organization:scale-ai')).toBeDefined();
    expect(fact('JOINED', 'person:alexandr-wang', 'organization:meta')).toBeDefined();
    const lab = entityViews(built.snapshot).find((e) => e.type === 'OrgUnit')!;
    expect(lab.name).toBe('Meta Superintelligence Lab');
    expect(fact('JOINED', 'person:alexandr-wang', lab.key)).toBeDefined();
    expect(fact('PART_OF', lab.key, 'organization:meta')).toBeDefined();
  });

  it('records the 2025 spending plan as a range with its year', () => {
    const plans = factViews(built.snapshot).filter((f) => f.type === 'PLANS_SPENDING' && f.source === 'organization:meta');
    const range = plans.flatMap((p) => p.claims).find((c) => c.amountMin === 60e9);
    expect(range).toMatchObject({ amountMax: 65e9, currency: 'USD', year: 2025, lang: 'ar' });
  });

  it('records the rule behind every claim', () => {
    for (const f of factViews(built.snapshot)) for (const c of f.claims) expect(c.ruleId).toMatch(/^[a-z]{2}\.[a-z_]+\.[\w.-]+$/u);
  });
});
