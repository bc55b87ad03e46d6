import { describe, expect, it } from 'vitest';
import { draftsFromText } from '../../src/ingest/documents.js';

describe('draftsFromText', () => {
  it('labels a Markdown text without a title line by its path', () => {
    const { drafts } = draftsFromText('notes/x.md', '#\n\n##\n', 'markdown');
    expect(drafts[0].title).toBe('notes/x.md');
  });

  it('folds and caps a title given in JSONL like a derived one', () => {
    const title = `Meta\n  und   Scale AI ${'lang '.repeat(60)}`;
    const { drafts } = draftsFromText('a.jsonl', JSON.stringify({ text: 'Meta investiert.', title }), 'jsonl');
    expect(drafts[0].title.startsWith('Meta und Scale AI lang')).toBe(true);
    expect(drafts[0].title.length).toBeLessThanOrEqual(200);
  });

  it('normalises line ends inside a JSONL text too, so the same article from a file and a line is one key', () => {
    const fromFile = draftsFromText('a.txt', 'Meta\r\ninvestiert.\r\n', 'text').drafts[0];
    const fromLine = draftsFromText('b.jsonl', JSON.stringify({ text: 'Meta\ninvestiert.\n' }), 'jsonl').drafts[0];
    expect(fromLine.key).toBe(fromFile.key);
    expect(fromLine.path).toBe('b.jsonl#L1');
  });
});
