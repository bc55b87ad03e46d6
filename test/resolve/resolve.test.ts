import { describe, expect, it } from 'vitest';
import type { DocExtraction, EntityMention } from '../../src/model/extraction.js';
import type { EntityType } from '../../src/model/types.js';
import { nameRules } from '../../src/resolve/name-rules.js';
import { resolveEntities } from '../../src/resolve/resolve.js';

type M = [name: string, type: EntityType, canonical?: string];

/** A document's extraction with only the mentions resolution looks at. */
function doc(key: string, lang: string, mentions: M[]): DocExtraction {
  return {
    docKey: key,
    lang,
    sentences: [{ index: 0, start: 0, end: 1, text: 'x' }],
    mentions: mentions.map(([name, type, canonical], id): EntityMention => ({ id, text: name, start: 0, end: name.length, name, type, sentence: 0, ruleId: 'test', ...(canonical ? { canonical } : {}) })),
    claims: [],
  };
}

function entityNames(xs: DocExtraction[]) {
  const r = resolveEntities(xs);
  return { r, names: r.entities.map((e) => e.name).sort(), of: (d: string, id: number) => r.entities.find((e) => e.key === r.entityOf(d, id)) };
}

describe('resolveEntities', () => {
  it('joins mentions with the same gazetteer name across languages and scripts, keeping every surface form', () => {
    const { r, of } = entityNames([
      doc('d1', 'de', [['Meta Platforms', 'Organization', 'Meta']]),
      doc('d2', 'ar', [['ميتا', 'Organization', 'Meta']]),
      doc('d3', 'tr', [["Meta'nın", 'Organization', 'Meta']]),
    ]);
    expect(r.entities).toHaveLength(1);
    const meta = of('d2', 0)!;
    expect(meta.name).toBe('Meta');
    expect(meta.aliases).toEqual(expect.arrayContaining(['Meta Platforms', 'ميتا', "Meta'nın"]));
    expect(meta.aliasesByLang.ar).toContain('ميتا');
    expect(meta.languages).toEqual(['ar', 'de', 'tr']);
  });

  it('resolves a surname and a short company name within a document', () => {
    const { of } = entityNames([
      doc('d1', 'en', [
        ['Alexandr Wang', 'Person'],
        ['Scale AI', 'Organization'],
        ['Wang', 'Person'],
        ['Scale', 'Organization'],
      ]),
    ]);
    expect(of('d1', 2)!.name).toBe('Alexandr Wang');
    expect(of('d1', 3)!.name).toBe('Scale AI');
  });

  it('resolves a one-word name from another document when exactly one longer name fits', () => {
    const { of } = entityNames([doc('d1', 'en', [['Scale AI', 'Organization']]), doc('d2', 'de', [['Scale', 'Organization']])]);
    expect(of('d2', 0)!.name).toBe('Scale AI');
  });

  it('gives up when a short name fits two people (ties stay apart)', () => {
    const { r, of } = entityNames([
      doc('d1', 'en', [
        ['Mark Wang', 'Person'],
        ['Alexandr Wang', 'Person'],
        ['Wang', 'Person'],
      ]),
    ]);
    expect(r.entities).toHaveLength(3);
    expect(of('d1', 2)!.name).toBe('Wang');
  });

  it('matches Arabic-script names to Latin ones by transliteration when the gazetteer does not know them', () => {
    const { of } = entityNames([
      doc('d1', 'en', [
        ['Meta', 'Organization'],
        ['Nvidia', 'Organization'],
        ['Mark Zuckerberg', 'Person'],
      ]),
      doc('d2', 'ar', [
        ['ميتا', 'Organization'],
        ['إنفيديا', 'Organization'],
        ['زوكربيرغ', 'Person'],
        ['زوكربيرج', 'Person'],
      ]),
    ]);
    expect(of('d2', 0)!.name).toBe('Meta');
    expect(of('d2', 1)!.name).toBe('Nvidia');
    expect(of('d2', 2)!.name).toBe('Mark Zuckerberg');
    expect(of('d2', 3)!.name).toBe('Mark Zuckerberg');
  });

  it('keeps an Arabic name apart when two Latin names match equally well', () => {
    const { of } = entityNames([
      doc('d1', 'en', [
        ['Mita', 'Organization'],
        ['Meta', 'Organization'],
      ]),
      doc('d2', 'ar', [['ميتا', 'Organization']]),
    ]);
    expect(of('d2', 0)!.name).toBe('ميتا');
  });

  it('never merges entities of different types', () => {
    const { r } = entityNames([doc('d1', 'en', [['Apple', 'Organization'], ['Apple', 'Product']])]);
    expect(r.entities.map((e) => e.type).sort()).toEqual(['Organization', 'Product']);
  });
});

