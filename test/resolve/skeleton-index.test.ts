import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocExtraction, EntityMention } from '../../src/model/extraction.js';
import { nameRules } from '../../src/resolve/name-rules.js';
import { resolveEntities } from '../../src/resolve/resolve.js';
import { maxPairDistance, maxSkeletonDistance, SCRIPT_MATCH_THRESHOLD, SkeletonIndex } from '../../src/resolve/skeleton-index.js';
import { levenshtein, levenshteinWithin, similarity } from '../../src/resolve/transliterate.js';

/** Probe hits that pass the tier's own check, as sorted ids. */
function passing(index: SkeletonIndex, block: string, probe: string): number[] {
  const out: number[] = [];
  index.probe(block, probe, (id) => {
    if (levenshtein(index.skeleton(id), probe) <= maxPairDistance(index.skeleton(id).length, probe.length)) out.push(id);
  });
  return out.sort((a, b) => a - b);
}

describe('SkeletonIndex', () => {
  it('finds the skeletons close enough to pass the threshold, within their block only', () => {
    const index = new SkeletonIndex();
    const ids = ['zkrbrg', 'zkrbrk', 'zkrb', 'mt', 'mtr'].map((s) => index.add(`Person ${s[0]}`, s));
    const other = index.add('Organization z', 'zkrbrg');
    expect(passing(index, 'Person z', 'zkrbrg')).toEqual([ids[0], ids[1]]);
    expect(passing(index, 'Person m', 'mt')).toEqual([ids[3]]);
    expect(passing(index, 'Organization z', 'zkrbrg')).toEqual([other]);
    expect(index.size).toBe(6);
    // Below exactBelow letters only twins match.
    const short = new SkeletonIndex(4);
    const mt = short.add('m', 'mt');
    short.add('m', 'mtr');
    const found: number[] = [];
    short.probe('m', 'mt', (id) => found.push(id));
    expect(found).toEqual([mt]);
  });

  it('finds every pair comparing each with each finds (random skeletons, blocks by first letter)', () => {
    const letter = fc.constantFrom('b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'r', 's', 't', 'z');
    const skeleton = fc.array(letter, { minLength: 1, maxLength: 16 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(skeleton, { maxLength: 80 }), skeleton, fc.constantFrom(0, 4), (stored, probe, exactBelow) => {
        const index = new SkeletonIndex(exactBelow);
        stored.forEach((s) => index.add(s[0], s));
        const expected = stored.flatMap((s, id) => {
          if (s[0] !== probe[0]) return [];
          if (Math.min(s.length, probe.length) < exactBelow) return s === probe ? [id] : [];
          return levenshtein(s, probe) <= maxPairDistance(s.length, probe.length) ? [id] : [];
        });
        const got: number[] = [];
        index.probe(probe[0], probe, (id) => {
          const s = index.skeleton(id);
          if (Math.min(s.length, probe.length) < exactBelow ? s === probe : levenshtein(s, probe) <= maxPairDistance(s.length, probe.length)) got.push(id);
        });
        expect(got.sort((a, b) => a - b)).toEqual(expected);
      }),
      { seed: 1313, numRuns: 2000 },
    );
  });

  it('finds near variants of a probe among thousands of skeletons sharing its letters', () => {
    const index = new SkeletonIndex();
    const letters = 'bdfgklmnrstz';
    for (let i = 0; i < 5000; i++) index.add('f', `f${Array.from({ length: 7 }, (_, j) => letters[(i * (j + 3) + j * j) % letters.length]).join('')}`);
    const target = index.add('f', 'frnsdltk');
    // One letter changed: distance 1, within reach at 8 letters; two changes are not (1 − 2/8 < 0.8).
    expect(passing(index, 'f', 'frmsdltk')).toContain(target);
    expect(passing(index, 'f', 'frmsdtk')).not.toContain(target);
  });

  it('bounds distances so that no pair above the threshold is out of reach', () => {
    for (let la = 1; la <= 60; la++) {
      for (let lb = 1; lb <= 60; lb++) {
        const d = maxPairDistance(la, lb);
        // Pieces per skeleton outnumber the edits a passing pair may have (the pigeonhole of the index).
        if (Math.abs(la - lb) <= d) expect(d).toBeLessThanOrEqual(maxSkeletonDistance(la));
        for (let e = Math.abs(la - lb); e <= Math.max(la, lb); e++) {
          // similarity() computes 1 − e / max; every pair that passes is within maxPairDistance.
          if (1 - e / Math.max(la, lb) >= SCRIPT_MATCH_THRESHOLD) expect(e).toBeLessThanOrEqual(d);
        }
      }
    }
    expect(similarity('zkrbrg', 'zkrbrk')).toBeGreaterThanOrEqual(SCRIPT_MATCH_THRESHOLD);
  });
});

describe('levenshteinWithin', () => {
  it('is levenshtein up to the bound and the bound + 1 past it', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 14 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        const d = levenshtein(a, b);
        expect(levenshteinWithin(a, b, max)).toBe(d <= max ? d : max + 1);
      }),
      { seed: 7, numRuns: 3000 },
    );
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
