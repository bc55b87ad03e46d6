/**
 * Money in every notation (issue #10): prefixed dollars with their country, k/m/bn/tn and
 * written scales to quadrillion, crore and lakh, halves in every language, currency inherited
 * within a sentence, exact amounts beyond 2^53, joint amounts and next-sentence stakes.
 */
import { describe, expect, it } from 'vitest';
import { exactInteger } from '../../src/extract/quantities.js';
import { extract, onlyQuantity, quantities, readable } from './helpers.js';

describe('currency notation', () => {
  it.each([
    ['en', 'Orbiton paid A$500 million.', 500e6, 'AUD'],
    // An article before a dollar sign is no Australian prefix.
    ['en', 'Orbiton will buy Quillon in a $26 billion deal.', 26e9, 'USD'],
    ['en', 'Orbiton will buy Quillon in a $26 billion cash-and-stock deal.', 26e9, 'USD'],
    ['en', 'Orbiton paid AU$5m.', 5e6, 'AUD'],
    ['en', 'Orbiton paid HK$2 billion.', 2e9, 'HKD'],
    ['en', 'Orbiton paid C$300 million.', 300e6, 'CAD'],
    ['en', 'Orbiton paid CA$2bn.', 2e9, 'CAD'],
    ['en', 'Orbiton paid NZ$3bn.', 3e9, 'NZD'],
    ['en', 'Orbiton paid S$2bn.', 2e9, 'SGD'],
    ['en', 'Orbiton paid R$1bn.', 1e9, 'BRL'],
    ['en', 'Orbiton paid US$4bn.', 4e9, 'USD'],
    ['en', 'Orbiton paid CHF 5 million.', 5e6, 'CHF'],
    ['en', 'Orbiton paid ₺40 million.', 40e6, 'TRY'],
    ['en', 'Orbiton paid ¥300 billion.', 300e9, 'JPY'],
    ['en', 'Orbiton paid ¥20 billion in yuan terms.', 20e9, 'CNY'],
    ['en', 'Orbiton paid 500 million kr.', 500e6, 'SEK'],
    ['de', 'Orbiton zahlte A$500 Millionen.', 500e6, 'AUD'],
    ['fr', 'Orbiton a payé 2 milliards HK$.', 2e9, 'HKD'],
    ['es', 'Orbiton pagó C$300 millones.', 300e6, 'CAD'],
    ['nl', 'Orbiton betaalde A$500 miljoen.', 500e6, 'AUD'],
    ['tr', "Orbiton HK$2 milyar ödedi.", 2e9, 'HKD'],
    ['ar', 'دفعت أوربيتون A$500 مليون.', 500e6, 'AUD'],
  ])('%s: %s → %d %s', (lang, text, value, currency) => {
    expect(onlyQuantity(text, lang, 'money')).toMatchObject({ value, currency });
  });
});

describe('scales', () => {
  it.each([
    ['en', 'Orbiton raised $250k.', 250e3, 'USD'],
    ['en', 'Orbiton raised $1.2bn.', 1.2e9, 'USD'],
    ['en', 'Orbiton raised $3tn.', 3e12, 'USD'],
    ['en', 'A deal worth $1.2 quadrillion.', 1.2e15, 'USD'],
    ['de', 'Ein Geschäft über 1,2 Billiarden Dollar.', 1.2e15, 'USD'],
    ['fr', 'Un accord de 1,2 billiard de dollars.', 1.2e15, 'USD'],
    ['nl', 'Een deal van 1,2 biljard dollar.', 1.2e15, 'USD'],
    ['tr', '1,2 katrilyon dolarlık anlaşma.', 1.2e15, 'USD'],
    ['en', 'Orbiton will invest ₹5,000 crore.', 5e10, 'INR'],
    ['en', 'Orbiton will invest ₹20 lakh.', 2e6, 'INR'],
  ])('%s: %s → %d %s', (lang, text, value, currency) => {
    expect(onlyQuantity(text, lang, 'money')).toMatchObject({ value, currency });
  });

  it.each([
    ['en', 'Orbiton invested half a billion dollars.', 5e8, 'USD'],
    ['de', 'Orbiton investiert eine halbe Milliarde Euro.', 5e8, 'EUR'],
    ['fr', "Orbiton investit un demi-milliard d'euros.", 5e8, 'EUR'],
    ['es', 'Orbiton invierte medio millón de euros.', 5e5, 'EUR'],
    ['nl', 'Orbiton investeert een half miljard euro.', 5e8, 'EUR'],
    ['tr', 'Orbiton yarım milyar dolar yatırım yaptı.', 5e8, 'USD'],
    ['ar', 'استثمرت أوربيتون نصف مليار دولار.', 5e8, 'USD'],
    ['en', 'Orbiton spent a quarter of a trillion dollars.', 2.5e11, 'USD'],
    ['en', 'Orbiton invested one and a half billion dollars.', 1.5e9, 'USD'],
    ['de', 'Orbiton investiert anderthalb Milliarden Euro.', 1.5e9, 'EUR'],
    ['nl', 'Orbiton investeert anderhalf miljard euro.', 1.5e9, 'EUR'],
    ['tr', 'Orbiton bir buçuk milyar dolar yatırdı.', 1.5e9, 'USD'],
  ])('fractions: %s: %s → %d %s', (lang, text, value, currency) => {
    expect(onlyQuantity(text, lang, 'money')).toMatchObject({ value, currency });
  });
});