describe('resolveEntities and the gazetteer', () => {
  it('never folds one gazetteer entity into another that starts with the same word', () => {
    const { of } = entityNames([
      doc('d1', 'en', [['Amazon', 'Organization', 'Amazon']]),
      doc('d2', 'en', [['Amazon Web Services', 'Organization', 'Amazon Web Services']]),
    ]);
    expect(of('d1', 0)!.name).toBe('Amazon');
    expect(of('d2', 0)!.name).toBe('Amazon Web Services');
  });
});

describe('resolution tiers with name rules', () => {
  const rules = nameRules();
  const resolve = (xs: DocExtraction[], options: Parameters<typeof resolveEntities>[1] = {}) => {
    const r = resolveEntities(xs, { rules, ...options });
    return { r, of: (d: string, id: number) => r.entities.find((e) => e.key === r.entityOf(d, id))! };
  };

  it('joins legal forms, case and diacritics, records why, and shows the most frequent spelling', () => {
    const { r, of } = resolve([
      doc('d1', 'en', [['Veltra Systems Inc.', 'Organization'], ['Veltra Systems', 'Organization'], ['ORRIN ROBOTICS', 'Organization']]),
      doc('d2', 'tr', [['Işıklar Holding', 'Organization'], ['Işıklar Holding', 'Organization'], ['Orrin Robotics', 'Organization']]),
      doc('d3', 'de', [['Işiklar Holding', 'Organization'], ['Isiklar Holding', 'Organization']]),
    ]);
    expect(r.entities).toHaveLength(3);
    expect(of('d1', 0)).toMatchObject({ key: 'organization:veltra-systems', mergedBy: ['spelling'] });
    expect(of('d3', 1)).toMatchObject({ name: 'Işıklar Holding', key: 'organization:isiklar-holding', mergedBy: ['spelling'] });
    expect(of('d1', 2)).toMatchObject({ name: 'Orrin Robotics', mergedBy: ['spelling'] });
    expect(of('d3', 1).aliases).toEqual(expect.arrayContaining(['Isiklar Holding', 'Işiklar Holding', 'Işıklar Holding']));
  });

  it('keeps one name written alike without a merge tier', () => {
    const { of } = resolve([doc('d1', 'en', [['Kessler Dynamics', 'Organization']]), doc('d2', 'en', [['Kessler Dynamics', 'Organization']])]);
    expect(of('d1', 0).mergedBy).toEqual([]);
  });

  it('links a surname in a later document to the one person of the corpus with it', () => {
    const { r, of } = resolve([doc('d1', 'en', [['Lena Varga', 'Person']]), doc('d2', 'en', [['Varga', 'Person']])]);
    expect(r.entities).toHaveLength(1);
    expect(of('d2', 0)).toMatchObject({ name: 'Lena Varga', mergedBy: ['short-name-corpus'] });
    expect(r.ties).toEqual([]);
  });

  it('leaves a surname two people share apart and reports the tie', () => {
    const { r, of } = resolve([doc('d1', 'en', [['Lena Varga', 'Person'], ['Tomas Varga', 'Person']]), doc('d2', 'en', [['Varga', 'Person']])]);
    expect(r.entities).toHaveLength(3);
    expect(of('d2', 0).name).toBe('Varga');
    expect(r.ties).toEqual([{ name: 'Varga', type: 'Person', tier: 'short-name-corpus', candidates: ['person:lena-varga', 'person:tomas-varga'] }]);
  });

  it('links a first word across documents only when one organisation starts with it', () => {
    const one = resolve([doc('d1', 'en', [['Veltra Systems', 'Organization']]), doc('d2', 'en', [['Veltra Incorporated', 'Organization']])]);
    expect(one.r.entities).toHaveLength(1);
    expect(one.of('d2', 0).mergedBy).toEqual(['short-name-corpus']);
    const two = resolve([doc('d1', 'en', [['Orrin Robotics', 'Organization'], ['Orrin Capital', 'Organization']]), doc('d2', 'en', [['Orrin', 'Organization']])]);
    expect(two.r.entities).toHaveLength(3);
    expect(two.r.ties.map((t) => t.name)).toEqual(['Orrin']);
  });

  it('transliterates names the gazetteer does not know, in both directions', () => {
    const { r, of } = resolve([
      doc('d1', 'en', [['Dunmore Capital', 'Organization'], ['Rania Haddad', 'Person']]),
      doc('d2', 'ar', [['دنمور كابيتال', 'Organization'], ['رانيا حداد', 'Person'], ['نيروفا نتوركس', 'Organization']]),
      doc('d3', 'fr', [['Nerova Networks', 'Organization']]),
    ]);
    expect(r.entities).toHaveLength(3);
    expect(of('d2', 0)).toMatchObject({ name: 'Dunmore Capital', mergedBy: ['transliteration'] });
    expect(of('d2', 1).name).toBe('Rania Haddad');
    // The Arabic name came first: the Latin one still joins it and is the one shown.
    expect(of('d2', 2)).toMatchObject({ name: 'Nerova Networks', key: 'organization:nerova-networks' });
  });

  it('keeps the seeds’ Meta apart from Meta AI while ميتا, Meta Platforms and Meta are one', () => {
    const { r, of } = resolve([
      doc('d1', 'de', [['Meta Platforms', 'Organization', 'Meta'], ['Meta AI', 'Product', 'Meta AI']]),
      doc('d2', 'ar', [['ميتا', 'Organization', 'Meta']]),
      doc('d3', 'nl', [['Meta', 'Organization']]),
    ]);
    expect(r.entities).toHaveLength(2);
    expect(of('d2', 0)).toBe(of('d3', 0));
    expect(of('d1', 0)).toBe(of('d2', 0));
    expect(of('d1', 1).name).toBe('Meta AI');
  });
});

