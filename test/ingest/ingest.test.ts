import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../src/model/document.js';
import { ingest, type IngestOptions } from '../../src/ingest/index.js';
import { withLanguage } from '../../src/ingest/ingest.js';

const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));
const inFixtures = (options: IngestOptions = {}): IngestOptions => ({ cwd: fixtures, ...options });

/** A detector that must not be consulted. */
const noDetector = (): string => {
  throw new Error('detector called although the language was given');
};

const GOOD = 'corpus/01-interim-ceo.txt';

/** Each bad input is read next to a good file, which must still load. */
async function withGoodFile(bad: string, options: IngestOptions = {}, good = GOOD) {
  const result = await ingest([good, bad], inFixtures(options));
  expect(result.documents.map((d) => d.path)).toEqual([good]);
  expect(result.issues).toHaveLength(1);
  const [issue] = result.issues;
  expect(issue.where).toBe(bad);
  expect(issue.message).toContain(bad);
  return issue;
}

describe('ingest a folder', () => {
  it('walks it recursively in sorted order, skips other files, and loads .txt, .md and good JSONL lines', async () => {
    const { documents, issues, skipped } = await ingest(['corpus'], inFixtures());
    expect(documents.map((d) => d.path)).toEqual([
      'corpus/01-interim-ceo.txt',
      'corpus/02-lab.md',
      'corpus/nested/articles.jsonl#L1',
      'corpus/nested/articles.jsonl#L5',
      'corpus/nested/deeper/03-spending.txt',
    ]);
    expect(skipped).toEqual([{ path: 'corpus/gold.json', reason: 'unsupported-extension', extension: '.json' }]);
    expect(issues.map((i) => [i.code, i.where])).toEqual([
      ['jsonl-schema', 'corpus/nested/articles.jsonl:2'],
      ['jsonl-not-json', 'corpus/nested/articles.jsonl:4'],
    ]);
    for (const d of documents) expect(DocumentSchema.parse(d)).toEqual(d);
  });

  it('names the JSONL line and says what is wrong with it', async () => {
    const { issues } = await ingest(['corpus/nested/articles.jsonl'], inFixtures());
    expect(issues[0].message).toMatch(/^corpus\/nested\/articles\.jsonl:2: "text" is missing; /);
    expect(issues[1].message).toMatch(/^corpus\/nested\/articles\.jsonl:4: not a JSON object \(invalid JSON: /);
  });

  it('titles: first line for text, heading without # markers for Markdown, the given title for JSONL', async () => {
    const { documents } = await ingest(['corpus'], inFixtures());
    const title = (path: string) => documents.find((d) => d.path === path)?.title;
    expect(title('corpus/01-interim-ceo.txt')).toBe('Scale AI names interim chief executive');
    expect(title('corpus/02-lab.md')).toBe('Meta gründet ein neues Labor');
    expect(title('corpus/nested/articles.jsonl#L1')).toBe('Meta und Scale AI');
    expect(title('corpus/nested/articles.jsonl#L5')).toBe("Meta, Scale AI'ye 14 milyar dolar yatırım yaptı. Şirketin kurucusu Alexandr Wang Meta'ya katılıyor.");
  });

  it('keeps the JSONL metadata and the line’s own language', async () => {
    const { documents } = await ingest(['corpus/nested/articles.jsonl'], inFixtures());
    expect(documents[0]).toMatchObject({
      id: '7',
      url: 'https://example.com/meta-scale',
      publishedAt: '2025-06-13',
      lang: 'de',
      langSource: 'given',
    });
  });

  it('detects the language of each document', async () => {
    const { documents } = await ingest(['corpus'], inFixtures());
    expect(documents.map((d) => [d.lang, d.langSource])).toEqual([
      ['en', 'detected'],
      ['de', 'detected'],
      ['de', 'given'],
      ['tr', 'detected'],
      ['tr', 'detected'],
    ]);
  });

  it('keys documents by content: doc: + 16 hex of sha256', async () => {
    const { documents } = await ingest(['corpus'], inFixtures());
    for (const d of documents) expect(d.key).toBe(`doc:${d.sha256.slice(0, 16)}`);
    expect(new Set(documents.map((d) => d.key)).size).toBe(documents.length);
  });
});

describe('bad input becomes an issue and the rest still loads', () => {
  it('a missing path', async () => {
    const issue = await withGoodFile('corpus/no-such-article.txt');
    expect(issue.code).toBe('missing');
    expect(issue.message).toContain('check the path');
  });

  it('an empty file', async () => {
    expect((await withGoodFile('bad/empty.txt')).code).toBe('empty');
  });

  it('a file of white space only', async () => {
    expect((await withGoodFile('bad/blank.md')).code).toBe('empty');
  });

  it('a binary file (PNG bytes)', async () => {
    const issue = await withGoodFile('bad/binary.txt');
    expect(issue.code).toBe('binary');
    expect(issue.message).toContain('NUL byte at offset 8');
  });

  it('invalid UTF-8, with byte offset and line', async () => {
    const issue = await withGoodFile('bad/latin1.txt');
    expect(issue.code).toBe('invalid-utf8');
    expect(issue.message).toContain('byte offset 31, line 2');
    expect(issue.message).toContain('iconv');
  });

  it('a named file of an unsupported type', async () => {
    const issue = await withGoodFile('bad/report.pdf');
    expect(issue.code).toBe('unsupported-extension');
    expect(issue.message).toContain('pdftotext');
  });

  it('a file over the size limit', async () => {
    const issue = await withGoodFile('corpus/01-interim-ceo.txt', { maxBytes: 250 }, 'corpus/02-lab.md');
    expect(issue.code).toBe('too-large');
    expect(issue.message).toContain('276 bytes, over the 250 bytes limit');
  });

  it('a named folder that holds no article file', async () => {
    const { documents, issues, skipped } = await ingest([GOOD, 'only-gold'], inFixtures());
    expect(documents.map((d) => d.path)).toEqual([GOOD]);
    expect(issues.map((i) => [i.code, i.where])).toEqual([['empty-folder', 'only-gold']]);
    expect(issues[0].message).toContain('only-gold: folder holds no .txt, .md, .jsonl file (1 other file skipped)');
    expect(skipped.map((s) => s.path)).toEqual(['only-gold/gold.json']);
  });
});

describe('text handling', () => {
  it('removes a BOM and normalises CRLF to LF', async () => {
    const { documents } = await ingest(['bad/bom-crlf.txt'], inFixtures());
    expect(documents[0].text).toBe('Meta kauft Anteile an Scale AI\n\nDer Konzern zahlt 14,3 Milliarden US-Dollar.\n');
    expect(documents[0].title).toBe('Meta kauft Anteile an Scale AI');
  });
});

describe('duplicates', () => {
  it('reads identical texts once and reports the copy, naming the first', async () => {
    const { documents, issues } = await ingest(['dup'], inFixtures());
    expect(documents.map((d) => d.path)).toEqual(['dup/a-first.txt']);
    expect(issues).toHaveLength(1);
    expect(issues[0].code).toBe('duplicate');
    expect(issues[0].where).toBe('dup/b-copy.txt');
    expect(issues[0].message).toContain('dup/a-first.txt');
  });

  it('finds a JSONL line that repeats a file, and names the line as file:line', async () => {
    const line = JSON.stringify({ text: 'Meta investiert 14,3 Milliarden US-Dollar in Scale AI.\nDer Gründer Alexandr Wang wechselt zu Meta.\n' });
    const { documents, issues } = await ingest(['dup/a-first.txt', '-'], inFixtures({ stdin: Readable.from([`${line}\n`]) }));
    expect(documents).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.where])).toEqual([['duplicate', '<stdin>:1']]);
  });

  it('does not report a file reached twice (named, and inside a named folder) as a duplicate', async () => {
    const { documents, issues } = await ingest(['dup/a-first.txt', 'dup'], inFixtures());
    expect(documents.map((d) => d.path)).toEqual(['dup/a-first.txt']);
    expect(issues.map((i) => [i.code, i.where])).toEqual([['duplicate', 'dup/b-copy.txt']]);
  });
});

