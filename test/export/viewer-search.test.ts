import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchEntities, type SearchEntry } from '../../viewer/search.js';
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
