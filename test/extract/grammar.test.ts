/**
 * Grammatical roles over trigger words, on invented sentences in every language where the
 * construction exists: inflected triggers, passives with their agent, coordinated subjects,
 * verb-final clauses, reported speech, deputy titles and names that no list knows.
 */
import { describe, expect, it } from 'vitest';
import { extract, mentionsOf, readable, triples } from './helpers.js';
import { segment } from '../../src/extract/segment.js';

describe('inflected trigger forms match their listed lemma', () => {
  it.each([
    ['de', 'Anna Schmidt ist zu Siemens gewechselt.', 'Anna Schmidt JOINED Siemens'],
    ['de', 'Anna Schmidt wechselte 2023 zu Siemens.', 'Anna Schmidt JOINED Siemens'],
    ['en', 'Acme Corp acquires Boltway Systems.', 'Acme Corp ACQUIRED Boltway Systems'],
    ['nl', 'Acme Corp investeert 5 miljoen euro in Quillon Labs.', 'Acme Corp INVESTED_IN Quillon Labs'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
});

describe('passives give the agent the subject role', () => {
  it.each([
    ['en', 'Beta Labs was acquired by Acme Corp.'],
    ['nl', 'Beta Labs werd overgenomen door Acme Corp.'],
    ['de', 'Beta Labs wurde von Acme Corp übernommen.'],
    ['fr', 'Beta Labs a été racheté par Acme Corp.'],
    ['es', 'Beta Labs fue adquirida por Acme Corp.'],
  ] as const)('%s: %s', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain('Acme Corp ACQUIRED Beta Labs');
    expect(got).not.toContain('Beta Labs ACQUIRED Acme Corp');
  });

  it('records the passive in the rule id', async () => {
    const c = readable(await extract('Beta Labs was acquired by Acme Corp.', 'en')).find((x) => x.relation === 'ACQUIRED');
    expect(c?.ruleId).toMatch(/\.passive$/u);
  });
});

describe('coordinated subjects each get the fact', () => {
  it.each([
    ['en', 'Intel and AMD invested $1 billion in Boltway.', ['Intel', 'AMD'], 'Boltway'],
    ['de', 'Siemens und Bosch investieren in das Startup Kiwilabs.', ['Siemens', 'Bosch'], 'Kiwilabs'],
  ] as const)('%s: %s', async (lang, text, subjects, object) => {
    const got = readable(await extract(text, lang)).filter((c) => c.relation === 'INVESTED_IN');
    for (const s of subjects) expect(got.some((c) => c.subject === s && c.object === object), s).toBe(true);
    // A joint figure is no single investor's amount: it is the group's.
    for (const c of got) expect(c.q.amount).toBeUndefined();
    for (const c of got) expect((c.q.group as { members: string[] } | undefined)?.members.sort()).toEqual([...subjects].sort());
  });

  it('never makes two names of one list each other\'s arguments', async () => {
    expect(triples(await extract('Siemens und Bosch investieren 2 Milliarden Euro in Rechenzentren.', 'de'))).not.toContain('Siemens INVESTED_IN Bosch');
  });
});

describe('verb-final clauses find the object before the verb', () => {
  it.each([
    ['de', 'Der Konsumgüterkonzern Henkel hat Cognis übernommen.', 'Henkel ACQUIRED Cognis'],
    ['de', 'Anna Schmidt ist zu Siemens gewechselt.', 'Anna Schmidt JOINED Siemens'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
});

describe('reported speech gives the fact to the reported subject', () => {
  it.each([
    ['en', 'Siemens said that Bosch acquired Kiwilabs.', 'Bosch ACQUIRED Kiwilabs', 'Siemens ACQUIRED Kiwilabs'],
    ['de', 'Siemens teilte mit, dass Bosch in das Startup Kiwilabs investiert.', 'Bosch INVESTED_IN Kiwilabs', 'Siemens INVESTED_IN Kiwilabs'],
  ] as const)('%s: %s', async (lang, text, right, wrong) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain(right);
    expect(got).not.toContain(wrong);
  });
});

describe('deputy and vice titles are not CEO_OF', () => {
  it.each([
    ['en', 'Jane Roe, deputy chief executive of Acme Corp, spoke on Monday.'],
    ['de', 'Jane Roe, stellvertretende Vorstandschefin von Acme Corp, sprach am Montag.'],
    ['fr', 'Jane Roe, directrice générale adjointe de Acme Corp, a parlé lundi.'],
    ['es', 'Jane Roe, consejera delegada adjunta de Acme Corp, habló el lunes.'],
    ['ar', 'قال أحمد علي نائب الرئيس التنفيذي لشركة أرامكو إن الصفقة اكتملت.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(readable(await extract(text, lang)).filter((c) => c.relation === 'CEO_OF')).toEqual([]);
  });

  it.each([
    ['en', 'Jane Roe, deputy chief executive of Acme Corp, spoke on Monday.', 'Jane Roe WORKS_FOR Acme Corp'],
    ['de', 'Der Aufsichtsrat der Acme Bank bestimmte Karl Roth zum stellvertretenden Vorstandsvorsitzenden.', 'Karl Roth WORKS_FOR Acme Bank'],
    ['ar', 'قال أحمد الخطيب نائب الرئيس التنفيذي لشركة أرامكو إن الصفقة اكتملت.', 'أحمد الخطيب WORKS_FOR Saudi Aramco'],
  ] as const)('a deputy works for the organisation (%s: %s)', async (lang, text, fact) => {
    const x = await extract(text, lang);
    expect(triples(x)).toContain(fact);
    expect(readable(x).find((c) => c.relation === 'WORKS_FOR')?.q.title).toMatch(/^Deputy /u);
  });
});

describe('names that no list knows', () => {
  it.each([
    ['en', 'Kestrel Systems invests €1.5bn in Vantix.', 'Kestrel Systems INVESTED_IN Vantix'],
    ['de', 'Der Darmstädter Konzern Merck kauft Millipore für 13 Milliarden Euro.', 'Merck ACQUIRED Millipore'],
    ['de', 'Das Münchner Startup Kiwilabs wurde von Siemens übernommen.', 'Siemens ACQUIRED Kiwilabs'],
    ['de', 'Amazon investiert 4 Milliarden Dollar in Anthropic.', 'Amazon INVESTED_IN Anthropic'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang)).some((t) => t.endsWith(fact))).toBe(true);
  });

  it('keeps a middle initial inside a person name', async () => {
    const x = await extract('Boeing named David L. Calhoun chief executive of the company on Monday.', 'en');
    expect(triples(x)).toContain('David L. Calhoun CEO_OF Boeing');
  });

  it('does not take a German sentence-opening adverb for a company', async () => {
    const x = await extract('Außerdem investiert Siemens in Kiwilabs.', 'de');
    expect(x.mentions.map((m) => m.name)).not.toContain('Außerdem');
  });

  it('keeps a surname a person where it stands before a verb', async () => {
    const x = await extract('Daniel Ruiz joined Google in 2019. Ruiz left Google in January.', 'en');
    expect(x.mentions.find((m) => m.name === 'Ruiz')?.type).toBe('Person');
    expect(triples(x)).toContain('Ruiz LEFT Google');
  });
});

describe('titles held through a possessor or a list', () => {
  it.each([
    ['en', 'Quillon’s Chief Executive Officer Rene Varga will lead the combined company.', 'Rene Varga CEO_OF Quillon'],
    ['en', '"We are pleased," Jane Roe, Boltway\'s chief executive officer, said in a statement.', 'Jane Roe CEO_OF Boltway'],
    ['de', 'Orbiton-Chef Markus Keller sprach am Montag.', 'Markus Keller CEO_OF Orbiton'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('gives a title before an organisation to every person listed after it', async () => {
    const got = triples(await extract('Los cofundadores de Quillon Labs, Elena Ruiz, Sergio Ibarra y Marta Gil, trabajaban en Meta.', 'es'));
    for (const p of ['Elena Ruiz', 'Sergio Ibarra', 'Marta Gil']) expect(got).toContain(`${p} FOUNDED Quillon Labs`);
  });

  it('does not take an interim prefix for a company', async () => {
    const x = await extract('Jason Droege übernimmt die Rolle des Interims-CEO von Boltway Systems.', 'de');
    expect(x.mentions.map((m) => m.name)).not.toContain('Interims');
  });
});

describe('parties of a symmetric relation named as the coordinated subject', () => {
  it.each([
    ['en', 'Orbiton and Quillon Labs said the deal is part of a broader collaboration.'],
    ['de', 'Die Orbiton AG und Quillon Labs hatten bereits im Juni eine Partnerschaft angekündigt.'],
  ] as const)('%s: %s', async (lang, text) => {
    const got = readable(await extract(text, lang)).filter((c) => c.relation === 'PARTNERS_WITH');
    expect(got.length).toBe(1);
    expect([got[0].subject, got[0].object].sort().join(' + ')).toMatch(/Orbiton.*\+ Quillon Labs/u);
  });

  it('never pairs examples of rivals with each other', async () => {
    const got = triples(await extract('Neben Meta sind auch andere Branchenriesen wie Google und Microsoft im Rennen um KI engagiert.', 'de'));
    expect(got).not.toContain('Google COMPETES_WITH Microsoft');
  });
});

describe('quoted names in Arabic script', () => {
  it('reads a name in guillemets as an organisation, even with a function word inside', async () => {
    const x = await extract('أعلنت شركة الأدوية الأمريكية «كوبيلون في» الثلاثاء أنها ستوسع إنتاجها.', 'ar');
    expect(x.mentions.some((m) => m.name === 'كوبيلون في' && m.type === 'Organization')).toBe(true);
  });
});

describe('name shapes', () => {
  it.each([
    ['en', 'Vantix was bought by Air France-KLM in 2020.', 'Air France-KLM ACQUIRED Vantix'],
    ['en', 'Quillon Labs was acquired by Bank of Orbiton Corp. last year.', 'Bank of Orbiton Corp ACQUIRED Quillon Labs'],
    ['de', 'Die Otto Group übernimmt ProSiebenSat.1 für 2 Milliarden Euro.', 'Otto Group ACQUIRED ProSiebenSat.1'],
    ['de', 'Laut Bericht übernimmt Orbiton die Fluglinie IAG.', 'ACQUIRED IAG'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang)).some((t) => t.endsWith(fact)), triples(await extract(text, lang)).join('; ')).toBe(true);
  });

  it('reads units, currencies and compound heads as no names', async () => {
    const x = await extract('Meta baut ein 2 GW Rechenzentrum und treibt seine AI-Entwicklungen voran.', 'de');
    expect(x.mentions.map((m) => m.name)).not.toContain('GW');
    expect(x.mentions.map((m) => m.name)).not.toContain('AI');
  });
});

describe('the agent of a relation noun after its patient', () => {
  it.each([
    ['en', 'The acquisition of Beta Labs by Acme Corp closed on Monday.', ['Acme Corp ACQUIRED Beta Labs']],
    ['nl', 'Elliott zou de overname van Quillon Labs door Bain en Orbiton Capital steunen.', ['Bain ACQUIRED Quillon Labs', 'Orbiton Capital ACQUIRED Quillon Labs']],
    ['es', 'La compra de Quillon Labs por Acme Corp se cerró el lunes.', ['Acme Corp ACQUIRED Quillon Labs']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    for (const f of facts) expect(got).toContain(f);
    expect(got.some((t) => t.startsWith('Quillon Labs ACQUIRED') || t.startsWith('Beta Labs ACQUIRED'))).toBe(false);
  });
});

describe('a title with no organisation in its sentence', () => {
  it('belongs to the organisation the article is about', async () => {
    const x = await extract('Orbiton Group kondigde maandag nieuwe plannen aan. Orbiton Group wil groeien. Algemeen directeur Jan Vermeer houdt vol dat het goed gaat.', 'nl');
    expect(readable(x).some((c) => c.subject === 'Jan Vermeer' && c.object === 'Orbiton Group' && c.ruleId.endsWith('.main-org'))).toBe(true);
  });
});

describe('separable verbs fire only with their particle', () => {
  it.each([
    ['nl', 'Heijmans neemt sectorgenoot Kiwibouw over.', 'Heijmans ACQUIRED Kiwibouw'],
    ['nl', 'Acme Corp werkt sinds 2016 samen met Quillon Labs.', 'Acme Corp PARTNERS_WITH Quillon Labs'],
    ['de', 'Die Orbiton AG steigt bei Kiwilabs ein.', 'Orbiton AG INVESTED_IN Kiwilabs'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it.each([
    ['nl', 'Acme Corp neemt volgend jaar een besluit over Quillon Labs.'],
    ['de', 'Die Orbiton AG steigt an der Börse, Kiwilabs fällt.'],
  ] as const)('%s: no particle, no fact: %s', async (lang, text) => {
    expect(readable(await extract(text, lang)).filter((c) => c.relation === 'ACQUIRED' || c.relation === 'INVESTED_IN')).toEqual([]);
  });
});

describe('genitives inside names', () => {
  it.each([
    ['en', 'Orbiton’s United Financial Inc. was acquired by Acme Corp. for $7.6 billion.', 'Acme Corp ACQUIRED Orbiton’s United Financial Inc'],
    ['en', 'Quillon will buy Kestrel’s-Lance for $4.87 billion.', 'Quillon ACQUIRED Kestrel’s-Lance'],
    ['en', "Meta's CEO Mark Zuckerberg spoke.", 'Mark Zuckerberg CEO_OF Meta'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
});

describe('definite descriptions refer back to the organisation of the last sentences', () => {
  it.each([
    ['de', 'Die Orbiton AG baut Software. Der Wolfsburger Autokonzern investiert dabei drei Milliarden Euro in Kiwilabs.', 'Orbiton AG INVESTED_IN Kiwilabs'],
    ['en', 'Quillon Inc reported results. The Santa Clara chipmaker invested $2 billion in Boltway.', 'Quillon Inc INVESTED_IN Boltway'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    const c = readable(await extract(text, lang)).find((x) => `${x.subject} ${x.relation} ${x.object}` === fact);
    expect(c?.ruleId).toMatch(/\.anaphor$/u);
  });
});

describe('lists of brands are owned', () => {
  it.each([
    ['es', 'Orbiton Motors abrirá una planta. Alimentará a las diferentes marcas del grupo: Veltra, Kestra, Norvane o Alfa Sol.', 'Orbiton Motors', ['Veltra', 'Kestra', 'Norvane', 'Alfa Sol']],
    ['en', 'Acme Foods sells snack brands such as Crunchly Bites and Pop Secretos.', 'Acme Foods', ['Crunchly Bites', 'Pop Secretos']],
  ] as const)('%s: %s', async (lang, text, owner, brands) => {
    const got = triples(await extract(text, lang));
    for (const b of brands) expect(got).toContain(`${owner} OWNS ${b}`);
  });

  it('takes no unit after a figure for a name', async () => {
    const x = await extract('Con una capacidad de 50 GWh, será la planta más grande de España.', 'es');
    expect(x.mentions.map((m) => m.name)).not.toContain('GWh');
  });
});

describe('several objects, each with its own amount', () => {
  it.each([
    ['en', 'Acme Corp invested $10 million in Alpha Robotics and $30 million in Beta Robotics.', 'Acme Corp', [['Alpha Robotics', 10e6], ['Beta Robotics', 30e6]]],
    ['de', 'Die Orbiton AG investiert 5 Millionen Euro in Kiwilabs und 8 Millionen Euro in Quillon Labs.', 'Orbiton AG', [['Kiwilabs', 5e6], ['Quillon Labs', 8e6]]],
  ] as const)('%s: %s', async (lang, text, subject, objects) => {
    const got = readable(await extract(text, lang)).filter((c) => c.relation === 'INVESTED_IN' && c.subject === subject);
    for (const [o, amount] of objects) expect(got.find((c) => c.object === o)?.q.amount, o).toBe(amount);
  });
});

describe('object relative clauses: the name after the pronoun is the subject, the noun before the object', () => {
  it.each([
    ['en', 'The deal covers Orbiton Labs, which Acme Corp acquired in 2019.'],
    ['de', 'Die Genehmigung betrifft Orbiton Labs, die Acme Corp im Sommer für 325 Millionen Euro erworben hatte.'],
    ['nl', 'Het gaat om Orbiton Labs, dat Acme Corp vorig jaar heeft overgenomen.'],
    ['es', 'El acuerdo incluye Orbiton Labs, que Acme Corp compró en 2019.'],
  ] as const)('%s: %s', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain('Acme Corp ACQUIRED Orbiton Labs');
    expect(got).not.toContain('Orbiton Labs ACQUIRED Acme Corp');
  });

  it('needs the comma: "said that X acquired Y" is reported speech, not a relative clause', async () => {
    expect(triples(await extract('Orbiton Labs said that Acme Corp acquired Beta Systems.', 'en'))).toContain('Acme Corp ACQUIRED Beta Systems');
  });
});

describe('appositions between a subject and its verb', () => {
  it('a name inside the apposition is not the subject', async () => {
    const got = triples(await extract('Vantix Group, owned by the private equity firm Cerberus Capital, will also acquire Beta Labs.', 'en'));
    expect(got).toContain('Vantix Group ACQUIRED Beta Labs');
    expect(got).not.toContain('Cerberus Capital ACQUIRED Beta Labs');
  });

  it('gives up when the apposition describes something kg did not find as a name', async () => {
    const got = triples(await extract("The grocer's parent, owned by the private equity firm Cerberus Capital, will also acquire Beta Labs.", 'en'));
    expect(got).not.toContain('Cerberus Capital ACQUIRED Beta Labs');
  });

  it('a name opening the clause after a comma is its subject, not an apposition', async () => {
    expect(triples(await extract('Siemens bought Vantix Labs, Bosch, the German firm, acquired Orbiton Labs.', 'en'))).toContain('Bosch ACQUIRED Orbiton Labs');
  });
});

describe('a description right before the verb is its subject', () => {
  it.each([
    ['es', 'Según informó Realia a la Comisión Nacional del Mercado de Valores (CNMV), el empresario ha comprado acciones de Orbiton Labs.', 'CNMV'],
    ['en', 'According to a filing with the Securities and Exchange Commission (SEC), the investor has bought shares of Orbiton Labs.', 'SEC'],
  ] as const)('%s: %s', async (lang, text, notSubject) => {
    expect(triples(await extract(text, lang)).filter((t) => t.startsWith(`${notSubject} `))).toEqual([]);
  });
});

describe('lists and nouns', () => {
  it('a list right after another trigger is its object list, not a coordinated subject', async () => {
    const got = triples(await extract('Microsoft has backed OpenAI and Google has partnered with Quillon Labs.', 'en'));
    expect(got).toContain('Google PARTNERS_WITH Quillon Labs');
    expect(got).not.toContain('OpenAI PARTNERS_WITH Quillon Labs');
  });

  it('commas alone do not run a list into the next clause', async () => {
    const got = triples(await extract('Google has partnered with companies including Quillon Labs, Amazon has not.', 'en'));
    expect(got).toContain('Google PARTNERS_WITH Quillon Labs');
    expect(got).not.toContain('Google PARTNERS_WITH Amazon');
  });

  it('"von" after a relation noun is not a passive agent', async () => {
    const got = triples(await extract('Die EU-Kommission hat den Einstieg von Lufthansa bei Orbiton Airways genehmigt.', 'de'));
    expect(got).not.toContain('Lufthansa INVESTED_IN European Commission');
  });

  it('a noun with its article opening the trigger takes no inverted subject', async () => {
    const got = triples(await extract('Die Lufthansa übernimmt ITA. Als Zugeständnis tritt der Konzern Flugverbindungen an die Konkurrenten Easyjet, IAG und Air France-KLM ab.', 'de'));
    expect(got).not.toContain('Easyjet COMPETES_WITH IAG');
    expect(got.filter((t) => t.includes('COMPETES_WITH'))).not.toEqual([]);
  });
});

describe('a departure that names no organisation leaves the one the person holds a role at', () => {
  it.each([
    ['en', 'Jane Roe is the chief executive of Acme Corp. She quit on Monday.', 'Jane Roe'],
    ['fr', "La directrice générale d'Acme Corp, Marie Dupont, quitte son poste.", 'Marie Dupont'],
    ['es', 'El consejero delegado de Acme Corp, Juan Pérez, dimitió ayer.', 'Juan Pérez'],
    ['de', 'Anna Schmidt ist Vorstandschefin der Acme Corp. Sie verlässt ihren Posten im März.', 'Anna Schmidt'],
    ['nl', 'Ben de Vries, de topman van Acme Corp, treedt volgend jaar terug.', 'Ben de Vries'],
  ] as const)('%s: %s', async (lang, text, person) => {
    const c = readable(await extract(text, lang)).find((x) => x.relation === 'LEFT');
    expect(c && `${c.subject} LEFT ${c.object}`).toBe(`${person} LEFT Acme Corp`);
    expect(c?.ruleId).toMatch(/\.role$/u);
  });

  it('gives up without a known role', async () => {
    expect(readable(await extract('Jane Roe quit on Monday.', 'en')).filter((x) => x.relation === 'LEFT')).toEqual([]);
  });
});

describe('ownership stated by a compound of a name and a relation noun', () => {
  it.each([
    ['de', 'Dem Chiphersteller Infineon winkt ein Auftrag der Opel-Mutter Stellantis.', 'Stellantis OWNS Opel'],
    ['de', 'Die VW-Tochter Audi baut ein Werk.', 'Volkswagen OWNS Audi'],
    ['en', 'Albertsons will also acquire Orbiton-owned subsidiaries Quillon Labs and Vantix Systems.', 'Orbiton OWNS Vantix Systems'],
    ['en', 'The Facebook-parent Meta said on Monday it would hire more engineers.', 'Meta OWNS Facebook'],
    ['nl', 'De Quillon-dochter Orbiton Labs groeit snel.', 'Quillon OWNS Orbiton Labs'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('a compound noun that is no relation noun names nothing ("Cloud-Partnerschaft")', async () => {
    const got = triples(await extract('Meta hat eine Cloud-Partnerschaft mit Google abgeschlossen.', 'de'));
    expect(got.some((t) => t.startsWith('Cloud '))).toBe(false);
  });
});

describe('a holding verb with a percentage states a share', () => {
  it.each([
    ['en', 'Orbiton Group holds 27% of Quillon Labs.'],
    ['de', 'Orbiton Group hält 27 Prozent an Quillon Labs.'],
    ['fr', 'Orbiton Group détient 27 % de Quillon Labs.'],
    ['es', 'Orbiton Group controla el 27% de Quillon Labs.'],
    ['nl', 'Orbiton Group bezit 27 procent van Quillon Labs.'],
  ] as const)('%s: %s', async (lang, text) => {
    const c = readable(await extract(text, lang)).find((x) => x.relation === 'INVESTED_IN');
    expect(c && `${c.subject} INVESTED_IN ${c.object}`).toBe('Orbiton Group INVESTED_IN Quillon Labs');
    expect(c?.q.stake).toBe(0.27);
  });

  it('without a percentage the verb states nothing', async () => {
    expect(triples(await extract('Orbiton Group holds talks with Quillon Labs.', 'en'))).toEqual([]);
  });
});

describe('passives and lists that belong to other phrases', () => {
  it('a participle after a description takes the organisation it refers to, not a name after the agent', async () => {
    const got = triples(await extract('Grupo Lala crece en Brasil. La firma fundada por Eduardo Tricio, oriundo de Solórzano, acaba de comprar Vigor Alimentos.', 'es'));
    expect(got).not.toContain('Eduardo Tricio FOUNDED Solórzano');
    expect(got.filter((t) => /^Eduardo Tricio FOUNDED (Grupo )?Lala$/u.test(t))).toHaveLength(1);
  });

  it('after a relation noun, "of" still marks the patient ("de aankoop door Vodafone van Unitymedia")', async () => {
    expect(triples(await extract('Het belangrijkste onderdeel is de aankoop door Vodafone van Unitymedia.', 'nl'))).toContain('Vodafone ACQUIRED Unitymedia');
  });

  it.each([
    ['es', 'Europa quiere una alternativa a OpenAI, respaldada por Microsoft, y Orbiton Labs, de Google.'],
    ['en', 'Europe wants an alternative to OpenAI, backed by Microsoft, and Orbiton Labs, owned by Google.'],
  ] as const)('two items with a comma before the joiner are no list (%s)', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain('Microsoft INVESTED_IN OpenAI');
    expect(got).not.toContain('Orbiton Labs INVESTED_IN OpenAI');
  });

  it('a relation noun after an article and an adjective takes no inverted subject', async () => {
    const got = triples(await extract('Met deze overname versterkt Heijmans haar positie in Brabant.', 'nl'));
    expect(got).not.toContain('Heijmans ACQUIRED Brabant');
  });
});

describe('agents with descriptions, appositions of states, acronym runs', () => {
  it.each([
    ['fr', 'Le rachat d’Altice Media, maison mère de la chaîne BFMTV, par l’armateur Orbiton Group a été finalisé mardi.', ['Orbiton Group ACQUIRED Altice Media', 'Altice Media OWNS BFMTV']],
    ['en', 'Beta Labs was acquired by rival Acme Corp.', ['Acme Corp ACQUIRED Beta Labs']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    for (const f of facts) expect(got).toContain(f);
  });

  it('a known acronym followed by another is one longer name ("CMA CGM")', async () => {
    const x = await extract('Le rachat d’Altice Media par l’armateur CMA CGM a été finalisé.', 'fr');
    expect(x.mentions.map((m) => m.name)).toContain('CMA CGM');
    expect(triples(x)).toContain('CMA CGM ACQUIRED Altice Media');
  });
});

describe('give up rather than guess an organisation from context', () => {
  it('a title whose own organisation kg did not recognise takes no other one', async () => {
    const got = triples(await extract('Brookfield investit en France. Un accord a été signé entre Emmanuel Macron, président de la République française, et Bruce Flatt, PDG de Brookfield.', 'fr'));
    expect(got.filter((t) => t.startsWith('Emmanuel Macron '))).toEqual([]);
  });

  it('a spending figure with no organisation and no anaphor in its sentence has no spender', async () => {
    const got = triples(await extract('Orbiton Group baut ein Werk. Die Investitionen der Branche übersteigen 20 Milliarden Euro.', 'de'));
    expect(got.filter((t) => t.includes('PLANS_SPENDING'))).toEqual([]);
  });

  it('an anaphor before the figure names the spender', async () => {
    const got = triples(await extract('Orbiton Group baut ein Werk. Het bedrijf heeft 5 miljard euro aan kapitaalinvesteringen toegezegd.', 'nl'));
    expect(got.some((t) => t.startsWith('Orbiton Group PLANS_SPENDING'))).toBe(true);
  });
});

describe('investors joining a round invest in the company whose round it is', () => {
  it.each([
    ['fr', "Acme Ventures investit 20 millions d'euros dans Quillon Labs. Orbiton Capital, Sigma Partners et Vantix Partners ont tous participé à l'opération."],
    ['en', 'Acme Ventures invested $50 million in Quillon Labs. Orbiton Capital and Vantix Partners also took part in the round.'],
    ['de', 'Acme Ventures investiert 50 Millionen Euro in Quillon Labs. Orbiton Capital und Vantix Partners beteiligten sich an der Finanzierungsrunde.'],
    ['nl', 'Acme Ventures investeert 50 miljoen euro in Quillon Labs. Orbiton Capital en Vantix Partners namen deel aan de financieringsronde.'],
    ['tr', "Quillon Labs, Acme Ventures'tan 50 milyon dolar yatırım aldı. Orbiton Capital ve Vantix Partners da yatırım turuna katıldı."],
  ] as const)('%s: %s', async (lang, text) => {
    const got = readable(await extract(text, lang)).filter((c) => c.ruleId.endsWith('.round'));
    expect(got.map((c) => `${c.subject} ${c.relation} ${c.object}`)).toEqual(expect.arrayContaining(['Orbiton Capital INVESTED_IN Quillon Labs', 'Vantix Partners INVESTED_IN Quillon Labs']));
    // The round's amount is its total, no single investor's.
    expect(got.every((c) => c.q.amount === undefined)).toBe(true);
  });

  it('es: the round named with its company ("lidera la ronda de X")', async () => {
    expect(triples(await extract('Orbiton Capital lidera la ronda de Quillon Labs.', 'es'))).toEqual(['Orbiton Capital INVESTED_IN Quillon Labs']);
  });

  it('ar: verb-first ("وشاركت شركة X في جولة التمويل")', async () => {
    const got = triples(await extract('استثمرت شركة أكمي 50 مليون دولار في شركة كويلون. وشاركت شركة أوربيتون في جولة التمويل.', 'ar'));
    expect(got).toContain('أوربيتون INVESTED_IN كويلون');
  });

  it('gives up when no round was reported and none is named', async () => {
    expect(triples(await extract('Orbiton Capital and Vantix Partners took part in the round.', 'en'))).toEqual([]);
  });
});

describe('a known short acronym heading a longer name', () => {
  it.each([
    ['fr', "Stellantis a signé un protocole d'accord avec LG Energy Solution.", 'LG Energy Solution'],
    ['en', 'LG Chem and General Motors will build a plant.', 'LG Chem'],
  ] as const)('%s: %s', async (lang, text, name) => {
    expect((await extract(text, lang)).mentions.map((m) => m.name)).toContain(name);
  });

  it('a title or a noun after the acronym is no part of it', async () => {
    expect((await extract('IBM CEO Arvind Krishna spoke.', 'en')).mentions.map((m) => m.name)).not.toContain('IBM CEO');
    expect((await extract('Die SAP Aktie stieg.', 'de')).mentions.map((m) => m.name)).not.toContain('SAP Aktie');
  });
});

describe('a description between a verb-second verb and its subject', () => {
  it.each([
    ['de', 'Für 3,8 Milliarden Dollar kaufte der Chemiekonzern BASF im Juni den deutschen Spezialisten Cognis.', 'BASF ACQUIRED Cognis'],
    ['de', 'Im Juni übernahm der Autobauer Volkswagen den Zulieferer Bosch.', 'Volkswagen ACQUIRED Bosch'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
  it.each([
    // "von" after a finite verb says from whom, and a description before the verb is the subject.
    ['de', 'Die Schwarz-Gruppe übernimmt von Bosch die Anteile am KI-Unternehmen Aleph Alpha.', 'Bosch ACQUIRED Aleph Alpha'],
    ['de', 'Der deutsche Chiphersteller erwirbt Gan Systems, einen Hersteller von Halbleitern, wie Infineon mitteilte.', 'Gan Systems ACQUIRED Infineon'],
  ] as const)('%s: no wrong subject in "%s"', async (lang, text, wrong) => {
    expect(triples(await extract(text, lang))).not.toContain(wrong);
  });
});

describe('a participle closing its clause has its object before it', () => {
  it.each([
    ['de', 'Im Sommer hatte ProSiebenSat.1 die Sendergruppe SBS geschluckt und damit den Rivalen RTL angegriffen.', 'ProSiebenSat.1 ACQUIRED SBS', 'SBS ACQUIRED RTL'],
    ['nl', 'Vorig jaar had ASML de chipmaker Mapper overgenomen en daarmee Intel verrast.', 'ASML ACQUIRED Mapper', 'Mapper ACQUIRED Intel'],
  ] as const)('%s: %s', async (lang, text, fact, wrong) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain(fact);
    expect(got).not.toContain(wrong);
  });
});

describe('a person named with the organisation they speak for works for it', () => {
  it.each([
    ['de', 'Das erhöhe die Reichweite, betonte Peter Schiefer von Infineon dazu.', 'Peter Schiefer WORKS_FOR Infineon'],
    ['en', 'The deal is good for both sides, said Jane Roe of Microsoft.', 'Jane Roe WORKS_FOR Microsoft'],
    ['nl', 'De vraag is groot, zei Jan Bakker van Philips.', 'Jan Bakker WORKS_FOR Philips'],
    ['fr', "Selon Marie Durand de Renault, la demande reste forte.", 'Marie Durand WORKS_FOR Renault'],
    ['es', 'Según Ana García de Telefónica, la demanda crece.', 'Ana García WORKS_FOR Telefónica'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
  it('keeps the role a title gave instead', async () => {
    const got = triples(await extract('CEO Satya Nadella of Microsoft said the deal was good.', 'en'));
    expect(got).toContain('Satya Nadella CEO_OF Microsoft');
    expect(got).not.toContain('Satya Nadella WORKS_FOR Microsoft');
  });
});

describe('capitals that are no names of their own', () => {
  it.each([
    // A short form in parentheses abbreviates the words before it.
    ['de', 'Infineon soll künftig moderne Siliziumkarbid-Chips (SiC) an Stellantis liefern.', 'SiC'],
    // A capitalised modifier before a company noun and its name.
    ['nl', 'Mediahuis neemt de Noord-Nederlandse uitgever NDC over.', 'Noord-Nederlandse'],
    // A company noun glued to a title refers back ("Konzern-Chef").
    ['de', 'Schenker sei stärker aufgestellt als DSV, so Konzern-Chef Jens Lund.', 'Konzern'],
  ] as const)('%s: no entity "%s" in "%s"', async (lang, text, name) => {
    const x = await extract(text, lang);
    expect(x.mentions.map((m) => m.name)).not.toContain(name);
  });
  it.each([
    // A capitalised article inside a sentence belongs to the name ("De Telegraaf", "Le Monde").
    ['nl', 'Krantenuitgever Mediahuis, eigenaar van onder meer De Telegraaf, groeit.', 'Mediahuis OWNS De Telegraaf'],
    // After an article opening the sentence, a capitalised word is a name where nouns are lower case.
    ['nl', 'De Volksbank heeft Gerard van Olphen aangesteld als president-commissaris.', 'Gerard van Olphen BOARD_MEMBER_OF Volksbank'],
    ['nl', 'Mediahuis neemt de Noord-Nederlandse uitgever NDC over.', 'Mediahuis ACQUIRED NDC'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
});

describe('arguments outside the trigger\'s phrase or clause', () => {
  it.each([
    // Punctuation right after the trigger closes it; the speaker after it is no object.
    ['en', 'Acme Corp will use the capital for computing and hiring, Jane Roe said.', 'Jane Roe JOINED Acme Corp'],
    // Names after a comma are not the coordinated parties of the noun after it.
    ['en', 'The company would rank third, behind ExxonMobil and Chevron, with both having announced recent deals.', 'ExxonMobil PARTNERS_WITH Chevron'],
  ] as const)('%s: no "%s"', async (lang, text, wrong) => {
    expect(triples(await extract(text, lang))).not.toContain(wrong);
  });
  it('keeps an apposition after a trigger noun and its comma', async () => {
    expect(triples(await extract('Microsoft sigue los pasos de su principal competidor, la unidad de computación en nube AWS de Amazon.', 'es'))).toContain('Microsoft COMPETES_WITH Amazon Web Services');
  });
});

describe('a price or a stake is no spending plan', () => {
  it.each([
    ['en', 'Acme Corp said it will spend $1.2 billion in cash to buy shares of Boltway Systems.'],
    ['nl', 'Softwareconcern Microsoft investeert de komende jaren 10 miljard dollar in het bedrijf.'],
    ['ar', 'قالت شركة «أدوية الحكمة» إنها ستدفع نحو 1.18 مليار دولار نقدا لشركة «بورينغر»، مضيفة أنها ستنفق كذلك 125 مليون دولار.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(readable(await extract(text, lang)).filter((c) => c.relation === 'PLANS_SPENDING')).toEqual([]);
  });
});

describe('capitals inside a phrase of the pack', () => {
  it.each([
    ['es', 'El elegido es Marc Murtra, hasta ahora presidente ejecutivo del Consejo de Administración de Indra.', 'Administración'],
    ['fr', 'Il devient président du Conseil d’Administration de Renault.', 'Administration'],
  ] as const)('%s: no entity "%s"', async (lang, text, name) => {
    expect((await extract(text, lang)).mentions.map((m) => m.name)).not.toContain(name);
  });
});

describe('rounds led and joined by investors, and backers written as a compound', () => {
  it.each([
    ['en', "Cohere's funding was led by Canada's Inovia Capital and joined by other investors such as DTCP, Mirae Asset and Thomvest Ventures.", ['Inovia Capital INVESTED_IN Cohere', 'DTCP INVESTED_IN Cohere', 'Mirae Asset INVESTED_IN Cohere', 'Thomvest Ventures INVESTED_IN Cohere']],
    ['fr', "Axelera AI a obtenu 250 millions de dollars lors d'un tour de table mené par Innovation Industries.", ['Innovation Industries INVESTED_IN Axelera AI']],
    ['en', 'Cohere, a rival of Microsoft-backed OpenAI, said on Thursday it had raised $270 million in a funding round from investors including Nvidia and Oracle.', ['Microsoft INVESTED_IN OpenAI', 'Nvidia INVESTED_IN Cohere', 'Oracle INVESTED_IN Cohere']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    for (const f of facts) expect(got).toContain(f);
    // One event read twice ("raised … funding round") gives the investors no second target.
    expect(got).not.toContain('Nvidia INVESTED_IN OpenAI');
  });
});

describe('a rival named right after the noun, owners of lists, executive chairs', () => {
  it.each([
    ['en', 'Diamondback Energy said it would buy privately held rival Endeavor Energy Partners.', 'Diamondback Energy COMPETES_WITH Endeavor Energy Partners'],
    ['de', 'Im Sommer hatte ProSiebenSat.1 die Sendergruppe SBS geschluckt und damit die Vorherrschaft des Rivalen RTL angegriffen.', 'ProSiebenSat.1 COMPETES_WITH RTL'],
    ['nl', 'DPG is onder meer eigenaar van de Volkskrant, het AD en Trouw.', 'DPG OWNS Trouw'],
    ['en', 'Acme Corp is the owner of Boltway Systems and Quillon Labs.', 'Acme Corp OWNS Quillon Labs'],
    // "presidente ejecutivo" chairs the board and runs the company: the annotators of real news read WORKS_FOR.
    ['es', 'José María Álvarez-Pallete asumió el cargo de presidente ejecutivo de Telefónica.', 'José María Álvarez-Pallete WORKS_FOR Telefónica'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
  it('takes no name further on as the rival', async () => {
    expect(triples(await extract('Acme Corp named a rival bidder, and Boltway Systems said it would wait.', 'en'))).not.toContain('Acme Corp COMPETES_WITH Boltway Systems');
  });
});

describe('lists with a parenthesis, appointments with the personal "a"', () => {
  it('es: every co-founder of a list with a parenthesis after one name', async () => {
    const got = triples(await extract('Los cofundadores de Mistral AI, Guillaume Lample (izquierda), Arthur Mensch y Timothée Lacroix, son antiguos empleados de Meta.', 'es'));
    for (const p of ['Guillaume Lample', 'Arthur Mensch', 'Timothée Lacroix']) expect(got).toContain(`${p} FOUNDED Mistral AI`);
  });
  it('es: "nombró consejero delegado a X"', async () => {
    expect(triples(await extract('El BBVA ha nombrado consejero delegado a Carlos Torres Vila.', 'es'))).toContain('Carlos Torres Vila CEO_OF BBVA');
  });
});

describe('a lone capitalised word after a comma or a list joiner is a name', () => {
  it.each([
    ['fr', "Avec un tour de table à 9 millions de dollars, Linkfluence conclut la levée la plus importante de la semaine.", 'Linkfluence'],
    ['fr', "Ring Capital, Tikehau Capital, Sigma et Kreaxi ont tous participé à l'opération.", 'Kreaxi'],
  ] as const)('%s: %s', async (lang, text, name) => {
    expect((await extract(text, lang)).mentions.map((m) => m.name)).toContain(name);
  });
  it('not half of a compound with a dangling hyphen', async () => {
    expect((await extract('Mediahuis is eigenaar van regionale kranten in Limburg, Noord- en Zuid-Holland.', 'nl')).mentions.map((m) => m.name)).not.toContain('Noord');
  });
  it('not a nationality or a common noun', async () => {
    const names = (await extract('Acme Corp, French and German firms, and Boltway Systems signed.', 'en')).mentions.map((m) => m.name);
    expect(names).not.toContain('French');
    expect(names).not.toContain('German');
  });
});

describe('investors of a round reported in an earlier sentence, names that extend known ones', () => {
  it('fr: the round of the one organisation the last sentence named', async () => {
    const got = triples(await extract("Avec un tour de table à 9 millions de dollars, Linkfluence conclut la levée de la semaine. Ring Capital, Tikehau Capital, Kreaxi, 360 Capital Partners et BNP Paribas Développement ont tous participé à l'opération.", 'fr'));
    for (const i of ['Ring Capital', 'Tikehau Capital', 'Kreaxi', '360 Capital Partners', 'BNP Paribas Développement']) expect(got).toContain(`${i} INVESTED_IN Linkfluence`);
  });
  it.each([
    ['en', 'Cohere raised money from Nvidia and Salesforce Ventures.', 'Salesforce Ventures'],
    ['fr', 'Bpifrance et BNP Paribas Développement ont investi.', 'BNP Paribas Développement'],
  ] as const)('%s: "%s" names %s', async (lang, text, name) => {
    expect((await extract(text, lang)).mentions.map((m) => m.name)).toContain(name);
  });
});

describe('appositions after a noun phrase, conversions, two-name comma lists', () => {
  it('en: the name after "the owner of X," is the owner', async () => {
    const got = triples(await extract('A deal has been struck by Vodafone and the owner of Three UK, CK Hutchison.', 'en'));
    expect(got).toContain('CK Hutchison OWNS Three UK');
    expect(got).not.toContain('Vodafone OWNS Three UK');
    expect(got).not.toContain('Vodafone OWNS CK Hutchison');
  });
  it('es: an amount converted in parentheses is no second plan', async () => {
    const plans = readable(await extract('Microsoft tiene previsto invertir 6,690 millones de euros (7,160 millones de dólares) en nuevos centros de datos en Aragón.', 'es')).filter((c) => c.relation === 'PLANS_SPENDING');
    expect(plans.map((c) => c.q)).toEqual([expect.objectContaining({ amount: 6.69e9, currency: 'EUR' })]);
  });
});

describe('a common noun opening a sentence before a relation compound', () => {
  it.each([
    ['en', 'Family-owned candy giant Mars said it would grow.', 'Family'],
    ['en', 'State-backed lender Boltway Bank said it would grow.', 'State'],
  ] as const)('%s: no entity "%s"', async (lang, text, name) => {
    expect((await extract(text, lang)).mentions.map((m) => m.name)).not.toContain(name);
  });
});

describe('a title with no organisation of its own takes the article\'s organisation where the sentence names it', () => {
  it('en', async () => {
    const got = triples(await extract('Acme Corp agreed to buy Boltway Systems. "Acme Corp has proven itself in the Quillon Basin market," CEO Jane Roe said in a statement.', 'en'));
    expect(got).toContain('Jane Roe CEO_OF Acme Corp');
  });
});

describe('verb-first clauses with a company noun and quotation marks before the subject', () => {
  it('ar: the object is the name after the subject, not a name behind a preposition', async () => {
    const got = triples(await extract('اشترت شركة «أدوية الحكمة» الأردنية المسجلة في بورصة لندن، أمس، شركة «روكسان» الأميركية مقابل 2.65 مليار دولار.', 'ar'));
    // The gazetteer knows أدوية الحكمة as Hikma Pharmaceuticals and names it so.
    expect(got).toContain('Hikma Pharmaceuticals ACQUIRED روكسان');
    expect(got).not.toContain('Hikma Pharmaceuticals ACQUIRED London Stock Exchange');
  });
});

describe('Arabic object pronouns glued to the verb or its preposition', () => {
  it.each([
    ['ar', 'ومصطفى سليمان أسس شركة نوراتك في بريطانيا، وقد اشترتها شركة أرامكو في عام 2014.', 'Saudi Aramco ACQUIRED نوراتك'],
    ['ar', 'تأسست شركة نوراتك عام 2019، واستحوذت عليها شركة أرامكو لاحقا.', 'Saudi Aramco ACQUIRED نوراتك'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
  it('a possessive on a noun with its object after it is no object pronoun', async () => {
    expect(triples(await extract('أعلنت شركة «نوراتك» عن استحواذها على شركة «بلسم» مقابل 20 مليون دولار.', 'ar'))).toContain('نوراتك ACQUIRED بلسم');
  });
});

describe('described facilities go by the names the text gives them', () => {
  it.each([
    ['de', 'Kestrel Systems baut derzeit eine Fabrik im malaysischen Kulim für rund zwei Milliarden Euro.', 'Fabrik Kulim'],
    ['nl', 'Kestrel Systems bouwt een nieuw datacenter in de gemeente Hollands Kroon.', 'datacenter in Hollands Kroon'],
    ['es', 'Kestrel Systems construirá nuevos centros de datos en Aragón.', 'centros de datos en Aragón'],
    ['fr', "Kestrel Systems prévoit la construction d'une usine de fabrication de batteries.", 'usine de fabrication de batteries'],
    ['tr', 'Kestrel Holding, Ankara’da hiper ölçekli veri merkezi kuracak.', 'hiper ölçekli veri merkezi'],
  ] as const)('%s: %s', async (lang, text, alias) => {
    const x = await extract(text, lang);
    const facility = x.mentions.find((m) => m.type === 'Facility');
    expect(facility?.aliases).toContain(alias);
    expect(triples(x).some((t) => /^Kestrel (Systems|Holding) BUILDS/.test(t))).toBe(true);
  });
  it('nl: a name after a preposition of place is the site, not the builder', async () => {
    const got = triples(await extract('Het geld gaat naar het nieuwe datacenter in de Groningse Eemshaven dat gebouwd wordt.', 'nl'));
    expect(got.filter((t) => t.includes('BUILDS'))).toEqual([]);
  });
});

describe('verbs joined by "and" share the first verb\'s subject', () => {
  it.each([
    ['es', 'Banco Kestrel ha ganado la carrera a Quillon Bank y comprará Vantix Bank por 2.650 millones de libras.', 'Banco Kestrel ACQUIRED Vantix Bank', 'Quillon Bank ACQUIRED Vantix Bank'],
    ['en', 'Kestrel Systems beat Quillon Labs in the auction and will acquire Vantix for $2 billion.', 'Kestrel Systems ACQUIRED Vantix', 'Quillon Labs ACQUIRED Vantix'],
  ] as const)('%s: %s', async (lang, text, fact, wrong) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain(fact);
    expect(got).not.toContain(wrong);
  });
  it('a list of subjects before the verb is no first clause', async () => {
    expect(triples(await extract('Kestrel Systems, Quillon Labs and Vantix will acquire Boltway.', 'en'))).toContain('Vantix ACQUIRED Boltway');
  });
});

describe('a one-word short form of a company named in full is that company', () => {
  it('en: the article\'s organisation counts its short form and a title takes it', async () => {
    const got = triples(await extract('Kestrel Energy agreed to buy Vantix Energy Partners. Shares of Kestrel rose. "Kestrel has proven itself in the Quillon Basin," CEO Jane Roe said in a statement. Kestrel is based in Texas.', 'en'));
    expect(got).toContain('Jane Roe CEO_OF Kestrel');
    expect(got).not.toContain('Jane Roe CEO_OF Quillon Basin');
  });
});

describe('Arabic persons in apposition to a role title, whatever their given name', () => {
  it('ar: "X Y، الرئيس التنفيذي للشركة"', async () => {
    const x = await extract('اشترت شركة «نوراتك» شركة «بلسم» مقابل 20 مليون دولار. وقال سعيد دروزة، الرئيس التنفيذي للشركة، إن الصفقة مهمة.', 'ar');
    expect(x.mentions.some((m) => m.type === 'Person' && m.name === 'سعيد دروزة')).toBe(true);
    expect(triples(x)).toContain('سعيد دروزة CEO_OF نوراتك');
  });
});

describe('Arabic quotations, quoted names after a description, and "that it" before the verb', () => {
  it('ar: a quotation after a colon is no name; the person after a quoted organisation holds the title', async () => {
    const x = await extract('وقال الرئيس التنفيذي لشركة "نوراتك" مصطفى الفارس: "لا يوجد شريك سوى "بلسم" يمكنه القيام بذلك".', 'ar');
    expect(x.mentions.map((m) => m.name)).not.toContain('يمكنه القيام بذلك');
    expect(x.mentions.map((m) => m.name)).not.toContain('لا يوجد شريك سوى');
    expect(triples(x)).toContain("مصطفى الفارس CEO_OF نوراتك");
  });
  it('ar: definite words after the company noun describe the company a quoted name names', async () => {
    const x = await extract('أعلنت شركة المستحضرات الصيدلانية الاميركية «نوراتك» الثلاثاء إنها ستشتري شركة «بلسم» مقابل نحو 63 مليار دولار.', 'ar');
    expect(x.mentions.map((m) => m.name)).not.toContain('المستحضرات الصيدلانية');
    expect(triples(x)).toContain('نوراتك ACQUIRED بلسم');
    expect(triples(x)).not.toContain('بلسم ACQUIRED نوراتك');
  });
});

describe('nominal events: who did it and to whom', () => {
  it.each([
    ['fr', "L'investissement de 5 milliards de dollars de Kestrel Systems dans Vantix Labs a surpris.", 'Kestrel Systems', 'INVESTED_IN', 'Vantix Labs'],
    ['fr', "L'investissement d'Acme Corp dans Boltway Systems a surpris.", 'Acme Corp', 'INVESTED_IN', 'Boltway Systems'],
    ['es', 'La inversión de Acme Corp en Boltway Systems sorprendió a los analistas.', 'Acme Corp', 'INVESTED_IN', 'Boltway Systems'],
    ['es', 'La compra de Boltway Systems por parte de Acme Corp se cerró el lunes.', 'Acme Corp', 'ACQUIRED', 'Boltway Systems'],
    ['tr', "Turkcell'in Vodafone'u satın alması tamamlandı.", 'Turkcell', 'ACQUIRED', 'Vodafone'],
    ['tr', "Aselsan'ın Baykar'a yatırımı analistleri şaşırttı.", 'Aselsan', 'INVESTED_IN', 'Baykar'],
  ] as const)('%s: %s', async (lang, text, subject, relation, object) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain(`${subject} ${relation} ${object}`);
    expect(got).not.toContain(`${object} ${relation} ${subject}`);
  });
});

describe('German verbs that share a lemma key with a title are no title', () => {
  it('de: "gründete" is the verb, not the title "Gründer"', async () => {
    const x = await extract('Jane Roe gründete Acme Corp im Jahr 2015.', 'de');
    expect(x.mentions.find((m) => m.name === 'Acme Corp')?.type).toBe('Organization');
    expect(triples(x)).toContain('Jane Roe FOUNDED Acme Corp');
  });
});

describe('a Turkish subject list closed by a comma', () => {
  it('tr: every company of the list is a subject', async () => {
    const got = triples(await extract("Acme Holding ve Quillon Teknoloji, Boltway Teknoloji'ye 1 milyar dolar yatırım yaptı.", 'tr'));
    expect(got).toContain('Acme Holding INVESTED_IN Boltway Teknoloji');
    expect(got).toContain('Quillon Teknoloji INVESTED_IN Boltway Teknoloji');
  });
  it('tr: without the comma a list may be a possessor\'s, and stays whole', async () => {
    const got = triples(await extract("Microsoft ve Nvidia'nın kurucu ortakları arasında yer aldığı Acme Holding, Boltway Teknoloji'yi satın aldı.", 'tr'));
    expect(got).not.toContain('Nvidia ACQUIRED Boltway Teknoloji');
  });
});

describe('Arabic names with a patronymic', () => {
  it.each([
    ['عقد الاجتماع رئيس الشركة المهندس خالد بن عبد العزيز الفالح مع الوزير.', 'خالد بن عبد العزيز الفالح'],
    ['وتقلصت حصة الوليد بن إبراهيم، المؤسس وشقيق زوجة الملك، إلى 36%.', 'الوليد بن إبراهيم'],
  ] as const)('ar: %s', async (text, name) => {
    const x = await extract(text, 'ar');
    expect(x.mentions.some((m) => m.type === 'Person' && m.name === name)).toBe(true);
    expect(x.mentions.some((m) => m.type === 'Person' && m.name.startsWith('وشقيق'))).toBe(false);
  });
});

describe('the organisation of a role title is a name no list needs to know', () => {
  it.each([
    ['en', 'Jane Roe, chief executive of Quillon, said the deal was good.', 'Jane Roe CEO_OF Quillon'],
    ['de', 'Karl-Erivan Haub, Chef von Tengelmann, sagte am Montag, der Deal sei gut.', 'Karl-Erivan Haub CEO_OF Tengelmann'],
    ['fr', 'Jane Roe, directrice générale de Quillon, a déclaré que l’accord était bon.', 'Jane Roe CEO_OF Quillon'],
    ['nl', 'Jane Roe, topvrouw van Quillon, zei dat de deal goed was.', 'Jane Roe CEO_OF Quillon'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
  it('de: a noun with its article after the title is no company', async () => {
    const x = await extract('Jane Roe, Chefin der Gruppe, sagte am Montag, der Deal sei gut.', 'de');
    expect(x.mentions.some((m) => m.type === 'Organization')).toBe(false);
  });
});

describe('objects: conjuncts and names that only describe the object', () => {
  it.each([
    ['en', 'Acme Corp acquired Boltway Systems and Quillon Labs.', ['Acme Corp ACQUIRED Boltway Systems', 'Acme Corp ACQUIRED Quillon Labs']],
    ['de', 'Acme Corp übernimmt Boltway Systems und Quillon Labs.', ['Acme Corp ACQUIRED Boltway Systems', 'Acme Corp ACQUIRED Quillon Labs']],
    ['fr', 'Acme Corp investit dans Boltway Systems et Quillon Labs.', ['Acme Corp INVESTED_IN Boltway Systems', 'Acme Corp INVESTED_IN Quillon Labs']],
    ['en', 'Mars said it would acquire Cheez-It and Pringles maker Kellanova in a $36 billion deal.', ['Mars ACQUIRED Kellanova']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    for (const f of facts) expect(got).toContain(f);
    expect(got.filter((t) => t.includes('Cheez'))).toEqual([]);
  });
  it('nl: a reversed compound\'s list stays with its own head', async () => {
    const got = triples(await extract('Microsoft wil concurrenten Amazon, Facebook-moederbedrijf Meta en Google-moeder Alphabet voorblijven.', 'nl'));
    expect(got).not.toContain('Google OWNS Facebook');
  });
});

describe('relative and participial clauses, passives with a company noun, roles taken up', () => {
  it.each([
    ['tr', "Boltway Teknoloji'yi satın alan Acme Holding büyümeye devam ediyor.", 'Acme Holding ACQUIRED Boltway Teknoloji'],
    ['tr', "Boltway Teknoloji'ye yatırım yapan Acme Holding büyümeye devam ediyor.", 'Acme Holding INVESTED_IN Boltway Teknoloji'],
    ['tr', "Acme Holding'i kuran Jane Roe anlaşmanın iyi olduğunu söyledi.", 'Jane Roe FOUNDED Acme Holding'],
    ['ar', 'تم الاستحواذ على شركة بولتواي من قبل شركة أكمي.', 'أكمي ACQUIRED بولتواي'],
    ['ar', 'قال مؤسس شركة أكمي مصطفى الفارس إن الصفقة جيدة.', 'مصطفى الفارس FOUNDED أكمي'],
    ['nl', 'Heijmans, dat in 2019 door Acme Corp werd overgenomen, maakt sensoren.', 'Acme Corp ACQUIRED Heijmans'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
  it('de: a role named after the verb is taken up, not left', async () => {
    const got = triples(await extract('Jane Roe wechselt als Finanzchefin zu Acme Corp.', 'de'));
    expect(got).toContain('Jane Roe JOINED Acme Corp');
    expect(got).not.toContain('Jane Roe LEFT Acme Corp');
  });
  it('es: "consejera delegada" is the chief executive, not a board member by the word "consejo"', async () => {
    const got = triples(await extract('Jane Roe, consejera delegada de Acme Corp, dijo que el acuerdo era bueno.', 'es'));
    expect(got).toEqual(['Jane Roe CEO_OF Acme Corp']);
  });
});

describe('who reports is no party to what is reported', () => {
  it.each([
    ['fr', "Selon Siemens, Bosch va investir 2 milliards d'euros."],
    ['es', 'Según Siemens, Bosch invertirá 2.000 millones de euros.'],
    ['en', 'According to Siemens, Bosch plans to spend $2 billion on new plants.'],
    ['en', 'Siemens said that Bosch plans to spend $2 billion on new plants.'],
    ['tr', "Siemens'e göre Bosch 2 milyar dolar yatırım yapacak."],
    ['de', 'Siemens teilte mit, dass Bosch zwei Milliarden Euro investieren will.'],
  ] as const)('%s: %s', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got.filter((t) => t.startsWith('Siemens') || t.endsWith('Siemens'))).toEqual([]);
  });
  it('en: the spender of a reported plan is the reported clause\'s subject', async () => {
    expect(triples(await extract('Siemens said that Bosch plans to spend $2 billion on new plants.', 'en')).some((t) => t.startsWith('Bosch PLANS_SPENDING'))).toBe(true);
  });
});

describe('stock tickers, titles of "the company", sellers and German nouns', () => {
  it('en: a ticker in brackets is no entity and marks the company before it', async () => {
    const x = await extract('Acme Corp (NYSE:ACM) bought a 30% stake in Boltway Systems.', 'en');
    expect(x.mentions.map((m) => m.name)).toEqual(['Acme Corp', 'Boltway Systems']);
    expect(triples(x)).toContain('Acme Corp INVESTED_IN Boltway Systems');
  });
  it.each([
    ['en', 'Jan de Vries, CEO of the company, previously worked at Adyen.'],
    ['nl', 'Jan de Vries, directeur van het bedrijf, werkte eerder bij Adyen.'],
  ] as const)('%s: the organisation "the company" refers to, never another of the sentence', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).not.toContain('Jan de Vries CEO_OF Adyen');
    expect(got).not.toContain('Jan de Vries WORKS_FOR Adyen');
  });
  it.each([
    ['en', 'Acme Corp bought Boltway Systems from Siemens for $2 billion.'],
    ['de', 'Acme Corp kauft Boltway Systems von Siemens.'],
    ['nl', 'Acme Corp koopt Boltway Systems van Siemens.'],
  ] as const)('%s: the seller is neither buyer nor bought', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain('Acme Corp ACQUIRED Boltway Systems');
    expect(got.filter((t) => t.includes('Siemens'))).toEqual([]);
  });
});

describe('possessors and verb-final verbs in main clauses', () => {
  it.each([
    ["Alphabet's Google has invested $2 billion in Boltway Systems.", 'Alphabet OWNS Google'],
    ["Alphabet's Google said it would invest.", 'Alphabet OWNS Google'],
  ] as const)('en: %s', async (text, fact) => {
    expect(triples(await extract(text, 'en'))).toContain(fact);
  });
  it('en: a possessed name that modifies a noun is owned by no one', async () => {
    expect(triples(await extract("Meta's Scale AI deal worried rivals.", 'en'))).toEqual([]);
  });
  it('de: a verb with its object after it is no verb-final clause', async () => {
    const got = triples(await extract('Die Google-Mutter Alphabet investiert in Boltway Systems.', 'de'));
    expect(got).toContain('Alphabet INVESTED_IN Boltway Systems');
    expect(got).not.toContain('Google INVESTED_IN Alphabet');
  });
});

describe('a German sentence may open with an unknown company as its subject', () => {
  it('de: "Kestrel übernimmt Quillon"', async () => {
    expect(triples(await extract('Kestrel übernimmt Quillon für zwei Milliarden Euro.', 'de'))).toContain('Kestrel ACQUIRED Quillon');
  });
  it('de: weekdays are no companies', async () => {
    const x = await extract('Quillon hat am Montag 50 Millionen Euro eingesammelt.', 'de');
    expect(x.mentions.map((m) => m.name)).not.toContain('Montag');
  });
});

describe('unknown companies opening Dutch and Turkish sentences', () => {
  it.each([
    ['nl', 'Kestrel neemt Quillon over voor 2 miljard euro.', 'Kestrel ACQUIRED Quillon'],
    ['nl', 'Kestrel heeft vorig jaar Quillon overgenomen.', 'Kestrel ACQUIRED Quillon'],
    ['tr', "Kestrel, Quillon'u 2 milyar dolara satın aldı.", 'Kestrel ACQUIRED Quillon'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
  it('nl: a separable particle followed by a name is a preposition', async () => {
    expect(triples(await extract('Heijmans neemt een besluit over Kiwibouw.', 'nl'))).toEqual([]);
  });
  it('tr: a sentence adverb, an anaphor or a dateline before the comma is no company', async () => {
    const got = triples(await extract("Ayrıca, Aselsan Baykar'ı satın aldı. İSTANBUL, 5 Mayıs 2026 (AA) - Turkcell, Trendyol'a 500 milyon dolar yatırım yaptı.", 'tr'));
    expect(got.filter((t) => t.startsWith('Ayrıca') || t.startsWith('İSTANBUL'))).toEqual([]);
  });
});

describe('Arabic: stakes, appositions with the Arabic comma, verbs after names', () => {
  it.each([
    ['استحوذت أمازون على حصة في أنثروبيك مقابل 4 مليارات دولار.', ['Amazon INVESTED_IN Anthropic'], ['Amazon ACQUIRED Anthropic']],
    ['وقال الرئيس التنفيذي لشركة أكمي، مصطفى الفارس، إن الصفقة مهمة.', ['مصطفى الفارس CEO_OF أكمي'], []],
    ['شركة بولتواي المملوكة لشركة أكمي تصنع الرقائق.', ['أكمي OWNS بولتواي'], []],
  ] as const)('ar: %s', async (text, yes, no) => {
    const got = triples(await extract(text, 'ar'));
    for (const f of yes) expect(got).toContain(f);
    for (const f of no) expect(got).not.toContain(f);
  });
});

describe('Arabic lists joined by a "و" glued to the next word', () => {
  it.each([
    ['وقعت شركة أكمي وشركة بولتواي اتفاقية شراكة استراتيجية.', ['أكمي PARTNERS_WITH بولتواي']],
    ['استثمرت شركة أكمي وشركة كيستريل مليار دولار في شركة بولتواي.', ['أكمي INVESTED_IN بولتواي', 'كيستريل INVESTED_IN بولتواي']],
  ] as const)('ar: %s', async (text, facts) => {
    const got = triples(await extract(text, 'ar'));
    for (const f of facts) expect(got).toContain(f);
  });
});

describe('raising money in German and Dutch: the investors behind "bei/von" or a leading phrase', () => {
  it.each([
    ['de', 'Boltway Systems sammelt 50 Millionen Euro bei Acme Corp ein.'],
    ['de', 'Boltway Systems sammelt in einer Finanzierungsrunde unter Führung von Acme Corp 50 Millionen Euro ein.'],
    ['nl', 'Boltway Systems haalt 50 miljoen euro op bij Acme Corp.'],
    ['nl', 'Boltway Systems haalt 50 miljoen euro op in een financieringsronde onder leiding van Acme Corp.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toEqual(['Acme Corp INVESTED_IN Boltway Systems']);
  });
  it('nl: hiring with "haalt … binnen" stays a hire', async () => {
    expect(triples(await extract('Heijmans haalt Jan de Vries binnen.', 'nl'))).toEqual(['Jan de Vries JOINED Heijmans']);
  });
});

describe('the addressee of a statement is no party', () => {
  it('tr: "KAP’a yaptığı açıklamada" names where the company spoke, not a buyer', async () => {
    const got = triples(await extract('Ford Otosan, KAP’a yaptığı açıklamada Boltway Teknoloji’yi 575 milyon euroya satın aldığını ifade etti.', 'tr'));
    expect(got.filter((t) => t.includes('KAP'))).toEqual([]);
  });
  it('de: month names are no companies', async () => {
    const x = await extract('Im Juli übernimmt Acme Corp die Firma Kiwilabs.', 'de');
    expect(x.mentions.map((m) => m.name)).not.toContain('Juli');
  });
});

describe('Turkish sellers, sources and sentence adverbs', () => {
  it.each([
    ["Acme Holding, Boltway Teknoloji'yi Kestrel Grup'tan 40 milyon dolara satın aldı.", ['Acme Holding ACQUIRED Boltway Teknoloji']],
    ["Bloomberg HT'nin haberine göre Acme Holding, Boltway Teknoloji'yi satın aldı.", ['Acme Holding ACQUIRED Boltway Teknoloji']],
    ['Yerine, banka yönetim kurulu üyesi Bilal Karaman getirildi.', []],
  ] as const)('tr: %s', async (text, facts) => {
    expect(triples(await extract(text, 'tr'))).toEqual(facts);
  });
});

describe('a subsidiary noun after an owner\'s possessive', () => {
  it.each([
    ["Shares rose after Alphabet's subsidiary Waymo said it had raised funds."],
    ["Alphabet's unit Waymo raised $5 billion."],
  ] as const)('en: %s', async (text) => {
    expect(triples(await extract(text, 'en'))).toContain('Alphabet OWNS Waymo');
  });
  it('en: an unknown possessor before a company noun is a name too', async () => {
    const got = triples(await extract("Acme Corp's subsidiary Boltway Systems makes sensors. Acme Corp's rival Quillon Labs cut prices.", 'en'));
    expect(got).toContain('Acme Corp OWNS Boltway Systems');
    expect(got).toContain('Acme Corp COMPETES_WITH Quillon Labs');
  });
});

describe('successions: the successor takes the title, the predecessor leaves', () => {
  it.each([
    ['en', 'Jane Roe will succeed John Doe as chief executive of Acme Corp.', 'Jane Roe', 'John Doe', 'Acme Corp'],
    ['fr', 'Jeanne Dupont succède à Jean Martin comme directrice générale de Renault.', 'Jeanne Dupont', 'Jean Martin', 'Renault'],
    ['es', 'Ana García sucederá a Juan Pérez como consejera delegada de Telefónica.', 'Ana García', 'Juan Pérez', 'Telefónica'],
    ['de', 'Anna Weber folgt auf Max Müller als Chefin der Kiwilabs AG.', 'Anna Weber', 'Max Müller', 'Kiwilabs AG'],
    ['de', 'Marcus Hale löst Laura Whitfield als Vorstandschef von Kestrel Capital ab.', 'Marcus Hale', 'Laura Whitfield', 'Kestrel Capital'],
    ['nl', 'Marcus Hale volgt Laura Whitfield op als topman van Kestrel Capital.', 'Marcus Hale', 'Laura Whitfield', 'Kestrel Capital'],
    ['fr', 'Marcus Hale remplace Laura Whitfield à la tête de Kestrel Capital.', 'Marcus Hale', 'Laura Whitfield', 'Kestrel Capital'],
    ['en', 'Marcus Hale replaces Laura Whitfield, who is stepping down as chief of Kestrel Capital.', 'Marcus Hale', 'Laura Whitfield', 'Kestrel Capital'],
  ] as const)('%s: %s', async (lang, text, successor, predecessor, org) => {
    const claims = readable(await extract(text, lang));
    const got = claims.map((c) => `${c.subject} ${c.relation} ${c.object}`);
    expect(got).toContain(`${successor} CEO_OF ${org}`);
    expect(got).toContain(`${predecessor} LEFT ${org}`);
    // The title is the successor's; the predecessor held the post only as the one a new chief executive replaces.
    for (const c of claims.filter((x) => x.subject === predecessor && x.relation === 'CEO_OF')) expect(c.ruleId).toMatch(/\.succession-role$/u);
  });
});

describe('dismissals: the organisation first, the person leaves', () => {
  it.each([
    ['en', 'Acme Corp fired chief executive Jane Roe on Monday.', 'Jane Roe LEFT Acme Corp'],
    ['fr', 'Acme Corp a limogé son directeur général Jean Dupont.', 'Jean Dupont LEFT Acme Corp'],
    ['es', 'Acme Corp ha destituido a su consejero delegado, Juan Pérez.', 'Juan Pérez LEFT Acme Corp'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
  it('en: firing workers names no one who leaves', async () => {
    expect(triples(await extract('Acme Corp fired 200 workers at Boltway Systems.', 'en'))).toEqual([]);
  });
});

describe('Arabic titles joined by a glued "و" after the first title\'s organisation', () => {
  it('ar: "مؤسس شركة أكمي ورئيسها التنفيذي" is founder and chief executive of Acme', async () => {
    const got = triples(await extract('قال مصطفى الفارس، مؤسس شركة أكمي ورئيسها التنفيذي، إن الصفقة جيدة.', 'ar'));
    expect(got).toContain('مصطفى الفارس FOUNDED أكمي');
    expect(got).toContain('مصطفى الفارس CEO_OF أكمي');
  });
});

describe('an aside between dashes gives no subject to a claim outside it', () => {
  it('fr: the airline named in the aside partners with no one listed after it', async () => {
    const got = triples(await extract("Fondée en 1946, Acme Corp va quitter Star Alliance - autour de Boltway Systems en Europe - pour rejoindre l'alliance concurrente SkyTeam, qui compte, avec Quillon Labs, Zentrix Group et Orvane Air, une vingtaine de membres.", 'fr'));
    expect(got.filter((t) => t.startsWith('Boltway Systems') || t.endsWith('Boltway Systems'))).toEqual([]);
  });

  it('en: a claim inside the aside stands', async () => {
    expect(triples(await extract('Acme Corp said - after Quillon Labs acquired Boltway Systems in May - that it would expand.', 'en'))).toContain('Quillon Labs ACQUIRED Boltway Systems');
  });
});

describe('a product after a possessive is its organisation’s (DEVELOPS)', () => {
  it.each([
    ['en', 'Acme Corp will add the feature to its cloud platform Zentra.'],
    ['en', 'Acme Corp launched its Zentra chatbot in May.'],
    ['en', 'Acme Corp has released its own ChatGPT rival, dubbed Zentra.'],
    ['en', "Acme Corp's Zentra chatbot is popular."],
    ['en', "Acme Corp's chatbot Zentra is popular."],
    ['fr', 'Acme Corp va étendre la fabrication de sa puce "Zentra".'],
    ['nl', 'Acme Corp voegt de functie toe aan zijn cloudplatform Zentra.'],
    ['de', 'Acme Corp bringt seinen Chatbot Zentra nach Europa.'],
    ['es', 'Acme Corp integrará su asistente Zentra en WhatsApp.'],
    ['tr', 'Acme Holding, Zentra adlı sohbet robotunu geliştirdi.'],
  ] as const)('%s: %s', async (lang, text) => {
    const owner = lang === 'tr' ? 'Acme Holding' : 'Acme Corp';
    expect(triples(await extract(text, lang))).toContain(`${owner} DEVELOPS Zentra`);
  });

  it('names a product after a product noun even when it is also a place', async () => {
    expect(triples(await extract('Acme Corp utiliserait l’argent pour étendre la fabrication de sa puce "Europa".', 'fr'))).toContain('Acme Corp DEVELOPS Europa');
  });

  it('gives nothing to a name that only modifies another noun', async () => {
    expect(triples(await extract("Boltway Systems said the Acme Corp deal closed.", 'en')).filter((t) => t.includes('DEVELOPS'))).toEqual([]);
  });
});

describe('ownership stated by belonging (OWNS)', () => {
  it.each([
    ['de', 'Boltway Systems gehört seit 2019 zu Acme Corp.', ['Acme Corp OWNS Boltway Systems']],
    ['de', 'Die Acme Corp, zu der Siemens Energy und Quillon Labs gehören, will ein Werk bauen.', ['Acme Corp OWNS Siemens Energy', 'Acme Corp OWNS Quillon Labs']],
    ['tr', "Boltway Teknoloji, Acme Holding'e ait bir şirkettir.", ['Acme Holding OWNS Boltway Teknoloji']],
    ['nl', 'Boltway Systems, een dochter van Acme Corp, opende een fabriek.', ['Acme Corp OWNS Boltway Systems']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual(expect.arrayContaining([...facts]));
  });
});

describe('buying another holder’s stake is an investment in the company, not a purchase of the holder', () => {
  it.each([
    ['en', "Acme Corp bought Siemens' stake in Boltway Systems."],
    ['de', 'Acme Corp übernimmt von Siemens die Anteile an Boltway Systems.'],
    ['de', 'Acme Corp übernimmt die Anteile am KI-Unternehmen Boltway Systems.'],
    ['fr', 'Acme Corp rachète à Siemens sa participation dans Boltway Systems.'],
    ['es', 'Acme Corp compra a Siemens su participación en Boltway Systems.'],
  ] as const)('%s: %s', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain('Acme Corp INVESTED_IN Boltway Systems');
    expect(got.filter((t) => t.startsWith('Acme Corp ACQUIRED'))).toEqual([]);
  });
});

describe('a pronoun or description standing for the company in the next sentence is its subject', () => {
  it.each([
    ['en', 'Acme Corp agreed to buy Boltway Systems. It will also acquire Quillon Labs.'],
    ['de', 'Acme Corp kauft Boltway Systems. Außerdem übernimmt der Konzern Quillon Labs.'],
    ['nl', 'Acme Corp koopt Boltway Systems. Daarnaast koopt het concern Quillon Labs.'],
    ['fr', 'Acme Corp rachète Boltway Systems. Le groupe va aussi acquérir Quillon Labs.'],
    ['es', 'Acme Corp compra Boltway Systems. La empresa también adquirirá Quillon Labs.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toEqual(['Acme Corp ACQUIRED Boltway Systems', 'Acme Corp ACQUIRED Quillon Labs']);
  });

  it('does not take "it" that ends a clause for the company ("upon Tan becoming CEO, it adds")', async () => {
    const got = triples(await extract('Acme Corp named a new chief. Boltway Systems will revert to its old name upon Anna Berg becoming CEO, it adds.', 'en'));
    expect(got.filter((t) => t.includes('CEO_OF Acme Corp'))).toEqual([]);
  });
});

describe('a description as subject stands for the company that reports the sentence', () => {
  it.each([
    ['en', 'The German chipmaker will buy Boltway Systems, Acme Corp said on Thursday.'],
    ['de', 'Der deutsche Konzern erwirbt Boltway Systems, wie Acme Corp mitteilte.'],
    ['fr', 'Le groupe rachète Boltway Systems, a annoncé Acme Corp jeudi.'],
    ['es', 'La empresa comprará Boltway Systems, según ha informado Acme Corp.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toEqual(['Acme Corp ACQUIRED Boltway Systems']);
  });

  it('takes no source that reports on others ("according to Reuters")', async () => {
    expect(triples(await extract('The German chipmaker will buy Boltway Systems, according to Quillon Labs.', 'en'))).not.toContain('Quillon Labs ACQUIRED Boltway Systems');
  });
});

describe('sellers behind a dative preposition and whole-company shares', () => {
  it.each([
    ['fr', "Acme Corp a racheté à l'allemand Siemens la société Boltway Systems.", ['Acme Corp ACQUIRED Boltway Systems']],
    ['es', 'Acme Corp ha adquirido al fondo Quillon Labs un 15% del capital de Boltway Systems.', ['Acme Corp INVESTED_IN Boltway Systems']],
    ['es', 'Acme Corp adquirirá a la compañía Boltway Systems por 5 millones.', ['Acme Corp ACQUIRED Boltway Systems']],
    ['fr', "Le Groupe Acme Corp a finalisé l'acquisition de 100% du capital de Boltway Systems.", ['Acme Corp ACQUIRED Boltway Systems']],
    ['en', 'Acme Corp acquired 95% of Boltway Systems.', ['Acme Corp ACQUIRED Boltway Systems']],
    ['en', 'Acme Corp acquired 49% of Boltway Systems.', ['Acme Corp INVESTED_IN Boltway Systems']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('Turkish sales, passives and partnerships', () => {
  it.each([
    ['Boltway Teknoloji\'nin Acme Holding\'e satışı tamamlandı.', ['Acme Holding ACQUIRED Boltway Teknoloji']],
    ['Boltway Teknoloji\'nin Acme Holding tarafından satın alınması tamamlandı.', ['Acme Holding ACQUIRED Boltway Teknoloji']],
    ['Boltway Teknoloji, Acme Holding tarafından satın alındı.', ['Acme Holding ACQUIRED Boltway Teknoloji']],
    // A passive participle names no buyer: "the recently acquired Boltway".
    ['Acme Holding\'in temmuz ayında satın alınan Boltway Teknoloji yatırımları bulunuyor.', []],
  ] as const)('tr: %s', async (text, facts) => {
    expect(triples(await extract(text, 'tr'))).toEqual([...facts]);
  });

  it('tr: forming a partnership founds no company ("ortaklık kurduklarını")', async () => {
    const got = triples(await extract("Acme Holding'in CEO'su Ayşe Kaya, Boltway Teknoloji ile ortaklık kurduklarını söyledi.", 'tr'));
    expect(got.filter((t) => t.includes('FOUNDED'))).toEqual([]);
  });
});

describe('titles: a deputy modifier takes only the first of joined titles; who leads a company', () => {
  it.each([
    ['en', '"We are happy," said Acme Corp vice chairman and CEO Anna Berg.', 'Anna Berg CEO_OF Acme Corp'],
    ['de', 'Rolf Schumann, Co-Chef von Acme Corp, sagte, der Umsatz steige.', 'Rolf Schumann CEO_OF Acme Corp'],
    ['de', 'Acme Corp, geleitet von Hans Müller, wächst.', 'Hans Müller CEO_OF Acme Corp'],
    ['nl', 'Acme Corp, geleid door Jan de Vries, groeit.', 'Jan de Vries CEO_OF Acme Corp'],
    ['en', 'Acme Corp, headed by Anna Berg, said sales rose.', 'Anna Berg CEO_OF Acme Corp'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('en: a vice chairman alone is no CEO', async () => {
    expect(triples(await extract('"We are happy," said Acme Corp vice chairman Anna Berg.', 'en'))).not.toContain('Anna Berg CEO_OF Acme Corp');
  });
});

describe('deal facts read against the rest of the sentence and document', () => {
  it.each([
    ['en', 'Acme Corp will buy the remaining 30% of Boltway Systems.', ['Acme Corp ACQUIRED Boltway Systems']],
    ['en', 'Acme Corp will purchase the 57.8 per cent of Boltway Systems that it does not already own.', ['Acme Corp ACQUIRED Boltway Systems']],
    ['nl', 'Acme Corp wil de resterende 70,1 procent aandelen van Boltway Systems kopen.', ['Acme Corp ACQUIRED Boltway Systems']],
    ['en', 'Boltway Systems shareholders will receive $29 in cash and 0.5 Acme Corp shares.', []],
    ['en', 'Acme Corp agreed to acquire Indonesian lubricant maker PT Boltway Karya for $436 million.', ['Acme Corp ACQUIRED PT Boltway Karya']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });

  it('takes a price per share for no amount of the deal', async () => {
    const c = readable(await extract('Acme Corp agreed to acquire Boltway Systems for $53 per share in cash.', 'en')).find((x) => x.relation === 'ACQUIRED');
    expect(c).toBeDefined();
    expect(c?.q?.amount).toBeUndefined();
  });

  it('drops a partnership between a buyer and the company it buys in the same document', async () => {
    const got = triples(await extract('Acme Corp agreed to buy Boltway Systems. "We are pleased to have reached an agreement with Boltway Systems," Acme Corp said.', 'en'));
    expect(got).toContain('Acme Corp ACQUIRED Boltway Systems');
    expect(got.filter((t) => t.includes('PARTNERS_WITH'))).toEqual([]);
  });
});

describe('paying for a company is buying it', () => {
  it.each([
    ['en', 'Acme Corp agreed to pay $5 billion for Boltway Systems.', ['Acme Corp ACQUIRED Boltway Systems']],
    ['de', '154,8 Mrd Dollar zahlt der US-Internetkonzern Acme Corp im Januar für den Medienkonzern Boltway Systems.', ['Acme Corp ACQUIRED Boltway Systems']],
    ['de', 'Für 199 Milliarden Dollar verleibt sich Acme Corp im April den deutschen Mobilfunk-Konzern Boltway Systems ein.', ['Acme Corp ACQUIRED Boltway Systems']],
    ['fr', "Acme Corp paiera 5 milliards d'euros pour Boltway Systems.", ['Acme Corp ACQUIRED Boltway Systems']],
    ['es', 'Acme Corp pagará 5.000 millones de euros por Boltway Systems.', ['Acme Corp ACQUIRED Boltway Systems']],
    ['nl', 'Acme Corp betaalt 5 miljard euro voor Boltway Systems.', ['Acme Corp ACQUIRED Boltway Systems']],
    // The owner of what is bought is not bought; a price per share makes no stake.
    ['en', 'Acme Corp will pay $11.6 billion for Boltway Systems’ banking operations in the U.S.', []],
    ['en', 'Acme Corp will pay $83.50 per share in an all-cash deal for Boltway Systems.', ['Acme Corp ACQUIRED Boltway Systems']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('a name behind a preposition is no verb’s subject', () => {
  it.each([
    ['es', 'Acme Corp ha llegado a un acuerdo con Quillon Labs para adquirir el 100% del capital de Boltway Systems.'],
    ['en', 'Acme Corp reached an agreement with Quillon Labs to acquire Boltway Systems.'],
    ['fr', 'Acme Corp a conclu un accord avec Quillon Labs pour acquérir Boltway Systems.'],
  ] as const)('%s: %s', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain('Acme Corp ACQUIRED Boltway Systems');
    expect(got).not.toContain('Quillon Labs ACQUIRED Boltway Systems');
  });

  it('es: unless a relative clause or a verb right after makes it one', async () => {
    expect(triples(await extract('Slim intentará convencer a Acme Corp, entidad que controla el 49% del capital de Boltway Systems.', 'es'))).toContain('Acme Corp INVESTED_IN Boltway Systems');
  });
});

describe('seats, complements, agents after the object, partners in a deal', () => {
  it.each([
    ['es', 'Acme Corp adquirió el cien por cien de las acciones de la empresa con sede en Sant Boltway.', 'Sant Boltway', []],
    ['en', 'Acme Corp, based in Quillon Falls, bought a stake in Boltway Systems.', 'Quillon Falls', ['Acme Corp INVESTED_IN Boltway Systems']],
  ] as const)('%s: where a company sits is a place: %s', async (lang, text, place, facts) => {
    const x = await extract(text, lang);
    expect(x.mentions.filter((m) => m.type === 'Location').map((m) => m.name)).toContain(place);
    expect(triples(x)).toEqual([...facts]);
  });

  it.each([
    ['es', 'La CNMC ha autorizado la compra del grupo vasco de servicios tecnológicos Boltway por parte de Acme Corp.', ['Acme Corp ACQUIRED Boltway']],
    ['es', 'Acme Corp, que ha presentado la oferta de compra junto a Quillon Labs, adquiere la propiedad de la marca Zentra.', ['Acme Corp OWNS Zentra']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    expect(got).toEqual(expect.arrayContaining([...facts]));
    expect(got.filter((t) => t.includes('Quillon Labs') || t.startsWith('CNMC') || t.startsWith('Zentra'))).toEqual([]);
  });
});

describe('revenue, acronyms for kinds of company, partners before a noun trigger', () => {
  it('fr: a company’s turnover is no amount of the deal', async () => {
    const c = readable(await extract("Acme Corp annonce l'acquisition de la société Boltway Systems, qui a réalisé un chiffre d'affaires de près de 85 millions d'euros.", 'fr')).find((x) => x.relation === 'ACQUIRED');
    expect(c).toBeDefined();
    expect(c?.q?.amount).toBeUndefined();
  });

  it('fr: "PME" is no company', async () => {
    expect(triples(await extract("Acme Corp, une société spécialisée dans l'acquisition de PME, rachète Boltway Systems.", 'fr'))).toEqual(['Acme Corp ACQUIRED Boltway Systems']);
  });

  it('fr: the partner of a negotiation is not the buyer', async () => {
    expect(triples(await extract("Acme Corp annonce l'entrée en négociation exclusive avec le groupe Quillon Labs en vue de l'acquisition de la société Boltway Systems.", 'fr'))).toContain('Acme Corp ACQUIRED Boltway Systems');
  });
});

describe('a description between an object’s preposition and its name', () => {
  it.each([
    ['en', 'Acme Corp invested $5 million in the Munich robotics startup Boltway.', 'Acme Corp INVESTED_IN Boltway'],
    ['ar', 'قال أحمد الفارس إن شركة "أكمي" استحوذت على شركته الناشئة في مجال الذكاء الاصطناعي "بولتواي" في صفقة قياسية.', 'أكمي ACQUIRED بولتواي'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('en: another name inside the description stops it', async () => {
    expect(triples(await extract('Acme Corp invested $5 million in the Quillon Labs spin-off startup Boltway.', 'en'))).not.toContain('Acme Corp INVESTED_IN Boltway');
  });
});

describe('Turkish case endings written after a legal form’s period', () => {
  it('tr: "A.Ş.’nin" is a genitive: the owner, not the buyer', async () => {
    const got = triples(await extract('Acme Teknolojileri A.Ş.’nin bağlı ortaklığı Boltway Renewables Inc., Quillon Solar LLC’nin tüm hisselerini satın aldı.', 'tr'));
    expect(got).toContain('Boltway Renewables Inc ACQUIRED Quillon Solar LLC');
    expect(got).toContain('Acme Teknolojileri A.Ş OWNS Boltway Renewables Inc');
    expect(got).not.toContain('Acme Teknolojileri A.Ş ACQUIRED Quillon Solar LLC');
  });
});

describe('a topic is no party', () => {
  it('fr: "Concernant X, …" gives X no partnership', async () => {
    const got = triples(await extract("Acme Corp a signé un accord avec Boltway Systems. Concernant Quillon Labs, le PDG a été catégorique : l'accord avec Boltway Systems n'aura aucun impact.", 'fr'));
    expect(got.filter((t) => t.includes('Quillon Labs'))).toEqual([]);
  });
});

describe('leading something is no investment unless it is a round, whose company may follow its amount', () => {
  it.each([
    ['en', 'Acme Corp was founded in 2001. As chief executive, Anna Berg led a reinvention of the company.', []],
    ['en', 'Acme Corp led a $20 million funding round in Boltway Systems.', ['Acme Corp INVESTED_IN Boltway Systems']],
    ['de', 'Acme Corp führte eine Finanzierungsrunde von 20 Millionen Euro bei Boltway Systems an.', ['Acme Corp INVESTED_IN Boltway Systems']],
    ['es', 'Acme Corp lideró una ronda de 20 millones de euros en Boltway Systems.', ['Acme Corp INVESTED_IN Boltway Systems']],
    ['fr', 'Acme Corp a mené un tour de table de 20 millions d’euros dans Boltway Systems.', ['Acme Corp INVESTED_IN Boltway Systems']],
    ['nl', 'Acme Corp leidde een financieringsronde van 20 miljoen euro in Boltway Systems.', ['Acme Corp INVESTED_IN Boltway Systems']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang)).filter((t) => t.includes('INVESTED_IN'))).toEqual([...facts]);
  });
});

describe('Turkish: defined terms, possessors, relative participles and names joined by "ve"', () => {
  it.each([
    // A capitalised company noun is the company a text defined, no name of its own.
    ['tr', 'Açıklamada, Işıklar Topluluğu’nun Banka’nın ana hissedarı olmaya devam edeceği vurgulandı.', []],
    // A genitive possesses the noun right after it only: "yatırımcıları" here is "investors", owned by no one named.
    ['tr', 'Boltway Holding’in bağlı ortaklıkları üzerinden Veltra Holding’de ortaklığı bulunması yatırımcıları endişelendirdi.', []],
    // Other case-marked names may stand between an object and its verb.
    ['tr', 'Işıklar Holding, Lumora gazetesini 40 milyon dolara Veltra Medya’dan satın aldı.', ['Işıklar Holding ACQUIRED Lumora']],
    // A relative participle's genitive subject, with a complement between.
    ['tr', 'Işıklar Holding’in tamamına sahip olduğu Lumora Teknoloji A.Ş. büyüyor.', ['Işıklar Holding OWNS Lumora Teknoloji A.Ş']],
    // A capitalised company noun closes a name that "ve" joins.
    ['tr', 'Işıklar Holding, sahip olduğu Deniz ve Kalkınma Bankası’nın paylarını sattı.', ['Işıklar Holding OWNS Deniz ve Kalkınma Bankası']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('Arabic: sources named by their medium, "between it and", what "التابعة" modifies', () => {
  it.each([
    // A newspaper introduced by "بحسب" is a source, no party.
    ['ar', 'وبحسب صحيفة "الرائد"، فإن الصفقة ذهبت لتحالف تقني تقوده مجموعة Boltway Capital.', []],
    // "بينها وبين A وB": the pronoun is the first party, A and B never each other's.
    ['ar', 'باعت شركة «أكمي» هواتف كثيرة. وشهدت تراجعًا في مبيعاتها بسبب المنافسة القوية بينها وبين آبل وسامسونج.', ['أكمي COMPETES_WITH Apple', 'أكمي COMPETES_WITH Samsung Electronics']],
    // The pronoun is the clause's subject, not a name behind a preposition before it.
    ['ar', 'وقبل بيعها لشركة «كيستريل»، كانت «أكمي» تبيع هواتف كثيرة، وشهدت تراجعًا بسبب المنافسة القوية بينها وبين آبل وسامسونج.', ['أكمي COMPETES_WITH Apple', 'أكمي COMPETES_WITH Samsung Electronics']],
    // The owned company is the description before "التابعة", named by the name apposed after its owner.
    ['ar', 'وافقت "إنفيديا" على شراء شركة الرقائق التابعة لـ"بولتواي" "أكمي" مقابل 40 مليار دولار.', ['بولتواي OWNS أكمي']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang)).filter((t) => !t.includes('ACQUIRED'))).toEqual([...facts]);
  });

  it('takes no name from a noun behind "لل" after "شركة"', async () => {
    expect(mentionsOf(await extract('وستؤدي الصفقة إلى قيام أكبر شركة للاتصالات في المنطقة.', 'ar'))).toEqual([]);
  });
});

describe('persons that buy companies, and places of origin', () => {
  it.each([
    // A person named as the subject of a buying verb buys (DESIGN.md lists organisations only; news says otherwise).
    ['tr', 'Asil Demir, 1988 yılında Lumora gazetesini 40 milyon dolara satın aldı.', ['Asil Demir ACQUIRED Lumora']],
    // Not through a noun or a preposition.
    ['fr', 'Pour Martin Vasseur, l’acquisition de Boltway Systems constitue un tournant.', []],
    // "oriundo de" names a place, no company founded.
    ['es', 'Grupo Lumora es líder en lácteos. La firma fundada por Eduardo Vidal, oriundo de Solórzano, creció.', ['Eduardo Vidal FOUNDED Lumora']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('a possessive before a title, and descriptions that stand for the company', () => {
  it.each([
    ['en', 'Acme Corp grew fast. Its chief executive, Jane Roe, said sales doubled.', ['Jane Roe CEO_OF Acme Corp']],
    ['es', 'Banco Lumora rechaza la opa. Lo garantizaba la semana pasada su consejero delegado, César Ruiz Bueno.', ['César Ruiz Bueno CEO_OF Banco Lumora']],
    ['fr', 'Boltway Systems a levé des fonds. Son PDG, Anne Roux, est ravie.', ['Anne Roux CEO_OF Boltway Systems']],
    // "el gigante" (the giant) stands for the company of the last sentences.
    ['es', 'Banco Lumora ha cambiado su cúpula. Además, el consejo de administración del gigante presidido por Francisco Ruiz ha aprobado una nueva organización.', ['Francisco Ruiz WORKS_FOR Banco Lumora']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('a share of the company’s stock between the verb and the company', () => {
  it.each([
    ['en', 'Acme Corp acquired 54% of the shares of Boltway Systems.'],
    ['de', 'Acme Corp erwarb 54 Prozent der Aktien von Boltway Systems.'],
    ['nl', 'Acme Corp verwierf 54 procent van de aandelen van Boltway Systems.'],
    ['ar', 'استحوذت شركة "أكمي" على 54% من أسهم شركة "بولتواي".'],
  ] as const)('%s: %s', async (lang, text) => {
    const c = readable(await extract(text, lang));
    // More than half is control: bought as well as invested in.
    const [a, b] = lang === 'ar' ? ['أكمي', 'بولتواي'] : ['Acme Corp', 'Boltway Systems'];
    expect(c.map((x) => `${x.subject} ${x.relation} ${x.object}`)).toEqual([`${a} INVESTED_IN ${b}`, `${a} ACQUIRED ${b}`]);
    expect(c[0].q.stake).toBeCloseTo(0.54);
  });
});

describe('lists that repeat their preposition, and a trigger inside a longer one read the other way', () => {
  it.each([
    ['fr', 'Le groupe Boltway Media, maison mère de la chaîne de télévision Lumora TV et de la radio Kestrel FM, a été racheté.', ['Boltway Media OWNS Lumora TV', 'Boltway Media OWNS Kestrel FM']],
    // "parent company of X" names X's owner before it; "X's parent company, Y" after it: never both.
    ['en', 'Acme Corp, the parent company of the broadcaster Boltway TV and of the radio station Kestrel FM, said sales rose.', ['Acme Corp OWNS Boltway TV']],
    // A comma before the joiner leaves the third name out of the list: "backed by Microsoft, and DeepMind, of Google".
    ['es', 'Europa quiere una alternativa a empresas como Boltway Labs, respaldada por Acme Corp, y Kestrel Labs, de Lumora Group.', ['Acme Corp INVESTED_IN Boltway Labs']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang)).filter((t) => !t.includes('ACQUIRED'))).toEqual([...facts]);
  });
});

describe('Turkish: names an apostrophe closes, and case-marked objects of another clause', () => {
  it('takes the capitalised words before an apostrophe for one name', async () => {
    const names = mentionsOf(await extract('Şirketten Kamuyu Aydınlatma Platformu’na (KAP) yapılan açıklamada bilgi verildi.', 'tr')).map((m) => m.name);
    expect(names).toEqual(['Kamuyu Aydınlatma Platformu']);
  });

  it('takes no dative of another clause for the object of an investment', async () => {
    const got = triples(await extract('Işıklar Holding yeni bir tesis kuruyor. Şirketten Kamuyu Aydınlatma Platformu’na yapılan açıklamada, söz konusu yatırımın 2027 yılında tamamlanması hedefleniyor.', 'tr'));
    expect(got.filter((t) => t.includes('INVESTED_IN'))).toEqual([]);
  });
});

describe('German names: inflected adjectives, articles, hyphenated names, compound cues', () => {
  it.each([
    ['de', 'Rund 50 Milliarden Dollar zahlt die Deutschen Telekom für den US-Telekommunikationsanbieter Boltway.', ['Deutsche Telekom ACQUIRED Boltway']],
    ['de', 'Für 17 Milliarden Dollar kauft der Chemiekonzern Merck den Laborausrüster Kestrel-Aldrich.', ['Merck ACQUIRED Kestrel-Aldrich']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });

  it('reads an inflected compound company noun as the cue of the name after it', async () => {
    expect(mentionsOf(await extract('Acme Corp kündigte die Übernahme des Mobilfunk-Anbieters Orange an.', 'de')).map((m) => m.name)).toContain('Orange');
  });

  it('reads no compound of a category for a hyphenated name', async () => {
    expect(mentionsOf(await extract('Der Mobilfunk-Anbieter wächst.', 'de'))).toEqual([]);
  });
});

describe('an agent behind a description, and a compound company noun before a name', () => {
  it.each([
    ['de', 'Die Übernahme der deutschen Baufirma Hochtief durch den spanischen Konkurrenten Boltway ist entschieden.', ['Boltway ACQUIRED Hochtief']],
    ['es', 'La compra de Nexia por parte de la empresa Boltway se cerró ayer.', ['Boltway ACQUIRED Nexia']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('German verb-final clauses with a modal after the verb, and unknown subjects before a described object', () => {
  it.each([
    ['de', 'Siemens kündigte an, Bosch übernehmen zu wollen.', ['Siemens ACQUIRED Bosch']],
    ['de', 'Es heißt, dass Siemens Bosch übernehmen will.', ['Siemens ACQUIRED Bosch']],
    ['de', 'Kestrel übernimmt den Friedrichshafener Motorenhersteller Quillon für 24 Euro je Aktie.', ['Kestrel ACQUIRED Quillon']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('Turkish: a national subsidiary after an owner’s genitive', () => {
  it('tr: "X’ın Türkiye iştiraki Y" → X OWNS Y', async () => {
    expect(triples(await extract('Acme Holding’in Türkiye iştiraki Acme Türkiye, bir santrali devralıyor.', 'tr'))).toContain('Acme Holding OWNS Acme Türkiye');
  });
});

describe('Arabic: a description of a person between a verb and its subject', () => {
  it('ar: "أسس رجل الأعمال X شركة Y"', async () => {
    expect(triples(await extract('أسس رجل الأعمال خالد الطيب شركة «بولتواي» عام 1997.', 'ar'))).toEqual(['خالد الطيب FOUNDED بولتواي']);
  });
});

describe('Turkish joins, national affiliates with a genitive, titles of the possessor named between; units that partner', () => {
  it.each([
    ['tr', 'Acme Holding Yönetim Kurulu Başkanı Ömer Koç toplantıya katıldı.', ['Ömer Koç BOARD_MEMBER_OF Acme Holding', 'Ömer Koç WORKS_FOR Acme Holding']],
    ['tr', 'Ayşe Kaya, Acme Holding’in ekibine katıldı.', ['Ayşe Kaya JOINED Acme Holding']],
    ['tr', 'Ford Otosan, Ford Romanya’nın tüm hisselerini 575 milyon avroya devraldı.', ['Ford Otosan ACQUIRED Ford Romanya']],
    ['tr', 'Hakan Demir, 2015 yılında Acme Holding’in CEO’su olarak atandı.', ['Hakan Demir CEO_OF Acme Holding', 'Hakan Demir JOINED Acme Holding']],
    ['tr', 'Turkcell, Google Cloud ile stratejik bir ortaklık anlaşması imzaladı.', ['Turkcell PARTNERS_WITH Google Cloud']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('selling a company to a buyer is the buyer’s acquisition', () => {
  it.each([
    ['en', 'Acme Corp sold Boltway Systems to Kestrel Capital for $2 billion.', ['Kestrel Capital ACQUIRED Boltway Systems']],
    ['es', 'Acme Corp vende Boltway Systems a Kestrel Capital.', ['Kestrel Capital ACQUIRED Boltway Systems']],
    ['fr', 'Acme Corp a cédé Boltway Systems à Kestrel Capital pour 2 milliards d’euros.', ['Kestrel Capital ACQUIRED Boltway Systems']],
    ['de', 'Acme Corp verkauft Boltway Systems an Kestrel Capital.', ['Kestrel Capital ACQUIRED Boltway Systems']],
    ['nl', 'Acme Corp verkoopt Boltway Systems aan Kestrel Capital.', ['Kestrel Capital ACQUIRED Boltway Systems']],
    ['tr', 'Acme Holding, Boltway Systems’i Kestrel Capital’e sattı.', ['Kestrel Capital ACQUIRED Boltway Systems']],
    // A subsidiary after a possessive is the seller's; its name follows the noun.
    ['es', 'Telefónica ha vendido su filial de torres Lumora a Kestrel Capital por 7.700 millones de euros.', ['Kestrel Capital ACQUIRED Lumora', 'Telefónica OWNS Lumora']],
    // Goods sold are supplied.
    ['en', 'Acme Corp sells chips to Kestrel Capital.', ['Acme Corp SUPPLIES Kestrel Capital']],
    // Taking control of a company is buying it.
    ['en', 'Kestrel Capital took control of Boltway Systems.', ['Kestrel Capital ACQUIRED Boltway Systems']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });

  it('reads a stake sold as the buyer’s investment', async () => {
    const c = readable(await extract('Acme Corp sold its 20% stake in Boltway Systems to Kestrel Capital.', 'en'));
    expect(c.map((x) => `${x.subject} ${x.relation} ${x.object}`)).toContain('Kestrel Capital INVESTED_IN Boltway Systems');
  });
});

describe('a title before a person whose organisation follows the name; nationalities before Dutch names', () => {
  it.each([
    ['en', 'CEO Jane Roe of Acme Corp resigned.', ['Jane Roe CEO_OF Acme Corp', 'Jane Roe LEFT Acme Corp']],
    ['de', 'Vorstandschef Karl Roth von Acme Corp tritt zurück.', ['Karl Roth CEO_OF Acme Corp', 'Karl Roth LEFT Acme Corp']],
    ['nl', 'Topman Frans van Houten vertrekt bij Philips.', ['Frans van Houten CEO_OF Philips', 'Frans van Houten LEFT Philips']],
    ['nl', 'Heineken is eigenaar van het Mexicaanse Femsa Cerveza.', ['Heineken OWNS Femsa Cerveza']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('the one a successor replaces leaves the successor’s organisation, and held its top post', () => {
  it.each([
    ['en', 'Acme Corp named Kelly Roe as its new chief executive, replacing Dave Doe.', ['Kelly Roe CEO_OF Acme Corp', 'Dave Doe LEFT Acme Corp', 'Dave Doe CEO_OF Acme Corp']],
    ['en', 'Jane Roe, the new CEO of Acme Corp, succeeds John Doe.', ['Jane Roe CEO_OF Acme Corp', 'John Doe LEFT Acme Corp', 'John Doe CEO_OF Acme Corp']],
    // A pronoun successor holds the role the last sentence gave.
    ['en', 'Acme Corp named Anna Berg chief executive. She succeeds John Doe.', ['Anna Berg CEO_OF Acme Corp', 'John Doe LEFT Acme Corp', 'John Doe CEO_OF Acme Corp']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('list items with a compound modifier before the name', () => {
  it('nl: "concurrenten Amazon, Facebook-moederbedrijf Meta en Google-moeder Alphabet"', async () => {
    const got = triples(await extract('Microsoft wil met de investering concurrenten Amazon, Facebook-moederbedrijf Meta en Google-moeder Alphabet voorblijven.', 'nl'));
    expect(got).toEqual(expect.arrayContaining(['Microsoft COMPETES_WITH Amazon', 'Microsoft COMPETES_WITH Meta', 'Microsoft COMPETES_WITH Alphabet', 'Meta OWNS Facebook', 'Alphabet OWNS Google']));
  });
});

describe('titles at two organisations joined before one person', () => {
  it.each([
    ['tr', 'Acme Holding CEO’su ve AIP Başkanı Larry Fink, açıklamasında şunları söyledi.', ['Larry Fink CEO_OF Acme Holding', 'Larry Fink WORKS_FOR AIP']],
    ['en', 'Acme Corp CEO and Boltway Systems chairman Jane Roe said sales rose.', ['Jane Roe CEO_OF Acme Corp', 'Jane Roe BOARD_MEMBER_OF Boltway Systems', 'Jane Roe WORKS_FOR Boltway Systems']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('investors named after the verb of a relative clause on the sentence’s round', () => {
  it.each([
    ['fr', 'Boltway Labs a obtenu 250 millions de dollars lors d’un tour de table mené par Kestrel Capital et auquel ont participé Acme Ventures et Lumora Partners.'],
    ['es', 'Boltway Labs cerró una ronda de financiación liderada por Kestrel Capital, en la que participaron Acme Ventures y Lumora Partners.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toEqual(['Kestrel Capital INVESTED_IN Boltway Labs', 'Acme Ventures INVESTED_IN Boltway Labs', 'Lumora Partners INVESTED_IN Boltway Labs']);
  });
});

describe('an ownership apposition after a sentence-opening name', () => {
  it.each([
    ['es', 'Boltway Energy, propiedad de Acme Corp, invertirá 500 millones de euros en Chile.', 'Acme Corp OWNS Boltway Energy'],
    ['fr', 'Boltway Energy, propriété d’Acme Corp, investira 500 millions d’euros au Chili.', 'Acme Corp OWNS Boltway Energy'],
    ['en', 'Boltway Energy, which is owned by Acme Corp, will invest $500 million.', 'Acme Corp OWNS Boltway Energy'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('gives the spending to the described company, not the owner inside the apposition', async () => {
    const got = triples(await extract('Boltway Energy, which is owned by Acme Corp, will invest $500 million.', 'en'));
    expect(got.filter((t) => t.includes('PLANS_SPENDING'))).toEqual(['Boltway Energy PLANS_SPENDING topic:Capital expenditure']);
  });
});

describe('a share between a genitive owner and its subsidiary noun', () => {
  it.each([
    ['tr', "Koç Holding'in %99,23 bağlı ortaklığı Tüpraş, yatırımlarını sürdürüyor.", 'Koç Holding OWNS Tüpraş'],
    ['tr', "Koç Holding’in yüzde 100 iştiraki Tüpraş, hisseleri devraldı.", 'Koç Holding OWNS Tüpraş'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
});

describe('a possessive subsidiary noun names the name after it, not one behind a preposition', () => {
  it('fr: "vendre sa division beauté à L’Oréal" makes L’Oréal no subsidiary', async () => {
    const got = triples(await extract('Kering a choisi de vendre sa division beauté à L’Oréal pour 4 milliards d’euros.', 'fr'));
    expect(got.filter((t) => t.includes('OWNS'))).toEqual([]);
  });

  it('es: "vende su filial Telxius" still does', async () => {
    expect(triples(await extract('Telefónica vende su filial Telxius.', 'es'))).toContain('Telefónica OWNS Telxius');
  });
});

describe('a title qualified by a place or an unknown name takes no organisation from the context', () => {
  it.each([
    // "ZT" before the title and a full name is the title's organisation (the short form of ZT Systems), never AMD.
    ['en', 'AMD bought ZT Systems. ZT CEO Frank Zhang will lead the manufacturing business, AMD said.', 'Frank Zhang', ['Frank Zhang CEO_OF ZT']],
    ['tr', 'ABD Başkanı Donald Trump, OpenAI, Oracle ve SoftBank ortaklığını duyurdu.', 'Donald Trump', []],
  ] as const)('%s: %s', async (lang, text, person, facts) => {
    const got = triples(await extract(text, lang));
    expect(got.filter((t) => t.startsWith(person))).toEqual([...facts]);
  });

  it('a known organisation before the title still counts', async () => {
    expect(triples(await extract('AMD CEO Lisa Su said the deal would close soon.', 'en'))).toContain('Lisa Su CEO_OF AMD');
  });
});

describe('the news agency of a dateline is no argument', () => {
  it('nl: "DEN HAAG (ANP) - Private investeerders steken …" gives the agency no investment', async () => {
    const got = triples(await extract('DEN HAAG (ANP) - Private investeerders steken bij elkaar 9,5 miljard euro in Vantix Labs.', 'nl'));
    expect(got.filter((t) => t.startsWith('ANP'))).toEqual([]);
  });
});

describe('a relative pronoun after a name makes the name the verb’s subject', () => {
  it('es: "Para Anthropic, …, la acerca a Microsoft, que ha invertido … en OpenAI"', async () => {
    const got = triples(await extract('Para Anthropic, este acuerdo también la acerca a Microsoft, que ha invertido más de 13 mil millones de dólares en OpenAI.', 'es'));
    expect(got).toContain('Microsoft INVESTED_IN OpenAI');
    expect(got).not.toContain('Anthropic INVESTED_IN OpenAI');
  });
});

describe('a person named with an organisation’s title acts for it', () => {
  it.each([
    ['ar', 'أعلن الرئيس التنفيذي لجوجل، ساندار بيتشاي، التوصل لصفقة للاستحواذ على شركة Wiz بمبلغ 32 مليار دولار.', 'Google ACQUIRED Wiz', 'ساندار بيتشاي CEO_OF Google'],
    ['en', "Acme Corp's chief executive, Jane Roe, agreed to buy Boltway Systems for $2 billion.", 'Acme Corp ACQUIRED Boltway Systems', 'Jane Roe CEO_OF Acme Corp'],
  ] as const)('%s: %s', async (lang, text, deal, role) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain(deal);
    expect(got).toContain(role);
    expect(got.filter((t) => t.includes('ACQUIRED') && t !== deal)).toEqual([]);
  });
});

describe('a passive agent belongs to its own participle', () => {
  it('en: "bought Boltway Systems, which was founded by Jane Roe" keeps the buyer', async () => {
    const got = triples(await extract('Acme Corp bought Boltway Systems, which was founded by Jane Roe.', 'en'));
    expect(got).toContain('Acme Corp ACQUIRED Boltway Systems');
    expect(got).toContain('Jane Roe FOUNDED Boltway Systems');
    expect(got).not.toContain('Jane Roe ACQUIRED Boltway Systems');
  });

  it.each([
    ['fr', 'Surtout, Acme Corp met la main sur la licence Zentra, actuellement détenue par Boltway Systems, mais qui arrive à expiration en 2028.'],
    ['en', 'Acme Corp bought the license, which was held by Boltway Systems.'],
  ] as const)('a participle after a noun phrase describes it, not the name before it: %s: %s', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got.filter((t) => t.includes('Boltway Systems') && (t.includes('OWNS') || t.includes('ACQUIRED')))).toEqual([]);
  });

  it('an apposition of the patient still reads as passive', async () => {
    expect(triples(await extract('Boltway Systems, the chipmaker, was acquired by Acme Corp.', 'en'))).toContain('Acme Corp ACQUIRED Boltway Systems');
  });

  it.each([
    ['nl', 'Beta Labs werd in 2020 door de Amerikaanse Acme Corp overgenomen.'],
    ['de', 'Beta Labs wurde im Jahr 2020 von dem amerikanischen Konzern Acme Corp übernommen.'],
    ['de', 'Beta Labs wurde 2020 vom Konzern Acme Corp übernommen.'],
  ] as const)('verb-final passives with a long middle field: %s: %s', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain('Acme Corp ACQUIRED Beta Labs');
    expect(got).not.toContain('Beta Labs ACQUIRED Acme Corp');
  });
});

describe('a possessed relation noun after a common noun in the genitive', () => {
  it('tr: "SoftBank tesisin sahibi olacak" makes no one the owner of a company', async () => {
    const got = triples(await extract('Buna göre SoftBank tesisin sahibi ve geliştiricisi olacak, OpenAI ise tasarım kontrolünü elinde tutacak.', 'tr'));
    expect(got.filter((t) => t.includes('OWNS'))).toEqual([]);
  });

  it('tr: "Tüpraş’ın ana şirketi Koç Holding" still names the parent', async () => {
    expect(triples(await extract('Tüpraş’ın ana şirketi Koç Holding, yatırımı açıkladı.', 'tr'))).toContain('Koç Holding OWNS Tüpraş');
  });
});

describe('a title’s organisation before it, past a bare apostrophe or a determiner', () => {
  it.each([
    ['en', "Rachel Ruggeri, Acme Systems' executive vice president and chief financial officer, will lead the company.", 'Rachel Ruggeri WORKS_FOR Acme Systems'],
    ['tr', "Mehmet Demiroğlu, Koç Holding'in yeni Genel Müdürü olarak atandı.", 'Mehmet Demiroğlu CEO_OF Koç Holding'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
});

describe('an apposition between a separable verb’s object and its particle', () => {
  it.each([
    ['nl', 'Acme Corp neemt Beta Labs, het moederbedrijf van Orbis Foods, over voor 15,7 miljard euro.', ['Acme Corp ACQUIRED Beta Labs', 'Beta Labs OWNS Orbis Foods']],
    ['de', 'Acme Corp kauft Beta Labs, einen Hersteller aus Köln, auf.', ['Acme Corp ACQUIRED Beta Labs']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    for (const f of facts) expect(got).toContain(f);
  });

  it('the particle must follow the apposition’s closing comma: "neemt Beta Labs, een bedrijf uit Delft, mee … over"', async () => {
    const got = triples(await extract('Acme Corp neemt Beta Labs, een bedrijf uit Delft, mee naar Londen over twee jaar.', 'nl'));
    expect(got.filter((t) => t.includes('ACQUIRED'))).toEqual([]);
  });
});

describe('a speaker’s title takes no organisation from inside the quotation', () => {
  it('de: the company the article is about, not the one the quote names', async () => {
    const got = triples(await extract('Acme Corp kauft Boltway Systems. Acme Corp wächst. "Die Übernahme von Boltway Systems ist Teil unseres Programms", sagte Vorstandschef Roland Berg.', 'de'));
    expect(got).not.toContain('Roland Berg CEO_OF Boltway Systems');
  });

  it('en: a quoted description of the person is no speech: the organisation inside it is hers', async () => {
    const got = triples(await extract('Kestrel Systems grew fast. Jane Roe was "the first outside boss to lead Acme Corp," per the Journal.', 'en'));
    expect(got).toContain('Jane Roe CEO_OF Acme Corp');
  });
});

describe('names of a document', () => {
  it('es: a double surname after the full name is the person ("Chico Pardo" after "Fernando Chico Pardo")', async () => {
    const x = await extract('Citigroup vende el 25% de Banamex a Fernando Chico Pardo. De esta manera, Chico Pardo, actual presidente de Grupo Aeroportuario del Sureste, adquirirá acciones.', 'es');
    expect(mentionsOf(x).filter((m) => m.name === 'Chico Pardo').map((m) => m.type)).toEqual(['Person']);
    expect(mentionsOf(x).map((m) => m.name)).toContain('Grupo Aeroportuario del Sureste');
  });

  it('en: "It\'s" is no name', async () => {
    const x = await extract("It's quite a surprise considering Jane Roe led Acme Corp.", 'en');
    expect(mentionsOf(x).map((m) => m.name)).not.toContain('It');
  });
});

describe('a deal named again without its subject', () => {
  it('de: the investment in the same company is the last investor’s', async () => {
    const got = readable(await extract('Acme Corp investiert in Boltway Systems. Die Investition von 2 Milliarden Dollar in Boltway Systems ist bemerkenswert.', 'de'));
    expect(got.filter((c) => c.relation === 'INVESTED_IN' && c.object === 'Boltway Systems' && c.q.amount === 2_000_000_000).map((c) => c.subject)).toEqual(['Acme Corp']);
  });

  it('es: an investment in another company is nobody’s from the context', async () => {
    const got = triples(await extract('Acme Corp invierte en Boltway Systems. La inversión de la empresa en Quillon Labs se repartirá a lo largo de diez años.', 'es'));
    expect(got).not.toContain('Acme Corp INVESTED_IN Quillon Labs');
  });
});

describe('"backed by" in every language', () => {
  it.each([
    ['en', 'Runway, backed by Google and Nvidia, raised money.', ['Google INVESTED_IN Runway', 'Nvidia INVESTED_IN Runway']],
    ['fr', 'Mistral AI, soutenue par Nvidia, a levé des fonds.', ['Nvidia INVESTED_IN Mistral AI']],
    ['nl', 'Mistral AI, gesteund door Nvidia, haalt geld op.', ['Nvidia INVESTED_IN Mistral AI']],
    ['nl', 'Het door Nvidia gesteunde Mistral AI haalt geld op.', ['Nvidia INVESTED_IN Mistral AI']],
    ['nl', 'De door Acme Corp overgenomen chipmaker Beta Labs groeit.', ['Acme Corp ACQUIRED Beta Labs']],
    ['tr', 'Nvidia destekli Mistral AI yatırım aldı.', ['Nvidia INVESTED_IN Mistral AI']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    for (const f of facts) expect(got).toContain(f);
    expect(got).toHaveLength(facts.length);
  });

  it.each([
    ['fr', 'La croissance, soutenue par la demande, reste forte.'],
    ['tr', 'Devlet destekli krediler arttı.'],
  ] as const)('no backer without names: %s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toEqual([]);
  });
});

describe('a possessive subsidiary noun after a preposition still names its subsidiary', () => {
  it('es: "concentrado en su filial Artiach"', async () => {
    const got = triples(await extract('La multinacional Nutrexpa ha comprado el negocio de galletas de Panrico, concentrado en su filial Artiach, lo que convierte a este grupo en líder.', 'es'));
    expect(got).toContain('Panrico OWNS Artiach');
  });
});

describe('selling one’s own business supplies nothing', () => {
  it.each([
    ['fr', 'CGG vend son activité de services et de stockage à Oasis Group et Access.'],
    ['en', 'Acme Corp sold its chip unit to Boltway Systems.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang)).filter((t) => t.includes('SUPPLIES'))).toEqual([]);
  });

  it('selling its products still supplies', async () => {
    expect(triples(await extract('Acme Corp sells its chips to Boltway Systems.', 'en'))).toContain('Acme Corp SUPPLIES Boltway Systems');
  });
});

describe('an anaphor before an apposition is what the apposition describes', () => {
  it('es: "la compañía, propietaria de BM Supermercados" → the company of the last sentences', async () => {
    const x = await extract('Vantix Retail tiene 344 tiendas. El consorcio ha firmado un acuerdo para adquirir el 100% de la compañía, propietaria de BM Supermercados y Super Amara.', 'es');
    expect(triples(x)).toEqual(expect.arrayContaining(['Vantix Retail OWNS BM Supermercados', 'Vantix Retail OWNS Super Amara']));
    expect(readable(x).find((c) => c.object === 'BM Supermercados')?.ruleId).toBe('es.owns.owns.anaphor');
  });
});

describe('a stake is in the company its noun names', () => {
  it('en: "a 45% interest in dry gas-producing assets in the Eagle Ford basin" is no stake in a company', async () => {
    const got = triples(await extract('TotalEnergies agreed to acquire a 45% interest in dry gas-producing assets in the Eagle Ford basin in Texas.', 'en'));
    expect(got.filter((t) => t.includes('INVESTED_IN') || t.includes('ACQUIRED'))).toEqual([]);
  });

  it.each([
    ['en', 'Acme Corp bought 50% of the shares of Boltway Systems.'],
    ['fr', 'Acme Corp a acquis une participation de 20 % dans le capital de Boltway Systems.'],
    ['es', 'Acme Corp compró el 30% del capital de Boltway Systems.'],
  ] as const)('the shares or capital of a company are a stake in it: %s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toContain('Acme Corp INVESTED_IN Boltway Systems');
  });
});

describe('an amount as the object of a buying verb buys no company', () => {
  it.each([
    ['es', 'Anthropic se ha comprometido a adquirir 30.000 millones de dólares en capacidad informática del servicio Azure de Microsoft.'],
    ['en', 'Acme Corp will buy $30 billion of computing capacity from Boltway Systems.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang)).filter((t) => t.includes('ACQUIRED'))).toEqual([]);
  });

  it('a price behind the noun’s preposition still names the company bought', async () => {
    expect(triples(await extract('Acme Corp agreed to pay $5 billion for Boltway Systems.', 'en'))).toContain('Acme Corp ACQUIRED Boltway Systems');
  });
});

describe('"the company behind X" names the owner right before it, or no one', () => {
  it.each([
    ['en', 'Meta, the company behind Facebook, raised money.', 'Meta OWNS Facebook'],
    ['de', 'Meta Platforms, das Unternehmen hinter Facebook, wächst.', 'Meta OWNS Facebook'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('nl: "Microsoft investeert … in het bedrijf achter ChatGPT" makes Microsoft no owner of ChatGPT', async () => {
    const got = triples(await extract('Softwareconcern Microsoft investeert 10 miljard dollar in het bedrijf achter het spraakmakende programma ChatGPT.', 'nl'));
    expect(got.filter((t) => t.includes('OWNS'))).toEqual([]);
  });
});

describe('a passive on an organisation anaphor, with an adverbial before its agent', () => {
  it.each([
    ['en', 'OpenAI grew. Microsoft invested $1 billion in the company, which was founded in 2015 by Elon Musk and Sam Altman.', ['Elon Musk FOUNDED OpenAI', 'Sam Altman FOUNDED OpenAI', 'Microsoft INVESTED_IN OpenAI']],
    ['nl', 'OpenAI groeit. In 2019 stak Microsoft 1 miljard dollar in het bedrijf, dat in 2015 werd opgericht door Elon Musk.', ['Elon Musk FOUNDED OpenAI', 'Microsoft INVESTED_IN OpenAI']],
    ['en', 'Beta Labs was acquired last year by Acme Corp.', ['Acme Corp ACQUIRED Beta Labs']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    for (const f of facts) expect(got).toContain(f);
  });
});

describe('Arabic persons bounded by an appointment or a reporting verb and the title after them', () => {
  it.each([
    ['عينت شركة Vantix جين رو رئيسة تنفيذية لها.', ['جين رو CEO_OF Vantix', 'جين رو JOINED Vantix']],
    ['أعلنت شركة Vantix تعيين جين رو رئيسة تنفيذية للشركة.', ['جين رو CEO_OF Vantix']],
    ['عينت شركة سيمنس الألمانية جين رو رئيسة تنفيذية.', ['جين رو CEO_OF سيمنس']],
    ['من جهته، أكد تشي-تشيا وي الرئيس التنفيذي لشركة TSMC أن إنفيديا طلبت زيادة الكميات.', ['تشي-تشيا وي CEO_OF TSMC']],
    ['وقال كريم بن صالح الرئيس التنفيذي لشركة Vantix إن الصفقة مهمة.', ['كريم بن صالح CEO_OF Vantix']],
  ] as const)('%s', async (text, facts) => {
    const got = triples(await extract(text, 'ar'));
    for (const f of facts) expect(got).toContain(f);
  });

  it('where the words after a company noun are no company kg knows, the appointee is not guessed', async () => {
    expect(triples(await extract('عينت شركة سيمنس جين رو رئيسة تنفيذية.', 'ar'))).toEqual([]);
  });

  it('a Latin-script name after "شركة" ends at the Arabic word after it', async () => {
    const got = triples(await extract('جمعت شركة Boltway مبلغ 50 مليون دولار في جولة تمويل قادتها شركة Kestrel Capital.', 'ar'));
    expect(got).toContain('Kestrel Capital INVESTED_IN Boltway');
  });
});

describe('an anaphor is a trigger’s object only behind the trigger’s preposition', () => {
  it('nl: "vertrekt bij het bedrijf" is no move to the company ("vertrekt naar")', async () => {
    const got = triples(await extract('Jane Roe, die Boltway BV in 2015 oprichtte, vertrekt bij het bedrijf.', 'nl'));
    expect(got).toContain('Jane Roe LEFT Boltway BV');
    expect(got).not.toContain('Jane Roe JOINED Boltway BV');
  });
});

describe('a round reported in one sentence, its investors named in the next', () => {
  it.each([
    ['en', 'Boltway Ltd raised $50 million on Tuesday. The round was led by Kestrel Capital, with participation from Orrin Ventures and Quillon Partners.', ['Kestrel Capital INVESTED_IN Boltway Ltd', 'Orrin Ventures INVESTED_IN Boltway Ltd', 'Quillon Partners INVESTED_IN Boltway Ltd']],
    ['en', 'Boltway Ltd raised $50 million on Tuesday. Kestrel Capital led the round.', ['Kestrel Capital INVESTED_IN Boltway Ltd']],
    ['de', 'Die Boltway GmbH sammelt 50 Millionen Euro ein. Angeführt wird die Runde von Kestrel Capital.', ['Kestrel Capital INVESTED_IN Boltway GmbH']],
    ['de', 'Die Boltway GmbH sammelt 50 Millionen Euro ein. Die Runde wurde von Kestrel Capital angeführt.', ['Kestrel Capital INVESTED_IN Boltway GmbH']],
    ['de', 'Die Boltway GmbH sammelt 50 Millionen Euro ein. An der Runde beteiligten sich Kestrel Capital und Orrin Ventures.', ['Kestrel Capital INVESTED_IN Boltway GmbH', 'Orrin Ventures INVESTED_IN Boltway GmbH']],
    ['es', 'Boltway SL capta 50 millones de euros. La ronda ha sido liderada por Kestrel Capital.', ['Kestrel Capital INVESTED_IN Boltway SL']],
    ['nl', 'Boltway BV haalt 50 miljoen euro op. De ronde werd geleid door Kestrel Capital.', ['Kestrel Capital INVESTED_IN Boltway BV']],
    ['tr', 'Boltway Ltd 50 milyon dolar yatırım aldı. Yatırım turuna Kestrel Capital liderlik etti.', ['Kestrel Capital INVESTED_IN Boltway Ltd']],
    ['tr', 'Yapay zeka girişimi Boltway, 50 milyon euroluk yatırım turunu tamamladı. Yatırım turunda Kestrel Capital de 10 milyon euroluk katkı sağladı.', ['Kestrel Capital INVESTED_IN Boltway']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    for (const f of facts) expect(got).toContain(f);
  });

  it('the investor leading the round is not taken for the company raising it', async () => {
    const got = triples(await extract('Boltway Ltd raised $50 million on Tuesday. Kestrel Capital led the round. Orrin Ventures also took part in the round.', 'en'));
    expect(got).toContain('Orrin Ventures INVESTED_IN Boltway Ltd');
    expect(got).not.toContain('Orrin Ventures INVESTED_IN Kestrel Capital');
  });

  it('a sum and a raising verb with no company leave later rounds without a target', async () => {
    expect(triples(await extract('Start-ups raised $50 million last year. Kestrel Capital led the round.', 'en'))).toEqual([]);
  });

  it('de: a round noun before "von" is no part of the name after it', async () => {
    const names = mentionsOf(await extract('Angeführt wird die Runde von Kestrel Capital.', 'de')).map((m) => m.name);
    expect(names).toContain('Kestrel Capital');
    expect(names).not.toContain('Runde von Kestrel Capital');
  });
});

describe('a rival named with a possessive is the clause subject’s rival', () => {
  it.each([
    ['fr', 'AkzoNobel a annoncé ce matin qu’il proposait d’acquérir le groupe finlandais Tikkurila pour 1,4 milliard d’euros, un montant supérieur à l’offre de son rival américain PPG Industries.', 'AkzoNobel COMPETES_WITH PPG Industries', 'Tikkurila COMPETES_WITH PPG Industries'],
    ['en', 'Vantix Inc bought Boltway Ltd, outbidding its rival Quillon Corp.', 'Vantix Inc COMPETES_WITH Quillon Corp', 'Boltway Ltd COMPETES_WITH Quillon Corp'],
    ['en', 'Siemens said that Bosch beat its rival Vantix Inc to the contract.', 'Bosch COMPETES_WITH Vantix Inc', 'Siemens COMPETES_WITH Vantix Inc'],
  ] as const)('%s: %s', async (lang, text, fact, wrong) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain(fact);
    expect(got).not.toContain(wrong);
  });

  it('es: a nationality may stand between the rival noun and the name ("su rival alemán Bosch")', async () => {
    expect(triples(await extract('Siemens supera a su rival alemán Bosch.', 'es'))).toContain('Siemens COMPETES_WITH Bosch');
  });
});

describe('a possessor of a company noun owns the company the noun introduces', () => {
  it.each([
    ['en', 'Jeff Bezos’s space company Blue Origin raised money.', 'Jeff Bezos OWNS Blue Origin'],
    ['tr', 'Koç Holding’in beyaz eşya şirketi Arçelik büyüyor.', 'Koç Holding OWNS Arçelik'],
    ['tr', 'Jeff Bezos’un uzay şirketi Blue Origin ile entegre çalışacak.', 'Jeff Bezos OWNS Blue Origin'],
    ['tr', 'ABD’li milyarder Elon Musk’ın yapay zeka şirketi xAI, büyük bir veri merkezi inşa edecek.', 'Elon Musk OWNS xAI'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it.each([
    ['en', 'EU antitrust authorities approved U.S. wheel parts supplier Accuride’s acquisition of German peer Mefro Wheels.', 'Accuride OWNS Mefro Wheels'],
    ['en', 'Microsoft’s rival Google grew.', 'Microsoft OWNS Google'],
    ['en', 'Meta’s Scale AI deal closed.', 'Meta OWNS Scale AI'],
  ] as const)('no owner across a relation’s words, %s: %s', async (lang, text, wrong) => {
    expect(triples(await extract(text, lang))).not.toContain(wrong);
  });

  it.each([
    ['en', "Vantix's parent company Boltway invested $20 million in Harbor.", 'Boltway OWNS Vantix', 'Vantix OWNS Boltway'],
    ['tr', "Vantix'in çatı şirketi Boltway, Harbor'a 20 milyon dolar yatırdı.", 'Boltway OWNS Vantix', 'Vantix OWNS Boltway'],
    ['tr', "Vantix'in ana şirketi Boltway, Harbor'a 20 milyon dolar yatırdı.", 'Boltway OWNS Vantix', 'Vantix OWNS Boltway'],
  ] as const)('a parent noun after the possessor owns the other way round, %s: %s', async (lang, text, fact, wrong) => {
    const found = triples(await extract(text, lang));
    expect(found).toContain(fact);
    expect(found).not.toContain(wrong);
  });
});

describe('a parent company in apposition', () => {
  it.each([
    ['fr', "Boltway, la maison-mère de Vantix, investit 3 milliards d'euros dans Harbor.", 'Boltway OWNS Vantix'],
    ['es', 'Boltway, matriz de Vantix, invirtió 20 millones de euros en Harbor.', 'Boltway OWNS Vantix'],
    ['es', 'Boltway, la empresa matriz de Vantix, invirtió 20 millones de euros en Harbor.', 'Boltway OWNS Vantix'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    const found = triples(await extract(text, lang));
    expect(found).toContain(fact);
    expect(found).toContain('Boltway INVESTED_IN Harbor');
  });
});

describe('German and Dutch participles before the noun they describe', () => {
  it.each([
    ['nl', 'Het in 2023 door Jane Roe opgerichte bedrijf Boltway haalde geld op.', 'Jane Roe FOUNDED Boltway'],
    ['nl', 'Het door Jane Roe opgerichte Boltway BV haalde geld op.', 'Jane Roe FOUNDED Boltway BV'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('de: what a company raises ("sammelt Geld ein") is no company', async () => {
    const x = await extract('Das 2019 von Jane Roe gegründete Start-up Boltway sammelt Geld ein.', 'de');
    expect(mentionsOf(x).map((m) => m.name)).not.toContain('Geld');
    expect(triples(x).filter((t) => t.includes('Geld'))).toEqual([]);
  });

  it('de: "das Start-up Boltway" names Boltway', async () => {
    expect(mentionsOf(await extract('Das Start-up Boltway sammelt Geld ein.', 'de')).map((m) => m.name)).toContain('Boltway');
  });
});

describe('one facility a sentence describes for one builder', () => {
  it('ar: "مصنع … يعمل كمركز بيانات" (a factory that works as a data centre) is one facility', async () => {
    const got = readable(await extract('أعلنت شركة Vantix عن خطة لإنشاء مصنع متكامل للذكاء الاصطناعي يعمل كمركز بيانات ضخم بقدرة 1.5 غيغاواط.', 'ar'));
    expect(got.filter((c) => c.relation === 'BUILDS')).toHaveLength(1);
  });
});

describe('a name right after a title holds it, not a name before a comma', () => {
  it('tr: "Bali, genel müdür yardımcısı Hakan Aran’ı önerdi" makes Hakan Aran the deputy', async () => {
    const got = triples(await extract('İş Bankası genel müdürü Adnan Bali görevinden ayrılıyor. Bali, genel müdür yardımcısı Hakan Aran’ı önerdi.', 'tr'));
    expect(got).toContain('Hakan Aran WORKS_FOR Türkiye İş Bankası');
    expect(got).not.toContain('Bali WORKS_FOR Türkiye İş Bankası');
  });

  it('en: an apposition after the name still holds its title ("Jane Roe, chief executive of Acme Corp, said")', async () => {
    expect(triples(await extract('Jane Roe, chief executive of Acme Corp, said it grew.', 'en'))).toContain('Jane Roe CEO_OF Acme Corp');
  });
});

describe('an agreement with a partner to sell makes the partner the buyer, not a partner', () => {
  it.each([
    ['es', 'Telefónica Hispanoamérica informó que ha llegado a un acuerdo con Telecom Argentina para vender la totalidad de sus acciones en el capital social de Telefónica Argentina.', 'Telecom Argentina ACQUIRED Telefónica Argentina', 'Telefónica Hispanoamérica PARTNERS_WITH Telecom Argentina'],
    ['en', 'Vantix Inc signed an agreement with Boltway Ltd to sell Quillon Corp.', 'Boltway Ltd ACQUIRED Quillon Corp', 'Vantix Inc PARTNERS_WITH Boltway Ltd'],
    ['fr', 'Vantix SA a conclu un accord avec Boltway SAS pour lui céder Quillon SA.', 'Boltway SAS ACQUIRED Quillon SA', 'Vantix SA PARTNERS_WITH Boltway SAS'],
  ] as const)('%s: %s', async (lang, text, fact, wrong) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain(fact);
    expect(got).not.toContain(wrong);
  });

  it('an agreement with a partner to do something else stays a partnership', async () => {
    expect(triples(await extract('Vantix Inc signed an agreement with Boltway Ltd to develop batteries.', 'en'))).toContain('Vantix Inc PARTNERS_WITH Boltway Ltd');
  });
});

describe('every share of a company is the company', () => {
  it.each([
    ['es', 'Vantix compró la totalidad de las acciones de Boltway SL.', 'Vantix ACQUIRED Boltway SL'],
    ['en', 'Vantix Inc bought all of the shares of Boltway Ltd.', 'Vantix Inc ACQUIRED Boltway Ltd'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('some shares stay a stake', async () => {
    expect(triples(await extract('Vantix Inc bought shares of Boltway Ltd.', 'en'))).toContain('Vantix Inc INVESTED_IN Boltway Ltd');
  });
});

describe('words that look like a trigger’s form', () => {
  it('de: a share price that rises ("Die WalkMe-Aktie stieg an der NASDAQ") is no investment', async () => {
    expect(triples(await extract('Die WalkMe-Aktie stieg an der NASDAQ um 42,79 Prozent auf 13,77 US-Dollar.', 'de'))).toEqual([]);
  });

  it('de: "steigt bei X ein" still invests', async () => {
    expect(triples(await extract('Siemens steigt mit 10 Prozent bei Boltway ein.', 'de'))).toContain('Siemens INVESTED_IN Boltway');
  });

  it('es: "en el marco del RIGI" (within the regime) is no brand ("marca") of anyone', async () => {
    const got = triples(await extract('Sur Energy y OpenAI anunciaron el proyecto Stargate Argentina, que implicará en el marco del RIGI una inversión de hasta 25,000 millones de dólares.', 'es'));
    expect(got.filter((t) => t.includes('OWNS'))).toEqual([]);
  });
});

describe('a name added with "together with" after a passive agent list', () => {
  it.each([
    ['es', 'Sur Energy, fundada por los empresarios argentinos Matías Travizano y Emiliano Kargieman, junto con Stan Chudnovsky, es el integrador.', 'Stan Chudnovsky FOUNDED Sur Energy'],
    ['en', 'Boltway Ltd was founded by Jane Roe and John Doe, together with Anna Berg, in 2015.', 'Anna Berg FOUNDED Boltway Ltd'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
});

describe('taking over a role is no takeover of the company', () => {
  it.each([
    ['en', 'Jane Roe took over as chief executive of Vantix Corp.', 'Jane Roe ACQUIRED Vantix Corp'],
    ['fr', 'Octave Klaba reprend les fonctions de PDG d’OVHcloud.', 'Octave Klaba ACQUIRED OVHcloud'],
  ] as const)('%s: %s', async (lang, text, wrong) => {
    expect(triples(await extract(text, lang))).not.toContain(wrong);
  });

  it('a company taking over another still acquires it', async () => {
    expect(triples(await extract('Vantix Corp took over Boltway Ltd.', 'en'))).toContain('Vantix Corp ACQUIRED Boltway Ltd');
  });
});

describe('en: "X maker Y" names the maker of a product', () => {
  it.each([
    ['The startup is a challenger to ChatGPT maker OpenAI.', 'OpenAI DEVELOPS ChatGPT'],
    ['iPhone maker Apple said sales rose.', 'Apple DEVELOPS iPhone'],
  ] as const)('%s', async (text, fact) => {
    expect(triples(await extract(text, 'en'))).toContain(fact);
  });

  it('a maker with no name right after it names no one ("The ChatGPT maker said")', async () => {
    expect(triples(await extract('The ChatGPT maker said it grew.', 'en'))).toEqual([]);
  });
});

describe('an event noun with its agent and no other name is the event of the document’s company', () => {
  it('nl: "…, waaronder de recente overname door Prosus" → Prosus ACQUIRED the company the article is about', async () => {
    const got = triples(await extract('Just Eat Takeaway groeit. Jitse Groen leidt Just Eat Takeaway. Het bedrijf had uitdagingen, waaronder de recente overname door Prosus.', 'nl'));
    expect(got).toContain('Prosus ACQUIRED Just Eat Takeaway');
  });

  it('nl: with another company named in the sentence, kg gives up', async () => {
    const got = triples(await extract('Just Eat Takeaway groeit. Jitse Groen leidt Just Eat Takeaway. Volgens Adyen is de recente overname door Prosus goed.', 'nl'));
    expect(got).not.toContain('Prosus ACQUIRED Just Eat Takeaway');
  });
});

describe('a bracketed abbreviation of a description is no object when a name is apposed after it', () => {
  it('de: "übernimmt den Anbieter von Digital Adoption Platforms (DAP), WalkMe" buys WalkMe', async () => {
    const got = triples(await extract('SAP wächst. Das Unternehmen übernimmt den israelischen Anbieter von Digital Adoption Platforms (DAP), WalkMe, für 14,00 US-Dollar je Aktie in bar.', 'de'));
    expect(got).toContain('SAP ACQUIRED WalkMe');
    expect(got).not.toContain('SAP ACQUIRED DAP');
  });
});

describe('tr: a role someone left ("bıraktığı CEO’luk görevi") is a former role', () => {
  it('"Jeff Bezos, 2021’de bıraktığı CEO’luk görevine … geri dönüyor" makes him no current CEO', async () => {
    const x = readable(await extract('Amazon’un kurucusu Jeff Bezos, 2021’de bıraktığı CEO’luk görevine 6,2 milyar dolarlık dev bir yapay zeka girişimiyle geri dönüyor.', 'tr'));
    const ceo = x.find((c) => c.relation === 'CEO_OF');
    expect(ceo === undefined || ceo.q.former === true).toBe(true);
    expect(x.find((c) => c.relation === 'FOUNDED')?.object).toBe('Amazon');
  });
});

describe('ar: an unknown organisation behind a title’s "ل" with a name apposed between commas', () => {
  it('"الرئيس التنفيذي لأوكساچون، فيشال وانشو،" → فيشال وانشو CEO_OF أوكساچون', async () => {
    expect(triples(await extract('وفي هذا السياق، أكد الرئيس التنفيذي لأوكساچون، فيشال وانشو، أن المملكة تمضي قدمًا في تحقيق تحول نوعي.', 'ar'))).toContain('فيشال وانشو CEO_OF أوكساچون');
  });

  it('"الرئيس التنفيذي للشركة، أحمد سالم،": "للشركة" (the company) is no name', async () => {
    const names = mentionsOf(await extract('وقال الرئيس التنفيذي للشركة، أحمد سالم، إن الصفقة مهمة.', 'ar')).map((m) => m.name);
    expect(names).not.toContain('لشركة');
    expect(names).not.toContain('شركة');
  });
});

describe('nl: "zijn functie neer te leggen" leaves the organisation of the role', () => {
  it('the infinitive after "heeft aangekondigd"', async () => {
    expect(triples(await extract('Jitse Groen, de oprichter en CEO van Just Eat Takeaway, heeft aangekondigd zijn functie per 1 januari 2026 neer te leggen.', 'nl'))).toContain('Jitse Groen LEFT Just Eat Takeaway');
  });
});

describe('idioms of leading a company name its chief executive, with the company behind them', () => {
  it.each([
    ['en', 'Marcus Hale took the helm of Kestrel Capital in 2019.'],
    ['en', 'Marcus Hale has been at the helm of Kestrel Capital since 2019.'],
    ['fr', 'Un mois après son arrivée aux commandes de Kestrel Capital, Marcus Hale change de cap.'],
    ['fr', 'Marcus Hale a pris les rênes de Kestrel Capital en 2019.'],
    ['es', 'Marcus Hale tomó las riendas de Kestrel Capital en 2019.'],
    ['nl', 'Marcus Hale staat sinds 2019 aan het roer van Kestrel Capital.'],
    ['nl', 'Marcus Hale staat aan het hoofd van Kestrel Capital.'],
    ['tr', "Marcus Hale, 2019'dan bu yana Kestrel Capital'in başında bulunuyor."],
    ['tr', "Marcus Hale, Kestrel Capital'in başına geçti."],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toContain('Marcus Hale CEO_OF Kestrel Capital');
  });

  it.each([
    // The company is guessed, not named behind the idiom: "the business" may be any of the article's.
    ['es', 'Kestrel Capital compró Vantix Labs. Marcus Hale tomó las riendas del negocio tras la muerte de su padre.'],
    ['fr', 'Kestrel Capital a racheté Vantix Labs. Un mois après son arrivée aux commandes, Marcus Hale change de cap.'],
    // "at the beginning of the year", no head of a company.
    ['tr', 'Kestrel Capital yılın başında Marcus Hale ile anlaştı.'],
  ] as const)('not without it: %s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang)).filter((t) => t.includes('CEO_OF'))).toEqual([]);
  });
});

describe('two descriptions after a sentence naming two companies', () => {
  it.each([
    ['de', 'Der Ölriese Kestrel Petrol AG ist bei der Vantix GmbH am Ziel. Der Staatskonzern aus Abu Dhabi übernimmt den deutschen Kunststoffhersteller für 12 Milliarden Euro.', 'Kestrel Petrol AG ACQUIRED Vantix GmbH'],
    ['de', 'Der Ölriese Kestrel Petrol AG ist bei der Vantix GmbH am Ziel. Der Konzern übernimmt die Vantix GmbH.', 'Kestrel Petrol AG ACQUIRED Vantix GmbH'],
    ['de', 'Der Ölriese Kestrel Petrol AG ist bei der Vantix GmbH am Ziel. Kestrel Petrol AG übernimmt das Unternehmen.', 'Kestrel Petrol AG ACQUIRED Vantix GmbH'],
    ['en', 'Kestrel Capital has agreed a deal with Vantix Labs. The company will buy the German sensor maker for $2 billion.', 'Kestrel Capital ACQUIRED Vantix Labs'],
  ] as const)('are its two, the subject the one it named first (%s: %s)', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('give up where the last sentence named one company or three', async () => {
    for (const text of [
      'Kestrel Capital is growing. The company will buy the German sensor maker.',
      'Kestrel Capital, Vantix Labs and Orrin Systems met. The company will buy the German sensor maker.',
    ]) expect(triples(await extract(text, 'en')).filter((t) => t.includes('ACQUIRED'))).toEqual([]);
  });
});

describe('Arabic: a title in apposition after a comma', () => {
  it('belongs to the name before it, not to a name joined by "و" after the organisation', async () => {
    const x = await extract('صرّح ماركوس هيل، الرئيس التنفيذي لشركة كيسترل، وجون سميث، أن الشركة تنمو.', 'ar');
    expect(triples(x)).toEqual(['ماركوس هيل CEO_OF كيسترل']);
    // The joined name is a person without its "و".
    expect(x.mentions.map((m) => m.name)).toContain('جون سميث');
  });
});

describe('a description before the name in a long lead sentence', () => {
  it.each([
    ['tr', "İngiliz yatırım şirketi Kestrel Capital, Almanya merkezli sensör üreticisi Vantix Labs'i yaklaşık 2 milyar dolara satın almak için anlaşmaya vardığını pazartesi günü açıkladı.", 'Kestrel Capital ACQUIRED Vantix Labs'],
    ['ar', 'أعلنت شركة الاستثمار البريطانية كيسترل كابيتال يوم الاثنين أنها توصلت إلى اتفاق للاستحواذ على شركة فانتكس لابز الألمانية لصناعة أجهزة الاستشعار مقابل نحو ملياري دولار.', 'كيسترل كابيتال ACQUIRED فانتكس لابز'],
    ['de', 'Der Londoner Finanzinvestor Kestrel Capital will den Münchner Sensorhersteller Vantix Labs für rund zwei Milliarden Dollar übernehmen, wie beide Unternehmen am Montag mitteilten.', 'Kestrel Capital ACQUIRED Vantix Labs'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toEqual([fact]);
  });

  it('ar: a day of the week ends an Arabic name ("شركة كيسترل كابيتال يوم الاثنين")', async () => {
    const x = await extract('أعلنت شركة كيسترل كابيتال يوم الاثنين أنها توصلت إلى اتفاق.', 'ar');
    expect(x.mentions.map((m) => m.name)).toEqual(['كيسترل كابيتال']);
  });
});

describe('an appointment with an apposition to the person', () => {
  it.each([
    ['en', 'Vantix Labs on Tuesday named Marcus Hale, a former Kestrel Capital executive who ran its European business, as its new chief executive, effective January 1.'],
    ['de', 'Der Münchner Sensorhersteller Vantix Labs hat Marcus Hale, bislang Europachef bei Kestrel Capital, zum neuen Vorstandschef ernannt.'],
    ['es', 'Vantix Labs ha nombrado a Marcus Hale, exdirectivo de Kestrel Capital, nuevo consejero delegado de la compañía, según ha informado este martes.'],
    ['nl', 'Vantix Labs heeft Marcus Hale, voorheen topman van de Europese tak van Kestrel Capital, benoemd tot nieuwe ceo.'],
    ['tr', "Vantix Labs, Kestrel Capital'in eski yöneticisi Marcus Hale'i yeni CEO'su olarak atadığını salı günü duyurdu."],
  ] as const)('gives the new title at the appointing company (%s: %s)', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain('Marcus Hale CEO_OF Vantix Labs');
    expect(got).not.toContain('Marcus Hale CEO_OF Kestrel Capital');
  });

  it('ar: words after a title in the accusative ("رئيسا تنفيذيا جديدا لها اعتبارا من …") are no name', async () => {
    const x = await extract('عينت شركة فانتكس لابز ماركوس هيل، المدير التنفيذي السابق في شركة كيسترل كابيتال، رئيسا تنفيذيا جديدا لها اعتبارا من يناير.', 'ar');
    expect(x.mentions.filter((m) => m.type === 'Person').map((m) => m.name)).toEqual(['ماركوس هيل']);
  });
});

describe('investors joining the round a sentence raised, after its lead', () => {
  it.each([
    ['en', 'Vantix Labs said on Wednesday it had raised $120 million in a Series B round led by Kestrel Capital, with participation from existing investors Orrin Ventures and Harbor Partners.', ['Orrin Ventures', 'Harbor Partners']],
    ['es', 'Vantix Labs ha cerrado una ronda de 120 millones de dólares liderada por Kestrel Capital, en la que también han participado Orrin Ventures y Harbor Partners.', ['Orrin Ventures', 'Harbor Partners']],
    ['nl', 'Vantix Labs heeft 120 miljoen dollar opgehaald in een financieringsronde onder leiding van Kestrel Capital, waaraan ook Orrin Ventures en Harbor Partners deelnamen.', ['Orrin Ventures', 'Harbor Partners']],
    ['de', 'Vantix Labs hat 120 Millionen Dollar eingesammelt, angeführt von Kestrel Capital; auch Orrin Ventures und Harbor Partners beteiligten sich.', ['Orrin Ventures', 'Harbor Partners']],
  ] as const)('%s: %s', async (lang, text, investors) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain('Kestrel Capital INVESTED_IN Vantix Labs');
    for (const i of investors) expect(got).toContain(`${i} INVESTED_IN Vantix Labs`);
    expect(got.filter((f) => !f.endsWith('INVESTED_IN Vantix Labs'))).toEqual([]);
  });
});

describe('goods bought from a company', () => {
  it.each([
    ['fr', 'Vantix Labs achète ses batteries à Kestrel Capital.'],
    ['es', 'Vantix Labs compra sus baterías a Kestrel Capital.'],
  ] as const)('make it a supplier, not a company bought (%s: %s)', async (lang, text) => {
    expect(triples(await extract(text, lang))).toEqual(['Kestrel Capital SUPPLIES Vantix Labs']);
  });

  it.each([
    ['nl', 'Vantix Labs koopt zijn batterijen bij Kestrel Capital.'],
    ['en', 'Vantix Labs buys its batteries from Kestrel Capital.'],
    ['es', 'Vantix Labs compra la división de baterías a Kestrel Capital.'],
  ] as const)('never make it bought (%s: %s)', async (lang, text) => {
    expect(triples(await extract(text, lang)).filter((f) => f.includes('ACQUIRED'))).toEqual([]);
  });

  it('es: "absorberá e integrará a X" still buys X', async () => {
    expect(triples(await extract('Kestrel Capital absorberá e integrará a Vantix Labs en su sociedad matriz.', 'es'))).toContain('Kestrel Capital ACQUIRED Vantix Labs');
  });
});

describe('a stake sold to a buyer named behind the stake preposition ("an … an")', () => {
  it('de: the first "an" names the company sold, the last the buyer', async () => {
    const got = triples(await extract('Vantix Labs verkauft seine Beteiligung von 20 Prozent an Orrin Ventures an Kestrel Capital.', 'de'));
    expect(got).toContain('Kestrel Capital INVESTED_IN Orrin Ventures');
    expect(got.filter((f) => f.endsWith('Kestrel Capital'))).toEqual([]);
  });

  it('de: a buyer of projects no list knows is no company invested in', async () => {
    const got = triples(await extract('Vantix Labs verkauft eine Beteiligung von 50 Prozent an den Nordsee-Projekten an Kestrel Capital.', 'de'));
    expect(got.filter((f) => f.endsWith('Kestrel Capital'))).toEqual([]);
  });
});

describe('the sale of a company to a buyer, as a noun', () => {
  it.each([
    ['en', 'Acme Corp completed the sale of Boltway Systems to Kestrel Capital for $329 million.'],
    ['es', 'Acme Corp ha cerrado la venta de Boltway Systems a Kestrel Capital por 329 millones de euros.'],
    ['fr', 'Acme Corp a finalisé la vente de Boltway Systems à Kestrel Capital pour 329 millions d\'euros.'],
    ['de', 'Der Verkauf von Boltway Systems an Kestrel Capital ist abgeschlossen.'],
    ['nl', 'De verkoop van Boltway Systems aan Kestrel Capital is afgerond.'],
  ] as const)('makes the buyer acquire it (%s: %s)', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain('Kestrel Capital ACQUIRED Boltway Systems');
    expect(got.filter((f) => f.includes('ACQUIRED') && !f.startsWith('Kestrel Capital'))).toEqual([]);
  });

  it('en: sales of goods to a company buy no company', async () => {
    expect(triples(await extract("Acme Corp's sales of chips to Kestrel Capital rose.", 'en')).filter((f) => f.includes('ACQUIRED'))).toEqual([]);
  });
});

describe('Dutch and German names around surname particles and places of origin', () => {
  it('nl: a capitalised "Van" inside a sentence opens a company name', async () => {
    expect(triples(await extract('Bouwbedrijf Kestrel neemt Van Orrin over.', 'nl'))).toEqual(['Kestrel ACQUIRED Van Orrin']);
  });

  it('nl: the place after "uit" is no company beside the verb', async () => {
    const got = triples(await extract('Bouwbedrijf Kestrel uit Rosmalen neemt Van Orrin over.', 'nl'));
    expect(got).toEqual(['Kestrel ACQUIRED Van Orrin']);
    expect(mentionsOf(await extract('Bouwbedrijf Kestrel uit Rosmalen neemt Van Orrin over.', 'nl')).map((m) => m.name)).not.toContain('Rosmalen');
  });

  it('nl: a verb-second clause after a colon takes the name after the verb as subject', async () => {
    const got = triples(await extract('Het bedrijf groeit snel: vorig jaar nam Kestrel Bouw nog het familiebedrijf Van Orrin over.', 'nl'));
    expect(got).toEqual(['Kestrel Bouw ACQUIRED Van Orrin']);
  });

  it('nl: "Van Orrin" after "Gerard van Orrin" is the same person', async () => {
    const ex = await extract('Gerard van Orrin werd directeur van Vantix. De deal is goed, zei Van Orrin.', 'nl');
    expect(mentionsOf(ex).filter((m) => m.name === 'Van Orrin').map((m) => m.type)).toEqual(['Person']);
  });
});

describe('a subsidiary named right after a possessed noun', () => {
  it.each([
    ['en', 'Kestrel Capital sold its subsidiary Boltway to Vantix Labs.', 'Kestrel Capital OWNS Boltway'],
    ['en', 'Marc Orrin, through his holding company Fimalor, owns 20% of Vantix Labs.', 'Marc Orrin OWNS Fimalor'],
    ['fr', 'Le fonds Kestrel Capital est allié au financier Marc Orrin via sa holding Fimalor.', 'Marc Orrin OWNS Fimalor'],
    ['es', 'Carlos Orrin compró 41 millones de acciones a través de su sociedad patrimonial Finver Inversiones.', 'Carlos Orrin OWNS Finver Inversiones'],
  ] as const)('belongs to the name before it (%s: %s)', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('es: a possessed noun with no name right after it owns nothing named later', async () => {
    const got = triples(await extract('Kestrel Capital ha cerrado la venta de su sociedad patrimonial en Ecuador a Vantix Labs por 329 millones de euros.', 'es'));
    expect(got.filter((f) => f.includes('OWNS'))).toEqual([]);
  });

  it('nl: the subsidiary after "via zijn dochter" is no subject after the verb', async () => {
    const got = triples(await extract('Kestrel investeert via zijn dochter Boltway in Vantix.', 'nl'));
    expect(got).toContain('Kestrel OWNS Boltway');
    expect(got).not.toContain('Boltway OWNS Vantix');
  });

  it('nl: a relation noun behind "van" is no verb whose subject follows it', async () => {
    const got = triples(await extract('De investering van Kestrel lijkt erg op die van concurrent Vantix in Orrin Labs.', 'nl'));
    expect(got).not.toContain('Vantix COMPETES_WITH Orrin Labs');
  });
});

describe('German persons named in apposition to a title', () => {
  it('de: a capitalised run before ", CEO der X" is a person, though no list knows the given name', async () => {
    const got = triples(await extract('„Wir müssen jetzt handeln“, sagte Timotheus Orrin, CEO der Kestrel Capital, bei der Vorstellung.', 'de'));
    expect(got).toContain('Timotheus Orrin CEO_OF Kestrel Capital');
  });

  it('de: common nouns before a comma and a title stay nouns', async () => {
    const ex = await extract('Die Aktie, Chef der Runde, fiel.', 'de');
    expect(mentionsOf(ex).filter((m) => m.type === 'Person')).toEqual([]);
  });
});

describe('a company function behind a title is the title\'s, not an organisation', () => {
  it('en: "vice president of Communications" works for the company', async () => {
    const got = triples(await extract("Kestrel Air reported results. Kestrel Air also named John Orrin as the company's senior vice president of Communications.", 'en'));
    expect(got).toEqual(['John Orrin WORKS_FOR Kestrel Air']);
  });

  it('en: the organisation behind the function', async () => {
    expect(triples(await extract('Jane Orrin, senior vice president of Marketing at Vantix, said the deal was good.', 'en'))).toEqual(['Jane Orrin WORKS_FOR Vantix']);
  });

  it('en: a name that opens with a function word is still a name', async () => {
    expect(triples(await extract('Jane Orrin, chief executive of Marketing Alliance, said so.', 'en'))).toEqual(['Jane Orrin CEO_OF Marketing Alliance']);
  });

  it('es: a chief of a function is no chief executive', async () => {
    expect(triples(await extract('María Orrin, directora general de Comunicación de Kestrel, dijo que sí.', 'es'))).toEqual(['María Orrin WORKS_FOR Kestrel']);
  });
});

describe('Turkish sales and purchases marked by case', () => {
  it('tr: the price may stand between the company sold (genitive) and its buyer (dative)', async () => {
    const got = readable(await extract("Kestrel Medya Grubu'nun toplam 916 milyon dolar karşılığında Vantix Grubu'na satışına ilişkin süreç tamamlandı.", 'tr'));
    expect(got.map((c) => `${c.subject} ${c.relation} ${c.object} ${c.q.amount} ${c.q.currency}`)).toContain('Vantix Grubu ACQUIRED Kestrel Medya Grubu 916000000 USD');
  });

  it('tr: a brand written in lower case is a name where it takes the apostrophe', async () => {
    expect(triples(await extract("Barbaros Orrin kestrelpay'i Vantix'e satışından sonra yatırımcı oldu.", 'tr'))).toContain('Vantix ACQUIRED kestrelpay');
  });

  it('tr: a loanword common noun with an apostrophe is no name', async () => {
    const ex = await extract("Orrin, gizli modda faaliyet gösteren startup'ın Vik Bajaj ile birlikte eş CEO'su oldu.", 'tr');
    expect(mentionsOf(ex).map((m) => m.name)).not.toContain('startup');
  });

  it('tr: the company in the ablative sold the shares; it is not what was bought', async () => {
    const got = triples(await extract('Kestrel Enerji, Orrin Solar şirketinin hisselerini Vantix International firmasından devraldığını duyurdu.', 'tr'));
    expect(got).not.toContain('Kestrel Enerji ACQUIRED Vantix International');
    expect(got).toContain('Kestrel Enerji ACQUIRED Orrin Solar');
  });
});

describe('names the gazetteer or a compound must not make', () => {
  it('fr: "Free" is the operator, not an alias of a province', async () => {
    expect(triples(await extract("Le même jour, Free s'est associé avec Mistral AI pour proposer un abonnement.", 'fr'))).toContain('Free PARTNERS_WITH Mistral AI');
  });

  it('de: "Marken" (brands) is a noun, no alias of the Marche region', async () => {
    const ex = await extract('Kestrel verkauft die Marken Orrin und Vantix an Boltway Capital.', 'de');
    expect(mentionsOf(ex).filter((m) => m.type === 'Location')).toEqual([]);
  });

  it('de: the head of a possessed compound is a kind, no owner ("seine Wagniskapital-Tochter")', async () => {
    const ex = await extract('Der Technologiekonzern Kestrel war über seine Wagniskapital-Tochter Orrin Ventures an Vantix beteiligt.', 'de');
    expect(mentionsOf(ex).map((m) => m.name)).not.toContain('Wagniskapital');
    expect(triples(ex).filter((f) => f.startsWith('Wagniskapital'))).toEqual([]);
  });
});

describe('a separable verb\'s object and a verb coordinated after a list', () => {
  it('nl: the name right before the closing particle is the object, adverbials between', async () => {
    expect(triples(await extract('Kestrel lijfde vorig jaar Vantix in.', 'nl'))).toEqual(['Kestrel ACQUIRED Vantix']);
    expect(triples(await extract('Kestrel nam vorig jaar Vantix over.', 'nl'))).toEqual(['Kestrel ACQUIRED Vantix']);
  });

  it.each([
    ['nl', 'Kestrel Media is onder meer eigenaar van de Orrin, het Boltway en Vantix, en lijfde vorig jaar Quillon in.'],
    ['en', 'Kestrel Media owns Orrin, Boltway and Vantix, and bought Quillon last year.'],
  ] as const)('the verb after the list has the first verb\'s subject (%s: %s)', async (lang, text) => {
    const got = triples(await extract(text, lang));
    expect(got.filter((f) => f.endsWith('ACQUIRED Quillon'))).toEqual(['Kestrel Media ACQUIRED Quillon']);
  });
});

describe('a person who leads a company, and "then" that only dates the speech', () => {
  it.each([
    ['en', "Brian Orrin, who's led Kestrel since 2018, will replace Jane Vantix.", 'Brian Orrin CEO_OF Kestrel'],
    ['fr', 'Jean Orrin, qui dirige Kestrel depuis 2018, part.', 'Jean Orrin CEO_OF Kestrel'],
    ['es', 'Juan Orrin, que dirige Kestrel desde 2018, se va.', 'Juan Orrin CEO_OF Kestrel'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('en: leading a round or talks is no role', async () => {
    expect(triples(await extract('John Orrin, who led the negotiations for Kestrel, left.', 'en')).filter((f) => f.includes('CEO_OF'))).toEqual([]);
  });

  it('fr: "commentait alors le directeur général X" is no former role; "l\'alors PDG" is', async () => {
    const now = (await extract('Kestrel Capital grandit. « C\'est bien », commentait alors le directeur général de Kestrel Capital, Jean Orrin.', 'fr')).claims;
    expect(now.filter((c) => c.relation === 'CEO_OF').map((c) => c.former ?? false)).toEqual([false]);
    const then = (await extract("L'alors PDG de Kestrel Capital, Jean Orrin, a démissionné.", 'fr')).claims;
    expect(then.filter((c) => c.relation === 'CEO_OF').map((c) => c.former ?? false)).toEqual([true]);
  });
});

describe('Western given names in Arabic script', () => {
  it('ar: a board chair named after the title in apposition', async () => {
    expect(triples(await extract('وأعلن رئيس مجلس إدارة "كيستريل"، جوزيف أورين، أن المجلس وافق على العرض.', 'ar'))).toContain('جوزيف أورين BOARD_MEMBER_OF كيستريل');
  });
});

describe('Arabic names opened by their kind', () => {
  it('ar: a head noun, a place and what the company is for make one name ("مؤسسة الإمارات للاتصالات")', async () => {
    const ex = await extract('زادت مؤسسة الإمارات للاتصالات حصتها في شركة كيستريل.', 'ar');
    expect(mentionsOf(ex).map((m) => `${m.name}/${m.type}`)).toContain('مؤسسة الإمارات للاتصالات/Organization');
    expect(mentionsOf(ex).filter((m) => m.type === 'Location')).toEqual([]);
  });
});

describe('competitors named after "face à", and a short name beside its long form', () => {
  it('fr: the subject competes with each listed name, not the listed names with each other', async () => {
    const got = triples(await extract("Kestrel Bau remporte le contrat. La troisième major française du BTP remporte ce contrat de 3,4 milliards d'euros face à Orrin et Vantix.", 'fr'));
    expect(got).toContain('Kestrel Bau COMPETES_WITH Orrin');
    expect(got).toContain('Kestrel Bau COMPETES_WITH Vantix');
    expect(got).not.toContain('Orrin COMPETES_WITH Vantix');
  });

  it('a one-word name and a longer name it opens, named in one sentence, are two companies', async () => {
    const ex = await extract('Le groupe Kestrel a cédé sa filiale Kestrel Capital à Vantix.', 'fr');
    expect(triples(ex)).toContain('Kestrel OWNS Kestrel Capital');
  });
});

describe('shares held, and a known name opening a longer legal name', () => {
  it.each([
    // French "de"/"du" are both partitive articles and the preposition of the share.
    ['fr', 'Le groupe Kalvon détient 20 % du capital de Norvia.', ['Kalvon INVESTED_IN Norvia']],
    ['fr', 'Kalvon possède 20% de Norvia.', ['Kalvon INVESTED_IN Norvia']],
    ['tr', "Kalvon, Norvia'nın yüzde 20 hissesini elinde tutuyor.", ['Kalvon INVESTED_IN Norvia']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const ex = await extract(text, lang);
    expect(triples(ex)).toEqual([...facts]);
    expect(ex.claims[0].stake).toBe(0.2);
  });

  it('tr: a known company opening a name that ends in a legal form is that longer name', async () => {
    const ex = await extract("Kalvon Enerji, Turkcell Dijital Hizmetler A.Ş.'nin yüzde 51 oranındaki hisselerine sahip bulunuyor.", 'tr');
    expect(triples(ex)).toEqual(['Kalvon Enerji INVESTED_IN Turkcell Dijital Hizmetler A.Ş', 'Kalvon Enerji OWNS Turkcell Dijital Hizmetler A.Ş']);
  });

  it('en: a known company followed by capitalised words and a company suffix', async () => {
    expect(mentionsOf(await extract('Vantix bought a stake in Nokia Mobile Networks Ltd last year.', 'en')).map((m) => m.name)).toContain('Nokia Mobile Networks Ltd');
  });
});

describe('successions and departures that name no organisation', () => {
  it('de: a pronoun successor whose role an earlier sentence gave by the surname', async () => {
    const got = triples(await extract('Max Roth wird neuer Chef der Kalvon AG. Roth war Finanzchef. Er folgt auf Karl Brenner, der das Unternehmen verlässt.', 'de'));
    expect(got).toContain('Karl Brenner LEFT Kalvon AG');
  });

  it('fr: in the passive the one replaced is the subject, the agent succeeds', async () => {
    const got = triples(await extract('La directrice générale de Kalvon, Claire Morel, quitte son poste. Elle est remplacée par Paul Girard.', 'fr'));
    expect(got).toContain('Claire Morel LEFT Kalvon');
    expect(got).not.toContain('Paul Girard LEFT Kalvon');
  });

  it('nl: an attributive participle describes the person its noun phrase names', async () => {
    const got = triples(await extract('Volgens Nadella gaat Jan Smit samen met de opgestapte Kalvon-topman Piet de Boer leiding geven aan een nieuw team.', 'nl'));
    expect(got).toContain('Piet de Boer LEFT Kalvon');
    expect(got.filter((t) => t.startsWith('Jan Smit LEFT'))).toEqual([]);
  });

  it('nl: a departure leaves the role held before, not the one just taken up', async () => {
    const got = triples(await extract('Jan Smit, topman van Kalvon, gaat aan de slag bij Norvia. Smit werd vrijdag ontslagen.', 'nl'));
    expect(got).toContain('Jan Smit JOINED Norvia');
    // The surname is the person of the sentence before: the role held there is the one left.
    expect(got).toContain('Smit LEFT Kalvon');
    expect(got).not.toContain('Smit LEFT Norvia');
  });
});

describe('a title heads of state hold too', () => {
  it.each([
    ['en', 'Kalvon Corp will invest $10 billion in Ohio, President Donald Trump said on Monday.'],
    ['fr', "Le président Emmanuel Macron a visité l'usine de Kalvon Industries à Lyon."],
    ['es', 'El presidente Pedro Sánchez visitó la fábrica de Kalvon Industrias en Zaragoza.'],
  ] as const)('%s: names no role at the sentence’s company: %s', async (lang, text) => {
    expect(triples(await extract(text, lang)).filter((t) => t.includes('WORKS_FOR'))).toEqual([]);
  });

  it('en: a company’s president still works there where the title names it or a unit holds it', async () => {
    expect(triples(await extract('Jane Roe, president of Kalvon Corp, said sales rose.', 'en'))).toContain('Jane Roe WORKS_FOR Kalvon Corp');
    expect(triples(await extract('Kalvon Corp’s snacks division president Jane Roe said sales rose.', 'en'))).toContain('Jane Roe WORKS_FOR Kalvon Corp');
  });
});

describe('a majority share is control', () => {
  it.each([
    ['es', 'El grupo Kalvon ha cerrado este martes la compra del 88% de Norvia Energía.', ['Kalvon INVESTED_IN Norvia Energía', 'Kalvon ACQUIRED Norvia Energía']],
    ['en', 'Kalvon Corp owns 51% of Norvia Systems.', ['Kalvon Corp INVESTED_IN Norvia Systems', 'Kalvon Corp OWNS Norvia Systems']],
    ['en', 'Kalvon Corp owns 30% of Norvia Systems.', ['Kalvon Corp INVESTED_IN Norvia Systems']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('a departure that names no organisation leaves the one joined where no other role was held', () => {
  it('en: joined, then resigned', async () => {
    const got = triples(await extract('Jane Roe joined Kalvon Corp in 2015. Roe resigned on Monday.', 'en'));
    expect(got).toContain('Jane Roe JOINED Kalvon Corp');
    expect(got.some((t) => t.endsWith('LEFT Kalvon Corp'))).toBe(true);
  });
});

describe('honorifics, shares before a reversed verb, and names after company nouns', () => {
  it('en/fr: an honorific before a name is no company', async () => {
    expect(mentionsOf(await extract('Delta agreed to buy a 49% stake in Sir Richard Roe’s airline.', 'en')).map((m) => m.name)).not.toContain('Sir');
    expect(mentionsOf(await extract("Son successeur sera Gilles Morel, jusqu'au départ de M. Salle.", 'fr')).map((m) => m.name)).not.toContain('M');
  });

  it.each([
    ['en', 'Norvia Defense is 49 percent owned by Kalvon Capital Partners, a private equity firm.', 'Kalvon Capital Partners', 'Norvia Defense', 0.49],
    ['de', 'Die Norvia AG ist seit August zu 84 Prozent im Besitz des chinesischen Autozulieferers Ningbo Kalvon.', 'Ningbo Kalvon', 'Norvia AG', 0.84],
  ] as const)('%s: a share before "owned by" is the owner’s stake: %s', async (lang, text, owner, owned, stake) => {
    const ex = readable(await extract(text, lang));
    const invested = ex.find((c) => c.relation === 'INVESTED_IN');
    expect([invested?.subject, invested?.object, invested?.q.stake]).toEqual([owner, owned, stake]);
    // More than half is control.
    expect(ex.some((c) => c.relation === 'OWNS' && c.subject === owner)).toBe(stake > 0.5);
  });

  it('tr: academic titles between a title and the name', async () => {
    const got = triples(await extract('Kalvon Holding Yönetim Kurulu Başkanı Prof. Dr. Ahmet Yılmaz törene katıldı.', 'tr'));
    // An executive chair: on the board and working for the company (TitleEntry.chair).
    expect(got).toEqual(['Ahmet Yılmaz BOARD_MEMBER_OF Kalvon Holding', 'Ahmet Yılmaz WORKS_FOR Kalvon Holding']);
  });

  it('nl: an English title in a Dutch sentence', async () => {
    expect(triples(await extract('Felix Martin, Executive Vice President van Kalvon, zei dat de fabriek belangrijk is.', 'nl'))).toEqual(['Felix Martin WORKS_FOR Kalvon']);
  });

  it('de: a capitalised function word after "&" is part of the name', async () => {
    expect(mentionsOf(await extract('Das Unternehmen kauft den US-Kunststoffhersteller Kalvon Molding & Die, der 1600 Mitarbeiter hat.', 'de')).map((m) => m.name)).toContain('Kalvon Molding & Die');
  });

  it('ar: a chain of patronymics and the family name after "آل" make one person', async () => {
    const names = mentionsOf(await extract('يرعى الاحتفال الأمير سعود بن عبدالله بن ثنيان آل سعود رئيس الهيئة الملكية.', 'ar')).filter((m) => m.type === 'Person').map((m) => m.name);
    expect(names).toEqual(['سعود بن عبدالله بن ثنيان آل سعود']);
  });
});

describe('a word right before a title and a full name is the title’s organisation', () => {
  it.each([
    ['en', 'Kalvon CEO Jane Roe said sales rose.', ['Jane Roe CEO_OF Kalvon']],
    ['en', 'Former CEO Jane Roe said sales rose.', []],
    ['en', 'French President Emmanuel Roe visited the plant.', []],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('a possessive refers to the sentence’s subject; a new chief executive’s predecessor held the post', () => {
  it('en: "its next CEO" is the subject’s, not the organisation in the person’s description', async () => {
    const got = triples(await extract('Kalvon Airways has announced Norvia Airlines executive Craig Roe will become its next CEO.', 'en'));
    expect(got).toContain('Craig Roe CEO_OF Kalvon Airways');
    expect(got).not.toContain('Craig Roe CEO_OF Norvia Airlines');
  });

  it('en: the successor’s new top job, not the post they hold now, is what the predecessor leaves', async () => {
    const got = triples(await extract('Kalvon Airways has named Craig Roe its next CEO. Roe, a senior vice president at Norvia Airlines, replaces Steve Ward, who will retire.', 'en'));
    expect(got).toContain('Steve Ward LEFT Kalvon Airways');
    expect(got).toContain('Steve Ward CEO_OF Kalvon Airways');
    expect(got).not.toContain('Steve Ward LEFT Norvia Airlines');
  });

  it('en: a name before "as" and a title is a person’s', async () => {
    const ex = await extract('Kalvon Corp also named Niel Brightwater as the company’s senior vice president of Communications.', 'en');
    expect(mentionsOf(ex).find((m) => m.name === 'Niel Brightwater')?.type).toBe('Person');
    expect(triples(ex)).toContain('Niel Brightwater WORKS_FOR Kalvon Corp');
  });
});

describe('a name after a verb whose object is the organisation stays one, before "as" and a title too', () => {
  it('en: "joined Kalvon Analytics as chief financial officer"', async () => {
    const ex = await extract('Khalid Rahman joined Kalvon Analytics as chief financial officer.', 'en');
    expect(mentionsOf(ex).find((m) => m.name === 'Kalvon Analytics')?.type).toBe('Organization');
  });
});

describe('a company’s company named with a possessive', () => {
  it.each([
    ['en', 'Craig Roe joined Kalvon Corp’s Norvia Airlines in 1985 as an analyst.', ['Kalvon Corp OWNS Norvia Airlines', 'Craig Roe JOINED Norvia Airlines']],
    ['en', 'He worked on joint ventures with Kalvon Corp’s Norvia Airlines and Brent Air across the Atlantic.', ['Kalvon Corp OWNS Norvia Airlines']],
    // A name followed by more of a unit's name is no company of its own.
    ['en', 'Snyder’s-Lance will join Kalvon Corp’s Global Snacks and Biscuits division.', []],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    for (const f of facts) expect(got).toContain(f);
    if (facts.length === 0) expect(got.filter((t) => t.includes(' OWNS '))).toEqual([]);
    expect(got.filter((t) => t.includes('JOINED Kalvon Corp'))).toEqual([]);
  });
});

describe('plants bought from a company', () => {
  it.each([
    ['es', 'Kalvon compra tres plantas de tubos y perfiles a Norvia.'],
    ['en', 'Kalvon Corp bought two plants from Norvia Steel.'],
  ] as const)('%s: are neither the company nor its supplies: %s', async (lang, text) => {
    expect(triples(await extract(text, lang)).filter((t) => /ACQUIRED|SUPPLIES/u.test(t))).toEqual([]);
  });
});

describe('affiliates named by a region, and an acronym spelled out in brackets', () => {
  it('en: a known company and a two-word region name its affiliate', async () => {
    expect(triples(await extract('BAE Systems North America is a major supplier of electronics to the Pentagon.', 'en'))).toEqual(['BAE Systems North America SUPPLIES Pentagon']);
  });

  it('fr: the spelled-out form is the acronym’s entity, and its words are no trigger', async () => {
    const ex = await extract("La société KVN (Kalvon Ventures Nord), qui détient plus de 25% du capital de Norvia, a voté contre.", 'fr');
    const long = ex.mentions.find((m) => m.name === 'Kalvon Ventures Nord');
    expect(long?.canonical).toBe('KVN');
    expect(ex.mentions.map((m) => m.name)).not.toContain('Nord');
    expect(readable(ex).map((c) => `${c.subject} ${c.relation} ${c.object} ${c.q.stake}`)).toEqual(['KVN INVESTED_IN Norvia 0.25']);
  });
});

describe('a title after a relative pronoun of possession', () => {
  it.each([
    ['fr', "M. Cojan représente la société Kalvon, qui détient 25% du capital de Norvia et dont le président, Robert Zolade, est aussi président d'honneur du groupe.", 'Robert Zolade WORKS_FOR Kalvon'],
    ['en', 'Kalvon Corp, whose chief executive Jane Roe resigned last year, was sold.', 'Jane Roe CEO_OF Kalvon Corp'],
    ['de', 'Die Kalvon AG, deren Chef Max Roth zurücktrat, wurde verkauft.', 'Max Roth CEO_OF Kalvon AG'],
  ] as const)('%s: is held at the relative clause’s antecedent: %s', async (lang, text, fact) => {
    const got = triples(await extract(text, lang));
    expect(got).toContain(fact);
    expect(got.filter((t) => t.includes('Norvia') && !t.includes('INVESTED_IN'))).toEqual([]);
  });
});

describe('Turkish board titles that name a committee', () => {
  it('tr: "Yönetim Kurulu ve İcra Komitesi Başkanı" is one title; the committee is no company', async () => {
    const got = triples(await extract('Törene Ankara Valisi Davut Kaya, Kalvon Holding Yönetim Kurulu ve İcra Komitesi Başkanı Prof. Dr. Ahmet Yılmaz katıldı.', 'tr'));
    expect(got).toEqual(['Ahmet Yılmaz BOARD_MEMBER_OF Kalvon Holding', 'Ahmet Yılmaz WORKS_FOR Kalvon Holding']);
  });
});

describe('a listed person’s description before the name', () => {
  it.each([
    ['en', 'Kalvon Labs was founded in 2015 by Elon Roe and tech investor Sam Brightwater.'],
    ['nl', 'Microsoft stak geld in het bedrijf Kalvon Labs, dat in 2015 werd opgericht door Elon Roe en techinvesteerder Sam Brightwater.'],
  ] as const)('%s: keeps the person in the list: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toEqual(expect.arrayContaining(['Elon Roe FOUNDED Kalvon Labs', 'Sam Brightwater FOUNDED Kalvon Labs']));
  });
});

describe('a presidency taken, and a post entrusted to a person', () => {
  it('es: "asumió la presidencia de la compañía" is a president’s post at the company the anaphor names', async () => {
    expect(triples(await extract('Kalvon vende su filial. La operación es la primera desde que Marc Ruiz asumió la presidencia de la compañía el pasado 18 de enero.', 'es'))).toContain('Marc Ruiz WORKS_FOR Kalvon');
  });
});

describe('a post entrusted to a person after its organisation', () => {
  it('fr: "le poste de PDG de Kalvon à Claire Morel"', async () => {
    expect(triples(await extract('Le conseil a confié le poste de PDG de Kalvon à Claire Morel.', 'fr'))).toEqual(['Claire Morel CEO_OF Kalvon']);
  });
});

describe('Arabic quoted names with initials', () => {
  it('ar: periods and a tatweel inside the quotes are the name’s', async () => {
    const names = mentionsOf(await extract('أعلنت شركة الاتصالات الأمريكية "كالفون. إيه. جي"، البارحة الأولى، شراء شركة الهاتف المحمول "نورفيا ـــ موبايل يو. إس. أيه" الأمريكية.', 'ar')).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['كالفون. إيه. جي', 'نورفيا ـــ موبايل يو. إس. أيه']));
  });
});

describe('Arabic: the buyer of a purchase announced as a verbal noun', () => {
  it.each([
    ['ar', 'أعلنت شركة برنتوود، أمس، شراء شركة نورفيا مقابل 39 مليار دولار.', ['برنتوود ACQUIRED نورفيا']],
    // A quoted adjective with the accusative ending is no name: "عرضاً "عدائياً"" (a hostile offer).
    ['ar', 'قدم برنتوود عرضاً "عدائياً" لشراء منافسته "نورفيا".', []],
  ] as const)('%s: %s', async (lang, text, facts) => {
    const got = triples(await extract(text, lang));
    for (const f of facts) expect(got).toContain(f);
    expect(got.filter((t) => t.startsWith('عدائياً'))).toEqual([]);
  });
});

describe('Arabic: an adjective of origin between the owned company and "التابعة"', () => {
  it('ar: the owner after "التابعة لـ" still owns the name before the adjective', async () => {
    const got = triples(await extract('أعلنت شركة برنتوود شراء شركة الهاتف المحمول "نورفيا" الأمريكية التابعة لمجموعة "دويتشه تيليكوم" الألمانية.', 'ar'));
    expect(got).toEqual(expect.arrayContaining(['برنتوود ACQUIRED نورفيا', 'Deutsche Telekom OWNS نورفيا']));
  });
});

describe('Arabic: a title before "and" with an honorific belongs to the person before', () => {
  it('ar: "… إدارة سابك الرئيس التنفيذي والمهندس …" is the previous person’s title', async () => {
    const got = triples(await extract('وبحضور المهندس محمد بن حمد الماضي نائب رئيس مجلس إدارة سابك الرئيس التنفيذي والمهندس مطلق المريسد نائب الرئيس التنفيذي.', 'ar'));
    expect(got.filter((t) => t.includes('CEO_OF'))).toEqual(['محمد بن حمد الماضي CEO_OF SABIC']);
  });
});

describe('Turkish: given names that are common words, abbreviated titles, and the board as an agent', () => {
  it('tr: "Prof. Dr. Temel Kaya" after a title is the person, and his removal is a departure', async () => {
    expect(triples(await extract('Kalvon Holding Genel Müdürü Prof. Dr. Temel Kaya görevden alınırken yerine Mehmet Demir atandı.', 'tr'))).toEqual(
      expect.arrayContaining(['Temel Kaya CEO_OF Kalvon Holding', 'Temel Kaya LEFT Kalvon Holding']));
  });

  it('tr: a board that acts ("Yönetim Kurulu tarafından") gives no one a seat', async () => {
    const got = triples(await extract("Prof. Dr. Temel Kaya'nın görevden alınması, Kalvon Holding Yönetim Kurulu tarafından alındı.", 'tr'));
    expect(got.filter((t) => t.includes('BOARD_MEMBER_OF'))).toEqual([]);
  });
});

describe('"namely" between a title and the name', () => {
  it('en: "has named a new chief executive, namely Jane Roe"', async () => {
    expect(triples(await extract('Kalvon Corp has named a new chief executive, namely Jane Roe.', 'en'))).toEqual(['Jane Roe CEO_OF Kalvon Corp']);
  });
});

describe('an investment in a spending topic', () => {
  it.each([
    ['en', 'Kalvon Corp announced an investment of $2 billion in data centers in Texas.', 'Kalvon Corp'],
    ['es', 'El grupo Kalvon, que recientemente anunció una inversión de 2.100 millones de euros en centros de datos en Madrid, declinó hacer comentarios.', 'Kalvon'],
    ['fr', "Le groupe Kalvon a annoncé un investissement de 2 milliards d'euros dans des centres de données.", 'Kalvon'],
  ] as const)('%s: is a spending plan: %s', async (lang, text, spender) => {
    const c = readable(await extract(text, lang));
    expect(c.map((x) => `${x.subject} ${x.relation} ${x.object}`)).toEqual([`${spender} PLANS_SPENDING topic:Data centres`]);
  });

  it('en: an investment in a company is no spending plan', async () => {
    expect(triples(await extract('Kalvon Corp announced an investment of $2 billion in Norvia Systems.', 'en'))).toEqual(['Kalvon Corp INVESTED_IN Norvia Systems']);
  });
});

describe('spending plans in the future and conditional, and figures a source states', () => {
  it.each([
    ['en', 'Kalvon Corp said it would invest $15 billion in data centers over the next decade.', 'Kalvon Corp'],
    ['es', 'El grupo Kalvon anunció el mes pasado que invertiría 15.700 millones de euros para construir centros de datos.', 'Kalvon'],
    ['fr', "Le groupe Kalvon a annoncé qu'il investirait 15 milliards d'euros dans des centres de données.", 'Kalvon'],
    ['de', 'Der Konzern Kalvon will bis 2030 rund 15 Milliarden Euro in Rechenzentren investieren.', 'Kalvon'],
  ] as const)('%s: %s', async (lang, text, spender) => {
    expect(triples(await extract(text, lang)).filter((t) => t.includes('PLANS_SPENDING'))).toEqual([`${spender} PLANS_SPENDING topic:Data centres`]);
  });

  it('de: a consultancy quoted with "laut" plans no spending', async () => {
    expect(triples(await extract('Laut der Beratungsfirma Kalvon muss Deutschland bis zu 60 Milliarden Euro in KI-Infrastruktur investieren.', 'de'))).toEqual([]);
  });
});

describe('heads of state named by surname', () => {
  it('es: "Trump" alone is the person the gazetteer knows, no company that builds', async () => {
    const ex = await extract('Trump anunció el proyecto, que busca invertir hasta 500.000 millones de dólares para construir centros de datos.', 'es');
    expect(mentionsOf(ex).find((m) => m.name === 'Donald Trump')?.type).toBe('Person');
    expect(triples(ex).filter((t) => t.startsWith('Donald Trump') || t.startsWith('Trump'))).toEqual([]);
  });
});

describe('an unknown name opening a sentence whose predicate reaches a relation', () => {
  it.each([
    ['en', 'Kalvon has completed its acquisition of Dorta for $2 billion.', 'Kalvon ACQUIRED Dorta'],
    ['en', 'Kalvon said on Monday it would buy Dorta for $500 million.', 'Kalvon ACQUIRED Dorta'],
    ['en', 'Kalvon agreed to acquire Dorta in a deal valued at $1 billion.', 'Kalvon ACQUIRED Dorta'],
    ['fr', "Kalvon a finalisé l'acquisition de Dorta pour 200 millions d'euros.", 'Kalvon ACQUIRED Dorta'],
    ['es', 'Kalvon ha completado la compra de Dorta por 200 millones de euros.', 'Kalvon ACQUIRED Dorta'],
    ['nl', 'Kalvon heeft de overname van Dorta afgerond.', 'Kalvon ACQUIRED Dorta'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it.each([
    ['en', 'Bulking up helps it compete with Kalvon and Dorta.'],
    ['en', 'Combining their networks will strengthen its partnership with Dorta.'],
    ['es', 'Anunció ayer la compra de Dorta por 200 millones de euros.'],
    ['fr', 'Annoncé lundi le rachat de Dorta sera finalisé en mai.'],
  ] as const)('%s: a verb opening the sentence is no company: %s', async (lang, text) => {
    const ex = await extract(text, lang);
    expect(mentionsOf(ex).map((m) => m.name)).not.toContain(text.split(' ')[0]);
  });

  it('en: a word the article writes in lower case elsewhere is a common word', async () => {
    const ex = await extract('Analysts have said the deal would close soon. Shares rose after the firm agreed to acquire Dorta. Investors bought shares.', 'en');
    expect(mentionsOf(ex).map((m) => m.name)).not.toContain('Shares');
  });
});

describe('ar: a transliterated name after a company noun that opens like a proclitic and the article', () => {
  it.each([
    ['استحوذت شركة كالفون على شركة دورتا.', 'كالفون ACQUIRED دورتا'],
    ['استحوذت شركة فالكون على شركة دورتا.', 'فالكون ACQUIRED دورتا'],
  ])('%s', async (text, fact) => {
    expect(triples(await extract(text, 'ar'))).toContain(fact);
  });

  it('a definite description after the company noun still names nothing', async () => {
    expect(mentionsOf(await extract('استحوذت شركة الاتصالات على شركة دورتا.', 'ar')).map((m) => m.name)).not.toContain('الاتصالات');
  });
});

describe('a relative clause between a sentence-opening name and its predicate', () => {
  it.each([
    ['en', 'Kalvon, which makes pumps, said it would acquire Dorta.'],
    ['es', 'Kalvon, que fabrica bombas, anunció la compra de Dorta.'],
    ['fr', 'Kalvon, qui fabrique des pompes, va racheter Dorta.'],
    ['nl', 'Kalvon, dat pompen maakt, neemt Dorta over.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toContain('Kalvon ACQUIRED Dorta');
  });
});

describe('an anaphor opening the sentence, with auxiliaries and control verbs before the trigger', () => {
  it.each([
    ['en', 'The chief executive of Kalvon spoke on Monday. The company has signed a definitive agreement to acquire Dorta.'],
    ['en', 'The chief executive of Kalvon spoke on Monday. The diversified textile manufacturer has agreed to acquire Dorta.'],
    ['fr', 'Kalvon a publié ses résultats. Le groupe a signé un accord définitif pour racheter Dorta.'],
    ['es', 'Kalvon presentó sus resultados. La compañía ha firmado un acuerdo para comprar Dorta.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toContain('Kalvon ACQUIRED Dorta');
  });

  it('en: a name between the anaphor and the trigger is the subject instead', async () => {
    expect(triples(await extract('Kalvon reported results. The company said Wexo would acquire Dorta.', 'en'))).not.toContain('Kalvon ACQUIRED Dorta');
  });
});

describe('a part of a company bought is no purchase of the company', () => {
  it.each([
    ['fr', "Kalvon a annoncé le rachat des activités respiratoires de son concurrent japonais Dorta pour 575 millions de dollars."],
    ['en', 'Kalvon buys the chip unit of Dorta for $1 billion.'],
    ['es', 'Kalvon compra la división de baterías de Dorta.'],
  ] as const)('%s: %s', async (lang, text) => {
    const t = triples(await extract(text, lang));
    expect(t).not.toContain('Kalvon ACQUIRED Dorta');
    expect(t).not.toContain('Dorta OWNS Kalvon');
  });

  it('en: a stake bought from a seller is no stake in the seller', async () => {
    expect(triples(await extract('Kalvon is acquiring the stake from Dorta Partners for $1.6 billion in cash.', 'en'))).not.toContain('Kalvon INVESTED_IN Dorta Partners');
  });

  it('es: a subsidiary named after the noun is what is bought', async () => {
    expect(triples(await extract('Kalvon ha comprado la filial Lumora por 200 millones de euros.', 'es'))).toContain('Kalvon ACQUIRED Lumora');
  });
});

describe('idioms of taking the lead of a company', () => {
  it.each([
    ['en', 'Marta Ruiz took over the leadership of Kalvon in May.'],
    ['fr', 'Marta Ruiz prendra la direction de Kalvon en mai.'],
    ['es', 'Marta Ruiz asumirá la dirección de Kalvon en mayo.'],
    ['nl', 'Marta Ruiz neemt de leiding van Kalvon over.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toContain('Marta Ruiz CEO_OF Kalvon');
  });
});

describe('paired surname particles', () => {
  it.each([
    ['fr', 'Olivier van den Bossche prendra la direction de Kalvon.', 'Olivier van den Bossche CEO_OF Kalvon'],
    ['de', 'Vorstandschef Olivier van den Bossche verlässt Kalvon.', 'Olivier van den Bossche LEFT Kalvon'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
});

describe('a company sold as an anaphor, and companies changing hands', () => {
  it.each([
    ['nl', 'Het Belgische bedrijf Kalvon groeide snel. Investeerder Wexo verkoopt het bedrijf aan Dorta.'],
    ['en', 'The chief executive of Kalvon spoke on Monday. Investor Wexo Capital will sell the company to Dorta.'],
    ['es', 'La cadena Kalvon creció. El fondo Wexo vende la compañía a Dorta.'],
  ] as const)('%s: %s', async (lang, text) => {
    const t = triples(await extract(text, lang));
    expect(t).toContain('Dorta ACQUIRED Kalvon');
    expect(t.filter((x) => x.startsWith('Dorta ACQUIRED'))).toHaveLength(1);
  });

  it.each([
    ['es', 'Un año más tarde los supermercados Kalvon pasan a manos de la cadena lituana Dorta.', 'Dorta ACQUIRED Kalvon'],
    ['es', 'Tras sufrir pérdidas, la empresa Kalvon se vendió en 2004 al fondo británico Dorta.', 'Dorta ACQUIRED Kalvon'],
    ['fr', 'La société Kalvon passe sous le contrôle de Dorta.', 'Dorta ACQUIRED Kalvon'],
    ['nl', 'Het bedrijf Kalvon kwam in handen van Dorta.', 'Dorta ACQUIRED Kalvon'],
    ['en', 'Kalvon Corp passed into the hands of Dorta in 2004.', 'Dorta ACQUIRED Kalvon Corp'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
});

describe('what a supplier noun or a verb of selling supplies', () => {
  it('nl: a name after the goods and a list joiner is the next item, not the customer', async () => {
    expect(triples(await extract('Het management van de leverancier van chemische gassen en investeerder Wexo verkopen het bedrijf aan Dorta.', 'nl')).filter((t) => t.includes('SUPPLIES'))).toEqual([]);
  });

  it('en: goods joined by "and" still go to the customer behind the preposition', async () => {
    expect(triples(await extract('Kalvon Systems is a major supplier of electronics and information technology to Dorta.', 'en'))).toContain('Kalvon Systems SUPPLIES Dorta');
  });

  it('es: a business sold is no supply', async () => {
    expect(triples(await extract('La cadena Kalvon ha vendido el negocio a Dorta.', 'es')).filter((t) => t.includes('SUPPLIES'))).toEqual([]);
  });
});

describe('executive chairs', () => {
  it.each([
    ['en', 'Jane Roe, chairman of Kalvon Holdings, said sales rose.'],
    ['fr', "Jane Roe, présidente du conseil d'administration de Kalvon, a parlé."],
    ['es', 'Jane Roe, presidenta del consejo de administración de Kalvon, habló ayer.'],
  ] as const)('%s: the chair sits on the board and works for the company: %s', async (lang, text) => {
    const t = triples(await extract(text, lang));
    expect(t.some((x) => x.startsWith('Jane Roe BOARD_MEMBER_OF Kalvon'))).toBe(true);
    expect(t.some((x) => x.startsWith('Jane Roe WORKS_FOR Kalvon'))).toBe(true);
  });

  it('en: a chair who is also chief executive works for the company as that', async () => {
    expect(triples(await extract('Jane Roe, chairman and chief executive of Kalvon Holdings, said sales rose.', 'en'))).toEqual(['Jane Roe BOARD_MEMBER_OF Kalvon Holdings', 'Jane Roe CEO_OF Kalvon Holdings']);
  });

  it('de: a supervisory-board chair only sits on the board', async () => {
    expect(triples(await extract('Kalvon-Aufsichtsratschef Hans Roth sagte, der Umsatz sei gestiegen.', 'de'))).toEqual(['Hans Roth BOARD_MEMBER_OF Kalvon']);
  });
});

describe('a group named by its leader', () => {
  it.each([
    ['en', 'A consortium led by Kalvon Capital agreed to buy Dorta for $2 billion.', 'Kalvon Capital ACQUIRED Dorta'],
    ['de', 'Ein Konsortium unter Führung von Kalvon übernimmt Dorta.', 'Kalvon ACQUIRED Dorta'],
    ['fr', 'Un consortium mené par Kalvon a racheté Dorta.', 'Kalvon ACQUIRED Dorta'],
    ['es', 'Un consorcio liderado por Kalvon ha comprado Dorta.', 'Kalvon ACQUIRED Dorta'],
    ['nl', 'Een consortium onder leiding van Kalvon neemt Dorta over.', 'Kalvon ACQUIRED Dorta'],
    ['ar', 'أعلن الدوري أن مجموعة تقودها شركة كالفون استحوذت على نادي دورتا.', 'كالفون ACQUIRED دورتا'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('ar: a bracketed name after a company noun, and the next one after "و"', async () => {
    const names = mentionsOf(await extract('وقال الصندوق إن مجموعة استثمارية تضم شركة (بي.سي.بي كابيتال) و(آر.بي سبورتس) أكملت الصفقة.', 'ar')).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['بي.سي.بي كابيتال', 'آر.بي سبورتس']));
  });
});

describe('an organisation pronoun and an opening anaphor carry the company across sentences', () => {
  it('fr: "il" after a sentence opened by "Le groupe" is the group, not the company that sentence named last', async () => {
    const t = triples(await extract("Kalvon a publié ses résultats. Le groupe a annoncé mercredi le rachat des activités respiratoires de son concurrent japonais Wexo Pharma. Début novembre, il a racheté la société américaine Dorta Labs pour 2,7 milliards de dollars.", 'fr'));
    expect(t).toContain('Kalvon ACQUIRED Dorta Labs');
    expect(t).not.toContain('Wexo Pharma ACQUIRED Dorta Labs');
  });

  it('fr: "il" after a person is no company for a relation a person may hold', async () => {
    const t = triples(await extract("Kalvon a nommé Marc Dupont. Il a investi 2 millions d'euros dans Dorta.", 'fr'));
    expect(t).not.toContain('Kalvon INVESTED_IN Dorta');
  });
});

describe('a stake raised to a share', () => {
  it.each([
    ['en', 'Kalvon raised its stake in Dorta to 60%.', 'Kalvon'],
    ['fr', 'Kalvon a porté sa participation dans Dorta à 60 %.', 'Kalvon'],
    ['es', 'Kalvon elevó su participación en Dorta hasta el 60%.', 'Kalvon'],
    ['nl', 'Kalvon verhoogde zijn belang in Dorta tot 60 procent.', 'Kalvon'],
    ['ar', 'رفعت شركة كالفون حصتها في شركة دورتا إلى 60%.', 'كالفون'],
  ] as const)('%s: %s', async (lang, text, investor) => {
    const c = readable(await extract(text, lang)).find((x) => x.relation === 'INVESTED_IN');
    expect(c?.subject).toBe(investor);
    expect(c?.q.stake).toBe(0.6);
  });
});

describe('sector words that end company names', () => {
  it('tr: "Oğuz Tekstil" opens with a given name but is a company the brothers own', async () => {
    const t = triples(await extract("Akkardan, Adana Sanayi Odası Meclis Başkanı İsrafil Uçurum ve Yusuf Uçurum kardeşlerin sahip olduğu Oğuz Tekstil'e satılacak.", 'tr'));
    expect(t).toEqual(expect.arrayContaining(['İsrafil Uçurum WORKS_FOR Adana Sanayi Odası', 'İsrafil Uçurum OWNS Oğuz Tekstil', 'Yusuf Uçurum OWNS Oğuz Tekstil', 'Oğuz Tekstil ACQUIRED Akkardan']));
  });

  it('en: "Hecla Mining" is a company', async () => {
    expect(mentionsOf(await extract('The deal was announced by Hecla Mining on Monday.', 'en')).find((m) => m.name === 'Hecla Mining')?.type).toBe('Organization');
  });
});

describe('de: taking over the lead of a described company', () => {
  it('the lead of the company is no purchase of it, and the person becomes its chief executive', async () => {
    const t = triples(await extract('Nach dem Verfahren soll der frühere Dorta-Chef Marc Weber die Leitung des angeschlagenen deutschen Warenhauskonzerns Kalvon Retail übernehmen.', 'de'));
    expect(t).toContain('Marc Weber CEO_OF Kalvon Retail');
    expect(t.filter((x) => x.includes('ACQUIRED'))).toEqual([]);
  });

  it('"übernimmt die Leitung von X"', async () => {
    expect(triples(await extract('Marta Ruiz übernimmt die Leitung von Kalvon.', 'de'))).toContain('Marta Ruiz CEO_OF Kalvon');
  });
});

describe('objects with their own amounts or dates, joined after the first', () => {
  it.each([
    ['en', 'Kalvon invested $10 million in Dorta and $30 million in Wexo.', [['Dorta', 10e6], ['Wexo', 30e6]]],
    ['es', 'Kalvon invirtió 10 millones de euros en Dorta y 30 millones en Wexo.', [['Dorta', 10e6], ['Wexo', 30e6]]],
  ] as const)('%s: %s', async (lang, text, expected) => {
    const got = readable(await extract(text, lang)).filter((c) => c.relation === 'INVESTED_IN').map((c) => [c.object, c.q.amount]);
    expect(got).toEqual(expected.map(([o, a]) => [o, a]));
  });

  it('en: "acquired X in 2018 and Y in 2021" acquired both', async () => {
    const t = triples(await extract('Kalvon Corp acquired Dorta Labs in 2018 and Wexo Systems in 2021.', 'en'));
    expect(t).toEqual(['Kalvon Corp ACQUIRED Dorta Labs', 'Kalvon Corp ACQUIRED Wexo Systems']);
  });

  it('fr: a joiner without a repeated figure continues no argument ("équipementier aéronautique et électronique, … de l’État")', async () => {
    expect(mentionsOf(await extract("L'équipementier aéronautique et électronique, fort du feu vert de l'État, a exprimé son intérêt.", 'fr')).map((m) => m.name)).not.toContain('État');
  });
});

describe('de: a verb-final investment names its object behind its preposition', () => {
  it('a bare name before a closing "investieren" behind "in" is the company invested in', async () => {
    expect(triples(await extract('Der Konzern Kalvon will 20 Millionen Euro in Dorta investieren.', 'de'))).toContain('Kalvon INVESTED_IN Dorta');
  });

  it('"Die VW-Mutter Porsche SE investiert." names no company invested in', async () => {
    expect(triples(await extract('Die Kalvon-Mutter Dorta SE investiert.', 'de')).filter((t) => t.includes('INVESTED_IN'))).toEqual([]);
  });
});

describe('goods beside a verb are no names', () => {
  it('de: "liefert Chips an Dorta": the goods after the verb are no company, the buyer behind "an" is', async () => {
    const ex = await extract('Kalvon liefert Chips an Dorta.', 'de');
    expect(triples(ex)).toEqual(['Kalvon SUPPLIES Dorta']);
    expect(mentionsOf(ex).map((m) => m.name)).not.toContain('Chips');
  });
});

describe('ar: a given name written like a preposition', () => {
  it.each([
    ['قال أحمد علي إن الشركة ستنمو.', 'أحمد علي'],
    ['أسس أحمد علي شركة دورتا.', 'أحمد علي'],
  ])('%s', async (text, person) => {
    expect(mentionsOf(await extract(text, 'ar')).find((m) => m.name === person)?.type).toBe('Person');
  });

  it('"أسس أحمد علي شركة دورتا": the name inside the person is no preposition before the company', async () => {
    expect(triples(await extract('أسس أحمد علي شركة دورتا.', 'ar'))).toEqual(['أحمد علي FOUNDED دورتا']);
  });

  it('before a definite noun the word is the preposition', async () => {
    expect(mentionsOf(await extract('وقع أحمد علي الاتفاقية.', 'ar')).map((m) => m.name)).not.toContain('أحمد علي');
  });
});

describe('a possessive over a list of companies', () => {
  it('en: "IAG’s British Airways and Iberia" are both owned, and the possessor is no partner of them', async () => {
    const t = triples(await extract('He worked on the joint ventures with Kalvon Group’s Dorta and Wexo across the Atlantic.', 'en'));
    expect(t).toEqual(expect.arrayContaining(['Kalvon Group OWNS Dorta', 'Kalvon Group OWNS Wexo']));
    expect(t.filter((x) => x.includes('PARTNERS_WITH'))).toEqual([]);
  });
});

describe('a capitalised article after a company noun opens the name', () => {
  it.each([
    ['es', 'Kalvon se hará con el 100% de la cadena de supermercados El Árbol, según un acuerdo.', 'Kalvon ACQUIRED El Árbol'],
    ['nl', 'Kalvon koopt het dagblad De Courant.', 'Kalvon ACQUIRED De Courant'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toEqual([fact]);
  });
});

describe('verb-second: an adverbial before the verb is no subject', () => {
  it('nl: "Zoals verwacht koopt Salesforce …" names no company "Zoals"', async () => {
    expect(mentionsOf(await extract('Zoals verwacht koopt Kalvon het bedrijf Dorta.', 'nl')).map((m) => m.name)).not.toContain('Zoals');
  });

  it('nl: a capitalised word right after a verb further on is the inverted subject', async () => {
    expect(mentionsOf(await extract('Naar verluidt koopt Kalvon de firma Dorta.', 'nl')).map((m) => m.name)).not.toContain('Naar');
  });
});

describe('more ways of leaving a post', () => {
  it.each([
    ['en', 'Marta Ruiz, chief executive of Kalvon Corp, was ousted last year.', 'Marta Ruiz LEFT Kalvon Corp'],
    ['es', 'Carlos Ruiz, consejero delegado de Kalvon, presentó su dimisión.', 'Carlos Ruiz LEFT Kalvon'],
    ['nl', 'Topman Jan de Vries van Kalvon ging met pensioen.', 'Jan de Vries LEFT Kalvon'],
    ['ar', 'قالت شركة كالفون إن أحمد علي قرر التنازل عن منصبه كرئيس تنفيذي.', 'أحمد علي LEFT كالفون'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });
});

describe('an unknown company opening a sentence that appoints a titled person', () => {
  it.each([
    ['fr', 'Kalvon a nommé Marie Durand directrice financière.', 'Marie Durand WORKS_FOR Kalvon'],
    ['es', 'Kalvon ha nombrado a María Ruiz directora financiera.', 'María Ruiz WORKS_FOR Kalvon'],
    ['en', 'Kalvon has named Marta Ruiz as chief financial officer.', 'Marta Ruiz WORKS_FOR Kalvon'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('en: a plural noun opening the sentence before a person with no title names no company', async () => {
    expect(mentionsOf(await extract('Analysts expect Marta Ruiz to leave.', 'en')).map((m) => m.name)).not.toContain('Analysts');
  });
});

describe('a participle in an apposition has its own patient', () => {
  it('en: "buying Dorta, a startup founded by X": X founded Dorta, not the buyer', async () => {
    expect(triples(await extract('Kalvon is buying Dorta, a startup founded in 2015 by Marta Ruiz.', 'en')).filter((t) => t.includes('FOUNDED'))).toEqual(['Marta Ruiz FOUNDED Dorta']);
  });
});

describe('de: an unknown name opening a sentence before an auxiliary and a closing trigger', () => {
  it.each([
    ['Kalvon hat Dorta übernommen.', 'Kalvon ACQUIRED Dorta'],
    ['Dorta wurde 2020 von der Kalvon AG übernommen.', 'Kalvon AG ACQUIRED Dorta'],
  ])('%s', async (text, fact) => {
    expect(triples(await extract(text, 'de'))).toEqual([fact]);
  });

  it('a plural noun opening the sentence is no name', async () => {
    expect(mentionsOf(await extract('Experten haben das Geschäft übernommen.', 'de'))).toEqual([]);
  });
});

describe('a product named in an apposition headed by a product noun', () => {
  it.each([
    ['en', 'Kalvon Corp unveiled Zentra, a new chatbot.', 'Kalvon Corp DEVELOPS Zentra'],
    ['fr', 'Kalvon a enfin lancé récemment le Zentra, un traitement du cancer des ovaires.', 'Kalvon DEVELOPS Zentra'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    const ex = await extract(text, lang);
    expect(triples(ex)).toEqual([fact]);
    expect(mentionsOf(ex).find((m) => m.name === 'Zentra')?.type).toBe('Product');
  });

  it('en: a product noun modifying the head makes no product ("a software unicorn")', async () => {
    const ex = await extract('Lavux, a software unicorn backed by Bufaful, Sasosas and Taril, is buying a startup.', 'en');
    expect(mentionsOf(ex).filter((m) => m.type === 'Product')).toEqual([]);
  });
});

describe('a possessive opening the sentence before a product', () => {
  it.each([
    ['en', 'Kalvon Corp reported strong results. Its Zentra chatbot has 10 million users.', 'Kalvon Corp DEVELOPS Zentra'],
    ['fr', "Kalvon a publié ses résultats. Son assistant Zentra compte 10 millions d'utilisateurs.", 'Kalvon DEVELOPS Zentra'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toEqual([fact]);
  });
});

describe('"the X maker" is the developer the document named for X', () => {
  it('en: the ChatGPT maker is the company that released ChatGPT, not the last company named', async () => {
    const t = triples(await extract('Kalvon Labs released Zentra in 2022. Dorta Corp is a partner. The Zentra maker raised $6 billion from Wexo Capital.', 'en'));
    expect(t).toContain('Wexo Capital INVESTED_IN Kalvon Labs');
    expect(t).not.toContain('Wexo Capital INVESTED_IN Dorta Corp');
  });

  it('en: the product before "maker" is no company that raised the money', async () => {
    expect(triples(await extract('Kalvon Corp develops the Zentra chatbot. The Zentra maker raised $6 billion from Wexo Capital.', 'en'))).toContain('Wexo Capital INVESTED_IN Kalvon Corp');
  });
});

describe('a name after a verb only of making products', () => {
  it('en: "released Zentra" names a product', async () => {
    expect(mentionsOf(await extract('Kalvon Labs released Zentra in 2022.', 'en')).find((m) => m.name === 'Zentra')?.type).toBe('Product');
  });

  it('tr: a participle before its subject makes no product ("parça üreten Akkardan")', async () => {
    expect(mentionsOf(await extract("Buna göre Adana'da otomotiv devleri için parça üreten Kalvon, Dorta Tekstil'e satılacak.", 'tr')).find((m) => m.name === 'Kalvon')?.type).not.toBe('Product');
  });

  it('en: a plural category is no product ("makes PCs")', async () => {
    expect(mentionsOf(await extract('Kalvon Inc makes PCs and printers.', 'en')).find((m) => m.name === 'PCs')?.type).not.toBe('Product');
  });
});

describe('where the money of an investment comes from', () => {
  it.each([
    ['nl', 'Private investeerders steken bij elkaar 9,5 miljard euro in Kalvon Duitsland. Het geld komt van het Noorse staatsoliefonds Dorta Investment Management, de Nederlandse pensioenuitvoerder APG en het Singaporese staatsinvesteringsbedrijf GIC.', ['Dorta Investment Management INVESTED_IN Kalvon Duitsland', 'APG INVESTED_IN Kalvon Duitsland', 'GIC INVESTED_IN Kalvon Duitsland']],
    ['es', 'Varios inversores invierten 2.000 millones de euros en Kalvon. El dinero procede de Dorta Capital y Wexo Partners.', ['Dorta Capital INVESTED_IN Kalvon', 'Wexo Partners INVESTED_IN Kalvon']],
    ['fr', "Plusieurs investisseurs injectent 2 milliards d'euros dans Kalvon. L'argent provient de Dorta Capital et Wexo Partners.", ['Dorta Capital INVESTED_IN Kalvon', 'Wexo Partners INVESTED_IN Kalvon']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual(expect.arrayContaining([...facts]));
  });

  it('en: with no investment named before, the sources invest in nothing', async () => {
    expect(triples(await extract('Kalvon Corp grew fast. The money comes from Dorta Capital and Wexo Partners.', 'en'))).toEqual([]);
  });
});

describe('an investment arm stands for its parent in a list of investors', () => {
  it('en: "from Dorta Capital and the venture arm of Salesforce" names Salesforce an investor, not an owner of the raiser', async () => {
    const t = triples(await extract('Kalvon raised $50 million from Dorta Capital and the venture arm of Wexo.', 'en'));
    expect(t).toEqual(expect.arrayContaining(['Dorta Capital INVESTED_IN Kalvon', 'Wexo INVESTED_IN Kalvon']));
    expect(t).not.toContain('Wexo OWNS Kalvon');
  });

  it('en: an arm in apposition is still owned by its parent', async () => {
    expect(triples(await extract('Kalvon Ventures, the venture arm of Dorta, invested in Wexo.', 'en'))).toContain('Dorta OWNS Kalvon Ventures');
  });
});

describe('verb-final objects and interim posts', () => {
  it('nl: a name in an apposition of the subject is no object of the verb after it', async () => {
    expect(triples(await extract('Jan Bennink, momenteel voorzitter van de raad van commissarissen van Kalvon, neemt zijn taken tijdelijk over.', 'nl')).filter((t) => t.includes('ACQUIRED'))).toEqual([]);
  });

  it('de: a relative clause after the name is about it', async () => {
    const text = 'WalkMe wird das Portfolio von SAP im Bereich Business Transformation Management ergänzen, zu dem auch Signavio und LeanIX gehören, die 2021 und 2023 erworben wurden.';
    expect(triples(await extract(text, 'de')).filter((t) => t.includes('ACQUIRED'))).toContain('SAP ACQUIRED LeanIX');
  });

  it('fr: "assurera l’intérim de la direction générale de X" is an interim chief executive', async () => {
    const c = readable(await extract("Pedro Fontana, administrateur, assurera l'intérim de la direction générale de Kalvon.", 'fr')).find((x) => x.relation === 'CEO_OF');
    expect([c?.subject, c?.object, c?.q.interim]).toEqual(['Pedro Fontana', 'Kalvon', true]);
  });
});

describe('a participle phrase between a sentence-opening name and its predicate', () => {
  it.each([
    ['en', 'Kalvon, advised by Goldman Sachs, agreed to buy Dorta.'],
    ['es', 'Kalvon, asesorada por Goldman Sachs, ha comprado Dorta.'],
    ['fr', 'Kalvon, conseillé par Rothschild, a racheté Dorta.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toContain('Kalvon ACQUIRED Dorta');
  });
});

describe('money raised from investors', () => {
  it('en: "secured €20 million from investors including A and B"', async () => {
    expect(triples(await extract('Kalvon secured €20 million from investors including Dorta Ventures and Wexo Capital.', 'en'))).toEqual(['Dorta Ventures INVESTED_IN Kalvon', 'Wexo Capital INVESTED_IN Kalvon']);
  });

  it('de: a figure’s scale and currency are no words of the investor’s name ("20 Millionen Euro von Dorta Ventures")', async () => {
    expect(mentionsOf(await extract('Das Startup Kalvon AG hat 20 Millionen Euro von Dorta Ventures erhalten.', 'de')).map((m) => m.name)).toContain('Dorta Ventures');
  });
});

describe('a possessive names its possessor, and the round it owns', () => {
  it('en: "led Kalvon’s $20 million funding round" → the lead invested in Kalvon', async () => {
    expect(triples(await extract("Dorta Ventures led Kalvon's $20 million funding round.", 'en'))).toEqual(['Dorta Ventures INVESTED_IN Kalvon']);
  });

  it('en: "the Company’s" is a defined term, no name', async () => {
    expect(mentionsOf(await extract("He will remain on the Company's board until May.", 'en')).map((m) => m.name)).not.toContain('Company');
  });
});

describe('names no list knows, from the clause around them', () => {
  it.each([
    ['de', 'Filivex übernahm im Mai das kalifornische Unternehmen Bripex.', 'Filivex ACQUIRED Bripex'],
    ['de', 'Filivex übernimmt das Start-up Bripex.', 'Filivex ACQUIRED Bripex'],
    ['en', 'Kalvon, which competes with Pexran in chips, may lose out.', 'Kalvon COMPETES_WITH Pexran'],
    ['es', 'Kalvon, que compite con Pexran en chips, puede salir perdiendo.', 'Kalvon COMPETES_WITH Pexran'],
    ['fr', 'Kalvon, qui a racheté Pexran en 2019, a annoncé une hausse de ses ventes.', 'Kalvon ACQUIRED Pexran'],
    ['nl', 'Daarnaast werkt Kalvon samen met Galnosto.', 'Kalvon PARTNERS_WITH Galnosto'],
    ['fr', "Le groupe Kalvon a annoncé l'acquisition de la biotech américaine Vexbri.", 'Kalvon ACQUIRED Vexbri'],
    ['fr', 'Kalvon rachète l’armateur marseillais Dorta.', 'Kalvon ACQUIRED Dorta'],
    ['es', 'Kalvon compra la naviera gallega Dorta.', 'Kalvon ACQUIRED Dorta'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it.each([
    ['de', 'Pexsen CEO Jensen Huang sagte, der Deal sei wichtig.', 'Jensen Huang CEO_OF Pexsen'],
    ['tr', 'Quastogal CEO’su Güliz Öztürk açıklama yaptı.', 'Güliz Öztürk CEO_OF Quastogal'],
  ] as const)('%s: the word before a title is its organisation: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('de: a German noun before a German title names nothing ("Konzern Chef" is no company)', async () => {
    expect(mentionsOf(await extract('Siliziumkarbid Chef Peter Müller sagte, der Deal sei wichtig.', 'de')).map((m) => m.type)).not.toContain('Organization');
  });

  it('tr: "Şirket CEO’su" is the company the text is about, no name', async () => {
    expect(mentionsOf(await extract('Şirket CEO’su Ayşe Kaya açıklama yaptı.', 'tr')).map((m) => m.name)).not.toContain('Şirket');
  });
});

describe('a person’s organisation after "von"/"van"/"of" and the surname', () => {
  it.each([
    ['de', 'Siliziumkarbid erhöhe die Reichweite, betonte Peter Schiefer von Tatata dazu.', 'Peter Schiefer WORKS_FOR Tatata'],
    ['nl', 'Dat zei Kees Brink van Dorta maandag.', 'Kees Brink WORKS_FOR Dorta'],
    ['en', 'The deal was welcomed by John Smith of Dorta.', 'John Smith WORKS_FOR Dorta'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it.each([
    ['de', 'Das sagte Ursula von der Leyen am Montag.', 'Ursula von der Leyen'],
    ['nl', 'Dat zei Jan Peter van Dijk maandag.', 'Jan Peter van Dijk'],
  ] as const)('%s: a particle right after a given name is the name’s own: %s', async (lang, text, name) => {
    expect(mentionsOf(await extract(text, lang)).map((m) => m.name)).toEqual([name]);
  });
});

describe('ar: persons named beside a title', () => {
  it.each([
    ['وقال آر. سوبرامانياكومار، الرئيس التنفيذي لبنك آر.بي.إل، في مؤتمر صحفي.', 'آر. سوبرامانياكومار CEO_OF بنك آر.بي.إل'],
    ['وقال المدير التنفيذي لمجموعة "بي.بي.إف"، يري شميتس، إن السعر جيد.', 'يري شميتس CEO_OF بي.بي.إف'],
  ] as const)('%s', async (text, fact) => {
    expect(triples(await extract(text, 'ar'))).toContain(fact);
  });

  it('a transliterated initial’s period ends no sentence', () => {
    expect(segment('وقال آر. سوبرامانياكومار إن النمو قوي. وأضاف أن الأرباح ارتفعت.').map((s) => s.text)).toEqual(['وقال آر. سوبرامانياكومار إن النمو قوي.', 'وأضاف أن الأرباح ارتفعت.']);
  });

  it('after a reporting verb, two given names and a surname are one person ("وقال جان فيليب بيرتشي")', async () => {
    expect(mentionsOf(await extract('وقال جان فيليب بيرتشي إن الشركة قوية.', 'ar')).map((m) => m.name)).toContain('جان فيليب بيرتشي');
  });
});

describe('a percentage of a company after a verb of buying is a stake in it', () => {
  it.each([
    ['ar', 'اشترت شركة كالفون 10% من شركة دورتا في 2020.', 'كالفون', 'دورتا'],
    ['ar', 'استحوذت شركة كالفون على 10% من شركة دورتا.', 'كالفون', 'دورتا'],
    ['es', 'Kalvon compró el 10% de Dorta.', 'Kalvon', 'Dorta'],
  ] as const)('%s: %s', async (lang, text, investor, target) => {
    const c = readable(await extract(text, lang)).find((x) => x.relation === 'INVESTED_IN');
    expect([c?.subject, c?.object, c?.q.stake]).toEqual([investor, target, 0.1]);
  });

  it('ar: "من" before a company with no percentage names the seller', async () => {
    expect(triples(await extract('اشترت شركة كالفون الأسهم من شركة دورتا.', 'ar'))).not.toContain('كالفون ACQUIRED دورتا');
  });
});

describe('a subject the language leaves out is the last sentence’s', () => {
  it.each([
    ['es', 'Kalvon compró el 10% de Dorta en 2020. Además, adquirió la empresa Wexo por 300 millones de euros.'],
    ['tr', "Kalvon, 2020'de Dorta'nın yüzde 10'unu satın aldı. Ayrıca Wexo şirketini 300 milyon euroya satın aldı."],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toContain('Kalvon ACQUIRED Wexo');
  });

  it('ar: "كما استحوذت على شركة ويكسو" after a sentence about كالفون', async () => {
    expect(triples(await extract('اشترت شركة كالفون 10% من شركة دورتا في 2020. كما استحوذت على شركة ويكسو مقابل 300 مليون يورو.', 'ar'))).toContain('كالفون ACQUIRED ويكسو');
  });

  it.each([
    // English names its subjects: no guess.
    ['en', 'Kalvon bought 10% of Dorta in 2020. Also acquired Wexo for $300 million.'],
    // Another organisation of the sentence may be the subject: give up rather than guess.
    ['es', 'Kalvon compró el 10% de Dorta en 2020. Junto a Pexran Capital, adquirió la empresa Wexo por 300 millones de euros.'],
    // An article opens a noun phrase that may be the subject.
    ['es', 'Kalvon compró el 10% de Dorta en 2020. El fondo adquirió la empresa Wexo por 300 millones de euros.'],
  ] as const)('%s: no subject from context in "%s"', async (lang, text) => {
    expect(triples(await extract(text, lang))).not.toContain('Kalvon ACQUIRED Wexo');
  });
});

describe('names and titles of real news no list knows', () => {
  it('de: a surname that ends like a common noun ("Konrad Hernik, CEO von OT Logistics")', async () => {
    expect(triples(await extract('Das sei wichtig, berichtet Konrad Hernik, CEO von OT Logistics.', 'de'))).toContain('Konrad Hernik CEO_OF OT Logistics');
  });

  it('en: initials and an ampersand do not count toward a name’s length ("J M Baxi Ports & Logistics Limited")', async () => {
    expect(mentionsOf(await extract('In January, Kalvon made an agreement with J M Baxi Ports & Logistics Limited.', 'en')).map((m) => m.name)).toContain('J M Baxi Ports & Logistics Limited');
  });

  it('en: a stock symbol after a name is no company, a Portuguese "do" joins a name ("Nutrien Ltd. NTR-T is buying … Casa do Adubo S.A.")', async () => {
    const x = await extract('Nutrien Ltd. NTR-T is buying Brazilian retail fertilizer company Casa do Adubo S.A. as it forges ahead.', 'en');
    expect(mentionsOf(x).map((m) => m.name)).toEqual(['Nutrien Ltd', 'Casa do Adubo S.A']);
  });

  it.each([
    ['fr', 'Kalvon va racheter Dorta, a annoncé le président de cette dernière, Jean Dupont.', 'Jean Dupont WORKS_FOR Dorta'],
    ['es', 'Kalvon compró Dorta, según el consejero delegado de esta última, Juan Pérez.', 'Juan Pérez CEO_OF Dorta'],
    ['en', 'Kalvon bought Dorta, said the chief executive of the latter, Jane Roe.', 'Jane Roe CEO_OF Dorta'],
  ] as const)('%s: "the latter" after a title is the organisation named last: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('fr: an unknown name apposed after a title’s phrase is a person ("le président de cette dernière, Arezki Idjerouidène")', async () => {
    expect(mentionsOf(await extract('Kalvon va racheter Dorta, a annoncé le président de cette dernière, Arezki Idjerouidène.', 'fr')).find((m) => m.name === 'Arezki Idjerouidène')?.type).toBe('Person');
  });

  it('fr: "entrer à hauteur de 48% dans le capital de X" is a stake in X', async () => {
    const c = readable(await extract('Le groupe Kalvon va entrer à hauteur de 48% dans le capital de Dorta.', 'fr')).find((x) => x.relation === 'INVESTED_IN');
    expect([c?.subject, c?.object, c?.q.stake]).toEqual(['Kalvon', 'Dorta', 0.48]);
  });

  it('ar: an "عبد" compound takes the word after it, "and" glued to the given name is left out', async () => {
    expect(mentionsOf(await extract('كما اختارت المؤسسة محمد هادي الحسيني ورئيسها التنفيذي وأحمد عبد الكريم جلفار.', 'ar')).map((m) => m.name)).toEqual(['محمد هادي الحسيني', 'أحمد عبد الكريم جلفار']);
  });
});

describe('"property of" names the owner; the owned company opens the clause', () => {
  it.each([
    ['es', 'Dorta SA es propiedad del grupo Kalvon.'],
    ['fr', 'Dorta SA est la propriété du groupe Kalvon.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(triples(await extract(text, lang))).toEqual(['Kalvon OWNS Dorta SA']);
  });

  it('es: a name behind another verb’s preposition before "y" is not what the second clause is about', async () => {
    expect(triples(await extract('Perteneció al grupo de lujo LVMH hasta 2005, y ahora es propiedad del grupo estadounidense Falic.', 'es'))).toEqual([]);
  });
});

describe('companies named after people, short forms and codes', () => {
  it('es: a company noun keeps a name a company where the same name is a designer’s elsewhere', async () => {
    const text = 'Kalvon SA ha acordado comprar la firma de moda francesa Christian Lacroix. La empresa lleva el nombre del diseñador Christian Lacroix.';
    expect(triples(await extract(text, 'es'))).toContain('Kalvon SA ACQUIRED Christian Lacroix');
  });

  it('es: a brand is no person who joins anything ("la marca Christian Lacroix se suma a …")', async () => {
    expect(triples(await extract('De este modo, la marca Christian Lacroix se suma a CH Carolina Herrera y Purificación García.', 'es')).filter((t) => t.includes('JOINED'))).toEqual([]);
  });

  it('es: a sentence-opening name with its short form in brackets is the subject ("Sociedad Textil Lonia (STL) informa que …")', async () => {
    expect(triples(await extract('Sociedad Textil Lonia (STL) informa que ha alcanzado un acuerdo para comprar el 100% de la firma de moda francesa Dorta.', 'es'))).toContain('Sociedad Textil Lonia ACQUIRED Dorta');
  });

  it('es: "controla el accionariado de X" owns X', async () => {
    expect(triples(await extract('Dorta SA, grupo público que controla el accionariado de Kalvon, despejó ayer las dudas.', 'es'))).toEqual(['Dorta SA OWNS Kalvon']);
  });

  it('nl: a country code after a hyphen is part of the name ("Invest-NL")', async () => {
    expect(triples(await extract('De Nederlandse staatsinvesteerder Invest-NL investeert 30 miljoen euro in Leyden Labs.', 'nl'))).toEqual(['Invest-NL INVESTED_IN Leyden Labs']);
  });
});

describe('investors named beside a round', () => {
  it('nl: "met bijdragen van A en B" after the round’s leader', async () => {
    const text = 'Leyden Labs haalt 70 miljoen euro op. De financieringsronde werd geleid door Temasek, met bijdragen van Polaris Partners en Qiming Venture Partners.';
    expect(triples(await extract(text, 'nl'))).toEqual(['Temasek INVESTED_IN Leyden Labs', 'Polaris Partners INVESTED_IN Leyden Labs', 'Qiming Venture Partners INVESTED_IN Leyden Labs']);
  });

  it('nl: a compound of nationalities before a name names nothing ("het Chinees-Amerikaanse Qiming Venture Partners")', async () => {
    expect(mentionsOf(await extract('Het geld komt van het Chinees-Amerikaanse Qiming Venture Partners.', 'nl')).map((m) => m.name)).toEqual(['Qiming Venture Partners']);
  });
});

describe('ar: names in a list of appointees', () => {
  const text = 'كما اختارت المؤسسة محمد هادي الحسيني وهو عضو بمجلس إدارة خمس شركات عامة، وأحمد عبد الكريم جلفار المدير العام لـ"مجموعة كالفون"، ومحمد سيف السويدي المدير العام لـ"صندوق دورتا للتنمية"، أعضاء في مجلس الرقابة.';

  it('an "عبد" compound and a nisba family name close the name; "و" glued to it is left out', async () => {
    const names = mentionsOf(await extract(text, 'ar')).filter((m) => m.type === 'Person').map((m) => m.name);
    expect(names).toEqual(['محمد هادي الحسيني', 'أحمد عبد الكريم جلفار', 'محمد سيف السويدي']);
  });

  it('"المؤسسة" (the institution) before a name is no founder’s title, a count opens no name ("خمس شركات عامة")', async () => {
    const facts = triples(await extract(text, 'ar'));
    expect(facts.filter((f) => f.includes('FOUNDED') || f.startsWith('خمس'))).toEqual([]);
  });
});

describe('a title’s organisation from the context', () => {
  it('nl: a name glued to a lower-case noun modifies it, it employs no one ("in een Zoom-gesprek")', async () => {
    expect(triples(await extract('Leyden Labs ontwikkelt neussprays. Ze is samen met CEO Koenraad Wiedhaup aanwezig in een Zoom-gesprek.', 'nl'))).toEqual(['Koenraad Wiedhaup CEO_OF Leyden Labs']);
  });
});

describe('a company noun the preposition took the article of describes the name after it', () => {
  it.each([
    ['Le groupe Kalvon va entrer dans le capital du transporteur français privé Dorta.', 'Kalvon INVESTED_IN Dorta'],
    ['Le groupe Kalvon, propriétaire de la compagnie aérienne chinoise Dorta Airlines, a annoncé des résultats.', 'Kalvon OWNS Dorta Airlines'],
  ] as const)('fr: %s', async (text, fact) => {
    expect(triples(await extract(text, 'fr'))).toContain(fact);
  });
});

describe('tr: taking full control of a company', () => {
  it('"X, Y’de tam kontrol sahibi oldu" is an acquisition of Y', async () => {
    expect(triples(await extract('Kalvon, Dorta’da tam kontrol sahibi oldu.', 'tr'))).toEqual(['Kalvon ACQUIRED Dorta']);
  });
});

describe('coordinated subjects with their articles and descriptions', () => {
  it.each([
    ['de', 'Die Kalvon AG und die Dorta AG vereinbaren eine Zusammenarbeit.', 'Dorta AG PARTNERS_WITH Kalvon AG'],
    ['de', 'Der Autozulieferer Kalvon und der chinesische Autobauer Dorta (Dorta Automotive Corporation) gründen ein Gemeinschaftsunternehmen.', 'Dorta PARTNERS_WITH Kalvon'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toEqual([fact]);
  });
});

describe('de: shares held in verb-final clauses', () => {
  it('"Die Kalvon AG, die seit 2007 81 Prozent an der Dorta AG hielt, …" is a stake', async () => {
    const c = readable(await extract('Die Kalvon AG, die seit 2007 81 Prozent an der Dorta AG hielt, verkauft.', 'de')).find((x) => x.relation === 'INVESTED_IN');
    expect([c?.subject, c?.object, c?.q.stake]).toEqual(['Kalvon AG', 'Dorta AG', 0.81]);
  });

  it('a company noun alone is no name ("97,2 Prozent an der Reederei")', async () => {
    expect(mentionsOf(await extract('Die OT Group sowie Eckelmann hielten bisher gemeinsam 97,2 Prozent an der Reederei.', 'de')).map((m) => m.name)).not.toContain('Reederei');
  });

  it('en: a name inside a relative clause after the trigger is not its object', async () => {
    expect(triples(await extract('Kalvon Corp bought a plant in Ohio, which Dorta Inc had built.', 'en'))).not.toContain('Kalvon Corp ACQUIRED Dorta Inc');
  });
});

describe('names of fund and asset managers', () => {
  it('en: a known name goes on to "Private Equity" ("Bain Capital Private Equity")', async () => {
    expect(mentionsOf(await extract('Hapag-Lloyd made an agreement with an affiliate of Bain Capital Private Equity, which held a 35 per cent stake in JMBPL.', 'en')).map((m) => m.name)).toContain('Bain Capital Private Equity');
  });
});

describe('news-h dev: roles taken over, titles, relative clauses after an opening name', () => {
  it('de: "das Ruder übernahm" takes over a role, no company', async () => {
    expect(triples(await extract('Die Kalvon AG wächst. Zachert, der 2014 das Ruder übernahm, verordnete dem Konzern ein Sparprogramm.', 'de')).filter((t) => t.includes('ACQUIRED'))).toEqual([]);
  });

  it('de: a programme is no company ("ein Sparprogramm")', async () => {
    expect(mentionsOf(await extract('Der Chef verordnete dem Konzern ein Sparprogramm.', 'de')).map((m) => m.name)).not.toContain('Sparprogramm');
  });

  it('tr: a word inside a longer title is no organisation ("Yönetim Kurulu Başkanı")', async () => {
    expect(mentionsOf(await extract('Yönetim Kurulu Başkanı Vivek Chaand Sehgal, Hindistan’ın en zengin kişilerinden.', 'tr')).map((m) => m.type)).not.toContain('Organization');
  });

  it('en: a sentence-opening name of several words before ", which owns …" is the owner', async () => {
    const c = readable(await extract('Zeta Resources, which owns 9.96 per cent of Copper Mountain, supports the deal.', 'en')).find((x) => x.relation === 'INVESTED_IN');
    expect([c?.subject, c?.object]).toEqual(['Zeta Resources', 'Copper Mountain']);
  });

  it('ar: "الكابتن" is a form of address, no part of the name', async () => {
    expect(mentionsOf(await extract('وقال الكابتن محمد الشامسي، الرئيس التنفيذي لمجموعة موانئ أبوظبي: «يسرنا ذلك».', 'ar')).filter((m) => m.type === 'Person').map((m) => m.name)).toEqual(['محمد الشامسي']);
  });
});

describe('news-h dev: shareholder lists and datelines', () => {
  it('es: "X tiene en el accionariado a A, B y C" lists X’s shareholders, past a place’s name among them', async () => {
    expect(triples(await extract('Onivia tiene en el accionariado a Macquarie, Aberdeen y Daiwa Energy.', 'es'))).toEqual(['Macquarie INVESTED_IN Onivia', 'Daiwa Energy INVESTED_IN Onivia']);
  });

  it('nl: the place of a dateline is no party ("LOCHEM (AFN) - … branchegenoot")', async () => {
    expect(triples(await extract('LOCHEM (AFN) - Veevoederbedrijf Kalvon neemt zijn branchegenoot Dorta Mengvoeders over.', 'nl')).filter((t) => t.includes('LOCHEM'))).toEqual([]);
  });
});

describe('ar: two companies that buy together', () => {
  it('quoted names joined by "و" and the dual "استحواذهما" (their acquisition) give each buyer; an Australian dollar is AUD', async () => {
    const text = 'كشفتا الشركة السعودية "كالفون" و"دورتا فودز" عن استحواذهما على شركة لحوم الضأن الأسترالية "ويكسو" بقيمة 400 مليون دولار أسترالي.';
    expect(triples(await extract(text, 'ar'))).toEqual(['دورتا فودز ACQUIRED ويكسو', 'كالفون ACQUIRED ويكسو']);
  });

  it('one buyer keeps the figure, in Australian dollars', async () => {
    const c = readable(await extract('أعلنت شركة كالفون عن استحواذها على شركة دورتا بقيمة 400 مليون دولار أسترالي.', 'ar')).find((x) => x.relation === 'ACQUIRED');
    expect([c?.q.amount, c?.q.currency]).toEqual([400000000, 'AUD']);
  });
});

describe('tr: a country in a headline is no company', () => {
  it('"… Yan Sanayi Şirketi Türkiye’de Büyümeye Devam Ediyor": a place with a case ending after a company noun is where', async () => {
    const x = await extract('Hindistan’ın Önde Gelen Otomotiv Yan Sanayi Şirketi Türkiye’de Büyümeye Devam Ediyor', 'tr');
    expect(mentionsOf(x).filter((m) => m.type === 'Organization')).toEqual([]);
  });
});

describe('a name in brackets is an aside', () => {
  it('fr: names in brackets are no subject of a verb outside them', async () => {
    const text = 'Le groupe Kalvon, qui a investi dans la transformation laitière (Dorta, Wexo) et a repris Manzana aux Etats-Unis, diversifie ses débouchés.';
    expect(triples(await extract(text, 'fr')).filter((t) => t.includes('ACQUIRED'))).not.toContain('Wexo ACQUIRED Manzana');
  });
});

describe('tr: a sale whose buyer is described at length', () => {
  it('the company sold may stand far before the verb, past the buyer’s description ("… X’e ait Y’e devretti")', async () => {
    const text = "İş insanı Mehmet Nazif Günal, önceki hafta Türk hava yolu şirketi Kalvon Airlines'ın bazı hisselerini Birleşik Arap Emirlikleri'nin önde gelen şirketlerinden Dorta Holding Company'ye (DHC) ait Wexo Holding'e devretti.";
    expect(triples(await extract(text, 'tr'))).toContain('Wexo Holding INVESTED_IN Kalvon Airlines');
  });
});

describe('a title at coordinated organisations', () => {
  it.each([
    ['en', 'Jane Roe, chief executive of Kalvon Group and Dorta Line, said the deal is good.', ['Jane Roe CEO_OF Kalvon Group', 'Jane Roe CEO_OF Dorta Line']],
    ['es', 'Juan Pérez, consejero delegado de Kalvon y Dorta, dijo que el acuerdo es bueno.', ['Juan Pérez CEO_OF Kalvon', 'Juan Pérez CEO_OF Dorta']],
  ] as const)('%s: %s', async (lang, text, facts) => {
    expect(triples(await extract(text, lang))).toEqual([...facts]);
  });
});

describe('de: an anaphor opening a verb-final sentence is its subject', () => {
  it.each([
    'Der Spezialchemiekonzern Kalvon wächst. Das Unternehmen will den Rivalen Dorta übernehmen.',
    'Der Spezialchemiekonzern Kalvon wächst. Das Kölner Unternehmen, das 2005 von Wexo abgespalten wurde, will den US-Rivalen Dorta für insgesamt rund 2,4 Milliarden Euro inklusive Schulden übernehmen.',
  ])('%s', async (text) => {
    expect(triples(await extract(text, 'de'))).toContain('Kalvon ACQUIRED Dorta');
  });

  it('not where the object stands in a relative clause on the anaphor ("Das Gemeinschaftsunternehmen, an dem ZF 51 Prozent der Anteile hält, …")', async () => {
    const text = 'Kalvon und Dorta gründen ein Gemeinschaftsunternehmen. Das Gemeinschaftsunternehmen, an dem Kalvon 51 Prozent der Anteile hält, wird seinen Sitz in Peking haben.';
    expect(triples(await extract(text, 'de')).filter((t) => t.endsWith('OWNS Kalvon') || t.endsWith('INVESTED_IN Kalvon'))).toEqual([]);
  });
});

describe('a title at a possessed unit', () => {
  it.each([
    ['It is good, said Jane Roe, president of Kalvon Corp’s Dorta Division.', 'Jane Roe WORKS_FOR Dorta Division'],
    ['“We support the deal,” said Ken Isaji, president of Kalvon Materials Co.’s Metals Company.', 'Ken Isaji WORKS_FOR Metals Company'],
  ] as const)('en: %s', async (text, fact) => {
    expect(triples(await extract(text, 'en'))).toContain(fact);
  });
});

describe('a description of a person opening a sentence refers back to the person last named', () => {
  it.each([
    ['en', 'Jane Roe left Kalvon. The billionaire has invested $10 million in Dorta Inc.', 'Jane Roe INVESTED_IN Dorta Inc'],
    ['es', 'Juan Pérez dejó Kalvon. El empresario ha invertido 10 millones de euros en Dorta SA.', 'Juan Pérez INVESTED_IN Dorta SA'],
    ['fr', "Jean Dupont a quitté Kalvon. L'homme d'affaires a investi 10 millions d'euros dans Dorta SA.", 'Jean Dupont INVESTED_IN Dorta SA'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toContain(fact);
  });

  it('en: a description before a name is that name’s title, no reference back', async () => {
    expect(triples(await extract('Jane Roe left Kalvon. The billionaire John Doe has invested $10 million in Dorta Inc.', 'en'))).not.toContain('Jane Roe INVESTED_IN Dorta Inc');
  });
});

describe('brackets with places beside names', () => {
  it('fr: a sentence-opening name with its seat in brackets is the subject ("Agrial (Caen, 14) a racheté Cosme")', async () => {
    expect(triples(await extract('Agrial (Caen, 14) a racheté Cosme.', 'fr'))).toEqual(['Agrial ACQUIRED Cosme']);
  });

  it('fr: a list goes on past an item’s place in brackets ("de Cosme (Le Mans, 72) et Maître Jacques (Rennes, 35)")', async () => {
    expect(triples(await extract('Le groupe Agrial annonce la reprise de Cosme (Le Mans, 72) et Maître Jacques (Rennes, 35).', 'fr'))).toEqual(['Agrial ACQUIRED Cosme', 'Agrial ACQUIRED Maître Jacques']);
  });
});
