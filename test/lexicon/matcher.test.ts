import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { aliasKeys, tokenizedAliasKeys } from '../../src/lexicon/matcher.js';

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
