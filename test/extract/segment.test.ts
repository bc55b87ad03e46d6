/** Sentence splitting: ordinal dates are no sentence ends. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/segment.js';

describe('segment', () => {
  it('keeps a German ordinal date in its sentence ("9. April", "1. Mai")', () => {
    const s = segment('WALLDORF, 9. April 2026 - SAP übernimmt Aleph Alpha. Berger wechselt zum 1. Mai zu SAP.');
    expect(s.map((x) => x.text)).toEqual(['WALLDORF, 9. April 2026 - SAP übernimmt Aleph Alpha.', 'Berger wechselt zum 1. Mai zu SAP.']);
  });

  it('still ends a sentence after a number when no month follows', () => {
    expect(segment('Der Umsatz stieg um 12. Das freute SAP.')).toHaveLength(2);
  });

  it('keeps the periods of initials inside a short quoted name ("أيه. تي أند تي", AT&T)', () => {
    expect(segment('أعلنت شركة "أيه. تي أند تي" شراء شركة "تي ـــ موبايل يو. إس. أيه" الأمريكية. وتحتاج الصفقة إلى موافقة.')).toHaveLength(2);
  });

  it('still ends sentences inside a long quotation', () => {
    expect(segment('He said: "We are very happy with the outcome of the talks today. We will grow further next year."')).toHaveLength(2);
  });
});
