import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_HITS, normalizeForSearch, searchEntities, type SearchEntry } from '../../viewer/search.js';
import { toViewerData } from '../../src/export/viewer-data.js';
import { NameIndex } from '../../src/query/match.js';
import { nameRules } from '../../src/resolve/name-rules.js';
import { entityViews } from '../../src/snapshot/views.js';
import { loadSnapshot, SMALL_SNAPSHOT_PATH } from './fixtures.js';

const entries: SearchEntry[] = entityViews(loadSnapshot(SMALL_SNAPSHOT_PATH)).map((e) => ({
  key: e.key,
  name: e.name,
  type: e.type,
  mentions: e.mentions,
  aliases: e.aliases,
}));

describe('viewer search', () => {
  it('finds an entity by an alias in another script', () => {
    const [hit] = searchEntities(entries, 'ميتا');
    expect(hit).toMatchObject({ key: 'organization:meta', name: 'Meta', matched: 'ميتا', rank: 0 });
    expect(searchEntities(entries, 'زوكربيرغ')[0]?.key).toBe('person:mark-zuckerberg');
  });

  it('ranks exact names before word prefixes before substrings', () => {
    const hits = searchEntities(entries, 'meta');
    expect(hits[0]?.key).toBe('organization:meta');
    expect(searchEntities(entries, 'zucker')[0]?.key).toBe('person:mark-zuckerberg');
    expect(searchEntities(entries, 'apital')[0]).toMatchObject({ key: 'topic:meta-capital-expenditure', rank: 2 });
  });

  it('folds case, accents, tatweel and hamza-carrying alefs', () => {
    expect(normalizeForSearch('  MÉTA  Platforms ')).toBe('meta platforms');
    expect(normalizeForSearch('ميـــتا')).toBe(normalizeForSearch('ميتا'));
    expect(normalizeForSearch('أحمد')).toBe(normalizeForSearch('احمد'));
  });

  it('returns nothing for an empty query or an unknown name', () => {
    expect(searchEntities(entries, '   ')).toEqual([]);
    expect(searchEntities(entries, 'Nvidia')).toEqual([]);
  });
});

describe('viewer search uses the matcher of kg entity', () => {
  const rules = nameRules();
  const people: SearchEntry[] = [
    { key: 'person:mark-zuckerberg', name: 'Mark Zuckerberg', type: 'Person', mentions: 13, aliases: ['Mark Zuckerberg', 'Zuckerberg', 'زوكربيرغ'] },
    { key: 'organization:isiklar-holding', name: 'Işıklar Holding', type: 'Organization', mentions: 3, aliases: ['Işıklar Holding', 'Işıklar Holding A.Ş'] },
    { key: 'organization:scale-ai', name: 'Scale AI', type: 'Organization', mentions: 28, aliases: ['Scale AI', 'Scale'] },
  ];

  it('finds a misspelt name, another spelling, a Turkish ending and the other script first', () => {
    expect(searchEntities(people, 'Zuckerburg', MAX_SEARCH_HITS, rules)[0]).toMatchObject({ key: 'person:mark-zuckerberg', rank: 0 });
    expect(searchEntities(people, 'Isiklar Holding', MAX_SEARCH_HITS, rules)[0]).toMatchObject({ key: 'organization:isiklar-holding', rank: 0 });
    expect(searchEntities(people, "Zuckerberg'in", MAX_SEARCH_HITS, rules)[0]).toMatchObject({ key: 'person:mark-zuckerberg', rank: 0 });
    expect(searchEntities(people, 'سكيل إيه آي', MAX_SEARCH_HITS, rules)[0]).toMatchObject({ key: 'organization:scale-ai', rank: 0 });
  });

  it('gives the same first hits as kg entity for every name of the small fixture', () => {
    const index = new NameIndex(entries, rules);
    for (const e of entries) {
      for (const q of [e.name, ...e.aliases]) {
        const viewer = searchEntities(entries, q, MAX_SEARCH_HITS, rules).filter((h) => h.rank === 0).map((h) => h.key).sort();
        expect(viewer, q).toEqual(index.find(q).map((m) => m.entity.key).sort());
      }
    }
  });

  it('embeds the name rules in the exported page data', () => {
    const data = toViewerData(loadSnapshot(SMALL_SNAPSHOT_PATH), 'kg');
    expect(data.nameRules.legalForms).toEqual(expect.arrayContaining(['GmbH', 'A.Ş.', 'Inc.']));
    expect(data.nameRules.suffixAfterApostrophe).toBe(true);
  });
});
