/**
 * German phrasings from real business news that the de pack reads (issue #9), on invented
 * sentences: company nouns before a name, shareholders, stepping down, partnering idioms,
 * rivals named after a possessive, management-board titles and spending on data centres.
 */
import { describe, expect, it } from 'vitest';
import { extract, readable, triples } from '../extract/helpers.js';

describe('de: phrasings of business news', () => {
  it.each([
    // "Spezialist", "Konkurrenten", "Mutter" … head a company noun before a name.
    ['Siemens kaufte den Softwarespezialisten Kiwilabs.', 'Siemens ACQUIRED Kiwilabs'],
    ['Siemens hat den Softwarespezialisten Kiwilabs übernommen.', 'Siemens ACQUIRED Kiwilabs'],
    // "gemeinsame Sache machen mit": partnering, the partner before the idiom.
    ['Der Versorger Siemens macht bei dem Projekt mit dem Finanzinvestor Quillon gemeinsame Sache.', 'Siemens PARTNERS_WITH Quillon'],
    // Joint Venture / Gemeinschaftsunternehmen mit …
    ['Siemens plant ein Joint Venture mit der Quillon Holding.', 'Siemens PARTNERS_WITH Quillon Holding'],
    ['Siemens und Bosch planen ein Gemeinschaftsunternehmen mit der Quillon Holding.', 'Bosch PARTNERS_WITH Quillon Holding'],
    // Shareholders: Großaktionär, Hauptaktionär … der/bei X.
    ['Die Quillon Holding ist Großaktionär der Kiwilabs AG.', 'Quillon Holding INVESTED_IN Kiwilabs AG'],
    ['Die Quillon Holding ist seit 2019 Hauptaktionär bei der Kiwilabs AG.', 'Quillon Holding INVESTED_IN Kiwilabs AG'],
    // Stepping down: zurücktreten, Rücktritt.
    ['Anna Weber tritt zurück als Chefin der Kiwilabs AG.', 'Anna Weber LEFT Kiwilabs AG'],
    ['Anna Weber ist als Finanzchefin bei der Kiwilabs AG zurückgetreten.', 'Anna Weber LEFT Kiwilabs AG'],
    ['Der Rücktritt von Anna Weber bei der Kiwilabs AG kam überraschend.', 'Anna Weber LEFT Kiwilabs AG'],
    // Rivals named after a determiner or possessive, the subject from the sentence or the article.
    ['Die Kiwilabs AG tritt Strecken an die Konkurrenten Quillon und Bosch ab.', 'Kiwilabs AG COMPETES_WITH Quillon'],
    ['Die Kiwilabs AG tritt Strecken an die Konkurrenten Quillon und Bosch ab.', 'Kiwilabs AG COMPETES_WITH Bosch'],
  ] as const)('%s → %s', async (text, fact) => {
    expect(triples(await extract(text, 'de'))).toContain(fact);
  });

  it('reads Vorstandsmitglied as a management-board role, and Aufsichtsrat as no name', async () => {
    const got = readable(await extract('Bei der Kiwilabs AG ist Anna Weber Vorstandsmitglied.', 'de'));
    expect(got.find((c) => c.relation === 'WORKS_FOR' && c.subject === 'Anna Weber' && c.object === 'Kiwilabs AG')?.q.title).toBe('Member of the Management Board');
    const board = triples(await extract('Der Aufsichtsrat der Kiwilabs AG ernannte das Vorstandsmitglied Anna Weber zur Finanzchefin.', 'de'));
    expect(board).toContain('Anna Weber WORKS_FOR Kiwilabs AG');
  });

  it('reads money put into a data centre as spending on data centres', async () => {
    const got = readable(await extract('Die Kiwilabs AG plant, 3 Milliarden Euro in ein neues Rechenzentrum zu stecken.', 'de'));
    const c = got.find((x) => x.relation === 'PLANS_SPENDING');
    expect(c?.subject).toBe('Kiwilabs AG');
    expect(c?.object).toBe('topic:Data centres');
    expect(c?.q.amount).toBe(3e9);
  });

  it('never reads "X gehört zu den …" or a stake sale as the first name owning the second', async () => {
    expect(triples(await extract('Zusammen mit dem Versorger Quillon gehört Siemens zu den größten Entwicklern.', 'de'))).not.toContain('Quillon OWNS Siemens');
    expect(triples(await extract('Die EU hat den Kauf von ITA-Anteilen durch Siemens genehmigt.', 'de')).some((t) => t.endsWith(' Anteilen') || t.endsWith(' Anteile'))).toBe(false);
  });
});
