/**
 * English phrasings of business news that the pack reads (issue #9), on invented sentences:
 * vice-president and operating titles, board seats, "purchase" as a verb, investors and
 * shareholders, heads such as "specialist", legal forms, and "Board of Directors" as no name.
 */
import { describe, expect, it } from 'vitest';
import { extract, readable, triples } from '../extract/helpers.js';

describe('en news phrasings', () => {
  it.each([
    ['Acme Corp agreed to purchase Boltway Systems for $2 billion.', 'Acme Corp ACQUIRED Boltway Systems'],
    ['Sequoia Capital, an early investor in Boltway Systems, declined to comment.', 'Sequoia Capital INVESTED_IN Boltway Systems'],
    ['Acme Corp will buy consulting specialist Norvane for $1 billion.', 'Acme Corp ACQUIRED Norvane'],
    ['Acme Corp will buy Kordel GmbH.', 'Acme Corp ACQUIRED Kordel GmbH'],
    ['Jane Roe, a member of the board of Acme Corp, spoke on Monday.', 'Jane Roe BOARD_MEMBER_OF Acme Corp'],
    ['Acme Corp said its Board of Directors has named Jane Roe as chief executive officer.', 'Jane Roe CEO_OF Acme Corp'],
    ['Acme Corp will take a majority stake in Boltway Systems.', 'Acme Corp ACQUIRED Boltway Systems'],
    ['Acme Corp injected $100 million into Boltway Systems.', 'Acme Corp INVESTED_IN Boltway Systems'],
    ['Boltway Systems is a wholly owned subsidiary of Acme Corp.', 'Acme Corp OWNS Boltway Systems'],
    ['Boltway Systems, a division of Acme Corp, makes sensors.', 'Acme Corp OWNS Boltway Systems'],
    ['Boltway Systems is controlled by Acme Corp.', 'Acme Corp OWNS Boltway Systems'],
    ['Boltway Systems belongs to Acme Corp.', 'Acme Corp OWNS Boltway Systems'],
    ['Acme Corp signed an agreement with Boltway Systems.', 'Acme Corp PARTNERS_WITH Boltway Systems'],
    ['Boltway Systems placed an order with Acme Corp for 20 turbines.', 'Acme Corp SUPPLIES Boltway Systems'],
    ['Boltway Systems ordered 20 turbines from Acme Corp.', 'Acme Corp SUPPLIES Boltway Systems'],
    ['Acme Corp is a supplier to Boltway Systems.', 'Acme Corp SUPPLIES Boltway Systems'],
    ['Jane Roe stepped down as chief executive of Acme Corp.', 'Jane Roe LEFT Acme Corp'],
    ['Jane Roe will succeed John Doe as chief executive of Acme Corp.', 'John Doe LEFT Acme Corp'],
  ] as const)('%s → %s', async (text, fact) => {
    expect(triples(await extract(text, 'en'))).toContain(fact);
  });

  it.each([
    ['Jane Roe, senior vice president of Acme Corp, spoke on Monday.', 'Vice President'],
    ['Jane Roe, chief operating officer of Acme Corp, spoke on Monday.', 'Chief Operating Officer'],
    ['Jane Roe, chief information officer of Acme Corp, spoke on Monday.', 'Chief Information Officer'],
  ] as const)('a title states employment with its English title: %s', async (text, title) => {
    const got = readable(await extract(text, 'en'));
    expect(got.find((c) => c.relation === 'WORKS_FOR' && c.object === 'Acme Corp')?.q.title).toBe(title);
    expect(got.some((c) => c.relation === 'CEO_OF')).toBe(false);
  });

  it('a wholly owned subsidiary does not own its parent', async () => {
    const got = triples(await extract('Boltway Systems is a wholly owned subsidiary of Acme Corp.', 'en'));
    expect(got).not.toContain('Boltway Systems OWNS Acme Corp');
  });

  it('"Board of Directors" names no organisation', async () => {
    const got = triples(await extract('Acme Corp said its Board of Directors has named Jane Roe as chief executive officer.', 'en'));
    expect(got.some((t) => t.endsWith(' Directors'))).toBe(false);
  });
});
