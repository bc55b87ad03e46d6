/**
 * French phrasings of business news that the pack reads (issue #9), on invented sentences:
 * deputy and vice titles, "mettre la main sur", "reprendre", direct rivals, shareholders,
 * "présidé/dirigé par", subsidiaries, legal forms, and bank names that open with "Crédit".
 */
import { describe, expect, it } from 'vitest';
import { extract, readable, triples } from '../extract/helpers.js';

describe('fr news phrasings', () => {
  it.each([
    ['La directrice générale de Crédit du Midi, Anne Durand, a parlé lundi.', 'Anne Durand CEO_OF Crédit du Midi'],
    ['Veltaris SA va mettre la main sur le britannique Norvane Systems.', 'Veltaris SA ACQUIRED Norvane Systems'],
    ['Veltaris SA compte reprendre sa concurrente Norvane Systems.', 'Veltaris SA ACQUIRED Norvane Systems'],
    ['Veltaris SA compte reprendre sa concurrente Norvane Systems.', 'Veltaris SA COMPETES_WITH Norvane Systems'],
    ['Veltaris SA a pris le contrôle de Norvane Systems.', 'Veltaris SA ACQUIRED Norvane Systems'],
    ['Veltaris SA a dépassé son rival américain Norvane Systems.', 'Veltaris SA COMPETES_WITH Norvane Systems'],
    ['Brenac Capital, actionnaire de Veltaris SA, a soutenu le projet.', 'Brenac Capital INVESTED_IN Veltaris SA'],
    ['Le groupe Veltaris, présidé par Paul Martin, a publié ses résultats.', 'Paul Martin WORKS_FOR Veltaris'],
    ['Veltaris SA, dirigé par Paul Martin, a publié ses résultats.', 'Paul Martin CEO_OF Veltaris SA'],
    ['Norvane Systems, filiale de Veltaris SA, a publié ses résultats.', 'Veltaris SA OWNS Norvane Systems'],
    ['Paul Martin, arrivé chez Veltaris début janvier, a parlé.', 'Paul Martin JOINED Veltaris'],
    ['Veltaris SA a racheté Kordel GmbH.', 'Veltaris SA ACQUIRED Kordel GmbH'],
    ['Veltaris SA a lancé une OPA sur Norvane Systems.', 'Veltaris SA ACQUIRED Norvane Systems'],
    ["Veltaris SA s'empare de Norvane Systems.", 'Veltaris SA ACQUIRED Norvane Systems'],
    ['Veltaris SA prend une participation majoritaire dans Norvane Systems.', 'Veltaris SA ACQUIRED Norvane Systems'],
    ['Norvane Systems est contrôlé par Veltaris SA.', 'Veltaris SA OWNS Norvane Systems'],
    ['Norvane Systems appartient à Veltaris SA.', 'Veltaris SA OWNS Norvane Systems'],
    ['Norvane Systems fait partie du groupe Veltaris.', 'Veltaris OWNS Norvane Systems'],
    ['Veltaris SA détient Norvane Systems.', 'Veltaris SA OWNS Norvane Systems'],
    ["Veltaris SA s'allie à Norvane Systems.", 'Veltaris SA PARTNERS_WITH Norvane Systems'],
    ['Veltaris SA coopère avec Norvane Systems.', 'Veltaris SA PARTNERS_WITH Norvane Systems'],
    ['Norvane Systems a commandé 20 turbines à Veltaris SA.', 'Veltaris SA SUPPLIES Norvane Systems'],
    ['Veltaris SA a remporté un contrat auprès de Norvane Systems.', 'Veltaris SA SUPPLIES Norvane Systems'],
    ['Veltaris SA est le premier client de Norvane Systems.', 'Norvane Systems SUPPLIES Veltaris SA'],
    ['Veltaris SA fabrique le smartphone Zentra.', 'Veltaris SA DEVELOPS Zentra'],
    ['Anne Durand succède à Paul Martin à la tête de Veltaris SA.', 'Paul Martin LEFT Veltaris SA'],
    ['Brenac Capital est monté au capital de Norvane Systems.', 'Brenac Capital INVESTED_IN Norvane Systems'],
  ] as const)('%s → %s', async (text, fact) => {
    expect(triples(await extract(text, 'fr'))).toContain(fact);
  });

  it.each([
    ['Paul Martin, directeur général délégué de Veltaris SA, a parlé lundi.', 'Deputy Chief Executive Officer'],
    ['Marc Lenoir, vice-président de Veltaris SA, a parlé lundi.', 'Vice President'],
  ] as const)('a deputy or vice title is employment with its title: %s', async (text, title) => {
    const got = readable(await extract(text, 'fr'));
    expect(got.find((c) => c.relation === 'WORKS_FOR' && c.object === 'Veltaris SA')?.q.title).toBe(title);
    expect(got.some((c) => c.relation === 'CEO_OF')).toBe(false);
  });

  it('a plant being set up is built', async () => {
    const got = triples(await extract('Veltaris SA va implanter une usine en Bretagne.', 'fr'));
    expect(got.some((t) => t.startsWith('Veltaris SA BUILDS'))).toBe(true);
  });

  it('a buyer of a subsidiary is not its parent', async () => {
    const got = triples(await extract('Veltaris SA a cédé sa filiale au Maroc à Norvane Systems.', 'fr'));
    expect(got).not.toContain('Norvane Systems OWNS Veltaris SA');
  });
});
