/** Gazetteer matching over words: exact aliases first, then case variants of a known name. */
import { describe, expect, it } from 'vitest';
import { gazetteerFor } from '../../src/lexicon/matcher.js';
import { lex, words } from '../extract/helpers.js';

async function hits(text: string, lang: string): Promise<string[]> {
  const g = gazetteerFor(await lex());
  const ws = words(text, lang);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const h = g.matchAt(ws, i);
    if (h) {
      out.push(h.entry.name);
      i = h.to - 1;
    }
  }
  return out;
}

describe('gazetteer matching', () => {
  it('finds a known name written as the gazetteer writes it', async () => {
    expect(await hits('UniCredit bought a stake.', 'en')).toContain('UniCredit');
  });

  it.each([
    ['de', 'Die italienische Unicredit bezahlte rund 15 Milliarden Euro.', 'UniCredit'],
    ['en', 'Deepmind signed a deal with the hospital.', 'Google DeepMind'],
    ['tr', 'SIEMENS yeni bir fabrika açtı.', 'Siemens'],
  ] as const)('finds a case variant of a known name (%s: %s)', async (lang, text, name) => {
    expect(await hits(text, lang)).toContain(name);
  });

  it('takes no lower-case word for a name', async () => {
    expect(await hits('La meta de la empresa es crecer.', 'es')).toEqual([]);
  });
});
