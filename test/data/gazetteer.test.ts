import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Validates the shipped data files: data/gazetteer.json and data/given-names.json.
// Each check collects every offending entry so a failure names all of them at once.

const dataFile = (name: string): string => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));

const readJson = (name: string): unknown => JSON.parse(readFileSync(dataFile(name), 'utf8'));

interface GazetteerEntity {
  name: string;
  type: string;
  aliases: string[];
  ambiguous?: boolean;
  parent?: string;
}

const VALID_TYPES = new Set(['Person', 'Organization', 'OrgUnit', 'Product', 'Facility', 'Location']);
const ENTITY_KEYS = new Set(['name', 'type', 'aliases', 'ambiguous', 'parent']);
const ARABIC = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

const hasArabic = (s: string): boolean => ARABIC.test(s);
/** Letters in an Arabic-script form that are not Arabic script (empty when the form is clean). */
const nonArabicLetters = (s: string): string[] => [...s].filter((c) => LETTER.test(c) && !ARABIC.test(c));
/** A Latin-script form with letters but no upper-case letter ("meta", "x"). */
const isAllLowerLatin = (s: string): boolean => !hasArabic(s) && LETTER.test(s) && !UPPER.test(s);
const cmp = (a: string, b: string): number => a.localeCompare(b, 'en');
const label = (e: GazetteerEntity): string => `${e.type}:${e.name}`;

const gazetteer = readJson('gazetteer.json') as { version: number; entities: GazetteerEntity[] };
const entities = gazetteer.entities;