describe('stable identity', () => {
  const rules = nameRules();

  it('keeps a key when a rebuild adds a document that would name the entity otherwise', () => {
    const first = resolveEntities([doc('d1', 'en', [['Veltra', 'Organization']])], { rules });
    expect(first.entities[0].key).toBe('organization:veltra');
    const previous = first.entities.map((e) => ({ key: e.key, type: e.type, names: [e.name, ...e.aliases] }));
    const again = resolveEntities([doc('d1', 'en', [['Veltra', 'Organization']]), doc('d2', 'en', [['Veltra Systems', 'Organization'], ['Veltra Systems', 'Organization']])], { rules, previous });
    expect(again.entities).toHaveLength(1);
    expect(again.entities[0]).toMatchObject({ key: 'organization:veltra', name: 'Veltra Systems' });
  });

  it('takes key, type, aliases and external id from a pinned lexicon entry', () => {
    const lexicon = [{ name: 'Veltra Systems', type: 'Organization' as const, aliases: ['Veltra', 'فلترا'], key: 'organization:veltra', externalId: 'wikidata:Q999001' }];
    const r = resolveEntities(
      [doc('d1', 'en', [['Veltra Systems', 'Person', 'Veltra Systems']]), doc('d2', 'de', [['Veltra', 'Product']])],
      { rules, lexicon },
    );
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0]).toMatchObject({ key: 'organization:veltra', type: 'Organization', name: 'Veltra Systems', externalId: 'wikidata:Q999001', mergedBy: ['lexicon'] });
    expect(r.entities[0].aliases).toEqual(expect.arrayContaining(['Veltra', 'فلترا']));
  });
});
