import { describe, expect, it } from 'vitest';
import { BINARY_SAMPLE_BYTES, binarySign, decodeText } from '../../src/ingest/bytes.js';

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

describe('decodeText', () => {
  it('decodes UTF-8 text unchanged, in any script', () => {
    expect(decodeText(utf8('ميتا تستثمر 60 مليار دولار\n'))).toEqual({ ok: true, text: 'ميتا تستثمر 60 مليار دولار\n' });
  });

  it('removes a UTF-8 byte order mark', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Meta')]))).toEqual({ ok: true, text: 'Meta' });
  });

  it('calls zero bytes, white space only, and a lone BOM empty', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(decodeText(utf8(' \n\t\u00a0\n'))).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x0a]))).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('calls a PNG header binary, naming the NUL byte', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect(decodeText(png)).toEqual({ ok: false, problem: { kind: 'binary', detail: 'NUL byte at offset 8' } });
  });

  it('calls text with many control bytes binary, but not text with tabs, form feeds or an ANSI colour', () => {
    const noisy = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x61)));
    expect(decodeText(noisy)).toMatchObject({ ok: false, problem: { kind: 'binary' } });
    expect(binarySign(utf8('col\tcol\fpage\x1b[31mred\x1b[0m\r\n'))).toBeUndefined();
  });

  it('samples control bytes only at the start, so a long text with one stray control byte late is still text', () => {
    const text = `${'a'.repeat(BINARY_SAMPLE_BYTES)}\x01\x02\x03`;
    expect(binarySign(utf8(text))).toBeUndefined();
  });

  it('recognises UTF-16 by its byte order mark rather than calling it binary', () => {
    expect(decodeText(Buffer.from('\ufeffMeta', 'utf16le'))).toEqual({ ok: false, problem: { kind: 'utf16' } });
  });

  it('refuses invalid UTF-8 and says where: byte offset and line', () => {
    const latin1 = Buffer.concat([utf8('Meta\n'), Buffer.from('Grüße', 'latin1')]);
    expect(decodeText(latin1)).toEqual({ ok: false, problem: { kind: 'invalid-utf8', offset: 7, line: 2 } });
  });
});
