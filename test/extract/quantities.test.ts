/**
 * Numbers and money in seven languages: locale decimal and grouping marks, Arabic-Indic
 * digits, scale words and abbreviations, currencies before or after, ranges, "more than /
 * up to / around", percentages in every form, and years.
 */
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/extract/quantities.js';
import { onlyQuantity, quantities } from './helpers.js';

describe('parseNumber reads locale marks', () => {
  it.each([
    ['14,3', ',', 14.3],
    ['38.4', '.', 38.4],
    ['1,3', ',', 1.3],
    ['1,3', '.', 1.3],
    ['1.300.000', ',', 1_300_000],
    ['1,300,000', '.', 1_300_000],
    ['1.200', ',', 1200],
    ['1,200', '.', 1200],
    ['1.300,5', ',', 1300.5],
    ['1,300.5', '.', 1300.5],
    // Three digits ending in 0 after a decimal comma group thousands (Reuters' Spanish "6,690 millones").
    ['6,690', ',', 6690],
    ['2,125', ',', 2.125],
    ['٣٨٫٤', '.', 38.4],
    ['٣٨٫٤', ',', 38.4],
    ['٦٥', '.', 65],
    ['۱۴', '.', 14],
  ] as const)('%s with decimal mark %s → %d', (raw, decimal, value) => {
    expect(parseNumber(raw, decimal)).toBeCloseTo(value, 6);
  });

  it('rejects text that is not a number', () => {
    expect(parseNumber('abc', '.')).toBeUndefined();
  });
});

const USD = 'USD';
const EUR = 'EUR';

describe('money with scale words and currencies', () => {
  it.each([
    ['de', 'Meta investiert 14,3 Milliarden US-Dollar in Scale AI.', 14.3e9, USD],
    ['de', 'Der Umsatz lag bei 5,2 Mrd. Euro.', 5.2e9, EUR],
    ['de', 'Die Firma sammelte 300 Mio. € ein.', 300e6, EUR],
    ['nl', 'Meta investeert 14,3 miljard dollar in Scale AI.', 14.3e9, USD],
    ['nl', 'Het bedrijf haalde € 250 miljoen op.', 250e6, EUR],
    ['tr', 'Meta, Scale AI’a 14 milyar dolarlık yatırım yaptı.', 14e9, USD],
    ['tr', 'Şirket 1,3 milyar avro topladı.', 1.3e9, EUR],
    ['ar', 'استثمرت ميتا 14.3 مليار دولار في سكيل.', 14.3e9, USD],
    ['ar', 'أنفقت الشركة ٣٨٫٤ مليار دولار العام الماضي.', 38.4e9, USD],
    ['ar', 'جمعت الشركة 500 مليون يورو.', 500e6, EUR],
    ['en', 'Amazon will invest $4 billion in Anthropic.', 4e9, USD],
    ['en', 'The startup raised US$ 1.3bn from investors.', 1.3e9, USD],
    ['en', 'Microsoft paid €450 million for the company.', 450e6, EUR],
    ['en', 'It raised 1,300,000 dollars.', 1.3e6, USD],
    ['fr', "Microsoft investit 15 millions d'euros dans Mistral AI.", 15e6, EUR],
    ['fr', 'ASML a versé 1,3 milliard d’euros.', 1.3e9, EUR],
    ['fr', 'Le groupe a levé 14,3 milliards de dollars.', 14.3e9, USD],
    ['fr', 'La société a payé 1.300.000 euros.', 1.3e6, EUR],
    ['es', 'CaixaBank compra Banco Atlántida por 1.200 millones de euros.', 1.2e9, EUR],
    ['es', 'Meta invirtió 14.300 millones de dólares en Scale AI.', 14.3e9, USD],
    ['es', 'Meta invirtió 14,3 mil millones de dólares en Scale AI.', 14.3e9, USD],
    ['es', 'La ronda fue de US$ 150 millones.', 150e6, USD],
  ] as const)('%s: %s', (lang, text, value, currency) => {
    expect(onlyQuantity(text, lang, 'money')).toMatchObject({ value, currency });
  });

  it('does not take a scaled figure without currency for money', () => {
    expect(quantities('Die Plattform hat 3 Milliarden Nutzer.', 'de').filter((q) => q.kind === 'money')).toEqual([]);
    expect(quantities('Qubitia tiene 400.000 clientes.', 'es').filter((q) => q.kind === 'money')).toEqual([]);
  });
});

