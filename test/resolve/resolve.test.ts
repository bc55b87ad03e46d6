import { describe, expect, it } from 'vitest';
import type { DocExtraction, EntityMention } from '../../src/model/extraction.js';
import type { EntityType } from '../../src/model/types.js';
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
