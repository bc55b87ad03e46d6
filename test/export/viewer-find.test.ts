/** The viewer's search and timeline helpers in Node: the same matcher as `kg entity`. */
import { describe, expect, it } from 'vitest';
import { entityViews } from '../../src/snapshot/views.js';
import { EntityFinder } from '../../viewer/find.js';
import { dayOf, documentDates } from '../../viewer/timeline.js';
import { loadSnapshot, SMALL_SNAPSHOT_PATH } from './fixtures.js';

const finder = new EntityFinder(entityViews(loadSnapshot(SMALL_SNAPSHOT_PATH)));

describe('EntityFinder', () => {
  it('finds by alias in another script, with Arabic proclitics and Turkish endings stripped', () => {
    expect(finder.find('ميتا')).toMatchObject({ best: 1, hits: [{ key: 'organization:meta', kind: 'alias' }] });
    expect(finder.find('لميتا').hits[0]?.key).toBe('organization:meta');
    expect(finder.find("Scale AI'a").hits[0]?.key).toBe('organization:scale-ai');
  });

  it('forgives a typo as kg entity does, and says it was close rather than exact', () => {
    expect(finder.find('Alexander Wang')).toMatchObject({ best: 1, hits: [{ name: 'Alexandr Wang', kind: 'fuzzy' }] });
  });

  it('lists every entity of the best tier as a tie', () => {
    const tied = new EntityFinder([
      { key: 'a', name: 'Scale AI', type: 'Organization', aliases: ['Scale'], languages: [], aliasesByLang: {}, mentions: 3 },
      { key: 'b', name: 'Scale Venture Partners', type: 'Organization', aliases: ['Scale'], languages: [], aliasesByLang: {}, mentions: 1 },
    ]);
    const r = tied.find('scale');
    expect(r.best).toBe(2);
    expect(r.hits.map((h) => h.key).sort()).toEqual(['a', 'b']);
  });

  it('type-ahead: a beginning of a name lists what it could become, after the matches', () => {
    const r = finder.find('zucker');
    expect(r.best).toBe(0);
    expect(r.hits[0]).toMatchObject({ key: 'person:mark-zuckerberg', kind: 'prefix' });
    expect(finder.find('   ')).toEqual({ hits: [], best: 0 });
  });
});

describe('timeline dates', () => {
  it('cuts publishedAt to the day and sorts distinct days', () => {
    expect(dayOf('2025-06-12T08:00:00Z')).toBe('2025-06-12');
    expect(dayOf('June 2025')).toBeUndefined();
    const docs = ['2025-06-12', undefined, '2025-01-02T00:00:00Z', '2025-06-12T10:00'].map((publishedAt, i) => ({ key: `d${i}`, kind: 'document' as const, path: '', lang: 'en', title: '', sha256: '', ...(publishedAt ? { publishedAt } : {}) }));
    expect(documentDates(docs)).toEqual(['2025-01-02', '2025-06-12']);
  });
});
