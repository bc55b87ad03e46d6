/**
 * Claim status (issue #10): denials, negation, talks, conditions and possibility in every
 * language make no fact; the claim stays with its status. Invented companies, as a new user would try.
 */
import { describe, expect, it } from 'vitest';
import { makesFact } from '../../../src/model/extraction.js';
import { extract, readable } from '../helpers.js';

type Row = [lang: string, text: string, relation: string, status: string, amount?: number];

/** Each sentence, the relation it names and the status kg must give it. */
const CASES: Row[] = [
  ['en', 'Orbiton Group denied that it had invested in Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['en', 'Orbiton Group did not acquire Quillon Labs.', 'ACQUIRED', 'negated'],
  ['en', 'Orbiton Group has no plans to invest in Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['en', 'Jane Roe is not CEO of Acme Corp.', 'CEO_OF', 'negated'],
  ['en', 'Kestrel Foods is in talks to acquire Tessa Robotics.', 'ACQUIRED', 'reported_talks'],
  ['en', 'If regulators approve, Kestrel Foods would acquire Tessa Robotics for $80 million.', 'ACQUIRED', 'possible', 80e6],
  ['en', 'Orbiton Group may invest up to $50 million in Quillon Labs.', 'INVESTED_IN', 'possible', 50e6],
  ['en', 'Orbiton Group invested $50 million in Quillon Labs.', 'INVESTED_IN', 'asserted', 50e6],
  ['de', 'Orbiton Group dementierte, in Quillon Labs investiert zu haben.', 'INVESTED_IN', 'negated'],
  ['de', 'Orbiton Group investiert nicht in Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['de', 'Orbiton Group bestreitet, dass sie in Quillon Labs investiert hat.', 'INVESTED_IN', 'negated'],
  ['de', 'Orbiton Group könnte bis zu 50 Millionen Euro in Quillon Labs investieren.', 'INVESTED_IN', 'possible', 50e6],
  ['de', 'Orbiton Group investiert 50 Millionen Euro in Quillon Labs.', 'INVESTED_IN', 'asserted', 50e6],
  ['fr', 'Orbiton Group a démenti avoir investi dans Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['fr', "Orbiton Group n'investit pas dans Quillon Labs.", 'INVESTED_IN', 'negated'],
  ['fr', "Orbiton Group pourrait investir jusqu'à 50 millions d'euros dans Quillon Labs.", 'INVESTED_IN', 'possible', 50e6],
  ['fr', 'Orbiton Group est en pourparlers pour racheter Quillon Labs.', 'ACQUIRED', 'reported_talks'],
  ['fr', "Orbiton Group investit 50 millions d'euros dans Quillon Labs.", 'INVESTED_IN', 'asserted', 50e6],
  ['es', 'Orbiton Group negó haber invertido en Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['es', 'Orbiton Group no invirtió en Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['es', 'Orbiton Group podría invertir hasta 50 millones de euros en Quillon Labs.', 'INVESTED_IN', 'possible', 50e6],
  ['es', 'Orbiton Group está en conversaciones para adquirir Quillon Labs.', 'ACQUIRED', 'reported_talks'],
  ['es', 'Orbiton Group invirtió 50 millones de euros en Quillon Labs.', 'INVESTED_IN', 'asserted', 50e6],
  ['nl', 'Orbiton Group ontkende dat het in Quillon Labs had geïnvesteerd.', 'INVESTED_IN', 'negated'],
  ['nl', 'Orbiton Group investeert niet in Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['nl', 'Orbiton Group zou tot 50 miljoen euro in Quillon Labs kunnen investeren.', 'INVESTED_IN', 'possible', 50e6],
  ['nl', 'Orbiton Group investeert 1,2 mld euro in Quillon Labs.', 'INVESTED_IN', 'asserted', 1.2e9],
  ['tr', "Orbiton Group, Quillon Labs'e yatırım yaptığını yalanladı.", 'INVESTED_IN', 'negated'],
  ['tr', "Orbiton Group, Quillon Labs'e yatırım yapmadı.", 'INVESTED_IN', 'negated'],
  ['tr', "Orbiton Group, Quillon Labs'e 50 milyon dolar yatırım yapabilir.", 'INVESTED_IN', 'possible', 50e6],
  ['tr', "Orbiton Group, Quillon Labs'i satın almak için görüşmeler yürütüyor.", 'ACQUIRED', 'reported_talks'],
  ['tr', "Orbiton Group, Quillon Labs'e 50 milyon dolar yatırım yaptı.", 'INVESTED_IN', 'asserted', 50e6],
  ['ar', 'لم تستثمر مجموعة أوربيتون في شركة كويلون لابز.', 'INVESTED_IN', 'negated'],
  ['ar', 'قد تستثمر مجموعة أوربيتون 50 مليون دولار في شركة كويلون لابز.', 'INVESTED_IN', 'possible', 50e6],
  ['ar', 'استثمرت مجموعة أوربيتون 50 مليون دولار في شركة كويلون لابز.', 'INVESTED_IN', 'asserted', 50e6],
];

describe('claim status from language-pack words', () => {
  it.each(CASES)('%s: %s → %s %s', async (lang, text, relation, status, amount) => {
    const claims = readable(await extract(text, lang)).filter((c) => c.relation === relation);
    expect(claims.length, 'the relation is still read, with its status').toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.q.status ?? 'asserted').toBe(status);
      if (amount !== undefined) expect(c.q.amount).toBe(amount);
    }
  });

  it.each([
    ['ar', 'نفت مجموعة أوربيتون أنها استثمرت في شركة كويلون لابز.'],
    ['ar', 'تجري مجموعة أوربيتون محادثات للاستحواذ على شركة كويلون لابز.'],
    ['nl', 'Orbiton Group is in gesprek om Quillon Labs over te nemen.'],
  ])('%s: %s → no asserted claim', async (lang, text) => {
    const claims = (await extract(text, lang)).claims;
    expect(claims.filter((c) => makesFact(c.relation, c.status))).toEqual([]);
  });

  it('keeps a cue in its own clause: "but" and commas end its scope', async () => {
    const x = readable(await extract('Kestrel Foods acquired Tessa Robotics, but Orbiton Group did not invest in Quillon Labs.', 'en'));
    expect(x.find((c) => c.relation === 'ACQUIRED')?.q.status).toBeUndefined();
    expect(x.find((c) => c.relation === 'INVESTED_IN')?.q.status).toBe('negated');
  });

  it('does not read "not only", "said it would" or "terms were not disclosed" as a status', async () => {
    expect(readable(await extract('Orbiton Group acquired Quillon Labs for an amount that was not disclosed.', 'en')).find((c) => c.relation === 'ACQUIRED')?.q.status).toBeUndefined();
    expect(readable(await extract('Orbiton Group said it would buy a 50% stake in Quillon Labs.', 'en')).find((c) => c.relation === 'INVESTED_IN')?.q.status).toBeUndefined();
    expect(readable(await extract("Orbiton Group, Quillon Labs'i satın aldı; bedel açıklanmadı.", 'tr')).find((c) => c.relation === 'ACQUIRED')?.q.status).toBeUndefined();
  });

  it('lets planned claims make spending and building facts only', () => {
    expect(makesFact('PLANS_SPENDING', 'planned')).toBe(true);
    expect(makesFact('BUILDS', 'planned')).toBe(true);
    expect(makesFact('INVESTED_IN', 'planned')).toBe(false);
    expect(makesFact('INVESTED_IN', 'negated')).toBe(false);
    expect(makesFact('CEO_OF', undefined)).toBe(true);
  });
});
