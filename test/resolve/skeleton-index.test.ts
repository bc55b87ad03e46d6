import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocExtraction, EntityMention } from '../../src/model/extraction.js';
import { nameRules } from '../../src/resolve/name-rules.js';
import { maxSkeletonDistance, resolveEntities, SCRIPT_MATCH_THRESHOLD } from '../../src/resolve/resolve.js';
import { SkeletonIndex } from '../../src/resolve/skeleton-index.js';
import { levenshtein, similarity } from '../../src/resolve/transliterate.js';

function found(index: SkeletonIndex, query: string, k: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  index.within(query, k, (skeleton, values) => out.set(skeleton, [...values]));
  return out;
}

describe('SkeletonIndex', () => {
  it('finds every stored skeleton within the distance and nothing further', () => {
    const index = new SkeletonIndex();
    ['zkrbrg', 'zkrbrk', 'zkrb', 'nfd', 'mt', 'mtr'].forEach((s, i) => index.add(s, i));
    index.add('zkrbrg', 10);
    expect(found(index, 'zkrbrg', 1)).toEqual(new Map([['zkrbrg', [0, 10]], ['zkrbrk', [1]]]));
    expect([...found(index, 'mt', 0).keys()]).toEqual(['mt']);
    expect([...found(index, 'mt', 1).keys()].sort()).toEqual(['mt', 'mtr']);
    expect(index.size).toBe(6);
  });

  it('answers exactly what comparing with every entry answers (random skeletons)', () => {
    const letter = fc.constantFrom('b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'r', 's', 't', 'z');
    const skeleton = fc.array(letter, { minLength: 0, maxLength: 9 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(skeleton, { maxLength: 40 }), skeleton, fc.integer({ min: 0, max: 3 }), (stored, query, k) => {
        const index = new SkeletonIndex();
        stored.forEach((s, i) => index.add(s, i));
        const expected = new Map<string, number[]>();
        stored.forEach((s, i) => {
          if (levenshtein(query, s) <= k) expected.set(s, [...(expected.get(s) ?? []), i]);
        });
        const got = found(index, query, k);
        expect(new Map([...got].sort())).toEqual(new Map([...expected].sort()));
      }),
      { seed: 1313, numRuns: 400 },
    );
  });

  it('bounds the distance so that no pair above the threshold is out of reach', () => {
    // Every pair of lengths 1..40 and distance: similarity ≥ threshold implies distance ≤ the bound of either side.
    for (let la = 1; la <= 40; la++) {
      for (let lb = 1; lb <= 40; lb++) {
        for (let d = Math.abs(la - lb); d <= Math.max(la, lb); d++) {
          if (1 - d / Math.max(la, lb) >= SCRIPT_MATCH_THRESHOLD) expect(d).toBeLessThanOrEqual(maxSkeletonDistance(la));
        }
      }
    }
    expect(similarity('zkrbrg', 'zkrbrk')).toBeGreaterThanOrEqual(SCRIPT_MATCH_THRESHOLD);
  });
});

describe('transliteration tier at scale', () => {
  it('matches an Arabic name to its Latin form among thousands of Latin names, as before blocking', () => {
    // Invented Latin names sharing first letters and lengths with the one that fits.
    const syllables = ['ra', 'ni', 'da', 'ko', 'ma', 'lu', 'te', 'so'];
    const mentions: EntityMention[] = [];
    for (let i = 0; i < 3000; i++) {
      const name = `R${syllables[i % 8]}${syllables[(i >> 3) % 8]}${syllables[(i >> 6) % 8]} Haddad${i}`;
      mentions.push({ id: mentions.length, text: name, name, start: 0, end: 1, type: 'Person', sentence: 0, ruleId: 'test' });
    }
    mentions.push({ id: mentions.length, text: 'Dunmore Capital', name: 'Dunmore Capital', start: 0, end: 1, type: 'Organization', sentence: 0, ruleId: 'test' });
    const latin: DocExtraction = { docKey: 'd1', lang: 'en', sentences: [], mentions, claims: [] };
    const arabic: DocExtraction = {
      docKey: 'd2',
      lang: 'ar',
      sentences: [],
      mentions: [{ id: 0, text: 'دنمور كابيتال', name: 'دنمور كابيتال', start: 0, end: 1, type: 'Organization', sentence: 0, ruleId: 'test' }],
      claims: [],
    };
    const r = resolveEntities([latin, arabic], { rules: nameRules() });
    expect(r.entityOf('d2', 0)).toBe(r.entityOf('d1', 3000));
    expect(r.entities.find((e) => e.key === r.entityOf('d2', 0))?.mergedBy).toEqual(['transliteration']);
  });
});
