/**
 * Dutch phrasings from real business news that the nl pack reads (issue #9), on invented
 * sentences: stakes and shareholders, rivals after a possessive, "X-dochter" and "X-moeder"
 * compounds, buying from a supplier (afnemen), stepping down, titles and data-centre spending.
 */
import { describe, expect, it } from 'vitest';
import { extract, readable, triples } from '../extract/helpers.js';

describe('nl: phrasings of business news', () => {
  it.each([
    // "een belang van 20 procent in X": a stake, with its size.
    ['Kiwi Capital kocht vorig jaar een belang van 20 procent in Quillon Labs.', 'Kiwi Capital INVESTED_IN Quillon Labs'],
    // Shareholders: (groot)aandeelhouder van X.
    ['Kiwi Capital is een grote aandeelhouder van Quillon Labs.', 'Kiwi Capital INVESTED_IN Quillon Labs'],
    // "zijn concurrent X"; a nationality adjective before a name is no part of it.
    ['Het Franse Quillon Labs wil de resterende aandelen van zijn concurrent Kiwi Capital verwerven.', 'Quillon Labs COMPETES_WITH Kiwi Capital'],
    // "Quillon-dochter Kiwinet": Quillon owns Kiwinet; "de Kiwinet-moeder Quillon Labs": the other way round.
    ['In Nederland werkt Acme Corp samen met Quillon-dochter Kiwinet.', 'Quillon OWNS Kiwinet'],
    ['Het bedrijf Kiwinet maakt winst. De Kiwinet-moeder Quillon Labs ook.', 'Quillon Labs OWNS Kiwinet'],
    // "X zal de machines van Y afnemen": Y supplies X.
    ['Acme Corp zal de nieuwe machines van Quillon Labs in 2026 afnemen.', 'Quillon Labs SUPPLIES Acme Corp'],
    // aankoop, and peers named by "-genoot".
    ['Acme Corp kondigde de aankoop van Quillon Labs aan.', 'Acme Corp ACQUIRED Quillon Labs'],
    ['Bouwbedrijf Acme Corp koopt sectorgenoot Kiwibouw.', 'Acme Corp ACQUIRED Kiwibouw'],
    // Stepping down: treedt terug als …
    ['Jan de Vries treedt terug als topman van Quillon Labs.', 'Jan de Vries LEFT Quillon Labs'],
    // directievoorzitter is the CEO.
    ['Directievoorzitter Jan de Vries van Quillon Labs vertrekt.', 'Jan de Vries CEO_OF Quillon Labs'],
  ] as const)('%s → %s', async (text, fact) => {
    expect(triples(await extract(text, 'nl'))).toContain(fact);
  });

  // Vocabulary of business journalism (issue #9), from the language rather than from any article.
  it.each([
    // INVESTED_IN: instappen, participeren, geld steken in, minderheidsbelang, geldschieter, "aangevoerd door".
    ['Kiwi Capital stapt in bij Quillon Labs.', 'Kiwi Capital INVESTED_IN Quillon Labs'],
    ['Kiwi Capital participeert in Quillon Labs.', 'Kiwi Capital INVESTED_IN Quillon Labs'],
    ['Kiwi Capital steekt 100 miljoen euro in Quillon Labs.', 'Kiwi Capital INVESTED_IN Quillon Labs'],
    ['Kiwi Capital neemt een minderheidsbelang in Quillon Labs.', 'Kiwi Capital INVESTED_IN Quillon Labs'],
    ['Kiwi Capital is geldschieter van Quillon Labs.', 'Kiwi Capital INVESTED_IN Quillon Labs'],
    ['Quillon Labs haalt 50 miljoen euro op in een ronde aangevoerd door Kiwi Capital.', 'Kiwi Capital INVESTED_IN Quillon Labs'],
    // ACQUIRED: inlijven, opslokken, opkopen, overnemen, acquisitie, meerderheidsbelang.
    ['Kiwi Capital lijft Quillon Labs in.', 'Kiwi Capital ACQUIRED Quillon Labs'],
    ['Kiwi Capital slokt Quillon Labs op.', 'Kiwi Capital ACQUIRED Quillon Labs'],
    ['Kiwi Capital heeft Quillon Labs opgeslokt.', 'Kiwi Capital ACQUIRED Quillon Labs'],
    ['Kiwi Capital wil Quillon Labs overnemen.', 'Kiwi Capital ACQUIRED Quillon Labs'],
    ['De acquisitie van Quillon Labs door Kiwi Capital is rond.', 'Kiwi Capital ACQUIRED Quillon Labs'],
    ['Kiwi Capital neemt een meerderheidsbelang in Quillon Labs.', 'Kiwi Capital ACQUIRED Quillon Labs'],
    // OWNS: onderdeel van, maakt deel uit van, dochteronderneming, valt onder, moedermaatschappij, zijn dochterbedrijf, gecontroleerd door.
    ['Quillon Labs is onderdeel van Kiwi Capital.', 'Kiwi Capital OWNS Quillon Labs'],
    ['Quillon Labs maakt deel uit van Kiwi Capital.', 'Kiwi Capital OWNS Quillon Labs'],
    ['Quillon Labs is een dochteronderneming van Kiwi Capital.', 'Kiwi Capital OWNS Quillon Labs'],
    ['Quillon Labs valt onder Kiwi Capital.', 'Kiwi Capital OWNS Quillon Labs'],
    ['Kiwi Capital is de moedermaatschappij van Quillon Labs.', 'Kiwi Capital OWNS Quillon Labs'],
    ['Kiwi Capital heeft zijn dochterbedrijf Quillon Labs verkocht.', 'Kiwi Capital OWNS Quillon Labs'],
    ['Quillon Labs wordt gecontroleerd door Kiwi Capital.', 'Kiwi Capital OWNS Quillon Labs'],
    // PARTNERS_WITH: joint venture, de handen ineenslaan, de krachten bundelen, in zee gaan, partner van.
    ['Acme Corp gaat een joint venture aan met Quillon Labs.', 'Acme Corp PARTNERS_WITH Quillon Labs'],
    ['Acme Corp slaat de handen ineen met Quillon Labs.', 'Acme Corp PARTNERS_WITH Quillon Labs'],
    ['Acme Corp bundelt de krachten met Quillon Labs.', 'Acme Corp PARTNERS_WITH Quillon Labs'],
    ['Acme Corp gaat in zee met Quillon Labs.', 'Acme Corp PARTNERS_WITH Quillon Labs'],
    ['Acme Corp is partner van Quillon Labs.', 'Acme Corp PARTNERS_WITH Quillon Labs'],
    // COMPETES_WITH: aartsrivaal, het opnemen tegen.
    ['Acme Corp neemt het op tegen aartsrivaal Quillon Labs.', 'Acme Corp COMPETES_WITH Quillon Labs'],
    // SUPPLIES: leverancier van, order van; order bij, bestellen bij, klant van (the customer first).
    ['Acme Corp is leverancier van Quillon Labs.', 'Acme Corp SUPPLIES Quillon Labs'],
    ['Acme Corp krijgt een grote order van Quillon Labs.', 'Acme Corp SUPPLIES Quillon Labs'],
    ['Quillon Labs plaatst een order bij Acme Corp.', 'Acme Corp SUPPLIES Quillon Labs'],
    ['Quillon Labs bestelt twintig treinen bij Acme Corp.', 'Acme Corp SUPPLIES Quillon Labs'],
    ['Quillon Labs is klant van Acme Corp.', 'Acme Corp SUPPLIES Quillon Labs'],
    // DEVELOPS: op de markt brengen, uitbrengen, introduceren, "de maker van X", "X-maker Y".
    ['Acme Corp brengt ChatGPT op de markt.', 'Acme Corp DEVELOPS ChatGPT'],
    ['Acme Corp brengt ChatGPT uit.', 'Acme Corp DEVELOPS ChatGPT'],
    ['Acme Corp introduceert ChatGPT.', 'Acme Corp DEVELOPS ChatGPT'],
    ['OpenAI, de maker van ChatGPT, groeit.', 'OpenAI DEVELOPS ChatGPT'],
    ['ChatGPT-maker OpenAI groeit.', 'OpenAI DEVELOPS ChatGPT'],
    // Titles: president-commissaris, voorzitter van de raad van bestuur.
    ['Anna Bakker, president-commissaris van Quillon Labs, zwijgt.', 'Anna Bakker BOARD_MEMBER_OF Quillon Labs'],
    ['Anna Bakker, voorzitter van de raad van bestuur van Quillon Labs, zwijgt.', 'Anna Bakker CEO_OF Quillon Labs'],
    // FOUNDED: richtte … op, zette … op, in het leven geroepen.
    ['Jan de Vries richtte Quillon Labs in 2015 op.', 'Jan de Vries FOUNDED Quillon Labs'],
    ['Jan de Vries zette Quillon Labs in 2015 op.', 'Jan de Vries FOUNDED Quillon Labs'],
    ['Quillon Labs werd door Jan de Vries in het leven geroepen.', 'Jan de Vries FOUNDED Quillon Labs'],
    // JOINED: neemt in dienst (the organisation first), vertrekt naar.
    ['Quillon Labs neemt Jan de Vries in dienst.', 'Jan de Vries JOINED Quillon Labs'],
    ['Jan de Vries vertrekt bij Acme Corp naar Quillon Labs.', 'Jan de Vries JOINED Quillon Labs'],
    // LEFT: afscheid, ontslag, stopt als, legt neer, zwaait af, ontslaat, opvolger van.
    ['Jan de Vries neemt afscheid van Quillon Labs.', 'Jan de Vries LEFT Quillon Labs'],
    ['Jan de Vries neemt ontslag bij Quillon Labs.', 'Jan de Vries LEFT Quillon Labs'],
    ['Jan de Vries stopt als topman van Quillon Labs.', 'Jan de Vries LEFT Quillon Labs'],
    ['Jan de Vries legt zijn functie bij Quillon Labs neer.', 'Jan de Vries LEFT Quillon Labs'],
    ['Jan de Vries zwaait af bij Quillon Labs.', 'Jan de Vries LEFT Quillon Labs'],
    ['Quillon Labs ontslaat topman Jan de Vries.', 'Jan de Vries LEFT Quillon Labs'],
    ['Anna Bakker wordt de opvolger van Jan de Vries bij Quillon Labs.', 'Jan de Vries LEFT Quillon Labs'],
  ] as const)('vocabulary: %s → %s', async (text, fact) => {
    expect(triples(await extract(text, 'nl'))).toContain(fact);
  });

  it.each([
    ['Jan de Vries, operationeel directeur van Quillon Labs, zwijgt.', 'Chief Operating Officer'],
    ['Jan de Vries, chief financial officer van Quillon Labs, zwijgt.', 'Chief Financial Officer'],
    ['Jan de Vries, hoofdeconoom van Quillon Labs, zwijgt.', 'Chief Economist'],
  ] as const)('officer titles: %s', async (text, title) => {
    const c = readable(await extract(text, 'nl')).find((x) => x.relation === 'WORKS_FOR' && x.object === 'Quillon Labs');
    expect(c?.q.title).toBe(title);
  });

  it('a subsidiary named before "van" is owned by the name after it; a new plant is built', async () => {
    expect(triples(await extract('Quillon Labs is een dochteronderneming van Kiwi Capital.', 'nl'))).not.toContain('Quillon Labs OWNS Kiwi Capital');
    expect(readable(await extract('Quillon Labs bouwt een batterijfabriek in Venlo.', 'nl')).some((c) => c.relation === 'BUILDS' && c.subject === 'Quillon Labs')).toBe(true);
  });

  it('records the size of a stake', async () => {
    const c = readable(await extract('Kiwi Capital kocht vorig jaar een belang van 20 procent in Quillon Labs.', 'nl')).find((x) => x.relation === 'INVESTED_IN');
    expect(c?.q.stake).toBe(0.2);
  });

  it.each([
    ['Jan de Vries, de uitvoerend voorzitter van Quillon Labs, is tevreden.', 'Executive Chairman'],
    ['Volgens directeur Jan de Vries van Quillon Labs gaat alles goed.', 'Director'],
  ] as const)('titles: %s', async (text, title) => {
    const c = readable(await extract(text, 'nl')).find((x) => x.relation === 'WORKS_FOR' && x.subject === 'Jan de Vries' && x.object === 'Quillon Labs');
    expect(c?.q.title).toBe(title);
  });

  it('reads "investeert … in zijn datacenters" as spending on data centres', async () => {
    const c = readable(await extract('Acme Corp investeert een miljard euro in zijn datacenters in Nederland.', 'nl')).find((x) => x.relation === 'PLANS_SPENDING');
    expect(c?.subject).toBe('Acme Corp');
    expect(c?.object).toBe('topic:Data centres');
    expect(c?.q.amount).toBe(1e9);
  });

  it('an investor is no investment, and "zich richten op" founds nothing', async () => {
    expect(triples(await extract('De investeerder Kiwi Capital, bekend van zijn rol bij Quillon Labs, is ook betrokken bij Acme Corp.', 'nl'))).not.toContain('Kiwi Capital INVESTED_IN Quillon Labs');
    expect(readable(await extract('Jan de Vries wil zich richten op Quillon Labs.', 'nl')).some((c) => c.relation === 'FOUNDED')).toBe(false);
  });
});
