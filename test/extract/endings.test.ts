import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endingTest } from '../../src/extract/endings.js';
import { PACKS } from '../../src/lang/index.js';

/** The scan endingTest replaces, as the rules wrote it. */
const scan = (endings: readonly string[], extra: number, fold: string): boolean => endings.some((e) => fold.length >= e.length + extra && fold.endsWith(e));

describe('endingTest', () => {
  it('answers like a scan of the list, asked again or not', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 6 }), fc.integer({ min: 0, max: 4 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 20 }), (endings, extra, words) => {
        const test = endingTest(endings, extra);
        for (const w of [...words, ...words]) expect(test(w)).toBe(scan(endings, extra, w));
      }),
    );
  });

  it('reads company heads and noun suffixes of the packs as the rules did', () => {
    const words = ['chemiekonzern', 'konzern', 'startup', 'carmaker', 'rechnung', 'jung', 'entreprise', 'şirketi', 'investition'];
    for (const pack of Object.values(PACKS)) {
      for (const w of words) {
        expect(endingTest(pack.entities.companyHeads, 0)(w)).toBe(pack.entities.companyHeads.some((h) => w.endsWith(h)));
        expect(endingTest(pack.entities.commonNounSuffixes, 3)(w)).toBe(pack.entities.commonNounSuffixes.some((s) => w.length > s.length + 2 && w.endsWith(s)));
      }
    }
  });

  it('keeps one test per list and extra', () => {
    const list = ['ung'];
    expect(endingTest(list, 3)).toBe(endingTest(list, 3));
    expect(endingTest(list, 0)('ung')).toBe(true);
    expect(endingTest(list, 3)('ung')).toBe(false);
  });
});
