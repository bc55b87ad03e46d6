/** Name keys: what two spellings of one name share, and what a typed name may carry. */
import { describe, expect, it } from 'vitest';
import { nameRules } from '../../src/resolve/name-rules.js';
import { foldName, matchKey, queryForms } from '../../src/resolve/names.js';

const rules = nameRules();
const key = (s: string) => matchKey(s, rules);

describe('matchKey', () => {
  it.each([
    ['Veltra Systems Inc.', 'Veltra Systems'],
    ['Veltra Systems, Inc.', 'Veltra Systems'],
    ['Samsung Electronics Co., Ltd.', 'Samsung Electronics'],
    ['Kessler Dynamics AG', 'Kessler Dynamics'],
    ['Acme GmbH & Co. KG', 'Acme'],
    ['Solvane Énergie SA', 'Solvane Energie'],
    ['Marvello Foods S.L.', 'Marvello Foods'],
    ['Altamira Seguros, S.A.', 'Altamira Seguros'],
    ['Halvorsen Maritime N.V.', 'Halvorsen Maritime'],
    ['Orrin Robotics B.V.', 'Orrin Robotics'],
    ['Işıklar Holding A.Ş.', 'Isiklar Holding'],
    ['Enel S.p.A.', 'Enel'],
    ['Brantwood Analytics LLC', 'Brantwood Analytics'],
    ['شركة الخليج ش.م.ع', 'شركة الخليج'],
  ])('strips the legal form of %s', (a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it.each([
    ['ORRIN ROBOTICS', 'Orrin Robotics'],
    ['IŞIKLAR HOLDİNG', 'Işıklar Holding'],
    ['Işiklar Holding', 'Işıklar Holding'],
    ['Isiklar Holding', 'Işıklar Holding'],
    ['Sofia Marquez', 'Sofía Márquez'],
    ['Zeynep Karacam', 'Zeynep Karaçam'],
    ['Strauss', 'Strauß'],
    ['إنفيديا', 'انفيديا'],
  ])('folds case, diacritics and ı/İ: %s = %s', (a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it('keeps names apart that differ in more than spelling', () => {
    expect(key('Meta AI')).not.toBe(key('Meta'));
    expect(key('Orrin Robotics')).not.toBe(key('Orrin Capital'));
    // A legal form alone is a name, not nothing.
    expect(key('SE')).toBe('se');
  });

  it('folds for display-free comparison without stripping legal forms', () => {
    expect(foldName('Veltra Systems Inc.')).toBe('veltra systems inc');
    expect(foldName('A.Ş.')).toBe('as');
  });
});

describe('queryForms', () => {
  it('removes any Turkish case or possessive ending after an apostrophe, seen or not', () => {
    for (const [typed, name] of [["Meta'ya", 'Meta'], ["OpenAI'ın", 'OpenAI'], ["Zuckerberg'in", 'Zuckerberg'], ['Veltra’dan', 'Veltra']]) {
      expect(queryForms(typed, rules)).toContain(name);
    }
  });

  it('removes Arabic proclitics from the first word', () => {
    expect(queryForms('لميتا', rules)).toContain('ميتا');
    expect(queryForms('وبالشركة', rules)).toEqual(expect.arrayContaining(['بالشركه', 'شركه']));
    // Two letters are no proclitic and a stem.
    expect(queryForms('لي', rules)).toEqual(['لي']);
  });
});
