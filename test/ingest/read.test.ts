import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFileBounded, readStreamBounded } from '../../src/ingest/read.js';

describe('readFileBounded', () => {
  it('turns a read error into an unreadable issue naming the path as given', async () => {
    const result = await readFileBounded('articles/gone.txt', '/nonexistent/kg/articles/gone.txt', 10, 100);
    expect(result).toMatchObject({ ok: false, issue: { code: 'unreadable', where: 'articles/gone.txt' } });
  });
});

describe('readStreamBounded', () => {
  it('joins string and byte chunks, and a multi-byte character split across chunks survives', async () => {
    const ue = Buffer.from('ü');
    const result = await readStreamBounded('<stdin>', Readable.from([Buffer.from('Gr'), ue.subarray(0, 1), ue.subarray(1), 'ße']), 100);
    expect(result.ok && result.bytes.toString('utf8')).toBe('Grüße');
  });

  it('stops at the limit', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield 'x'.repeat(10);
      }
    }
    const result = await readStreamBounded('<stdin>', endless(), 35);
    expect(result).toMatchObject({ ok: false, issue: { code: 'too-large', where: '<stdin>' } });
    expect(pulled).toBe(4);
  });

  it('reports a stream that fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('pipe closed'));
      },
    });
    expect(await readStreamBounded('<stdin>', failing, 100)).toMatchObject({ ok: false, issue: { code: 'unreadable' } });
  });
});
