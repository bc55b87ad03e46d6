/**
 * Spanish phrasings of business news that the pack reads (issue #9), on invented sentences:
 * vice and operating titles, "hacerse con" and "dejar" in all their forms, "cesa como",
 * "presidida/dirigida por", shareholders, holding-company names and company nouns.
 */
import { describe, expect, it } from 'vitest';
import { extract, readable, triples } from '../extract/helpers.js';

describe('es news phrasings', () => {
  it.each([
    ['Veltaris SA se hará con el 100% de Norvane Systems.', 'Veltaris SA ACQUIRED Norvane Systems'],
    ['Ana Ruiz ha dejado Veltaris SA tras diez años.', 'Ana Ruiz LEFT Veltaris SA'],
    ['Luis Gómez, que cesa como consejero de Veltaris SA, habló el lunes.', 'Luis Gómez LEFT Veltaris SA'],
    ['La empresa Veltaris, presidida por Ana Ruiz, presentó sus cuentas.', 'Ana Ruiz WORKS_FOR Veltaris'],
    ['Veltaris SA, dirigida por Ana Ruiz, presentó sus cuentas.', 'Ana Ruiz CEO_OF Veltaris SA'],
    ['Brenac Capital, accionista de Veltaris SA, apoyó la operación.', 'Brenac Capital INVESTED_IN Veltaris SA'],
    ['Desde mayo, Brenac Participaciones ha adquirido un 5% del capital de Veltaris SA.', 'Brenac Participaciones INVESTED_IN Veltaris SA'],
    ['La multinacional española de logística Veltaris compró Norvane Systems.', 'Veltaris ACQUIRED Norvane Systems'],
  ] as const)('%s → %s', async (text, fact) => {
    expect(triples(await extract(text, 'es'))).toContain(fact);
  });

  it.each([
    ['Laura Gil, vicepresidenta de Veltaris SA, habló el lunes.', 'Vice President'],
    ['Pedro Ortiz, director de operaciones de Veltaris SA, habló el lunes.', 'Chief Operating Officer'],
  ] as const)('a title states employment with its English title: %s', async (text, title) => {
    const got = readable(await extract(text, 'es'));
    expect(got.find((c) => c.relation === 'WORKS_FOR' && c.object === 'Veltaris SA')?.q.title).toBe(title);
  });

  it('a seat one leaves ("cesa como consejero") is no board membership', async () => {
    const got = triples(await extract('Luis Gómez, que cesa como consejero de Veltaris SA, habló el lunes.', 'es'));
    expect(got).not.toContain('Luis Gómez BOARD_MEMBER_OF Veltaris SA');
  });

  it('a buyer of a subsidiary is not its parent', async () => {
    const got = triples(await extract('Veltaris SA ha cerrado la venta de su filial en Chile a Norvane Systems.', 'es'));
    expect(got).not.toContain('Norvane Systems OWNS Veltaris SA');
  });
});