describe('ranges', () => {
  it.each([
    ['tr', 'Meta bu yıl 64-72 milyar dolar harcayacak.', 64e9, 72e9, USD],
    ['nl', 'Meta wil tussen $51 miljard tot $53 miljard uitgeven.', 51e9, 53e9, USD],
    ['nl', 'Meta geeft $51 miljard tot $53 miljard uit.', 51e9, 53e9, USD],
    ['ar', 'تخطط ميتا لإنفاق ما بين 60 إلى 65 مليار دولار.', 60e9, 65e9, USD],
    ['de', 'Meta will zwischen 60 und 65 Milliarden Dollar ausgeben.', 60e9, 65e9, USD],
    ['de', 'Meta will 60 bis 65 Milliarden Dollar ausgeben.', 60e9, 65e9, USD],
    ['en', 'Amazon plans to spend between $100 billion and $105 billion.', 100e9, 105e9, USD],
    ['en', 'Meta expects capex of $60-65 billion.', 60e9, 65e9, USD],
    ['fr', "Aérolia prévoit d'investir entre 2 et 2,5 milliards d'euros.", 2e9, 2.5e9, EUR],
    ['fr', 'Meta dépensera de 60 à 65 milliards de dollars.', 60e9, 65e9, USD],
    ['es', 'El banco invertirá entre 5.000 y 5.500 millones de euros.', 5e9, 5.5e9, EUR],
    ['es', 'Meta gastará de 60 a 65 mil millones de dólares.', 60e9, 65e9, USD],
    // A closer after the second figure, where the language puts it last.
    ['tr', 'Şirket altyapıya 1,5 ile 2 milyar dolar arasında harcama yapmayı planlıyor.', 1.5e9, 2e9, USD],
    // A conjunction glued to the second figure.
    ['ar', 'وتخطط أرامكو لإنفاق ما بين 52 و58 مليار دولار.', 52e9, 58e9, USD],
  ] as const)('%s: %s', (lang, text, min, max, currency) => {
    expect(onlyQuantity(text, lang, 'money')).toMatchObject({ min, max, currency });
  });

  it('does not read a Turkish "ile" between figures as a range without a closer', () => {
    const q = quantities('Google 2 milyar dolar ile Amazon 4 milyar dolar ödedi.', 'tr').filter((x) => x.kind === 'money');
    expect(q.map((x) => x.value)).toEqual([2e9, 4e9]);
  });

  it('does not read two listed figures as a range without an opener', () => {
    const q = quantities('Google paid $2 billion and Amazon $4 billion.', 'en').filter((x) => x.kind === 'money');
    expect(q.map((x) => x.value)).toEqual([2e9, 4e9]);
  });
});

