import { describe, expect, it } from 'vitest';
import { editDistance, normaliseName } from '../../src/query/normalise.js';

describe('normaliseName', () => {
  it('folds case, accents, punctuation and spacing', () => {
    expect(normaliseName('  META-Platforms ')).toBe('meta platforms');
    expect(normaliseName('Meta’nın')).toBe('meta nin');
    expect(normaliseName('Société Générale')).toBe('societe generale');
    expect(normaliseName('İSTANBUL')).toBe('istanbul');
  });

  it('drops Arabic short vowels, hamza seats and tatweel so unvowelled spellings match', () => {
    expect(normaliseName('مِيتَا')).toBe(normaliseName('ميتا'));
    expect(normaliseName('إنستغرام')).toBe(normaliseName('انستغرام'));
    expect(normaliseName('ميـتا')).toBe('ميتا');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit', () => {
    expect(editDistance('scale ai', 'scale ai')).toBe(0);
    expect(editDistance('scael ai', 'scale ai')).toBe(1);
    expect(editDistance('meta', 'metta')).toBe(1);
    expect(editDistance('meta', 'beta')).toBe(1);
    expect(editDistance('openai', 'google')).toBeGreaterThan(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts Arabic letters as single characters', () => {
    expect(editDistance('لميتا', 'ميتا')).toBe(1);
  });
});