describe('amounts beyond 2^53', () => {
  it('keep the exact decimal string beside the (rounded) number', () => {
    const q = onlyQuantity('The fund holds $9,007,199,254,740,993.', 'en', 'money');
    expect(q?.value).toBe(9007199254740992);
    expect(q?.exact).toBe('9007199254740993');
    expect(onlyQuantity('Der Fonds hält 9.007.199.254.740.993 Dollar.', 'de', 'money')?.exact).toBe('9007199254740993');
  });

  it('carry it onto the claim', async () => {
    const c = readable(await extract('Orbiton Group invested $9,007,199,254,740,993 in Quillon Labs.', 'en')).find((x) => x.relation === 'INVESTED_IN');
    expect(c?.q.amountExact).toBe('9007199254740993');
  });

  it('computes exact scaled integers and refuses fractions', () => {
    expect(exactInteger('12,5', ',', 1e15)).toBe('12500000000000000');
    expect(exactInteger('9.007.199.254.740.993', ',', 1)).toBe('9007199254740993');
    expect(exactInteger('1.5', '.', 1)).toBeUndefined();
  });

  it('leaves small amounts without an exact string', () => {
    expect(onlyQuantity('Orbiton paid $5 million.', 'en', 'money')?.exact).toBeUndefined();
  });
});

describe('currency inherited within a sentence', () => {
  it('gives a bare scaled figure the currency stated earlier: "valorisée à 29 milliards"', async () => {
    const q = quantities('Meta investit 14,3 milliards de dollars dans Scale AI, valorisée à 29 milliards.', 'fr').filter((x) => x.kind === 'money');
    expect(q.map((x) => [x.value, x.currency])).toEqual([[14.3e9, 'USD'], [29e9, 'USD']]);
    const c = readable(await extract('Meta investit 14,3 milliards de dollars dans Scale AI, valorisée à 29 milliards.', 'fr')).find((x) => x.relation === 'INVESTED_IN');
    expect(c?.q.valuation).toBe(29e9);
  });

  it('not to a count ("3 billion users") nor a figure glued to another unit ("RM9.6 billion")', () => {
    expect(quantities('Meta has 3 billion users after spending $5 billion.', 'en').filter((x) => x.kind === 'money')).toHaveLength(1);
    expect(quantities('They will invest $2.3 billion (RM9.6 billion) in the venture.', 'en').filter((x) => x.kind === 'money')).toHaveLength(1);
  });
});

describe('deals across sentences and groups', () => {
  it('attaches a stake and valuation stated in the next sentence about the same deal', async () => {
    const c = readable(await extract('Orbiton Group invested $30 million in Quillon Labs. The deal gives Orbiton a 20% stake and values Quillon at $150 million.', 'en')).find((x) => x.relation === 'INVESTED_IN');
    expect(c?.q).toMatchObject({ amount: 30e6, stake: 0.2, valuation: 150e6 });
  });

  it('does not attach a valuation of another company', async () => {
    const c = readable(await extract('Orbiton Group invested $30 million in Quillon Labs. Separately, Kestrel Foods is valued at $2 billion.', 'en')).find((x) => x.relation === 'INVESTED_IN');
    expect(c?.q.valuation).toBeUndefined();
  });

  it.each([
    ['en', 'Orbiton Group and Kestrel Foods jointly invested $50 million in Quillon Labs.', 'Kestrel Foods', 50e6],
    ['de', 'Orbiton Group und Kestrel AG investieren gemeinsam 50 Millionen Euro in Quillon Labs.', 'Kestrel AG', 50e6],
    ['fr', "Orbiton Group et Kestrel SA investissent ensemble 50 millions d'euros dans Quillon Labs.", 'Kestrel SA', 50e6],
    ['es', 'Orbiton Group y Kestrel SA invierten conjuntamente 50 millones de euros en Quillon Labs.', 'Kestrel SA', 50e6],
  ])('%s: gives a joint amount to the group, not to one member', async (lang, text, other, amount) => {
    const claims = readable(await extract(text, lang)).filter((x) => x.relation === 'INVESTED_IN');
    expect(claims.map((c) => c.subject).sort()).toEqual([other, 'Orbiton Group'].sort());
    for (const c of claims) {
      // The figure is the group's: no member's own amount.
      expect(c.q.amount).toBeUndefined();
      expect(c.q.group).toMatchObject({ members: ['Orbiton Group', other], amount });
    }
  });
});
