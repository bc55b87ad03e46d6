import { describe, expect, it } from 'vitest';
import { stripIllegalXmlChars, xmlEscape } from '../../src/export/xml.js';

describe('xml helpers', () => {
  it('drops characters XML 1.0 forbids but keeps tabs, newlines and astral characters', () => {
    expect(stripIllegalXmlChars('a\u0000b\u0007c\u000Cd\te\nf\uFFFEg')).toBe('abcd\te\nfg');
    expect(stripIllegalXmlChars('x\uD83D\uDE00y')).toBe('x\uD83D\uDE00y');
    expect(stripIllegalXmlChars('lone \uD83D and \uDE00')).toBe('lone  and ');
  });

  it('escapes markup and quotes, and keeps white space through attribute normalisation', () => {
    expect(xmlEscape(`<img src="x" onerror='y'> & more`)).toBe('&lt;img src=&quot;x&quot; onerror=&apos;y&apos;&gt; &amp; more');
    expect(xmlEscape('a\tb\nc')).toBe('a&#9;b&#10;c');
  });
});
