import { describe, expect, it } from 'vitest';
import { TITLE_MAX_CHARS, documentKey, normaliseNewlines, sha256Hex, titleOf, truncateTitle } from '../../src/ingest/text.js';

describe('titleOf', () => {
  it('takes the first non-empty line, trimmed, with white space folded', () => {
    expect(titleOf('\n\n  Meta\u00a0invests   in Scale AI  \nBody.', 'text')).toBe('Meta invests in Scale AI');
  });

  it('removes Markdown heading markers, opening and closing, but only for Markdown', () => {
    expect(titleOf('## Meta gründet ein Labor ##\n\nText', 'markdown')).toBe('Meta gründet ein Labor');
    expect(titleOf('#\n# Real title', 'markdown')).toBe('Real title');
    expect(titleOf('# Not a heading in plain text', 'text')).toBe('# Not a heading in plain text');
    expect(titleOf('#hashtag first', 'markdown')).toBe('#hashtag first');
  });

  it('cuts a paragraph-long first line at a word, with an ellipsis', () => {
    const line = 'Meta '.repeat(100).trim();
    const title = titleOf(line, 'text');
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(title.endsWith('Meta…')).toBe(true);
  });

  it('never splits a surrogate pair when there is no space to cut at', () => {
    const title = truncateTitle('😀'.repeat(150), 200);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(() => encodeURIComponent(title)).not.toThrow();
  });
});

describe('normaliseNewlines', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});

describe('documentKey', () => {
  it('is doc: plus the first 16 hex digits of sha256 over the UTF-8 bytes of the text', () => {
    // printf 'Grüße' | sha256sum
    const sha = sha256Hex('Grüße');
    expect(sha).toBe('f83e039796c6453a10f5519e39fd113901572316a1a8ea07cb525d2801dfd074');
    expect(documentKey(sha)).toBe('doc:f83e039796c6453a');
  });
});
