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
    ['Veltaris SA toma el control de Norvane Systems.', 'Veltaris SA ACQUIRED Norvane Systems'],
    ['Norvane Systems está controlada por Veltaris SA.', 'Veltaris SA OWNS Norvane Systems'],
    ['Norvane Systems pertenece a Veltaris SA.', 'Veltaris SA OWNS Norvane Systems'],
    ['Norvane Systems forma parte del grupo Veltaris.', 'Veltaris OWNS Norvane Systems'],
    ['Norvane Systems, una división de Veltaris SA, fabrica sensores.', 'Veltaris SA OWNS Norvane Systems'],
    ['Veltaris SA colaborará con Norvane Systems.', 'Veltaris SA PARTNERS_WITH Norvane Systems'],
    ['Norvane Systems ha encargado 20 turbinas a Veltaris SA.', 'Veltaris SA SUPPLIES Norvane Systems'],
    ['Veltaris SA se adjudicó un contrato de Norvane Systems.', 'Veltaris SA SUPPLIES Norvane Systems'],
    ['Veltaris SA es el principal cliente de Norvane Systems.', 'Norvane Systems SUPPLIES Veltaris SA'],
    ['Ana Gómez deja Veltaris SA para incorporarse a Norvane Systems.', 'Ana Gómez JOINED Norvane Systems'],
    ['Ana Gómez sustituye a Pedro Ruiz al frente de Veltaris SA.', 'Pedro Ruiz LEFT Veltaris SA'],
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

  it('a seat one leaves ("cesa como consejero") is no current board membership: only a former one, which ends it', async () => {
    const x = await extract('Luis Gómez, que cesa como consejero de Veltaris SA, habló el lunes.', 'es');
    const board = readable(x).filter((c) => c.relation === 'BOARD_MEMBER_OF' && c.object === 'Veltaris SA');
    expect(board.length).toBeGreaterThan(0);
    expect(board.every((c) => c.q.former === true)).toBe(true);
  });

  it('buying a stake from a seller is no order', async () => {
    const got = triples(await extract('Brenac Capital podría comprar a Veltaris SA su 20% de Norvane Systems.', 'es'));
    expect(got).not.toContain('Veltaris SA SUPPLIES Brenac Capital');
  });

  it('a buyer of a subsidiary is not its parent', async () => {
    const got = triples(await extract('Veltaris SA ha cerrado la venta de su filial en Chile a Norvane Systems.', 'es'));
    expect(got).not.toContain('Norvane Systems OWNS Veltaris SA');
  });
});
