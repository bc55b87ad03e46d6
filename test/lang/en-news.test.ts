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
  ] as const)('%s → %s', async (text, fact) => {
    expect(triples(await extract(text, 'en'))).toContain(fact);
  });

  it.each([
    ['Jane Roe, senior vice president of Acme Corp, spoke on Monday.', 'Vice President'],
    ['Jane Roe, chief operating officer of Acme Corp, spoke on Monday.', 'Chief Operating Officer'],
  ] as const)('a title states employment with its English title: %s', async (text, title) => {
    const got = readable(await extract(text, 'en'));
    expect(got.find((c) => c.relation === 'WORKS_FOR' && c.object === 'Acme Corp')?.q.title).toBe(title);
    expect(got.some((c) => c.relation === 'CEO_OF')).toBe(false);
  });

  it('"Board of Directors" names no organisation', async () => {
    const got = triples(await extract('Acme Corp said its Board of Directors has named Jane Roe as chief executive officer.', 'en'));
    expect(got.some((t) => t.endsWith(' Directors'))).toBe(false);
  });
});
