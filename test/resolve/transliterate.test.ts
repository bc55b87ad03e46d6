import { describe, expect, it } from 'vitest';
import { arabicSkeleton, latinSkeleton, similarity } from '../../src/resolve/transliterate.js';

describe('consonant skeletons across scripts', () => {
  it.each([
    ['ميتا', 'Meta'],
    ['إنفيديا', 'Nvidia'],
    ['زوكربيرغ', 'Zuckerberg'],
    ['زوكربيرج', 'Zuckerberg'],
    ['سام ألتمان', 'Sam Altman'],
    ['مايكروسوفت', 'Microsoft'],
  ])('%s and %s reduce to the same skeleton', (arabic, latin) => {
    expect(arabicSkeleton(arabic)).toBe(latinSkeleton(latin));
  });

  it('keeps different names apart', () => {
    expect(similarity(arabicSkeleton('غوغل'), latinSkeleton('Nvidia'))).toBeLessThan(0.5);
    expect(arabicSkeleton('أمازون')).not.toBe(latinSkeleton('Meta'));
  });
});
