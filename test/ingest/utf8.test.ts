import { describe, expect, it } from 'vitest';
import { findInvalidUtf8, lineAtByte } from '../../src/ingest/utf8.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function decoderRejects(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return false;
  } catch {
    return true;
  }
}

describe('findInvalidUtf8', () => {
  it('accepts text in every script the corpus has, and emoji', () => {
    expect(findInvalidUtf8(bytes('Grüße, Türkçe yatırım, ميتا تستثمر, 😀 €'))).toBeUndefined();
  });

  it('points at the first Latin-1 byte', () => {
    // "Grüße" in Windows-1252: ü is 0xFC at offset 2
    expect(findInvalidUtf8(bytes('Gr', [0xfc, 0xdf], 'e'))).toBe(2);
  });

  it('rejects a multi-byte sequence cut off at the end, overlong forms and surrogates', () => {
    expect(findInvalidUtf8(bytes('abc', [0xe2, 0x82]))).toBe(3);
    expect(findInvalidUtf8(bytes('a', [0xc0, 0x80]))).toBe(1);
    expect(findInvalidUtf8(bytes([0xed, 0xa0, 0x80]))).toBe(0);
    expect(findInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });

  it('agrees with the fatal TextDecoder on random bytes', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let round = 0; round < 2000; round++) {
      const b = Uint8Array.from({ length: 1 + (round % 12) }, next);
      expect(findInvalidUtf8(b) !== undefined, `bytes ${Buffer.from(b).toString('hex')}`).toBe(decoderRejects(b));
    }
  });
});

describe('lineAtByte', () => {
  it('counts LF bytes before the offset', () => {
    const b = bytes('one\ntwo\nthree');
    expect(lineAtByte(b, 0)).toBe(1);
    expect(lineAtByte(b, 4)).toBe(2);
    expect(lineAtByte(b, 9)).toBe(3);
  });
});
