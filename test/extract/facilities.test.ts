/**
 * Facilities described rather than named: a data centre or factory being built becomes a
 * Facility "<builder> <capacity> <kind>" that the builder BUILDS, with its capacity.
 */
import { describe, expect, it } from 'vitest';
import { extract, find } from './helpers.js';

describe('facilities being built', () => {
  it.each([
    ['en', 'Oracle said it would build a 1.2 gigawatt data center in Abilene, Texas.', 'Oracle', 'Oracle 1.2 GW data center', '1.2 GW'],
    ['en', 'Microsoft is building a 300-megawatt data centre in Wisconsin.', 'Microsoft', 'Microsoft 300 MW data center', '300 MW'],
    ['fr', 'Mistral AI va construire un centre de données de 1,4 gigawatt près de Paris.', 'Mistral AI', 'Mistral AI 1.4 GW data center', '1.4 GW'],
    ['es', 'Inditex construirá un centro de datos de 300 megavatios en Arteixo.', 'Inditex', 'Inditex 300 MW data center', '300 MW'],
    ['de', 'SAP baut in München ein Rechenzentrum mit einer Leistung von 100 Megawatt.', 'SAP', 'SAP 100 MW data center', '100 MW'],
    ['nl', 'ASML bouwt in Veldhoven een nieuw datacenter van 50 megawatt.', 'ASML', 'ASML 50 MW data center', '50 MW'],
    ['tr', "Turkcell, Ankara'da 150 megavatlık bir veri merkezi inşa ediyor.", 'Turkcell', 'Turkcell 150 MW data center', '150 MW'],
    ['ar', 'وتبني مايكروسوفت مركز بيانات بقدرة 5 غيغاواط في أبوظبي.', 'Microsoft', 'Microsoft 5 GW data center', '5 GW'],
  ] as const)('%s: %s', async (lang, text, builder, facility, capacity) => {
    const x = await extract(text, lang);
    expect(x.mentions.find((m) => m.type === 'Facility')?.name).toBe(facility);
    expect(find(x, builder, 'BUILDS', facility)?.q.capacity).toBe(capacity);
  });

  it('names the facility without a capacity when the text gives none', async () => {
    const x = await extract('Siemens will build a factory in Texas.', 'en');
    expect(find(x, 'Siemens', 'BUILDS', 'Siemens factory')).toBeDefined();
  });

  it('takes the builder that "the company" refers to', async () => {
    const x = await extract('Oracle reported strong results. The company will build a 2 GW data center in Texas.', 'en');
    expect(find(x, 'Oracle', 'BUILDS', 'Oracle 2 GW data center')).toBeDefined();
  });

  it('takes the organisation of the nearest sentences for "the group"', async () => {
    const x = await extract('Telefónica signed a deal with Inditex. Inditex competes with H&M and Shein. The group will build a 300 MW data center in Arteixo.', 'en');
    expect(find(x, 'Inditex', 'BUILDS', 'Inditex 300 MW data center')).toBeDefined();
  });

  it('needs a building verb: a data centre merely named is no facility', async () => {
    const x = await extract('Orange Business will supply Mistral AI with computing power from its data center in France.', 'en');
    expect(x.mentions.some((m) => m.type === 'Facility')).toBe(false);
  });

  it('needs a builder: without an organisation there is no claim', async () => {
    const x = await extract('A 1 GW data center will be built in Texas.', 'en');
    expect(x.claims.some((c) => c.relation === 'BUILDS')).toBe(false);
  });
});