describe('stdin', () => {
  it('reads plain text as one document named <stdin>', async () => {
    const stdin = Readable.from([Buffer.from('Scale AI names interim chief executive\n'), Buffer.from('Jason Droege will lead the company while the founder joins Meta.\n')]);
    const { documents, issues } = await ingest(['-'], { stdin, lang: 'en', detector: noDetector });
    expect(issues).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ path: '<stdin>', title: 'Scale AI names interim chief executive', lang: 'en', langSource: 'given' });
  });

  it('reads JSONL when the first non-white-space character is {', async () => {
    const stdin = Readable.from(['\n{"text": "Meta investiert in Scale AI.", "lang": "de"}\n', 'oops\n{"text": "Meta invests in Scale AI."}\n']);
    const { documents, issues } = await ingest(['-'], { stdin, lang: 'en' });
    expect(documents.map((d) => [d.path, d.lang])).toEqual([
      ['<stdin>#L2', 'de'],
      ['<stdin>#L4', 'en'],
    ]);
    expect(issues.map((i) => [i.code, i.where])).toEqual([['jsonl-not-json', '<stdin>:3']]);
  });

  it('reports empty stdin, too-large stdin, and a missing stdin', async () => {
    expect((await ingest(['-'], { stdin: Readable.from([' \n']) })).issues.map((i) => [i.code, i.where])).toEqual([['empty', '<stdin>']]);
    const big = await ingest(['-'], { stdin: Readable.from(['x'.repeat(60), 'y'.repeat(60)]), maxBytes: 100 });
    expect(big.issues.map((i) => i.code)).toEqual(['too-large']);
    expect(big.issues[0].message).toContain('<stdin>');
    expect((await ingest(['-'], {})).issues.map((i) => i.code)).toEqual(['missing']);
  });
});

