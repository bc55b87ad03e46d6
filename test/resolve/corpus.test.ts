/**
 * The resolution corpus (test/fixtures/resolution): 14 invented articles in ar, de, en, es,
 * fr, nl and tr that spell 20 invented companies and 20 invented people in every way the
 * issue lists — legal forms, all caps, diacritics and Turkish ı/İ, surnames and first words
 * alone in later articles, Arabic script. Each must become one node, no two one node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromPaths } from '../../src/pipeline/index.js';
import { findDuplicates } from '../../src/resolve/duplicates.js';
import { nameRules } from '../../src/resolve/name-rules.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { entityViews, type EntityView } from '../../src/snapshot/views.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'resolution');
interface GoldEntity {
  name: string;
  type: string;
  spellings: string[];
}
const gold = (JSON.parse(readFileSync(join(DIR, 'entities.json'), 'utf8')) as { entities: GoldEntity[] }).entities;

/** Aliases keep the surface form up to its last word, without a sentence's final period ("Inc", "S.A"). */
const holds = (e: EntityView, spelling: string) => e.aliases.includes(spelling) || e.aliases.includes(spelling.replace(/\.$/u, ''));

let snapshot: Snapshot;
let entities: EntityView[];
beforeAll(async () => {
  snapshot = (await buildFromPaths([join(DIR, 'docs')], { workers: 1 })).snapshot;
  entities = entityViews(snapshot);
}, 60_000);

describe('the resolution corpus', () => {
  it('has 20 companies and 20 people spelt in every language and both scripts', () => {
    expect(gold.filter((g) => g.type === 'Organization')).toHaveLength(20);
    expect(gold.filter((g) => g.type === 'Person')).toHaveLength(20);
    expect(gold.some((g) => g.spellings.some((s) => /[\u0600-\u06ff]/u.test(s)))).toBe(true);
  });

  it.each(gold.map((g) => [g.name, g] as const))('%s: every spelling on one node of the right type', (_name, g) => {
    const nodes = new Set<string>();
    for (const s of g.spellings) {
      const hits = entities.filter((e) => holds(e, s));
      expect(hits.map((e) => e.key), `"${s}" is on no node`).not.toEqual([]);
      for (const h of hits) nodes.add(h.key);
    }
    expect([...nodes], `${g.name} is split`).toHaveLength(1);
    expect(entities.find((e) => e.key === [...nodes][0])!.type).toBe(g.type);
  });

  it('never puts two of them on one node', () => {
    const owner = new Map<string, string>();
    for (const g of gold) {
      for (const e of entities.filter((x) => g.spellings.some((s) => holds(x, s)))) {
        expect(owner.get(e.key) ?? g.name, `${e.key} holds ${g.name} and ${owner.get(e.key)}`).toBe(g.name);
        owner.set(e.key, g.name);
      }
    }
    expect(owner.size).toBe(40);
  });

  it('leaves no probable duplicate behind and says how each was merged', () => {
    expect(findDuplicates(entities, nameRules())).toEqual([]);
    const by = (name: string) => entities.find((e) => e.aliases.includes(name))!.mergedBy;
    expect(by('IŞIKLAR HOLDİNG')).toEqual(['spelling']);
    expect(by('Varga')).toEqual(expect.arrayContaining(['short-name-corpus', 'transliteration']));
    expect(by('فانتورا')).toEqual(['transliteration']);
  });
});
