import { describe, expect, it } from 'vitest';
import { maxTypos, NameIndex, FUZZY_MIN_LENGTH } from '../../src/query/match.js';
import type { EntityRecord } from '../../src/query/types.js';
import { fixtureBackend } from './helpers.js';

const backend = fixtureBackend();

describe('findEntities tiers', () => {
  it('finds the canonical name as typed (exact)', async () => {
    const [m] = await backend.findEntities('Meta');
    expect(m).toMatchObject({ tier: 'exact', entity: { key: 'organization:meta' } });
  });

  it('finds an alias in another script (alias)', async () => {
    const found = await backend.findEntities('ميتا');
    expect(found.map((m) => [m.entity.key, m.tier])).toEqual([['organization:meta', 'alias']]);
    expect((await backend.findEntities('مارك زوكربيرغ'))[0].entity.name).toBe('Mark Zuckerberg');
  });

  it('finds names regardless of case and punctuation (normalised)', async () => {
    const [m] = await backend.findEntities('scale-ai');
    expect(m).toMatchObject({ tier: 'normalised', entity: { name: 'Scale AI' } });
  });

  it('forgives a small typo (fuzzy), reporting the distance', async () => {
    const [m] = await backend.findEntities('Alexander Wang');
    expect(m).toMatchObject({ tier: 'fuzzy', distance: 1, entity: { name: 'Alexandr Wang' } });
  });

  it('does not forgive typos in very short names', async () => {
    expect(maxTypos(FUZZY_MIN_LENGTH - 1)).toBe(0);
    expect(await backend.findEntities('Mta')).toEqual([]);
  });

  it('returns nothing for an unknown name and suggests close ones', async () => {
    expect(await backend.findEntities('Zuckerberg')).toEqual([]);
    expect(await backend.suggest('Zuckerberg')).toContain('Mark Zuckerberg');
    expect(await backend.suggest('Qwertyuiop')).toEqual([]);
  });
});

describe('ties', () => {
  const entity = (key: string, name: string, aliases: string[] = []): EntityRecord => ({
    key,
    name,
    type: 'Organization',
    aliases,
    languages: [],
    aliasesByLang: {},
    mentions: 1,
  });

  it('returns every entity of the best tier, so the caller can ask the user to be precise', () => {
    const index = new NameIndex([entity('organization:scale-ai', 'Scale AI', ['Scale']), entity('organization:scale-inc', 'Scale Inc', ['Scale'])]);
    expect(index.find('Scale').map((m) => m.entity.key).sort()).toEqual(['organization:scale-ai', 'organization:scale-inc']);
  });

  it('prefers the stronger tier over a weaker match of another entity', () => {
    const index = new NameIndex([entity('organization:meta', 'Meta'), entity('organization:beta', 'Beta')]);
    expect(index.find('Meta').map((m) => m.entity.key)).toEqual(['organization:meta']);
    // A typo at equal distance from two names is a tie, not a guess.
    expect(index.find('Zeta').map((m) => m.entity.key).sort()).toEqual(['organization:beta', 'organization:meta']);
  });
});
