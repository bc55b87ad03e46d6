/**
 * Org units described rather than named: a lab or division with a topic becomes an OrgUnit
 * "<Parent> <Topic> Lab", PART_OF the parent (the organisation the sentence is about, else
 * the document's main one).
 */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

describe('labs and divisions become org units', () => {
  it.each([
    ['de', 'Meta gründet ein neues AI-Forschungslabor, das sich der Superintelligenz widmet.', 'Meta Superintelligence Lab', 'Meta'],
    ['en', 'Meta is setting up a new superintelligence lab led by Alexandr Wang.', 'Meta Superintelligence Lab', 'Meta'],
    ['en', 'Nvidia chief executive Jensen Huang said the company had hired Sarah Klein, a former Google engineer, to lead a new robotics research unit.', 'Nvidia Robotics Lab', 'Nvidia'],
    ['nl', 'Meta richt een nieuw onderzoekslab op voor superintelligentie.', 'Meta Superintelligence Lab', 'Meta'],
    ['tr', 'Meta, süper zeka araştırma laboratuvarı kuruyor.', 'Meta Superintelligence Lab', 'Meta'],
    ['ar', 'أعلنت ميتا عن إنشاء مختبر جديد للذكاء الفائق.', 'Meta Superintelligence Lab', 'Meta'],
    ['fr', 'TotalEnergies va également créer un laboratoire de recherche consacré à la robotique à Lyon.', 'TotalEnergies Robotics Lab', 'TotalEnergies'],
    ['es', 'Además, la startup Qubitia abrirá un laboratorio dedicado a la computación cuántica en Bilbao.', 'Qubitia Quantum Computing Lab', 'Qubitia'],
  ] as const)('%s: %s', async (lang, text, unit, parent) => {
    const x = await extract(text, lang);
    const m = x.mentions.find((k) => k.type === 'OrgUnit');
    expect(m?.name).toBe(unit);
    expect(m?.parent).toBe(parent);
    expect(triples(x)).toContain(`${unit} PART_OF ${parent}`);
  });

  it.each([
    ['en', 'Separately, Oracle hired Daniel Ruiz to run a new AI research lab in Austin.', 'Oracle AI Lab', 'Oracle'],
    ['es', 'Telefónica abrirá además un nuevo laboratorio de inteligencia artificial en Barcelona.', 'Telefónica AI Lab', 'Telefónica'],
    ['tr', "Turkcell ayrıca İstanbul'da yeni bir yapay zeka laboratuvarı açacak.", 'Turkcell AI Lab', 'Turkcell'],
  ] as const)('%s: an AI lab', async (lang, text, unit, parent) => {
    expect(triples(await extract(text, lang))).toContain(`${unit} PART_OF ${parent}`);
  });

  it('takes the parent "the company" refers to over the document’s main organisation', async () => {
    const x = await extract('Aleph Alpha wächst. Aleph Alpha forscht. SAP kauft Aleph Alpha. SAP wächst. Außerdem gründet der Konzern ein neues Forschungslabor für Robotik in Berlin.', 'de');
    expect(triples(x)).toContain('SAP Robotics Lab PART_OF SAP');
  });

  it('takes the parent from the document when the sentence names none', async () => {
    const x = await extract('Meta investiert weiter. Das Unternehmen baut ein Forschungslabor für Superintelligenz auf.', 'de');
    expect(triples(x)).toContain('Meta Superintelligence Lab PART_OF Meta');
  });

  it('needs a topic: a lab without one is no org unit', async () => {
    const x = await extract('Meta eröffnet ein neues Labor in London.', 'de');
    expect(x.mentions.some((m) => m.type === 'OrgUnit')).toBe(false);
  });

  it('needs a parent: without any organisation there is no org unit', async () => {
    const x = await extract('A new superintelligence lab opened in London.', 'en');
    expect(x.mentions.some((m) => m.type === 'OrgUnit')).toBe(false);
  });
});
