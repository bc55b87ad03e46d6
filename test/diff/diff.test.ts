import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/diff/diff.js';
import { changedSnapshot, NEW_CLAIM, smallSnapshot } from './fixtures.js';

describe('diffSnapshots', () => {
  const diff = diffSnapshots(smallSnapshot(), changedSnapshot());

  it('reports nothing for the same snapshot', () => {
    const same = diffSnapshots(smallSnapshot(), smallSnapshot());
    expect(same.identical).toBe(true);
    expect(Object.values(same.summary).every((n) => n === 0)).toBe(true);
  });

  it('lists entities and documents added and removed', () => {
    expect(diff.entities.added).toEqual([{ key: 'organization:google', name: 'Google', type: 'Organization' }]);
    expect(diff.entities.removed).toEqual([{ key: 'person:jason-droege', name: 'Jason Droege', type: 'Person' }]);
    expect(diff.documents).toEqual({ added: [{ key: 'doc:dddddddddddddddd', path: 'seeds/new.txt', lang: 'de', title: 'Neu' }], removed: [] });
  });

  it('reports aliases an entity gained', () => {
    expect(diff.entities.changed).toEqual([
      { key: 'organization:meta', name: 'Meta', type: 'Organization', aliasesAdded: ['Meta Inc.'], aliasesRemoved: [] },
    ]);
  });

  it('lists facts added and removed with the names of their entities', () => {
    expect(diff.facts.added.map((f) => [f.sourceName, f.type, f.targetName])).toEqual([['Google', 'COMPETES_WITH', 'Meta']]);
    expect(diff.facts.removed).toHaveLength(1);
    expect(diff.facts.removed[0]).toMatchObject({ type: 'CEO_OF', sourceName: 'Jason Droege', qualifiers: { interim: true } });
  });

  it('reports a moved amount old → new and the new claim on the existing fact', () => {
    expect(diff.facts.changed).toHaveLength(1);
    const change = diff.facts.changed[0];
    expect(change.key).toBe('INVESTED_IN:organization:meta->organization:scale-ai');
    expect(change.qualifierChanges).toEqual([{ name: 'amount', old: 14.3e9, new: 15e9 }]);
    expect(change.claimsAdded).toEqual([
      { doc: NEW_CLAIM.doc, start: 10, end: 55, ruleId: NEW_CLAIM.ruleId, lang: 'de', sentence: NEW_CLAIM.sentence, qualifiers: { amount: 15e9, currency: 'USD' } },
    ]);
    expect(change.claimsRemoved).toEqual([]);
    expect(diff.summary).toMatchObject({ factsAdded: 1, factsRemoved: 1, factsChanged: 1, qualifierChanges: 1, claimsAdded: 1 });
  });

  it('is the mirror image when the snapshots swap', () => {
    const back = diffSnapshots(changedSnapshot(), smallSnapshot());
    expect(back.entities.added).toEqual(diff.entities.removed);
    expect(back.facts.changed[0].qualifierChanges).toEqual([{ name: 'amount', old: 15e9, new: 14.3e9 }]);
    expect(back.facts.changed[0].claimsRemoved.map((c) => c.ruleId)).toEqual([NEW_CLAIM.ruleId]);
  });

  it('matches claims by document, offsets and rule, not by sentence text', () => {
    const edited = smallSnapshot();
    const fact = edited.edges.find((e) => e.key.startsWith('CEO_OF:person:mark'))!.attributes;
    if (fact.kind === 'fact') fact.claims[0].sentence = 'white space refolded';
    expect(diffSnapshots(smallSnapshot(), edited).identical).toBe(true);
  });
});
