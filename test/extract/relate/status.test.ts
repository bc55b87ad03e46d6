/**
 * Claim status (issue #10): denials, negation, talks, conditions and possibility in every
 * language make no fact; the claim stays with its status. Invented companies, as a new user would try.
 */
import { describe, expect, it } from 'vitest';
import { makesFact } from '../../../src/model/extraction.js';
import { extract, readable } from '../helpers.js';

type Row = [lang: string, example: string, text: string, relation: string, status: string, amount?: number];

/**
 * The examples in all seven languages, each with the relation it names and the status kg
 * must give it: a denial, "did not acquire", "does not invest", "has no plans to invest", "is not
 * CEO", "in talks to acquire", "if regulators approve, … would acquire … for $80 million", "may
 * invest up to $50 million", and the plain statement beside them.
 */
const CASES: Row[] = [
  ['en', 'denial', 'Orbiton Group denied that it had invested in Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['en', 'not-acquire', 'Orbiton Group did not acquire Quillon Labs.', 'ACQUIRED', 'negated'],
  ['en', 'not-invest', 'Orbiton Group does not invest in Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['en', 'no-plans', 'Orbiton Group has no plans to invest in Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['en', 'not-ceo', 'Jane Roe is not CEO of Acme Corp.', 'CEO_OF', 'negated'],
  ['en', 'talks', 'Kestrel Foods is in talks to acquire Tessa Robotics.', 'ACQUIRED', 'reported_talks'],
  ['en', 'conditional', 'If regulators approve, Kestrel Foods would acquire Tessa Robotics for $80 million.', 'ACQUIRED', 'possible', 80e6],
  ['en', 'may', 'Orbiton Group may invest up to $50 million in Quillon Labs.', 'INVESTED_IN', 'possible', 50e6],
  ['en', 'asserted', 'Orbiton Group invested $50 million in Quillon Labs.', 'INVESTED_IN', 'asserted', 50e6],
  ['de', 'denial', 'Orbiton Group dementierte, in Quillon Labs investiert zu haben.', 'INVESTED_IN', 'negated'],
  ['de', 'not-acquire', 'Orbiton Group hat Quillon Labs nicht übernommen.', 'ACQUIRED', 'negated'],
  ['de', 'not-invest', 'Orbiton Group investiert nicht in Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['de', 'no-plans', 'Orbiton Group hat keine Pläne, in Quillon Labs zu investieren.', 'INVESTED_IN', 'negated'],
  ['de', 'not-ceo', 'Jane Roe ist nicht CEO von Acme Corp.', 'CEO_OF', 'negated'],
  ['de', 'talks', 'Kestrel Foods verhandelt über die Übernahme von Tessa Robotics.', 'ACQUIRED', 'reported_talks'],
  ['de', 'conditional', 'Kestrel Foods würde Tessa Robotics für 80 Millionen Dollar übernehmen, wenn die Behörden zustimmen.', 'ACQUIRED', 'possible', 80e6],
  ['de', 'may', 'Orbiton Group könnte bis zu 50 Millionen Euro in Quillon Labs investieren.', 'INVESTED_IN', 'possible', 50e6],
  ['de', 'asserted', 'Orbiton Group investiert 50 Millionen Euro in Quillon Labs.', 'INVESTED_IN', 'asserted', 50e6],
  ['fr', 'denial', 'Orbiton Group a démenti avoir investi dans Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['fr', 'not-acquire', 'Orbiton Group n\'a pas acquis Quillon Labs.', 'ACQUIRED', 'negated'],
  ['fr', 'not-invest', 'Orbiton Group n\'investit pas dans Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['fr', 'no-plans', 'Orbiton Group n\'a aucun projet d\'investir dans Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['fr', 'not-ceo', 'Jane Roe n\'est pas PDG d\'Acme Corp.', 'CEO_OF', 'negated'],
  ['fr', 'talks', 'Kestrel Foods est en pourparlers pour racheter Tessa Robotics.', 'ACQUIRED', 'reported_talks'],
  ['fr', 'conditional', 'Si les autorités donnent leur feu vert, Kestrel Foods rachèterait Tessa Robotics pour 80 millions de dollars.', 'ACQUIRED', 'possible', 80e6],
  ['fr', 'may', 'Orbiton Group pourrait investir jusqu\'à 50 millions d\'euros dans Quillon Labs.', 'INVESTED_IN', 'possible', 50e6],
  ['fr', 'asserted', 'Orbiton Group investit 50 millions d\'euros dans Quillon Labs.', 'INVESTED_IN', 'asserted', 50e6],
  ['es', 'denial', 'Orbiton Group negó haber invertido en Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['es', 'not-acquire', 'Orbiton Group no adquirió Quillon Labs.', 'ACQUIRED', 'negated'],
  ['es', 'not-invest', 'Orbiton Group no invierte en Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['es', 'no-plans', 'Orbiton Group no tiene planes de invertir en Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['es', 'not-ceo', 'Jane Roe no es CEO de Acme Corp.', 'CEO_OF', 'negated'],
  ['es', 'talks', 'Kestrel Foods está en conversaciones para adquirir Tessa Robotics.', 'ACQUIRED', 'reported_talks'],
  ['es', 'conditional', 'Si los reguladores lo aprueban, Kestrel Foods adquiriría Tessa Robotics por 80 millones de dólares.', 'ACQUIRED', 'possible', 80e6],
  ['es', 'may', 'Orbiton Group podría invertir hasta 50 millones de euros en Quillon Labs.', 'INVESTED_IN', 'possible', 50e6],
  ['es', 'asserted', 'Orbiton Group invirtió 50 millones de euros en Quillon Labs.', 'INVESTED_IN', 'asserted', 50e6],
  ['nl', 'denial', 'Orbiton Group ontkende dat het in Quillon Labs had geïnvesteerd.', 'INVESTED_IN', 'negated'],
  ['nl', 'not-acquire', 'Orbiton Group heeft Quillon Labs niet overgenomen.', 'ACQUIRED', 'negated'],
  ['nl', 'not-invest', 'Orbiton Group investeert niet in Quillon Labs.', 'INVESTED_IN', 'negated'],
  ['nl', 'no-plans', 'Orbiton Group heeft geen plannen om in Quillon Labs te investeren.', 'INVESTED_IN', 'negated'],
  ['nl', 'not-ceo', 'Jane Roe is geen CEO van Acme Corp.', 'CEO_OF', 'negated'],
  ['nl', 'talks', 'Kestrel Foods is in gesprek om Tessa Robotics over te nemen.', 'ACQUIRED', 'reported_talks'],
  ['nl', 'conditional', 'Als de toezichthouders instemmen, neemt Kestrel Foods voor 80 miljoen dollar Tessa Robotics over.', 'ACQUIRED', 'possible', 80e6],
  ['nl', 'may', 'Orbiton Group zou tot 50 miljoen euro in Quillon Labs kunnen investeren.', 'INVESTED_IN', 'possible', 50e6],
  ['nl', 'asserted', 'Orbiton Group investeert 50 miljoen euro in Quillon Labs.', 'INVESTED_IN', 'asserted', 50e6],
  ['tr', 'denial', 'Orbiton Group, Quillon Labs\'e yatırım yaptığını yalanladı.', 'INVESTED_IN', 'negated'],
  ['tr', 'not-acquire', 'Orbiton Group, Quillon Labs\'i satın almadı.', 'ACQUIRED', 'negated'],
  ['tr', 'not-invest', 'Orbiton Group, Quillon Labs\'e yatırım yapmıyor.', 'INVESTED_IN', 'negated'],
  ['tr', 'no-plans', 'Orbiton Group, Quillon Labs\'e yatırım yapmayı planlamıyor.', 'INVESTED_IN', 'negated'],
  ['tr', 'not-ceo', 'Jane Roe, Acme Corp\'un CEO\'su değil.', 'CEO_OF', 'negated'],
  ['tr', 'talks', 'Kestrel Foods, Tessa Robotics\'i satın almak için görüşmeler yürütüyor.', 'ACQUIRED', 'reported_talks'],
  ['tr', 'conditional', 'Düzenleyiciler onaylarsa Kestrel Foods, Tessa Robotics\'i 80 milyon dolara satın alacak.', 'ACQUIRED', 'possible', 80e6],
  ['tr', 'may', 'Orbiton Group, Quillon Labs\'e 50 milyon dolara kadar yatırım yapabilir.', 'INVESTED_IN', 'possible', 50e6],
  ['tr', 'asserted', 'Orbiton Group, Quillon Labs\'e 50 milyon dolar yatırım yaptı.', 'INVESTED_IN', 'asserted', 50e6],
  ['ar', 'denial', 'نفت مجموعة أوربيتون أنها استثمرت في شركة كويلون لابز.', 'INVESTED_IN', 'negated'],
  ['ar', 'not-acquire', 'لم تستحوذ مجموعة أوربيتون على شركة كويلون لابز.', 'ACQUIRED', 'negated'],
  ['ar', 'not-invest', 'لا تستثمر مجموعة أوربيتون في شركة كويلون لابز.', 'INVESTED_IN', 'negated'],
  ['ar', 'no-plans', 'لا تخطط مجموعة أوربيتون للاستثمار في شركة كويلون لابز.', 'INVESTED_IN', 'negated'],
  ['ar', 'not-ceo', 'جينيفر رو ليست الرئيسة التنفيذية لشركة أكمي.', 'CEO_OF', 'negated'],
  ['ar', 'talks', 'تجري مجموعة أوربيتون محادثات للاستحواذ على شركة كويلون لابز.', 'ACQUIRED', 'reported_talks'],
  ['ar', 'conditional', 'إذا وافقت الجهات التنظيمية، ستستحوذ شركة كيستريل فودز على شركة تيسا روبوتيكس مقابل 80 مليون دولار.', 'ACQUIRED', 'possible', 80e6],
  ['ar', 'may', 'قد تستثمر مجموعة أوربيتون ما يصل إلى 50 مليون دولار في شركة كويلون لابز.', 'INVESTED_IN', 'possible', 50e6],
  ['ar', 'asserted', 'استثمرت مجموعة أوربيتون 50 مليون دولار في شركة كويلون لابز.', 'INVESTED_IN', 'asserted', 50e6],
];

describe('claim status from language-pack words', () => {
  it.each(CASES)('%s %s: %s → %s %s', async (lang, _example, text, relation, status, amount) => {
    const claims = readable(await extract(text, lang)).filter((c) => c.relation === relation);
    expect(claims.length, 'the relation is still read, with its status').toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.q.status ?? 'asserted').toBe(status);
      if (amount !== undefined) expect(c.q.amount).toBe(amount);
    }
  });

  /** Cues about another verb or another clause do not touch the claim (status.scope.* in status.ts). */
  it.each([
    ['en', 'a negator of another verb', 'Orbiton Group has not been as active in robotics until its partnership with Quillon Labs.', 'Quillon Labs', 'asserted'],
    ['en', 'a modal in a relative clause', 'Orbiton Group, which may sell assets, acquired Quillon Labs.', 'Quillon Labs', 'asserted'],
    ['en', 'a condition two clauses away', 'Orbiton Group acquired Quillon Labs in 2020, and if regulators approve, it would buy Tessa Robotics.', 'Quillon Labs', 'asserted'],
    ['en', 'a condition next to its clause', 'Orbiton Group acquired Quillon Labs in 2020, and if regulators approve, it would buy Tessa Robotics.', 'Tessa Robotics', 'possible'],
    ['es', 'a modal before "después de que"', 'Orbiton Group podría crecer en Europa, después de que adquirió Quillon Labs.', 'Quillon Labs', 'asserted'],
    ['fr', 'a condition two clauses away', 'Orbiton Group a racheté Quillon Labs, et si les autorités donnent leur feu vert, il pourrait acheter Tessa Robotics.', 'Quillon Labs', 'asserted'],
    ['fr', 'a condition next to its clause', 'Orbiton Group a racheté Quillon Labs, et si les autorités donnent leur feu vert, il pourrait acheter Tessa Robotics.', 'Tessa Robotics', 'possible'],
    ['de', 'a negator three words from its verb', 'Orbiton Group hat sich bislang nicht an Quillon Labs beteiligt.', 'Quillon Labs', 'negated'],
    ['de', '"soll … haben": reported', 'Orbiton Group soll Quillon Labs übernommen haben.', 'Quillon Labs', 'reported_talks'],
    ['de', '"soll künftig": what is to happen', 'Kestrel Foods soll künftig Chips an Tessa Robotics liefern.', 'Tessa Robotics', 'asserted'],
    ['nl', 'a modal of the main verb, not the takeover', 'Orbiton Group zou de overname van Quillon Labs door Kestrel Foods steunen.', 'Quillon Labs', 'asserted'],
    ['tr', '"Borsa" is no conditional ending', "Orbiton Group, Borsa İstanbul'da işlem gören Quillon Labs'i satın aldı.", 'Quillon Labs', 'asserted'],
    ['ar', 'a modal after "لكن"', 'استحوذت مجموعة أوربيتون على شركة كويلون لابز، لكنها قد تبيع شركة تيسا روبوتيكس.', 'كويلون لابز', 'asserted'],
    ['en', '"said … it would": the future of a report', 'Kestrel Foods said on Wednesday it would acquire Tessa Robotics in a $36 billion deal.', 'Tessa Robotics', 'asserted'],
    ['en', '"said it could": still a possibility', 'Kestrel Foods said it could acquire Tessa Robotics.', 'Tessa Robotics', 'possible'],
    ['es', '"dijo que adquiriría": the future of a report', 'Kestrel Foods dijo que adquiriría Tessa Robotics.', 'Tessa Robotics', 'asserted'],
    ['es', '"adquiriría" alone: a possibility', 'Kestrel Foods adquiriría Tessa Robotics por 80 millones de dólares.', 'Tessa Robotics', 'possible'],
    ['nl', '"zei dat … zou": the future of a report', 'Kestrel Foods zei dat het Tessa Robotics zou overnemen.', 'Tessa Robotics', 'asserted'],
    ['nl', '"niet de eerste": an investment all the same', 'Het is niet de eerste investering van Orbiton Group in Quillon Labs.', 'Quillon Labs', 'asserted'],
  ])('%s: %s', async (lang, _why, text, object, status) => {
    const claims = readable(await extract(text, lang)).filter((c) => c.object === object);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.q.status ?? 'asserted').toBe(status);
  });

  it('reads a rival named in a noun phrase as a rival whatever the clause plans: "said it would buy rival X"', async () => {
    const x = readable(await extract('Kestrel Foods said it would buy rival Tessa Robotics.', 'en'));
    expect(x.find((c) => c.relation === 'COMPETES_WITH')?.q.status).toBeUndefined();
    const nl = readable(await extract('Kestrel Foods wil concurrent Tessa Robotics voorblijven.', 'nl'));
    const rivals = nl.filter((c) => c.relation === 'COMPETES_WITH');
    expect(rivals.length).toBeGreaterThan(0);
    for (const c of rivals) expect(c.q.status).toBeUndefined();
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

describe('a title in a noun phrase is no hedged claim', () => {
  it('"If it is completed, Juniper CEO Rami Rahim would lead …": the leading is conditional, the titles are not', async () => {
    const x = readable(await extract('Hewlett Packard Enterprise agreed to buy Juniper Networks. If it is completed, Juniper CEO Rami Rahim would lead the combined group and report to HPE’s CEO, Antonio Neri.', 'en'));
    for (const c of x.filter((c) => c.relation === 'CEO_OF')) expect(c.q.status).toBeUndefined();
    expect(x.filter((c) => c.relation === 'CEO_OF').map((c) => c.subject)).toEqual(expect.arrayContaining(['Rami Rahim', 'Antonio Neri']));
  });

  it.each([
    ['nl', 'Het Vantix-moederbedrijf Boltway zou 300 miljoen dollar hebben geïnvesteerd in Harbor.', 'OWNS', 'Boltway'],
    ['de', 'Der Vantix-Mutterkonzern Boltway könnte 20 Millionen Euro in Harbor investieren.', 'OWNS', 'Boltway'],
    ['en', 'Analysts said Boltway-owned Vantix may invest $20 million in Harbor.', 'OWNS', 'Vantix'],
  ] as const)('a relation a compound states is not hedged by the clause (%s: %s)', async (lang, text, relation, investor) => {
    const x = readable(await extract(text, lang));
    const owns = x.find((c) => c.relation === relation);
    expect(owns).toBeDefined();
    expect(owns?.q.status).toBeUndefined();
    const invested = x.find((c) => c.relation === 'INVESTED_IN');
    expect(invested?.q.status).toBe('possible');
    expect([invested?.subject, invested?.object]).toEqual([investor, 'Harbor']);
  });

  it('a role a verb gives keeps the clause’s status: "Jane Roe could become CEO of Acme Corp"', async () => {
    const x = readable(await extract('Jane Roe could become chief executive of Acme Corp.', 'en'));
    expect(x.find((c) => c.relation === 'CEO_OF')?.q.status).toBe('possible');
  });
});

describe('resigning a post is no denial', () => {
  it('es: "renuncia como presidente de X" leaves X, asserted', async () => {
    const claims = readable(await extract('Javier Tallada renuncia como presidente de Puleva Biotech.', 'es'));
    expect(claims.map((c) => [c.relation, c.q.status ?? 'asserted'])).toEqual([['WORKS_FOR', 'asserted'], ['LEFT', 'asserted']]);
  });

  it('es: "renunció a comprar X" still denies the purchase', async () => {
    expect(readable(await extract('Kalvon renunció a comprar Dorta.', 'es')).find((c) => c.relation === 'ACQUIRED')?.q.status).toBe('negated');
  });
});