describe('language', () => {
  it('uses the given language for every document without consulting the detector', async () => {
    const { documents } = await ingest(['corpus/01-interim-ceo.txt', 'corpus/02-lab.md'], inFixtures({ lang: 'tr', detector: noDetector }));
    expect(documents.map((d) => [d.lang, d.langSource])).toEqual([
      ['tr', 'given'],
      ['tr', 'given'],
    ]);
  });

  it('lets a JSONL line’s own lang win over the given one', async () => {
    const { documents } = await ingest(['corpus/nested/articles.jsonl'], inFixtures({ lang: 'nl', detector: noDetector }));
    expect(documents.map((d) => d.lang)).toEqual(['de', 'nl']);
  });

  it('falls back to und when detection abstains', async () => {
    const { documents } = await ingest(['-'], { stdin: Readable.from(['Meta: 14,3 Mrd. $ (2025)']) });
    expect(documents[0]).toMatchObject({ lang: 'und', langSource: 'default' });
  });

  it('detects the five seeds: tr, nl, de, ar, de, and skips the gold file', async () => {
    const { documents, issues, skipped } = await ingest(['seeds'], { cwd: repo });
    expect(documents.map((d) => d.lang)).toEqual(['tr', 'nl', 'de', 'ar', 'de']);
    expect(documents.every((d) => d.langSource === 'detected')).toBe(true);
    expect(issues).toEqual([]);
    expect(skipped).toEqual([{ path: 'seeds/seeds.gold.json', reason: 'unsupported-extension', extension: '.json' }]);
  });
});

describe('languages the extraction cache remembers (withLanguage with recall)', () => {
  const draft = { key: 'doc:1', sha256: '1', path: 'a.txt', text: 'Meta investiert in Scale AI.', title: 'a' };
  const notLoaded = async (): Promise<never> => {
    throw new Error('the detector was loaded although the language was remembered');
  };

  it('takes a remembered choice, method and confidence included, without loading the detector', async () => {
    const doc = await withLanguage(draft, undefined, notLoaded, () => ({ lang: 'de', method: 'detector', confidence: 0.4 }));
    expect(doc).toMatchObject({ lang: 'de', langSource: 'detected', langMethod: 'detector', langConfidence: 0.4 });
  });

  it('takes a remembered "undetermined" as und, without loading the detector', async () => {
    const doc = await withLanguage(draft, undefined, notLoaded, () => null);
    expect(doc).toMatchObject({ lang: 'und', langSource: 'default' });
  });

  it('loads the detector for a text nothing is remembered for', async () => {
    let loaded = 0;
    const detector = Object.assign(() => 'nl', { choose: () => ({ lang: 'nl', method: 'detector' as const, confidence: 0.9 }) });
    const doc = await withLanguage(draft, undefined, async () => (loaded++, detector), () => undefined);
    expect(loaded).toBe(1);
    expect(doc).toMatchObject({ lang: 'nl', langSource: 'detected', langConfidence: 0.9 });
  });
});
