/**
 * Turkish phrasings of business news that the pack reads (invented sentences, invented names):
 * relative-clause founders, sales in the passive, "X'e ait", purchases with a seller or a
 * price in the sentence, newspapers and case forms of company nouns, building and spending verbs.
 */
import { describe, expect, it } from 'vitest';
import { extract, triples } from '../extract/helpers.js';

describe('tr: news phrasings', () => {
  it.each([
    // relative clause: the founder in the genitive before, the company after
    ["Selim Akarsu'nun kurduğu Vornetek, bugün yeni bir ürün tanıttı.", 'Selim Akarsu FOUNDED Vornetek'],
    // converb of kurmak
    ["Derya Ilgaz, Pelvora'yı kurduktan sonra yatırımcı oldu.", 'Derya Ilgaz FOUNDED Pelvora'],
    // a sale in the passive: the buyer carries the dative
    ["Kestrel Bankası 2019 yılında Marlo Holding'e satılmıştı.", 'Marlo Holding ACQUIRED Kestrel Bankası'],
    // "belonging to"
    ["Norvik Holding'e ait Norvik Enerji, yeni bir santral açtı.", 'Norvik Holding OWNS Norvik Enerji'],
    // a newspaper is an organisation; "bünyesine kattı" is buying it
    ['Altan Holding, Sabah Işığı gazetesini 20 milyon dolara bünyesine kattı.', 'Altan Holding ACQUIRED Sabah Işığı'],
  ] as const)('%s', async (text, fact) => {
    expect(triples(await extract(text, 'tr'))).toContain(fact);
  });

  it('reads "banka" as the bank of the article', async () => {
    const got = triples(await extract('Akdeniz Bankası yeni genel müdürünü açıkladı. Göreve banka yönetim kurulu üyesi Murat Eren getirildi.', 'tr'));
    expect(got).toContain('Murat Eren BOARD_MEMBER_OF Akdeniz Bankası');
  });

  it('reads "kurucu ortaklarından" as a founder title', async () => {
    const got = triples(await extract("Lumora'nın kurucu ortaklarından Ece Varol konuştu.", 'tr'));
    expect(got).toContain('Ece Varol FOUNDED Lumora');
  });

  it('reads "yatırımcı" (investor) as no investment', async () => {
    const got = triples(await extract("Ece Varol, Pelvo'ya satışından sonra yatırımcı rolüne büründü.", 'tr'));
    expect(got.some((t) => t.includes('INVESTED_IN'))).toBe(false);
  });

  it('reads a board (yönetim kurulu) as no founding', async () => {
    const got = triples(await extract("Lale Ersoy, Tandem Holding'de yönetim kurulu üyeliği yaptı.", 'tr'));
    expect(got.some((t) => t.includes('FOUNDED'))).toBe(false);
  });

  it('takes neither the seller nor the price as the bought company', async () => {
    const got = triples(await extract("Ortega Holding, Bilka Yayınları'nı Vedat Soylu'dan 43 milyar TL'ye satın aldı.", 'tr'));
    expect(got).toContain('Ortega Holding ACQUIRED Bilka Yayınları');
    expect(got).not.toContain('Ortega Holding ACQUIRED Vedat Soylu');
  });

  it('reads a company noun in a case form as a cue', async () => {
    const got = triples(await extract('Demirkaya Grubu, Telvora firmasını satın aldı.', 'tr'));
    expect(got).toContain('Demirkaya Grubu ACQUIRED Telvora');
  });

  it('reads kurulacak as building a facility', async () => {
    const x = await extract("Zentro Holding, Bursa'da kurulacak yeni veri merkezi için 2 milyar dolar ayırdı.", 'tr');
    expect(triples(x).some((t) => t.startsWith('Zentro Holding BUILDS'))).toBe(true);
    // "ayırdı" (set aside) is a spending plan
    expect(triples(x)).toContain('Zentro Holding PLANS_SPENDING topic:Data centres');
  });
});

