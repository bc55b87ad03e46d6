import { describe, expect, it } from 'vitest';
import { maxTypos, NameIndex, FUZZY_MIN_LENGTH } from '../../src/query/match.js';
import { nameRules } from '../../src/resolve/name-rules.js';
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

describe('one matcher with the name rules of every pack', () => {
  const record = (key: string, name: string, type: EntityRecord['type'], aliases: string[], mentions = 1): EntityRecord => ({ key, name, type, aliases: [name, ...aliases], languages: [], aliasesByLang: {}, mentions });
  const index = new NameIndex(
    [
      record('organization:meta', 'Meta', 'Organization', ['Meta Platforms', 'ميتا'], 9),
      record('organization:openai', 'OpenAI', 'Organization', []),
      record('person:mark-zuckerberg', 'Mark Zuckerberg', 'Person', ['Zuckerberg']),
      record('organization:scale-ai', 'Scale AI', 'Organization', ['Scale']),
      record('organization:isiklar-holding', 'Işıklar Holding', 'Organization', ['Işıklar Holding A.Ş']),
      record('organization:veltra-systems', 'Veltra Systems', 'Organization', ['Veltra Systems Inc']),
      record('organization:nerova-networks', 'Nerova Networks', 'Organization', ['نيروفا نتوركس']),
    ],
    nameRules(),
  );
  const found = (q: string) => index.find(q).map((m) => [m.entity.key, m.tier]);

  it.each([
    ["Meta'ya", 'organization:meta'],
    ["OpenAI'ın", 'organization:openai'],
    ["Zuckerberg'in", 'person:mark-zuckerberg'],
    ["Scale AI'dan", 'organization:scale-ai'],
  ])('reads Turkish endings by rule: %s', (q, key) => {
    expect(found(q)).toEqual([[key, expect.stringMatching(/^(?:exact|alias)$/u)]]);
  });

  it('folds diacritics, Turkish ı/İ, all caps and legal forms', () => {
    for (const q of ['Isiklar Holding', 'Işiklar Holding', 'IŞIKLAR HOLDİNG', 'Işıklar Holding A.Ş.']) expect(index.find(q)[0]?.entity.key).toBe('organization:isiklar-holding');
    for (const q of ['Veltra Systems Incorporated', 'VELTRA SYSTEMS', 'Veltra Systems GmbH']) expect(found(q)).toEqual([['organization:veltra-systems', 'normalised']]);
  });

  it('strips Arabic proclitics and transliterates between scripts', () => {
    expect(found('لميتا')).toEqual([['organization:meta', 'alias']]);
    expect(found('سكيل إيه آي')).toEqual([['organization:scale-ai', 'transliterated']]);
    expect(found('Nerova Networks')).toEqual([['organization:nerova-networks', 'exact']]);
    expect(found('لنيروفا نتوركس')).toEqual([['organization:nerova-networks', 'alias']]);
    // An entity already written in the query's script is not matched through the other one.
    expect(found('Mta')).toEqual([]);
  });

  it('forgives a typo within the named thresholds', () => {
    expect(found('Zuckerburg')).toEqual([['person:mark-zuckerberg', 'fuzzy']]);
    expect(found('Opn')).toEqual([]);
  });
});
