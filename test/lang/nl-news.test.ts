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
