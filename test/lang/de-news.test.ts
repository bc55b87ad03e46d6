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

  // Vocabulary of business journalism (issue #9), from the language rather than from any article.
  it.each([
    // INVESTED_IN: sich beteiligen, aufstocken, Geld in X stecken, Anteil an, Geldgeber, "angeführt von".
    ['Die Quillon Holding beteiligt sich mit 20 Prozent an der Kiwilabs AG.', 'Quillon Holding INVESTED_IN Kiwilabs AG'],
    ['Die Quillon Holding hat sich an der Kiwilabs AG beteiligt.', 'Quillon Holding INVESTED_IN Kiwilabs AG'],
    ['Die Quillon Holding hat ihren Anteil an der Kiwilabs AG auf 30 Prozent aufgestockt.', 'Quillon Holding INVESTED_IN Kiwilabs AG'],
    ['Die Quillon Holding pumpt 100 Millionen Euro in die Kiwilabs AG.', 'Quillon Holding INVESTED_IN Kiwilabs AG'],
    ['Die Quillon Holding erwirbt eine Minderheitsbeteiligung an der Kiwilabs AG.', 'Quillon Holding INVESTED_IN Kiwilabs AG'],
    ['Die Quillon Holding ist Geldgeber von Kiwilabs.', 'Quillon Holding INVESTED_IN Kiwilabs'],
    ['Die Quillon Holding ist Großaktionär von Kiwilabs.', 'Quillon Holding INVESTED_IN Kiwilabs'],
    ['Die Kiwilabs AG sammelt 50 Millionen Euro ein, angeführt von der Quillon Holding.', 'Quillon Holding INVESTED_IN Kiwilabs AG'],
    ['Die Finanzierungsrunde der Kiwilabs AG wurde von der Quillon Holding angeführt.', 'Quillon Holding INVESTED_IN Kiwilabs AG'],
    // ACQUIRED: Erwerb, aufkaufen, sich einverleiben.
    ['Der Erwerb der Kiwilabs AG durch die Quillon Holding ist abgeschlossen.', 'Quillon Holding ACQUIRED Kiwilabs AG'],
    ['Die Quillon Holding hat die Kiwilabs AG aufgekauft.', 'Quillon Holding ACQUIRED Kiwilabs AG'],
    ['Die Quillon Holding verleibt sich die Kiwilabs AG ein.', 'Quillon Holding ACQUIRED Kiwilabs AG'],
    // OWNS: Tochter der, gehört (zum Konzern) X, Muttergesellschaft, Eigentümerin, kontrolliert, im Besitz der.
    ['Die Kiwilabs AG ist eine Tochter der Quillon Holding.', 'Quillon Holding OWNS Kiwilabs AG'],
    ['Die Kiwilabs AG ist ein Tochterunternehmen der Quillon Holding.', 'Quillon Holding OWNS Kiwilabs AG'],
    ['Die Kiwilabs AG gehört der Quillon Holding.', 'Quillon Holding OWNS Kiwilabs AG'],
    ['Die Kiwilabs AG gehört seit 2019 zur Quillon Holding.', 'Quillon Holding OWNS Kiwilabs AG'],
    ['Die Quillon Holding ist die Muttergesellschaft der Kiwilabs AG.', 'Quillon Holding OWNS Kiwilabs AG'],
    ['Die Quillon Holding ist Eigentümerin von Kiwilabs.', 'Quillon Holding OWNS Kiwilabs'],
    ['Die Kiwilabs AG wird von der Quillon Holding kontrolliert.', 'Quillon Holding OWNS Kiwilabs AG'],
    ['Die Kiwilabs AG ist mehrheitlich im Besitz der Quillon Holding.', 'Quillon Holding OWNS Kiwilabs AG'],
    ['Die Quillon Holding hat ihre Software in der Tochter Kiwilabs gebündelt.', 'Quillon Holding OWNS Kiwilabs'],
    // PARTNERS_WITH: kooperieren, zusammenspannen, sich zusammentun, sich verbünden.
    ['Die Quillon Holding kooperiert mit der Kiwilabs AG.', 'Quillon Holding PARTNERS_WITH Kiwilabs AG'],
    ['Die Quillon Holding spannt mit der Kiwilabs AG zusammen.', 'Quillon Holding PARTNERS_WITH Kiwilabs AG'],
    ['Die Quillon Holding tut sich mit der Kiwilabs AG zusammen.', 'Quillon Holding PARTNERS_WITH Kiwilabs AG'],
    ['Die Quillon Holding verbündet sich mit der Kiwilabs AG.', 'Quillon Holding PARTNERS_WITH Kiwilabs AG'],
    // COMPETES_WITH: Wettbewerber, Erzrivale, Konkurrenz machen.
    ['Die Quillon Holding ist ein Wettbewerber der Kiwilabs AG.', 'Quillon Holding COMPETES_WITH Kiwilabs AG'],
    ['Die Quillon Holding tritt gegen ihren Erzrivalen Kiwilabs AG an.', 'Quillon Holding COMPETES_WITH Kiwilabs AG'],
    ['Die Quillon Holding macht der Kiwilabs AG Konkurrenz.', 'Quillon Holding COMPETES_WITH Kiwilabs AG'],
    // SUPPLIES: Lieferant, Auftrag von, bestellen bei, Kunde von (the customer first).
    ['Die Quillon Holding ist seit Jahren Lieferant der Kiwilabs AG.', 'Quillon Holding SUPPLIES Kiwilabs AG'],
    ['Die Quillon Holding erhält einen Großauftrag von der Kiwilabs AG.', 'Quillon Holding SUPPLIES Kiwilabs AG'],
    ['Die Kiwilabs AG bestellt 50 Züge bei der Quillon Holding.', 'Quillon Holding SUPPLIES Kiwilabs AG'],
    ['Die Kiwilabs AG ist Kunde der Quillon Holding.', 'Quillon Holding SUPPLIES Kiwilabs AG'],
    // DEVELOPS: auf den Markt bringen, "der X-Entwickler Y", "der Entwickler von X".
    ['Die Kiwilabs AG bringt ChatGPT auf den Markt.', 'Kiwilabs AG DEVELOPS ChatGPT'],
    ['Der ChatGPT-Entwickler OpenAI wächst.', 'OpenAI DEVELOPS ChatGPT'],
    ['OpenAI, der Entwickler von ChatGPT, wächst.', 'OpenAI DEVELOPS ChatGPT'],
    // Titles: Vorstandssprecherin, Vorsitzende des Vorstands, Chefaufseher.
    ['Anna Weber, Vorstandssprecherin der Kiwilabs AG, sagt nichts.', 'Anna Weber CEO_OF Kiwilabs AG'],
    ['Anna Weber ist Vorsitzende des Vorstands der Kiwilabs AG.', 'Anna Weber CEO_OF Kiwilabs AG'],
    ['Chefaufseher Max Müller von der Kiwilabs AG schweigt.', 'Max Müller BOARD_MEMBER_OF Kiwilabs AG'],
    // JOINED: kommt zu, holt, stellt ein, wirbt ab (the organisation first).
    ['Anna Weber kommt von der Quillon Holding zur Kiwilabs AG.', 'Anna Weber JOINED Kiwilabs AG'],
    ['Die Kiwilabs AG holt Anna Weber als Finanzchefin.', 'Anna Weber JOINED Kiwilabs AG'],
    ['Die Kiwilabs AG stellt Anna Weber ein.', 'Anna Weber JOINED Kiwilabs AG'],
    ['Die Kiwilabs AG hat Anna Weber von der Quillon Holding abgeworben.', 'Anna Weber JOINED Kiwilabs AG'],
    // LEFT: ausscheiden, Amt niederlegen, aufhören, seinen Hut nehmen, sich trennen von, Nachfolge.
    ['Anna Weber scheidet zum Jahresende bei der Kiwilabs AG aus.', 'Anna Weber LEFT Kiwilabs AG'],
    ['Anna Weber legt ihr Amt bei der Kiwilabs AG nieder.', 'Anna Weber LEFT Kiwilabs AG'],
    ['Anna Weber hört bei der Kiwilabs AG auf.', 'Anna Weber LEFT Kiwilabs AG'],
    ['Max Müller nimmt bei der Kiwilabs AG seinen Hut.', 'Max Müller LEFT Kiwilabs AG'],
    ['Die Kiwilabs AG trennt sich von Chef Max Müller.', 'Max Müller LEFT Kiwilabs AG'],
    ['Anna Weber folgt auf Max Müller als Chefin der Kiwilabs AG.', 'Max Müller LEFT Kiwilabs AG'],
    ['Anna Weber wird Nachfolgerin von Max Müller bei der Kiwilabs AG.', 'Max Müller LEFT Kiwilabs AG'],
    // FOUNDED: ins Leben rufen, aus der Taufe heben, mitbegründen.
    ['Die Kiwilabs AG wurde 2015 von Anna Weber ins Leben gerufen.', 'Anna Weber FOUNDED Kiwilabs AG'],
    ['Anna Weber hob die Kiwilabs AG 2015 aus der Taufe.', 'Anna Weber FOUNDED Kiwilabs AG'],
    ['Anna Weber hat die Kiwilabs AG mitbegründet.', 'Anna Weber FOUNDED Kiwilabs AG'],
  ] as const)('vocabulary: %s → %s', async (text, fact) => {
    expect(triples(await extract(text, 'de'))).toContain(fact);
  });

  it.each([
    ['Anna Weber, Personalvorständin der Kiwilabs AG, sagt nichts.', 'Chief Human Resources Officer'],
    ['Max Müller, COO der Kiwilabs AG, sagt nichts.', 'Chief Operating Officer'],
    ['Anna Weber, Technologievorständin der Kiwilabs AG, sagt nichts.', 'Chief Technology Officer'],
  ] as const)('officer titles: %s', async (text, title) => {
    const c = readable(await extract(text, 'de')).find((x) => x.relation === 'WORKS_FOR' && x.object === 'Kiwilabs AG');
    expect(c?.q.title).toBe(title);
  });

  it('reads a new plant and "Milliarden in die Hand nehmen"', async () => {
    expect(readable(await extract('Die Kiwilabs AG baut ein neues Werk in Ungarn.', 'de')).some((c) => c.relation === 'BUILDS' && c.subject === 'Kiwilabs AG')).toBe(true);
    const c = readable(await extract('Die Kiwilabs AG will bis 2028 rund 5 Milliarden Euro in die Hand nehmen.', 'de')).find((x) => x.relation === 'PLANS_SPENDING');
    expect(c?.subject).toBe('Kiwilabs AG');
    expect(c?.q.amount).toBe(5e9);
  });

  it('reads no passive agent after a relation noun, nor ownership from "im Besitz"', async () => {
    expect(triples(await extract('Die Quillon Holding ist Lieferant von Kiwilabs.', 'de'))).toEqual(['Quillon Holding SUPPLIES Kiwilabs']);
    expect(triples(await extract('Die Kiwilabs AG ist im Besitz der Quillon Holding.', 'de'))).not.toContain('Kiwilabs AG OWNS Quillon Holding');
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
