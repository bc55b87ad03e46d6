import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/eval/normalize.js';

describe('normalizeName', () => {
  it('folds case and drops the plural s of long tokens, so "Meta Platforms" equals "meta platform"', () => {
    expect(normalizeName('Meta Platforms')).toBe('meta platform');
    expect(normalizeName('meta platform')).toBe(normalizeName('Meta Platforms'));
  });

  it('keeps the s of tokens of three letters or fewer', () => {
    expect(normalizeName('Bus')).toBe('bus');
    expect(normalizeName('Threads')).toBe('thread');
    expect(normalizeName('news')).toBe('new');
  });

  it('turns every run of non-letters into one space, so a possessive leaves a lone s token', () => {
    // Literal README rule: the apostrophe is a non-letter, and "s" is too short to be dropped.
    expect(normalizeName('Zuckerberg’s')).toBe('zuckerberg s');
    expect(normalizeName('Zuckerbergs')).toBe('zuckerberg');
    expect(normalizeName('  Scale-AI!! ')).toBe('scale ai');
    expect(normalizeName('Meta’nın')).toBe('meta nın');
  });

  it('removes diacritics and compatibility forms', () => {
    expect(normalizeName('Jérôme Pesenti')).toBe('jerome pesenti');
    expect(normalizeName('İstanbul')).toBe('istanbul');
    expect(normalizeName('ﬁnance')).toBe('finance');
    expect(normalizeName('１２３')).toBe('123');
    expect(normalizeName('Straße')).toBe(normalizeName('STRASSE'));
  });

  it('leaves Arabic letters alone except for their marks', () => {
    expect(normalizeName('مارك زوكربيرغ')).toBe('مارك زوكربيرغ');
    expect(normalizeName('مُحَمَّد')).toBe('محمد');
    expect(normalizeName('ميتا')).toBe('ميتا');
  });

  it('returns an empty string for punctuation only', () => {
    expect(normalizeName(' — ')).toBe('');
  });
});
