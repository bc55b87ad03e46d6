/**
 * Mentions: gazetteer first (every script, user-extendable), then the language's cue
 * patterns (company nouns, titles, org suffixes), then a capitalisation fallback that does
 * not take German common nouns for names; Latin names inside Arabic text count too.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import type { Lexicon } from '../../src/lexicon/schema.js';
import { extract, lex, mentionsOf, pack, triples } from './helpers.js';

async function named(text: string, lang: string): Promise<Array<[string, string]>> {
  return mentionsOf(await extract(text, lang)).map((m) => [m.name, m.type]);
}

describe('gazetteer', () => {
  it.each([
    ['en', 'Shares rose after Amazon said it will invest in Anthropic.', [['Amazon', 'Organization'], ['Anthropic', 'Organization']]],
    ['ar', 'أعلنت ميتا عن استثمار جديد.', [['Meta', 'Organization']]],
    ['ar', 'قال مارك زوكربيرغ إن الشركة ستنفق المزيد.', [['Mark Zuckerberg', 'Person']]],
    ['tr', 'Mark Zuckerberg yeni bir hamle yaptı.', [['Mark Zuckerberg', 'Person']]],
    ['fr', 'Mistral AI développe le modèle Mistral Large.', [['Mistral AI', 'Organization'], ['Mistral Large', 'Product']]],
    ['es', 'Telefónica y CaixaBank firmaron un acuerdo.', [['Telefónica', 'Organization'], ['CaixaBank', 'Organization']]],
  ] as const)('%s: %s', async (lang, text, expected) => {
    expect(await named(text, lang)).toEqual(expect.arrayContaining(expected.map((e) => [...e])));
  });

  it('is extended by a user lexicon', async () => {
    const base = await lex();
    const lexicon: Lexicon = { ...base, entries: [{ name: 'Qubitia', type: 'Organization', aliases: ['كيوبيتيا'] }, ...base.entries] };
    const x = extractDocument({ key: 'doc:t', text: 'استثمرت إنفيديا في كيوبيتيا.', lang: 'ar' }, { pack: pack('ar'), lexicon });
    expect(x.mentions.map((m) => m.canonical)).toEqual(expect.arrayContaining(['Nvidia', 'Qubitia']));
  });

  it('takes an ambiguous name that starts running text as its subject', async () => {
    expect((await named('Amazon said it will invest.', 'en')).map(([n]) => n)).toContain('Amazon');
    expect((await named('Amazon invertirá 15.700 millones de euros en Aragón.', 'es')).map(([n]) => n)).toContain('Amazon');
  });

  it('does not take an ambiguous name at the start of a headline without support', async () => {
    expect((await named('Amazon Rainforest Fires Spread Again', 'en')).map(([n]) => n)).not.toContain('Amazon');
  });

  it('needs support for a name that is also a common word', async () => {
    // "Scale" is an ambiguous alias of Scale AI: a sentence-initial capital in German says nothing.
    expect((await named('Scale ist wichtig für das Geschäft.', 'de')).map(([n]) => n)).not.toContain('Scale AI');
  });
});

describe('places (data/places.json)', () => {
  it.each([
    ['en', 'Boltway Systems will build a plant in Mississippi.', 'Mississippi'],
    ['nl', 'Boltway Systems opent een kantoor in Groningen.', 'Groningen'],
    ['fr', 'Boltway Systems ouvre une usine en Ontario.', 'Ontario'],
    ['es', 'Boltway Systems abrirá una planta en Zaragoza.', 'Zaragoza'],
    ['tr', "Boltway Teknoloji, Tennessee'de bir fabrika kuracak.", 'Tennessee'],
    ['de', 'Boltway Systems baut ein Werk in Sachsen.', 'Saxony'],
  ] as const)('%s: a state, province or city is a Location, not a company: %s', async (lang, text, place) => {
    const x = await extract(text, lang);
    expect(x.mentions.filter((m) => m.type === 'Location').map((m) => m.canonical ?? m.name)).toContain(place);
    expect(mentionsOf(x).filter((m) => m.type === 'Organization').map((m) => m.name)).not.toContain(place);
  });

  it('leaves a surname that is also a place to the person', async () => {
    expect(await named('Bilal Karaman joined Boltway Systems.', 'en')).toContainEqual(['Bilal Karaman', 'Person']);
  });

  it('leaves a place that starts a longer name to that name', async () => {
    expect(await named('Acme Corp bought Ontario Boltway last year.', 'en')).toContainEqual(['Ontario Boltway', 'Organization']);
    expect(await named("Canada's Quillon Labs raised money.", 'en')).toContainEqual(['Quillon Labs', 'Organization']);
  });

  it('makes a place a company in its whole document once a company noun names it', async () => {
    const x = await extract('Het bedrijf Suez verzet zich. Acme Corp kocht een belang in Suez.', 'nl');
    expect(mentionsOf(x).filter((m) => m.name === 'Suez').map((m) => m.type)).toEqual(['Organization', 'Organization']);
    expect(triples(x)).toContain('Acme Corp INVESTED_IN Suez');
  });
});

describe('international company suffixes', () => {
  it.each(['nl', 'de', 'fr', 'es', 'tr'] as const)('%s: an English corporate word or a foreign legal form ends a name', async (lang) => {
    const names = (await named('Boltway Systems, Quillon Semiconductors, Zentrix GmbH.', lang)).map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(['Boltway Systems', 'Quillon Semiconductors', 'Zentrix GmbH']));
  });
});

describe('a legal form closes a name', () => {
  it.each([
    ['nl', 'Volgens ingewijden koopt Acme Corp Boltway Systems voor 2 miljard euro.', 'Acme Corp ACQUIRED Boltway Systems'],
    ['de', 'Dann kauft Siemens AG Boltway Systems.', 'Siemens ACQUIRED Boltway Systems'],
  ] as const)('%s: %s', async (lang, text, fact) => {
    expect(triples(await extract(text, lang))).toEqual([fact]);
  });
});

describe('public office titles and company names that are surnames', () => {
  it.each([
    ['tr', 'Mississippi Valisi Tate Reeves, basın mensuplarına açıklama yaptı.', 'Tate Reeves'],
    ['en', 'Texas Governor Greg Abbott said Acme Corp will build a plant.', 'Greg Abbott'],
    ['de', 'Bürgermeisterin Anna Schmidt begrüßte die Pläne.', 'Anna Schmidt'],
  ] as const)('%s: %s', async (lang, text, person) => {
    expect(await named(text, lang)).toContainEqual([person, 'Person']);
  });
});

describe('Turkish: a genitive before a company noun is its owner', () => {
  it('tr: "Demir\'in yapay zeka şirketi xAI" leaves Demir the person named before', async () => {
    const x = await extract("Ayşe Demir yeni bir açıklama yaptı. Vali, Demir'in yapay zeka şirketi xAI'nın yatırım yaptığını duyurdu.", 'tr');
    expect(mentionsOf(x).filter((m) => m.name === 'Demir').map((m) => m.type)).toEqual(['Person']);
  });
});

describe('a figure inside a name', () => {
  it.each([
    ['en', 'Acme Corp bought Lucky 7 Solar Farm LLC in May.', 'Lucky 7 Solar Farm LLC'],
    ['tr', 'Boltway Renewables Inc., Lucky 7 Solar Farm LLC’nin tüm hisselerini satın aldı.', 'Lucky 7 Solar Farm LLC'],
  ] as const)('%s: %s', async (lang, text, name) => {
    expect(await named(text, lang)).toContainEqual([name, 'Organization']);
  });
});

describe('national affiliates', () => {
  it.each([
    ['tr', 'Acme Holding, Ford Romanya hisselerinin tamamını satın alacak.', 'Ford Romanya'],
    ['en', 'Acme Corp bought Ford Romania in 2022.', 'Ford Romania'],
  ] as const)('%s: a known company and a bare country name: %s', async (lang, text, name) => {
    expect(await named(text, lang)).toContainEqual([name, 'Organization']);
  });

  it('en: a country behind a preposition stays a place', async () => {
    expect(await named('Meta in Ireland said sales rose.', 'en')).toContainEqual(['Ireland', 'Location']);
  });
});

describe('company cues', () => {
  it.each([
    ['de', 'Meta beteiligt sich an das Unternehmen Quantora.'],
    ['nl', 'Meta investeert in het bedrijf Quantora.'],
    ['tr', 'Meta, Quantora şirketi ile anlaştı.'],
    ['en', 'Meta invested in the startup Quantora.'],
    ['fr', 'Meta investit dans la start-up française Quantora.'],
    ['es', 'Meta invierte en la startup vasca Quantora.'],
    ['es', 'Telefónica compró la empresa de ciberseguridad Quantora.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(await named(text, lang)).toContainEqual(['Quantora', 'Organization']);
  });

  it('ar: شركة before a name in Arabic script', async () => {
    const names = (await named('وقعت ميتا اتفاقا مع شركة كوانتورا للتقنية.', 'ar')).map(([n]) => n);
    expect(names.some((n) => n.includes('كوانتورا'))).toBe(true);
  });
});

describe('titles before names make people', () => {
  it.each([
    ['en', 'Chief executive Mikko Laine will join Microsoft.', 'Mikko Laine'],
    ['de', 'Gründer Jonas Weber verlässt das Unternehmen.', 'Jonas Weber'],
    ['nl', 'Oprichter Pieter de Vries vertrekt.', 'Pieter de Vries'],
    ['fr', 'Le PDG Julien Moreau a démissionné.', 'Julien Moreau'],
    ['es', 'El consejero delegado Gonzalo Gortázar habló ayer.', 'Gonzalo Gortázar'],
    ['tr', 'CEO Ahmet Yılmaz açıklama yaptı.', 'Ahmet Yılmaz'],
  ] as const)('%s: %s', async (lang, text, person) => {
    expect(await named(text, lang)).toContainEqual([person, 'Person']);
  });
});

describe('org suffixes', () => {
  it.each([
    ['en', 'Microsoft agreed to acquire Kelvio Systems.', 'Kelvio Systems'],
    ['en', 'Nordic Sky Airlines named a new boss.', 'Nordic Sky Airlines'],
    ['en', 'The deal with Acme Robotics Inc. closed.', 'Acme Robotics Inc'],
    ['de', 'Die Quantora GmbH wurde übernommen.', 'Quantora GmbH'],
    ['nl', 'Meta werkt samen met Quantix Labs.', 'Quantix Labs'],
    ['tr', 'Meta, Quantix Holding ile görüştü.', 'Quantix Holding'],
    ['fr', 'Le groupe a racheté Voltanis SAS.', 'Voltanis SAS'],
    ['es', 'Nvidia invirtió en Qubit Labs.', 'Qubit Labs'],
  ] as const)('%s: %s', async (lang, text, org) => {
    expect(await named(text, lang)).toContainEqual([org, 'Organization']);
  });
});

describe('capitalisation fallback', () => {
  it('does not take German nouns for names', async () => {
    const names = await named('Die Investition in die Plattform stärkt die Position im Wettbewerb um Rechenleistung und Talente.', 'de');
    expect(names).toEqual([]);
  });

  it('still finds a German person by given name amid capitalised nouns', async () => {
    expect(await named('Laut Analysten wird Peter Lindqvist die Führung übernehmen.', 'de')).toContainEqual(['Peter Lindqvist', 'Person']);
  });

  it.each([
    ['en', 'Analysts said the Deal would close in March.'],
    ['fr', 'Selon les analystes, Le marché reste difficile.'],
    ['es', 'Según los analistas, El mercado sigue difícil.'],
  ] as const)('%s: capitalised common words are not entities', async (lang, text) => {
    expect(await named(text, lang)).toEqual([]);
  });

  it.each([
    ['en', 'The airline hired Sarah Klein last week.', 'Sarah Klein'],
    ['fr', 'La compagnie a nommé Sophie Marchand en mars.', 'Sophie Marchand'],
    ['es', 'La aerolínea nombró a Marta Gil en marzo.', 'Marta Gil'],
    ['nl', 'Het bedrijf benoemde Anna Berg tot topvrouw.', 'Anna Berg'],
  ] as const)('%s: given name + surname is a person', async (lang, text, person) => {
    expect(await named(text, lang)).toContainEqual([person, 'Person']);
  });
});

describe('Latin-script names inside Arabic text', () => {
  it.each([
    ['أعلنت شركة xAI عن نموذج جديد.', 'xAI', 'Organization'],
    ['استثمرت إنفيديا في Kelvio Systems الشهر الماضي.', 'Kelvio Systems', 'Organization'],
    ['قالت Sarah Klein إن الفريق سيكبر.', 'Sarah Klein', 'Person'],
  ] as const)('%s', async (text, name, type) => {
    expect(await named(text, 'ar')).toContainEqual([name, type]);
  });
});

describe('names typed by their place in the sentence', () => {
  it.each([
    ['es', 'El grupo Indra ha cerrado la compra de Hispasat por 725 millones de euros.', 'Hispasat', 'Organization'],
    ['fr', 'Le groupe Capgemini a annoncé le rachat de WNS pour 3,3 milliards de dollars.', 'WNS', 'Organization'],
    ['fr', 'La start-up Pigment, cofondée par Eléonore Crespo, a levé 145 millions de dollars.', 'Eléonore Crespo', 'Person'],
    ['fr', 'Aiman Ezzat, directeur général de Capgemini, estime que la cible est stratégique.', 'Aiman Ezzat', 'Person'],
    ['en', 'The airline competes with Ryanair and easyJet on routes from Stockholm.', 'easyJet', 'Organization'],
    ['fr', 'La compagnie est en concurrence avec Air France et Transavia sur les lignes vers les Antilles.', 'Air France', 'Organization'],
    ['fr', 'La compagnie est en concurrence avec Air France et Transavia sur les lignes vers les Antilles.', 'Transavia', 'Organization'],
  ] as const)('%s: %s → %s', async (lang, text, name, type) => {
    expect(await named(text, lang)).toContainEqual([name, type]);
  });

  it('does not take a capitalised nationality for a name ("the Finnish software company")', async () => {
    const names = (await named('Microsoft agreed to acquire the Finnish software company Kelvio Systems for $450 million.', 'en')).map(([n]) => n);
    expect(names).not.toContain('Finnish');
    expect(names).toContain('Kelvio Systems');
  });

  it('does not take the words of a title-case headline for names', async () => {
    expect((await named('Bu Yatırım Meta ve Kullanıcılar İçin Ne Anlama Geliyor?', 'tr')).map(([n]) => n)).toEqual(['Meta']);
  });

  it('finds a name again where nothing else would (start of a sentence)', async () => {
    const x = await extract('CaixaBank compró Banco Atlántida el jueves. Banco Atlántida, fundado en 1998, tiene 400.000 clientes.', 'es');
    expect(x.mentions.filter((m) => m.name === 'Banco Atlántida').map((m) => m.sentence)).toEqual([0, 1]);
  });

  it("tr: an apostrophe suffix marks a proper noun, but not on a title (\"CEO'su\")", async () => {
    const names = await named("Qubitia'nın CEO'su açıklama yaptı.", 'tr');
    expect(names).toContainEqual(['Qubitia', 'Organization']);
    expect(names.map(([n]) => n)).not.toContain('CEO');
  });
});

describe('names typed by the document', () => {
  it('types a name a person where a title made it one elsewhere in the document', async () => {
    const x = await extract("Turkcell Genel Müdürü Kamil Çelik konuştu. Turkcell yönetim kurulu, Kamil Çelik'i geçici CEO olarak atadı.", 'tr');
    expect(x.mentions.filter((m) => m.name.startsWith('Kamil')).every((m) => m.type === 'Person')).toBe(true);
  });

  it('keeps an organisation suffix that is also a common word in a cued name ("chipstart-up Axelera AI")', async () => {
    const x = await extract('ASML investeert in de Eindhovense chipstart-up Axelera AI.', 'nl');
    expect(x.mentions.map((m) => m.name)).toContain('Axelera AI');
  });

  it('names an Arabic mention by the form it was known by, not a clitic-stripped one', async () => {
    const x = await extract('وأسس فهد العتيبي شركة لوسيديا في عام 2020. وعيّنت لوسيديا سارة القحطاني رئيسة تنفيذية.', 'ar');
    expect(x.mentions.filter((m) => m.type === 'Organization').map((m) => m.name)).toEqual(['لوسيديا', 'لوسيديا']);
  });

  it('does not take a German lab noun after a company noun for a name', async () => {
    const x = await extract('SAP wächst. Außerdem gründet der Konzern ein neues Forschungslabor für Robotik in Berlin.', 'de');
    expect(x.mentions.some((m) => m.type === 'Organization' && m.name === 'Forschungslabor')).toBe(false);
  });
});

describe('headings', () => {
  it.each([
    ['nl', 'Hoge Financiële Risico’s: Een investering van $65 miljard gaat gepaard met risico’s.'],
    ['nl', 'Inzichten over Toekomstige AI-ontwikkelingen'],
    ['tr', 'Milyar Dolarlık Yatırım Neyi Hedefliyor?'],
    ['en', 'Rising Costs Ahead: What Analysts Expect From Chip Makers'],
  ])('%s: takes no organisation from the capitals of a heading: %s', async (lang, text) => {
    expect((await extract(text, lang)).mentions.filter((m) => m.type === 'Organization')).toEqual([]);
  });

  it('still finds a name after the heading part', async () => {
    const names = (await extract('Big News Today: the deal with Acme Robotics Inc. closed.', 'en')).mentions.map((m) => m.name);
    expect(names).toContain('Acme Robotics Inc');
  });
});

describe('legal forms, capitals and forms of address in names', () => {
  it.each([
    ['en', 'Samsung Electronics Co., Ltd. competes with Apple.', ['Samsung Electronics', 'Organization']],
    ['es', 'La aseguradora Altamira Seguros S.A. compite con la empresa Cobaltia Group.', ['Altamira Seguros S.A', 'Organization']],
    ['nl', 'Greywater Ventures investeert 20 miljoen euro in Orrin Robotics B.V.', ['Orrin Robotics B.V', 'Organization']],
    ['tr', 'Işıklar Holding A.Ş., Veltra Systems şirketine 10 milyon dolar yatırım yaptı.', ['Işıklar Holding A.Ş', 'Organization']],
    ['tr', 'IŞIKLAR HOLDİNG, Tekinsoy Teknoloji şirketine 5 milyon dolar yatırım yaptı.', ['IŞIKLAR HOLDİNG', 'Organization']],
    ['en', 'Ms. Varga, the chief executive of Orrin Robotics, said the company would hire.', ['Varga', 'Person']],
    ['fr', 'M. Moreau a déclaré que la société Solvane Energie visait l’Espagne.', ['Moreau', 'Person']],
    ['de', 'Herr Brandt sagte, Kessler Dynamics wolle weiter wachsen.', ['Brandt', 'Person']],
  ] as const)('%s: %s', async (lang, text, expected) => {
    const found = await named(text, lang);
    expect(found).toContainEqual([...expected]);
    // No part of a legal form becomes a name of its own ("Apple COMPETES_WITH Ltd").
    expect(found.map(([n]) => n)).not.toEqual(expect.arrayContaining(['Ltd', 'S', 'HOLDİNG']));
  });

  it('relates the full name, not the second legal form', async () => {
    const x = await extract('Samsung Electronics Co., Ltd. competes with Apple.', 'en');
    const ends = x.claims.map((c) => [c.relation, x.mentions[c.subject].text, typeof c.object === 'number' ? x.mentions[c.object].text : ''].join(' '));
    expect(ends).toEqual(['COMPETES_WITH Samsung Electronics Co., Ltd Apple']);
  });
});

describe('abbreviations in brackets, legal forms after known names, nationalities before names', () => {
  it.each([
    // A bracketed abbreviation or ticker is the name before it, here and later in the document.
    ['tr', 'Işıklar Holding A.Ş. (ISKHL), Veltra Systems şirketine yatırım yaptı. ISKHL hisseleri yükseldi.', ['Işıklar Holding A.Ş', 'Veltra Systems', 'Işıklar Holding A.Ş']],
    ['en', 'Acme Corp (ACME) bought Boltway Systems. ACME shares rose.', ['Acme Corp', 'Boltway Systems', 'Acme Corp']],
    // A known company's dotted legal form is part of its name, not a unit of it.
    ['tr', 'Koç Holding, bağlı ortaklığı Arçelik A.Ş.’nin paylarını satın alacak.', ['Koç Holding', 'Arçelik']],
    // A nationality before a name describes it; an acronym with a Turkish ending starts no longer name.
    ['tr', 'Koç Holding ve İtalyan UniCredit ortaklık kurdu. ABD’li Boltway Systems de katıldı.', ['Koç Holding', 'UniCredit', 'United States', 'Boltway Systems']],
  ] as const)('%s: %s', async (lang, text, names) => {
    expect(mentionsOf(await extract(text, lang)).map((m) => m.name)).toEqual([...names]);
  });
});

describe('given names from the wider list', () => {
  it.each([
    ['nl', 'Daarna sprak Engelbert Voss met de pers over Boltway Systems.', 'Engelbert Voss'],
    ['tr', 'Asil Demir, 1988 yılında Lumora gazetesini satın aldı.', 'Asil Demir'],
  ] as const)('%s: %s', async (lang, text, person) => {
    expect(mentionsOf(await extract(text, lang))).toContainEqual(expect.objectContaining({ name: person, type: 'Person' }));
  });

  it('types a name ending in a legal form an organisation, whatever its first word', async () => {
    const types = mentionsOf(await extract('Orrin Robotics B.V. haalt geld op bij Greywater Ventures', 'nl')).map((m) => m.type);
    expect(types).not.toContain('Person');
  });
});

describe('listed companies from the index data (data/companies.json)', () => {
  it.each([
    ['en', 'Prologis agreed to buy a warehouse portfolio from Boltway Systems.', 'Prologis'],
    ['de', 'Der Verpackungskonzern hat Mondi als Partner gewählt.', 'Mondi'],
  ] as const)('%s: %s', async (lang, text, name) => {
    expect(mentionsOf(await extract(text, lang))).toContainEqual(expect.objectContaining({ name, type: 'Organization' }));
  });

  it('takes a listed name that is also a word only with support where every noun is capitalised', async () => {
    expect(mentionsOf(await extract('Der Plan sieht einen Universal Service für alle Haushalte vor.', 'de')).map((m) => m.name)).not.toContain('Universal');
  });
});

describe('a sentence-opening name described by an apposition that is a relation noun', () => {
  it.each([
    ['fr', 'Boltway, filiale du groupe Iliad, est en concurrence avec Orange.', 'Boltway'],
    ['en', 'Boltway, a subsidiary of Acme Corp, competes with Orange.', 'Boltway'],
    ['es', 'Boltway, filial del grupo Acme Corp, compite con Orange.', 'Boltway'],
  ] as const)('%s: %s', async (lang, text, name) => {
    expect(mentionsOf(await extract(text, lang))).toContainEqual(expect.objectContaining({ name, type: 'Organization' }));
  });

  it('takes no sentence adverb before a relation noun for a name', async () => {
    expect(mentionsOf(await extract('Separately, the acquisition of Boltway Systems failed.', 'en')).map((m) => m.name)).toEqual(['Boltway Systems']);
  });
});

describe('a description in apposition names an unknown company', () => {
  it.each([
    ['en', 'Vantix, an Austin-based battery startup, said on Monday it had raised $50 million.'],
    ['de', 'Vantix, ein Batteriehersteller aus Austin, hat 50 Millionen Dollar eingesammelt.'],
    ['fr', "Vantix, une start-up d'Austin, a levé 50 millions de dollars."],
    ['es', 'Vantix, una empresa emergente de Austin, ha captado 50 millones de dólares.'],
    ['nl', 'Vantix, een batterijmaker uit Austin, heeft 50 miljoen dollar opgehaald.'],
  ] as const)('%s: %s', async (lang, text) => {
    expect(await named(text, lang)).toContainEqual(['Vantix', 'Organization']);
  });

  it.each([
    // The head describes the name after it, not the word before the comma.
    ['de', 'Das Geld kam vom zweiten Bieter, den Finanzinvestor CVC.', 'Bieter'],
    // No closing punctuation: the subject of the clause, not an apposition.
    ['en', 'However, the company said on Monday it had raised $50 million.', 'However'],
    // A reporting verb: "the company" is the clause's subject; nor is a run taken from inside a longer name.
    ['en', 'Northwind Capital invested $5 million in Orrin Robotics Group, the company said.', 'Robotics Group'],
  ] as const)('not: %s: %s', async (lang, text, word) => {
    expect((await named(text, lang)).map(([n]) => n)).not.toContain(word);
  });
});

describe('Arabic: a head noun that belongs to the name, and a title in apposition bounding a name', () => {
  it.each([
    ['أعلن بنك آر.بي.إل الهندي الأحد عن خططه.', 'بنك آر.بي.إل', 'Organization'],
    ['وقال أحمد سالم، الرئيس التنفيذي لبنك آر.بي.إل، في مؤتمر صحفي.', 'بنك آر.بي.إل', 'Organization'],
    ['أعلن الرئيس التنفيذي لشركة جوجل، ساندار بيتشاي، التوصل لصفقة.', 'ساندار بيتشاي', 'Person'],
    ['وقال فادي منصور، الرئيس التنفيذي لبنك آر.بي.إل، في مؤتمر صحفي.', 'فادي منصور', 'Person'],
  ] as const)('%s', async (text, name, type) => {
    expect(await named(text, 'ar')).toContainEqual([name, type]);
  });

  it('a nationality after the head is no name: "ثالث أكبر بنك سعودي"', async () => {
    expect((await named('وإقامة ثالث أكبر بنك سعودي بقيمة سوقية تقدر بنحو 17.2 مليار دولار.', 'ar')).map(([n]) => n)).not.toContain('بنك سعودي');
  });
});

describe('Arabic: descriptions after a company noun, and names after a title’s organisation', () => {
  it('"لشركة التواصل الاجتماعي" (the social media company) names no company', async () => {
    const got = await named('وكانت خطوته الأولى إقالة القيادة العليا لشركة التواصل الاجتماعي.', 'ar');
    expect(got.map(([n]) => n)).not.toContain('التواصل الاجتماعي');
  });

  it('"الرئيس التنفيذي لتويتر باراج أجراوال والمدير المالي نيد سيجال": two persons, each ending before "و"', async () => {
    const got = await named('أقال ماسك الرئيس التنفيذي لتويتر باراج أجراوال والمدير المالي نيد سيجال.', 'ar');
    expect(got).toContainEqual(['باراج أجراوال', 'Person']);
    expect(got).toContainEqual(['نيد سيجال', 'Person']);
  });
});

describe('initials opening a name', () => {
  it('nl: "Z.B.G. Capital" is one name', async () => {
    expect(await named('Er was overeenstemming met de andere grootaandeelhouder van Neways, Z.B.G. Capital, dat 28,14% van de aandelen heeft.', 'nl')).toContainEqual(['Z.B.G. Capital', 'Organization']);
  });
});

describe('German: a company glued to a share or company noun and used bare elsewhere', () => {
  it('"Altair-Aktien" and a bare "Altair" make Altair a company in every sentence', async () => {
    const x = await extract('Die Firma wird von ihrem Gründer James Scapa geführt. Reuters hatte erfahren, dass Altair einen Verkauf erwäge. Altair-Aktien legten daraufhin 14 Prozent zu.', 'de');
    expect(mentionsOf(x).filter((m) => m.name === 'Altair' && m.type === 'Organization')).toHaveLength(2);
  });

  it('a kind of share that is never used bare ("Tech-Aktien") names no company', async () => {
    const x = await extract('Tech-Aktien legten 14 Prozent zu. Die Tech-Branche wächst.', 'de');
    expect(mentionsOf(x).map((m) => m.name)).not.toContain('Tech');
  });
});