describe('tr: business vocabulary by relation', () => {
  it.each([
    // INVESTED_IN: a funding round led by an investor, money raised from one, a stake taken
    ["Telvora Teknoloji, Pelvora Capital'den 20 milyon dolar yatırım aldı.", 'Pelvora Capital INVESTED_IN Telvora Teknoloji'],
    ["Altan Holding, Telvora Teknoloji'nin yüzde 30 hissesini aldı.", 'Altan Holding INVESTED_IN Telvora Teknoloji'],
    ["Kestrel Holding'in yatırım yaptığı Marlo Teknoloji halka arz oluyor.", 'Kestrel Holding INVESTED_IN Marlo Teknoloji'],
    ["Kestrel Holding, Marlo Teknoloji'nin en büyük hissedarı.", 'Kestrel Holding INVESTED_IN Marlo Teknoloji'],
    // ACQUIRED: reported, passive with an agent, continuous, relative clause
    ["Altan Holding, Telvora Teknoloji'yi satın aldığını açıkladı.", 'Altan Holding ACQUIRED Telvora Teknoloji'],
    ['Telvora Teknoloji, Altan Holding tarafından satın alındı.', 'Altan Holding ACQUIRED Telvora Teknoloji'],
    ["Altan Holding, Telvora Teknoloji'yi devralıyor.", 'Altan Holding ACQUIRED Telvora Teknoloji'],
    // OWNS: "X'in yan kuruluşudur", "X'in sahip olduğu Y", "X'e bağlı Y"
    ["Marlo Teknoloji, Kestrel Holding'in bir yan kuruluşudur.", 'Kestrel Holding OWNS Marlo Teknoloji'],
    ["Kestrel Holding'in sahip olduğu Marlo Teknoloji büyüyor.", 'Kestrel Holding OWNS Marlo Teknoloji'],
    ["Kestrel Holding'e bağlı Marlo Teknoloji yeni ürün tanıttı.", 'Kestrel Holding OWNS Marlo Teknoloji'],
    // PARTNERS_WITH: joint venture, agreement, memorandum
    ['Kestrel Holding, Marlo Teknoloji ile ortak girişim kurdu.', 'Kestrel Holding PARTNERS_WITH Marlo Teknoloji'],
    ['Kestrel Holding, Marlo Teknoloji ile anlaştı.', 'Kestrel Holding PARTNERS_WITH Marlo Teknoloji'],
    ['Kestrel Holding, Marlo Teknoloji ile mutabakat zaptı imzaladı.', 'Kestrel Holding PARTNERS_WITH Marlo Teknoloji'],
    // COMPETES_WITH: racing with a comitative rival
    ['Kestrel Holding, Marlo Teknoloji ile yarışıyor.', 'Kestrel Holding COMPETES_WITH Marlo Teknoloji'],
    // SUPPLIES: an order placed with the supplier, an order taken from the customer
    ["Kestrel Holding, Marlo Teknoloji'ye 50 uçak siparişi verdi.", 'Marlo Teknoloji SUPPLIES Kestrel Holding'],
    ["Marlo Teknoloji, Kestrel Holding'den 50 uçaklık sipariş aldı.", 'Marlo Teknoloji SUPPLIES Kestrel Holding'],
    // DEVELOPS: unveiling a product
    ["Kestrel Teknoloji, yeni modeli Zephyr'i tanıttı.", 'Kestrel Teknoloji DEVELOPS Zephyr'],
    // titles: icra başkanı (CEO), operasyon direktörü (COO)
    ["Kestrel Holding'in icra başkanı Ayşe Kaya konuştu.", 'Ayşe Kaya CEO_OF Kestrel Holding'],
    ["Kestrel Holding'in operasyon direktörü Ayşe Kaya konuştu.", 'Ayşe Kaya WORKS_FOR Kestrel Holding'],
    // JOINED: appointed, took office, hired
    ["Ayşe Kaya, Kestrel Holding'in genel müdürlüğüne atandı.", 'Ayşe Kaya JOINED Kestrel Holding'],
    ["Ayşe Kaya, Kestrel Holding'de göreve başladı.", 'Ayşe Kaya JOINED Kestrel Holding'],
    ["Kestrel Holding, Ayşe Kaya'yı transfer etti.", 'Ayşe Kaya JOINED Kestrel Holding'],
    // LEFT: gave up the post
    ["Ayşe Kaya, Kestrel Holding'deki görevini bıraktı.", 'Ayşe Kaya LEFT Kestrel Holding'],
    ["Ayşe Kaya, Kestrel Holding'deki görevinden çekildi.", 'Ayşe Kaya LEFT Kestrel Holding'],
  ] as const)('%s', async (text, fact) => {
    expect(triples(await extract(text, 'tr'))).toContain(fact);
  });

  it('reads "kapasiteye sahip" (has a capacity) as no ownership', async () => {
    const got = triples(await extract("Kestrel Enerji, Marlo Holding'e ait 200 MW kapasiteye sahip santrali işletiyor.", 'tr'));
    expect(got.filter((t) => t.startsWith('Kestrel Enerji OWNS'))).toEqual([]);
  });

  it('reads an üretim tesisi as a factory being built', async () => {
    const got = triples(await extract("Kestrel Holding, İzmir'de yeni bir üretim tesisi inşa edecek.", 'tr'));
    expect(got.some((t) => t.startsWith('Kestrel Holding BUILDS'))).toBe(true);
  });

  it('reads "yatırım yapmayı planlıyor" without a target as a spending plan', async () => {
    const got = triples(await extract('Kestrel Holding, 2026 yılında 5 milyar dolar yatırım yapmayı planlıyor.', 'tr'));
    expect(got).toContain('Kestrel Holding PLANS_SPENDING topic:Capital expenditure');
  });
});
