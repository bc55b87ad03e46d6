/**
 * A list of a company's holders after a holder noun and the company: every member invested in
 * it. Invented startups, with investors the gazetteer knows and ones it does not.
 */
import { describe, expect, it } from 'vitest';
import { extract, readable, triples } from '../helpers.js';

const MEMBERS = ['Nvidia', 'Microsoft', 'Index Ventures'];

describe('a list of holders names each member an investor of the company', () => {
  it.each([
    ['en', 'Investors in Vantix Labs include Nvidia, Microsoft and Index Ventures.'],
    ['en', "Vantix Labs's investors include Nvidia, Microsoft and Index Ventures."],
    ['en', 'Vantix Labs raised money last year. Its investors include Nvidia, Microsoft and Index Ventures.'],
    ['de', 'Zu den Investoren von Vantix Labs gehören Nvidia, Microsoft und Index Ventures.'],
    ['fr', 'Parmi les investisseurs de Vantix Labs figurent Nvidia, Microsoft et Index Ventures.'],
    ['es', 'Entre los inversores de Vantix Labs figuran Nvidia, Microsoft e Index Ventures.'],
    ['nl', 'Tot de investeerders van Vantix Labs behoren Nvidia, Microsoft en Index Ventures.'],
    ['nl', 'Grote investeerders in Vantix Labs, waaronder Nvidia, Microsoft en Index Ventures, zwegen.'],
    ['tr', "Vantix Labs'in yatırımcıları arasında Nvidia, Microsoft ve Index Ventures bulunuyor."],
    ['tr', 'Yapay zeka girişimi Vantix Labs büyüyor. Şirketin yatırımcıları arasında ayrıca Nvidia, Microsoft ve Index Ventures de bulunuyor.'],
    ['en', 'Vantix Labs is growing fast. The company’s investors include Nvidia, Microsoft and Index Ventures.'],
  ] as const)('%s: %s', async (lang, text) => {
    const got = triples(await extract(text, lang));
    for (const m of MEMBERS) expect(got).toContain(`${m} INVESTED_IN Vantix Labs`);
  });

  it('records the rule on each claim', async () => {
    const claims = readable(await extract('Investors in Vantix Labs include Nvidia and Microsoft.', 'en'));
    expect(claims.map((c) => c.ruleId)).toEqual(['en.invested_in.holders-include', 'en.invested_in.holders-include']);
  });

  it.each([
    // No company: the deal has investors, not a company kg can name.
    ['en', 'Investors in the deal include Nvidia and Microsoft.'],
    // A holder noun with no list after it.
    ['en', 'Shareholders of Vantix Labs are worried about Nvidia.'],
  ] as const)('gives up: %s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang)).filter((t) => t.includes('INVESTED_IN'))).toEqual([]);
  });
});

describe('holders with no company named, in a sentence about a funding round', () => {
  it.each([
    ['fr', 'Vantix Labs lève 68 millions de dollars. Les investisseurs précédents, dont Bitfury et Verve Investments, ont également participé au dernier tour.'],
    ['en', 'Vantix Labs raised $68 million. Existing investors, including Bitfury and Verve Investments, also joined the round.'],
  ] as const)('are the raising company’s: %s: %s', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).toEqual(expect.arrayContaining(['Bitfury INVESTED_IN Vantix Labs', 'Verve Investments INVESTED_IN Vantix Labs']));
  });

  it.each([
    ['en', 'Vantix Labs raised $50 million last week. Investors include Nvidia, Microsoft and Index Ventures.'],
    ['en', 'Vantix Labs raised $50 million last week. Other investors in the round included Nvidia, Microsoft and Index Ventures.'],
    ['de', 'Das Start-up Vantix Labs hat 50 Millionen Euro eingesammelt. Zu den Investoren gehören Nvidia, Microsoft und Index Ventures.'],
    ['fr', "Vantix Labs a levé 50 millions d'euros. Parmi les investisseurs figurent Nvidia, Microsoft et Index Ventures."],
    ['es', 'Vantix Labs ha captado 50 millones de euros. Entre los inversores figuran Nvidia, Microsoft e Index Ventures.'],
    ['nl', 'Vantix Labs heeft 50 miljoen euro opgehaald. Tot de investeerders behoren Nvidia, Microsoft en Index Ventures.'],
    ['tr', 'Yapay zeka girişimi Vantix Labs, 50 milyon dolar yatırım aldı. Yatırımcılar arasında Nvidia, Microsoft ve Index Ventures yer alıyor.'],
  ] as const)('bare holders after a sentence about a raise are its company’s: %s: %s', async (lang, text) => {
    const got = triples(await extract(text, lang));
    for (const m of MEMBERS) expect(got).toContain(`${m} INVESTED_IN Vantix Labs`);
  });

  it('a guessed company that is itself listed is no target: "…, darunter Nvidia und Microsoft" with Nvidia the main company', async () => {
    const got = triples(await extract('Nvidia wächst. An der Runde beteiligten sich mehrere Geldgeber, darunter Nvidia und Microsoft.', 'de'));
    expect(got.filter((t) => t.includes('INVESTED_IN Nvidia'))).toEqual([]);
  });

  it('not without a round: "Investors including BlackRock sold stock"', async () => {
    expect(triples(await extract('Vantix Labs shares fell. Investors including BlackRock sold stock.', 'en')).filter((t) => t.includes('INVESTED_IN'))).toEqual([]);
  });
});

describe('holders listed after a colon, with no company named, after a sale', () => {
  it('nl: "… voor de aandeelhouders: A, B en C" are holders of the company just sold', async () => {
    const text = 'DSM neemt kaasculturenbedrijf CSK over. De verkoop betekent een mooie vermogensaanvulling voor de aandeelhouders: FrieslandCampina, DOC Kaas en Cono.';
    expect(triples(await extract(text, 'nl')).filter((t) => t.includes('INVESTED_IN'))).toEqual(['FrieslandCampina INVESTED_IN CSK', 'DOC Kaas INVESTED_IN CSK', 'Cono INVESTED_IN CSK']);
  });

  it('en: with no sale before, a colon list of shareholders is nobody’s', async () => {
    expect(triples(await extract('The meeting was good news for the shareholders: Kalvon Capital, Dorta Partners and Wexo Ventures.', 'en'))).toEqual([]);
  });
});