describe('more than, up to, around', () => {
  it.each([
    ['en', 'The deal values xAI at more than $50 billion.', 'more-than'],
    ['en', 'It plans to spend up to $1.2 billion.', 'up-to'],
    ['en', 'Alphabet will spend about $75 billion.', 'approx'],
    ['de', 'Meta will rund 68 Milliarden US-Dollar ausgeben.', 'approx'],
    ['de', 'Der Konzern investiert mehr als 10 Milliarden Dollar.', 'more-than'],
    ['de', 'Die Firma investiert bis zu 5 Milliarden Euro.', 'up-to'],
    ['nl', 'Meta investeert ruim 10 miljard dollar.', 'approx'],
    ['tr', 'Şirketin değeri 29 milyar doların üzerine çıktı.', 'more-than'],
    ['tr', 'Meta yaklaşık 14 milyar dolar yatırdı.', 'approx'],
    ['ar', 'استثمرت الشركة أكثر من 10 مليارات دولار.', 'more-than'],
    ['ar', 'استثمرت الشركة حوالي 14 مليار دولار.', 'approx'],
    ['fr', 'Alphabet dépensera plus de 85 milliards de dollars.', 'more-than'],
    ['fr', 'TotalEnergies a payé environ 300 millions d’euros.', 'approx'],
    ['fr', "Le budget atteindra jusqu'à 2 milliards d'euros.", 'up-to'],
    ['es', 'La operación valora la compañía en más de 1.000 millones de dólares.', 'more-than'],
    ['es', 'CaixaBank pagó unos 1.200 millones de euros.', 'approx'],
    ['es', 'La aerolínea gastará hasta 700 millones de euros.', 'up-to'],
  ] as const)('%s: %s', (lang, text, modifier) => {
    expect(onlyQuantity(text, lang, 'money')?.modifier).toBe(modifier);
  });
});

describe('percentages in every form', () => {
  it.each([
    ['en', 'Meta bought a 49% stake.', 0.49],
    ['en', 'Microsoft owns 27 percent of OpenAI.', 0.27],
    ['tr', 'Meta, Scale AI’ın %49’unu aldı.', 0.49],
    ['tr', 'Meta şirketin yüzde 49 hissesini aldı.', 0.49],
    ['de', 'Meta übernimmt 49 Prozent an Scale AI.', 0.49],
    ['de', 'Meta sicherte sich einen 49-prozentigen Anteil.', 0.49],
    ['nl', 'Meta neemt een belang van 49 procent.', 0.49],
    ['ar', 'استحوذت ميتا على حصة ٪49 في الشركة.', 0.49],
    ['ar', 'استحوذت ميتا على 49% من الشركة.', 0.49],
    ['ar', 'استحوذت ميتا على حصة بنسبة 49 بالمئة.', 0.49],
    ['fr', 'ASML a pris une participation de 11 % dans Mistral AI.', 0.11],
    ['fr', 'Le groupe détient 9,9 pour cent du capital.', 0.099],
    ['es', 'Telefónica adquirió una participación del 9,9 % en Nexia.', 0.099],
    ['es', 'Microsoft posee el 27 por ciento de OpenAI.', 0.27],
  ] as const)('%s: %s', (lang, text, value) => {
    expect(onlyQuantity(text, lang, 'percent')?.value).toBeCloseTo(value, 6);
  });
});

describe('years', () => {
  it.each([
    ['de', 'Im Jahr 2025 will Meta investieren.', 2025],
    ['tr', 'Meta 2025 yılında yatırım yapacak.', 2025],
    ['ar', 'خلال عام 2025 ستنفق الشركة.', 2025],
    ['ar', 'خلال عام ٢٠٢٥ ستنفق الشركة.', 2025],
    ['fr', 'Fondée en 2023 par Arthur Mensch.', 2023],
    ['es', 'Fundado en 1998 por Luis Herrera.', 1998],
    ['en', 'Anthropic was founded in 2021.', 2021],
  ] as const)('%s: %s', (lang, text, year) => {
    expect(onlyQuantity(text, lang, 'year')?.value).toBe(year);
  });

  it('does not take money or large counts for years', () => {
    expect(quantities('Meta paid $2025 million.', 'en').some((q) => q.kind === 'year')).toBe(false);
  });
});

describe('a bare scaled figure takes the unit of the figure before it', () => {
  it('es: after tonnes it counts tonnes, after dollars it is money', () => {
    const q = quantities('Anunció un plan de 680 millones de dólares para ampliar su producción desde los 2,4 millones de toneladas a más de cuatro millones.', 'es');
    expect(q.map((x) => x.kind)).toEqual(['money', 'number', 'number']);
    const m = quantities('Invertirá 14,3 millones de dólares en Norvia, valorada en 29 millones.', 'es');
    expect(m.map((x) => x.kind)).toEqual(['money', 'money']);
  });
});