describe('data/gazetteer.json', () => {
  it('has version 1 and a non-empty entity list', () => {
    expect(gazetteer.version).toBe(1);
    expect(Array.isArray(entities)).toBe(true);
    expect(entities.length).toBeGreaterThan(100);
  });

  it('every entity has a name, a valid type, an alias array and only known fields', () => {
    const problems: string[] = [];
    for (const e of entities) {
      if (typeof e.name !== 'string' || e.name.trim() === '' || e.name !== e.name.trim()) problems.push(`bad name: ${JSON.stringify(e.name)}`);
      if (!VALID_TYPES.has(e.type)) problems.push(`${e.name}: bad type ${JSON.stringify(e.type)}`);
      if (!Array.isArray(e.aliases)) problems.push(`${e.name}: aliases is not an array`);
      else for (const a of e.aliases) if (typeof a !== 'string' || a.trim() === '' || a !== a.trim()) problems.push(`${e.name}: bad alias ${JSON.stringify(a)}`);
      if (e.ambiguous !== undefined && e.ambiguous !== true) problems.push(`${e.name}: ambiguous must be true when present`);
      for (const k of Object.keys(e)) if (!ENTITY_KEYS.has(k)) problems.push(`${e.name}: unknown field ${k}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no duplicate names within a type', () => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const e of entities) {
      const key = `${e.type}\u0000${e.name}`;
      if (seen.has(key)) dups.push(label(e));
      seen.add(key);
    }
    expect(dups).toEqual([]);
  });

  it('has no alias repeated within an entity or equal to its own name', () => {
    const problems: string[] = [];
    for (const e of entities) {
      const seen = new Set<string>();
      for (const a of e.aliases) {
        if (a === e.name) problems.push(`${label(e)}: alias equals own name`);
        if (seen.has(a)) problems.push(`${label(e)}: alias ${JSON.stringify(a)} repeated`);
        seen.add(a);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no alias shared by two entities', () => {
    const owners = new Map<string, string[]>();
    for (const e of entities) {
      for (const a of new Set(e.aliases)) owners.set(a, [...(owners.get(a) ?? []), label(e)]);
    }
    const shared = [...owners].filter(([, who]) => who.length > 1).map(([a, who]) => `${JSON.stringify(a)} shared by ${who.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('has no alias equal to another entity\'s name', () => {
    const byName = new Map<string, string[]>();
    for (const e of entities) byName.set(e.name, [...(byName.get(e.name) ?? []), label(e)]);
    const clashes: string[] = [];
    for (const e of entities) {
      for (const a of e.aliases) {
        const others = (byName.get(a) ?? []).filter((l) => l !== label(e));
        if (others.length) clashes.push(`${label(e)} alias ${JSON.stringify(a)} is the name of ${others.join(', ')}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every Arabic-script form is purely Arabic script', () => {
    const mixed: string[] = [];
    for (const e of entities) {
      for (const f of [e.name, ...e.aliases]) {
        if (!hasArabic(f)) continue;
        const bad = nonArabicLetters(f);
        if (bad.length) mixed.push(`${label(e)}: ${JSON.stringify(f)} has non-Arabic letters ${bad.join('')}`);
      }
    }
    expect(mixed).toEqual([]);
  });

  it('has no all-lower-case Latin name or alias (Latin aliases match case-sensitively)', () => {
    const lower: string[] = [];
    for (const e of entities) for (const f of [e.name, ...e.aliases]) if (isAllLowerLatin(f)) lower.push(`${label(e)}: ${JSON.stringify(f)}`);
    expect(lower).toEqual([]);
  });

  it('names use the international (non-Arabic) form', () => {
    expect(entities.filter((e) => hasArabic(e.name)).map(label)).toEqual([]);
  });

  it('every parent names an Organization in the gazetteer', () => {
    const orgs = new Set(entities.filter((e) => e.type === 'Organization').map((e) => e.name));
    const bad = entities.filter((e) => e.parent !== undefined && !orgs.has(e.parent)).map((e) => `${label(e)} -> ${e.parent}`);
    expect(bad).toEqual([]);
  });

  it('is sorted by type, then name', () => {
    const out: string[] = [];
    for (let i = 1; i < entities.length; i++) {
      const a = entities[i - 1]!;
      const b = entities[i]!;
      if ((cmp(a.type, b.type) || cmp(a.name, b.name)) > 0) out.push(`${label(a)} before ${label(b)}`);
    }
    expect(out).toEqual([]);
  });

  it('is stored as 2-space-indented JSON', () => {
    const text = readFileSync(dataFile('gazetteer.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(gazetteer, null, 2)}\n`);
  });
});

describe('data/given-names.json', () => {
  const names = readJson('given-names.json') as { version: number; latin: string[]; arabic: string[] };

  it('has version 1 and both lists', () => {
    expect(names.version).toBe(1);
    expect(names.latin.length).toBeGreaterThan(1000);
    expect(names.arabic.length).toBeGreaterThan(200);
  });

  it('has no duplicates in either list', () => {
    const dups = (list: string[]): string[] => list.filter((n, i) => list.indexOf(n) !== i);
    expect(dups(names.latin)).toEqual([]);
    expect(dups(names.arabic)).toEqual([]);
  });

  it('Latin names are single capitalised tokens without Arabic script', () => {
    const bad = names.latin.filter((n) => typeof n !== 'string' || /\s/u.test(n) || hasArabic(n) || !/^\p{Lu}/u.test(n));
    expect(bad).toEqual([]);
  });

  it('Arabic names are single tokens in Arabic script only', () => {
    const bad = names.arabic.filter((n) => typeof n !== 'string' || /\s/u.test(n) || !hasArabic(n) || nonArabicLetters(n).length > 0);
    expect(bad).toEqual([]);
  });

  it('leaves out given names that are everyday capitalised words', () => {
    const excluded = ['Will', 'May', 'Hope', 'Grace', 'Sunny', 'Van', 'Der', 'Von', 'De', 'El', 'Al', 'Abu', 'Bin', 'Claude'];
    expect(names.latin.filter((n) => excluded.includes(n))).toEqual([]);
  });

  it('keeps the names the extractor most relies on', () => {
    for (const n of ['Mark', 'Sam', 'Elon', 'Jensen', 'Satya', 'Sundar', 'Tim', 'Jeff', 'Mehmet', 'Mohammed', 'Jan', 'Pierre', 'José']) expect(names.latin).toContain(n);
    for (const n of ['محمد', 'أحمد', 'مارك', 'إيلون', 'سام', 'جيف', 'دونالد']) expect(names.arabic).toContain(n);
  });
});
