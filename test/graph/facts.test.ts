/**
 * Facts that are true (issue #10), end to end over real extraction: denials make no fact but
 * stay on the edge; relative years resolve with the document date; past spending is actual;
 * roles end with a later departure, a "former" mention or a successor.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { buildFromDocuments } from '../../src/pipeline/index.js';
import { factViews, type FactView } from '../../src/snapshot/views.js';

function doc(lang: string, text: string, publishedAt?: string): Document {
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { key: `doc:${sha256.slice(0, 16)}`, sha256, path: `${lang}-${sha256.slice(0, 6)}.txt`, text, lang, langSource: 'given', title: text.slice(0, 30), ...(publishedAt ? { publishedAt } : {}) };
}

async function facts(docs: Document[]): Promise<FactView[]> {
  return factViews((await buildFromDocuments(docs, { workers: 1 })).snapshot);
}

describe('denials', () => {
  it('make no fact: six denials in six languages leave a negated edge with no sources', async () => {
    const all = await facts([
      doc('en', 'Orbiton Group denied that it had invested in Quillon Labs.'),
      doc('de', 'Orbiton Group investiert nicht in Quillon Labs.'),
      doc('fr', "Orbiton Group n'investit pas dans Quillon Labs."),
      doc('es', 'Orbiton Group negó haber invertido en Quillon Labs.'),
      doc('nl', 'Orbiton Group ontkende dat het in Quillon Labs had geïnvesteerd.'),
      doc('tr', "Orbiton Group, Quillon Labs'e yatırım yaptığını yalanladı."),
    ]);
    const f = all.find((x) => x.type === 'INVESTED_IN');
    expect(f?.status).toBe('negated');
    expect(f?.sources).toBe(0);
    expect(f?.claims).toHaveLength(6);
    expect(new Set(f?.claims.map((c) => c.status))).toEqual(new Set(['negated']));
  });

  it('do not corroborate an asserted fact: sources count the assertions only', async () => {
    const all = await facts([doc('en', 'Orbiton Group invested $30 million in Quillon Labs.'), doc('de', 'Orbiton Group investiert nicht in Quillon Labs.')]);
    const f = all.find((x) => x.type === 'INVESTED_IN');
    expect(f?.status).toBeUndefined();
    expect(f?.sources).toBe(1);
    expect(f?.amount).toBe(30e6);
    expect(f?.claims.map((c) => c.status ?? 'asserted').sort()).toEqual(['asserted', 'negated']);
  });
});

describe('time', () => {
  it.each([
    ['en', 'Acme Corp plans capital spending of $40 billion next year.'],
    ['de', 'Acme Corp will im kommenden Jahr 40 Milliarden Euro in Kapitalausgaben stecken.'],
    ['fr', "Acme Corp prévoit des dépenses d'investissement de 40 milliards d'euros l'an prochain."],
    ['es', 'Acme Corp prevé un gasto de capital de 40.000 millones de dólares el próximo año.'],
    ['nl', 'Acme Corp verwacht volgend jaar kapitaaluitgaven van 40 miljard dollar.'],
    ['tr', 'Acme Corp gelecek yıl 40 milyar dolarlık yatırım harcaması planlıyor.'],
    ['ar', 'تعتزم شركة أكمي إنفاق 40 مليار دولار العام المقبل.'],
  ])('%s: "next year" in an article of 2024-11-03 is 2025', async (lang, text) => {
    const f = (await facts([doc(lang, text, '2024-11-03T08:00:00Z')])).find((x) => x.type === 'PLANS_SPENDING');
    expect(f?.year).toBe(2025);
    expect(f?.amount).toBe(40e9);
    expect(f?.claims[0].date).toBe('2024-11-03');
    expect(f?.firstSeen).toBe('2024-11-03');
  });

  it('reads "this year" as the document year, and leaves the year unstated without a date', async () => {
    const dated = (await facts([doc('en', 'Acme Corp plans capital spending of $40 billion this year.', '2024-11-03')])).find((x) => x.type === 'PLANS_SPENDING');
    expect(dated?.year).toBe(2024);
    const undated = (await facts([doc('en', 'Acme Corp plans capital spending of $40 billion this year.')])).find((x) => x.type === 'PLANS_SPENDING');
    expect(undated?.year).toBeUndefined();
  });

  it('makes past spending actual, not a plan: "Last year Acme Corp spent $38bn"', async () => {
    const all = await facts([doc('en', 'Last year Acme Corp spent $38bn on data centres.', '2024-11-03'), doc('nl', 'Vorig jaar gaf Acme Corp 38 miljard dollar uit aan datacenters.', '2024-11-03')]);
    const spending = all.filter((x) => x.type === 'PLANS_SPENDING');
    expect(spending.length).toBeGreaterThan(0);
    for (const f of spending) {
      expect(f.period).toBe('actual');
      expect(f.year).toBe(2023);
    }
  });

  it('keeps the seeds\' Arabic 2024 figure as actual capital spending beside the 2025 plan', async () => {
    const text = 'وقد أعلن مارك زوكربيرغ في بيان عبر منصة ثريدز التابعة لشركة ميتا، أن الشركة تنوي تخصيص ما بين 60 إلى 65 مليار دولار خلال عام 2025 لدعم الذكاء الاصطناعي، وهي زيادة كبيرة مقارنة بميزانية الإنفاق الرأسمالي المتوقعة لعام 2024 والتي بلغت 38.4 مليار دولار.';
    const all = (await facts([doc('ar', text)])).filter((x) => x.type === 'PLANS_SPENDING');
    const actual = all.find((x) => x.amount === 38.4e9);
    expect(actual?.period).toBe('actual');
    expect(actual?.year).toBe(2024);
    expect(actual?.target).toBe('topic:capital-expenditure');
    const plan = all.find((x) => x.amountMin === 60e9);
    expect(plan?.period).toBeUndefined();
    expect(plan?.year).toBe(2025);
  });
});

describe('quarters and months', () => {
  const spending = async (lang: string, text: string, date?: string) => (await facts([doc(lang, text, date)])).filter((x) => x.type === 'PLANS_SPENDING');

  it.each([
    ['en', 'Orbiton Group plans to spend $2 billion on data centres in the third quarter.'],
    ['de', 'Orbiton Group will im dritten Quartal 2 Milliarden Euro für Rechenzentren ausgeben.'],
    ['fr', "Orbiton Group prévoit d'investir 2 milliards d'euros dans les centres de données au troisième trimestre."],
    ['es', 'Orbiton Group invertirá 2.000 millones de euros en centros de datos en el tercer trimestre.'],
    ['nl', 'Orbiton Group wil in het derde kwartaal 2 miljard euro in datacenters investeren.'],
    ['tr', 'Orbiton Group, üçüncü çeyrekte veri merkezlerine 2 milyar dolar harcama yapmayı planlıyor.'],
    ['ar', 'تخطط مجموعة أوربيتون لإنفاق 2 مليار دولار على مراكز البيانات في الربع الثالث.'],
  ])('%s: "the third quarter" in an article of 2025-02-10 is Q3 2025', async (lang, text) => {
    const [f] = await spending(lang, text, '2025-02-10');
    expect(f?.year).toBe(2025);
    expect(f?.quarter).toBe(3);
    expect(f?.amount).toBe(2e9);
    expect(f?.claims[0].quarter).toBe(3);
  });

  it.each([
    ['en', 'Orbiton Group will spend $2 billion on data centres in March.'],
    ['de', 'Orbiton Group will im März 2 Milliarden Euro für Rechenzentren ausgeben.'],
    ['fr', "Orbiton Group prévoit d'investir 2 milliards d'euros dans les centres de données en mars."],
    ['es', 'Orbiton Group invertirá 2.000 millones de euros en centros de datos en marzo.'],
    ['nl', 'Orbiton Group wil in maart 2 miljard euro in datacenters investeren.'],
    ['tr', "Orbiton Group, Mart'ta veri merkezlerine 2 milyar dolar harcama yapmayı planlıyor."],
    ['ar', 'تخطط مجموعة أوربيتون لإنفاق 2 مليار دولار على مراكز البيانات في مارس.'],
  ])('%s: "in March" in an article of 2025-02-10 is March 2025', async (lang, text) => {
    const [f] = await spending(lang, text, '2025-02-10');
    expect(f?.year).toBe(2025);
    expect(f?.month).toBe(3);
  });

  it('keeps a stated year: "Q3 2024" in an article of 2025', async () => {
    const [f] = await spending('en', 'Orbiton Group plans to spend $2 billion on data centres in Q3 2024.', '2025-02-10');
    expect(f?.year).toBe(2024);
    expect(f?.quarter).toBe(3);
  });

  it('rolls relative quarters and months over the year: "next quarter" in November is Q1 of the next year', async () => {
    const [q] = await spending('en', 'Orbiton Group will spend $2 billion on data centres next quarter.', '2024-11-03');
    expect([q?.year, q?.quarter]).toEqual([2025, 1]);
    const [m] = await spending('de', 'Orbiton Group hat im vergangenen Monat Ausgaben von 2 Milliarden Euro für Rechenzentren verbucht.', '2025-01-15');
    expect([m?.year, m?.month, m?.period]).toEqual([2024, 12, 'actual']);
    const [a] = await spending('ar', 'تخطط مجموعة أوربيتون لإنفاق 2 مليار دولار على مراكز البيانات في الربع المقبل.', '2024-11-03');
    expect([a?.year, a?.quarter]).toEqual([2025, 1]);
  });

  it('leaves a relative quarter unresolved without a document month', async () => {
    const [f] = await spending('en', 'Orbiton Group will spend $2 billion on data centres next quarter.', '2024');
    expect(f?.year).toBeUndefined();
    expect(f?.quarter).toBeUndefined();
  });

  it('keeps a quarter\'s figure apart from the year\'s: two edges, no disagreement', async () => {
    const all = await facts([
      doc('en', 'Orbiton Group plans to spend $2 billion on data centres in the third quarter.', '2025-02-10'),
      doc('en', 'Orbiton Group plans to spend $8 billion on data centres this year.', '2025-02-11'),
    ]);
    const spend = all.filter((x) => x.type === 'PLANS_SPENDING');
    expect(spend.map((x) => [x.year, x.quarter, x.amount]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([[2025, 3, 2e9], [2025, undefined, 8e9]]);
    for (const f of spend) expect(f.conflict).toBe(false);
  });
});

describe('roles end', () => {
  const ceo = (all: FactView[], person: string) => all.find((x) => x.type === 'CEO_OF' && x.source === person);

  it('a later LEFT makes the CEO not current', async () => {
    const all = await facts([doc('en', 'Jane Roe is the CEO of Acme Corp.', '2023-05-01'), doc('en', 'Jane Roe stepped down as CEO of Acme Corp.', '2024-02-01')]);
    const f = ceo(all, 'person:jane-roe');
    expect(f?.current).toBe(false);
    expect(f?.endedBy).toBe('left');
    expect(f?.endedAt).toBe('2024-02-01');
  });

  it('a successor named later makes the earlier CEO not current; the new one is current', async () => {
    const all = await facts([doc('en', 'Jane Roe is the CEO of Acme Corp.', '2023-05-01'), doc('en', 'John Poe is the CEO of Acme Corp.', '2024-06-01')]);
    expect(ceo(all, 'person:jane-roe')?.current).toBe(false);
    expect(ceo(all, 'person:jane-roe')?.endedBy).toBe('successor');
    expect(ceo(all, 'person:john-poe')?.current).toBe(true);
  });

  it.each([
    ['en', 'Jane Roe, the former CEO of Acme Corp, spoke on Monday.'],
    ['de', 'Die ehemalige Chefin von Acme Corp, Jane Roe, sprach am Montag.'],
    ['fr', 'Jane Roe, ancienne PDG de Acme Corp, a parlé lundi.'],
    ['es', 'Jane Roe, ex consejera delegada de Acme Corp, habló el lunes.'],
    ['nl', 'Jane Roe, voormalig topman van Acme Corp, sprak maandag.'],
    ['tr', "Acme Corp'un eski CEO'su Jane Roe pazartesi konuştu."],
  ])('%s: a later "former" mention ends the role', async (lang, text) => {
    const all = await facts([doc('en', 'Jane Roe is the CEO of Acme Corp.', '2023-05-01'), doc(lang, text, '2024-06-01')]);
    const f = ceo(all, 'person:jane-roe');
    expect(f?.current).toBe(false);
    expect(f?.endedBy).toBe('former');
  });

  const role = (all: FactView[], type: string) => all.find((x) => x.type === type && x.source === 'person:jane-roe');

  it.each([
    ['en', 'WORKS_FOR', 'Jane Roe, the former chief financial officer of Acme Corp, spoke on Monday.'],
    ['de', 'WORKS_FOR', 'Die ehemalige Finanzchefin von Acme Corp, Jane Roe, sprach am Montag.'],
    ['fr', 'WORKS_FOR', "Jane Roe, ancienne directrice financière d'Acme Corp, a parlé lundi."],
    ['es', 'WORKS_FOR', 'Jane Roe, ex directora financiera de Acme Corp, habló el lunes.'],
    ['nl', 'WORKS_FOR', 'Jane Roe, voormalig financieel directeur van Acme Corp, sprak maandag.'],
    ['tr', 'WORKS_FOR', "Acme Corp'un eski finans direktörü Jane Roe pazartesi konuştu."],
    ['en', 'BOARD_MEMBER_OF', 'Jane Roe, a former board member of Acme Corp, spoke on Monday.'],
    ['de', 'BOARD_MEMBER_OF', 'Die ehemalige Aufsichtsrätin von Acme Corp, Jane Roe, sprach am Montag.'],
    ['fr', 'BOARD_MEMBER_OF', "Jane Roe, ancienne administratrice d'Acme Corp, a parlé lundi."],
    ['es', 'BOARD_MEMBER_OF', 'Jane Roe, ex consejera de Acme Corp, habló el lunes.'],
    ['nl', 'BOARD_MEMBER_OF', 'Jane Roe, voormalig commissaris van Acme Corp, sprak maandag.'],
    ['tr', 'BOARD_MEMBER_OF', "Acme Corp'un eski yönetim kurulu üyesi Jane Roe pazartesi konuştu."],
  ])('%s: a later "former" title ends %s', async (lang, relation, text) => {
    const present = relation === 'WORKS_FOR' ? 'Jane Roe is the chief financial officer of Acme Corp.' : 'Jane Roe is a board member of Acme Corp.';
    const all = await facts([doc('en', present, '2023-05-01'), doc(lang, text, '2024-06-01')]);
    const f = role(all, relation);
    expect(f?.current).toBe(false);
    expect(f?.endedBy).toBe('former');
    expect(f?.endedAt).toBe('2024-06-01');
    // The former statement is no current fact: every claim of its sentence is marked former.
    expect(f?.claims.filter((c) => c.date === '2024-06-01').every((c) => c.former)).toBe(true);
  });

  it.each([
    ['WORKS_FOR', 'Jane Roe is the chief financial officer of Acme Corp.'],
    ['BOARD_MEMBER_OF', 'Jane Roe is a board member of Acme Corp.'],
  ])('a later LEFT ends %s too; a role restated after it is current again', async (relation, present) => {
    const ended = role(await facts([doc('en', present, '2023-05-01'), doc('en', 'Jane Roe left Acme Corp.', '2024-02-01')]), relation);
    expect([ended?.current, ended?.endedBy, ended?.endedAt]).toEqual([false, 'left', '2024-02-01']);
    const back = role(await facts([doc('en', 'Jane Roe left Acme Corp.', '2022-02-01'), doc('en', present, '2023-05-01')]), relation);
    expect(back?.current).toBe(true);
  });

  it('ar: "السابق" after a CFO or board title ends the role', async () => {
    const cfo = await facts([doc('ar', 'جينيفر رو هي المديرة المالية لشركة أكمي.', '2023-05-01'), doc('ar', 'قالت جينيفر رو المدير المالي السابق لشركة أكمي إن السوق تتغير.', '2024-06-01')]);
    expect(cfo.find((x) => x.type === 'WORKS_FOR')?.endedBy).toBe('former');
    const board = await facts([doc('ar', 'جينيفر رو عضو مجلس إدارة شركة أكمي.', '2023-05-01'), doc('ar', 'قالت جينيفر رو عضو مجلس الإدارة السابق لشركة أكمي إن السوق تتغير.', '2024-06-01')]);
    expect(board.find((x) => x.type === 'BOARD_MEMBER_OF')?.endedBy).toBe('former');
  });

  it('a successor ends only the CEO: board members named in turn all stay current', async () => {
    const all = await facts([doc('en', 'Jane Roe is the chief financial officer of Acme Corp.', '2023-05-01'), doc('en', 'John Poe is a board member of Acme Corp.', '2024-06-01'), doc('en', 'Sam Stone is a board member of Acme Corp.', '2024-07-01')]);
    expect(all.filter((x) => x.type === 'BOARD_MEMBER_OF').map((x) => x.current)).toEqual([true, true]);
  });

  it('ar: "السابق" after the title ends the role', async () => {
    const all = await facts([doc('en', 'Mark Zuckerberg is the CEO of Meta.', '2023-05-01'), doc('ar', 'قال مارك زوكربيرغ الرئيس التنفيذي السابق لشركة ميتا إن السوق تتغير.', '2024-06-01')]);
    const f = all.find((x) => x.type === 'CEO_OF' && x.target === 'organization:meta');
    expect(f?.current).toBe(false);
    expect(f?.endedBy).toBe('former');
  });
});
