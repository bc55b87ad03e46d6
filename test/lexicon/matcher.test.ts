/** Gazetteer matching over words: exact aliases first, then case variants of a known name. */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { aliasKeys, gazetteerFor, tokenizedAliasKeys } from '../../src/lexicon/matcher.js';
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

describe('aliasKeys', () => {
  it('gives the tokenizer’s keys for every alias of the built-in gazetteer', async () => {
    const lexicon = await loadLexicon();
    const aliases = lexicon.entries.flatMap((e) => [e.name, ...e.aliases]);
    expect(aliases.length).toBeGreaterThan(10_000);
    const differ = aliases.filter((a) => JSON.stringify(aliasKeys(a)) !== JSON.stringify(tokenizedAliasKeys(a)));
    expect(differ).toEqual([]);
  });

  it('splits plain Latin words and leaves everything else to the tokenizer', () => {
    expect(aliasKeys('Burkina Faso')).toEqual(['Burkina', 'Faso']);
    expect(aliasKeys('Türkiye')).toEqual(['Türkiye']);
    // Digits are left to the tokenizer: "3M" is a number and a word.
    expect(aliasKeys('3M')).toEqual(tokenizedAliasKeys('3M'));
    expect(aliasKeys('3M')).toEqual(['3', 'M']);
    expect(aliasKeys('Meta’s AI')).toEqual(tokenizedAliasKeys('Meta’s AI'));
    expect(aliasKeys('Coca-Cola')).toEqual(['Coca', '-', 'Cola']);
    expect(aliasKeys('أرامكو السعودية')).toEqual(tokenizedAliasKeys('أرامكو السعودية'));
    // Two spaces: the tokenizer's keys, not an empty word.
    expect(aliasKeys('New  York')).toEqual(['New', 'York']);
  });
});
