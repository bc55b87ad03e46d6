import { mkdtemp, readFile, rm, writeFile, mkdir, copyFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/snapshot/io.js';
import { documentViews, entityViews, factViews } from '../../src/snapshot/views.js';
import { runKg } from '../support/run-kg.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const GOOD = 'Meta investiert 14,3 Milliarden US-Dollar in das Unternehmen Scale AI. Mark Zuckerberg, CEO von Meta, bestätigte den Deal.\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-build-'));
  await mkdir(join(dir, 'in'));
  await writeFile(join(dir, 'in', 'good.txt'), GOOD);
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function snapshotIn(out = 'out') {
  return parseSnapshot(JSON.parse(await readFile(join(dir, out, 'graph.json'), 'utf8')));
}

async function expectGoodDocumentKept(): Promise<void> {
  const snap = await snapshotIn();
  expect(documentViews(snap).map((d) => d.path)).toContain(join('in', 'good.txt'));
  expect(factViews(snap).some((f) => f.type === 'INVESTED_IN')).toBe(true);
}

describe('kg build', () => {
  it('writes out/graph.json and prints documents by language, entities by type and facts by relation', async () => {
    const r = await runKg(['build', 'in'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/documents\s+1 \(de 1\)/u);
    expect(r.stdout).toMatch(/entities\s+\d+ \(.*Organization \d/u);
    expect(r.stdout).toMatch(/facts\s+\d+ \(.*INVESTED_IN 1/u);
    expect(r.stdout).toMatch(/wrote out\/graph\.json: 1 document, \d+ entit(y|ies), \d+ topics?, \d+ facts?/u);
    const snap = await snapshotIn();
    expect(entityViews(snap).map((e) => e.name)).toEqual(expect.arrayContaining(['Meta', 'Scale AI', 'Mark Zuckerberg']));
  });

  it('honours --out and --lang', async () => {
    const r = await runKg(['build', 'in', '--out', 'snap', '--lang', 'de'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(documentViews(await snapshotIn('snap'))[0].lang).toBe('de');
  });

  it('reads an article from standard input with -', async () => {
    const r = await runKg(['build', '-', '--lang', 'de'], { cwd: dir, stdin: GOOD });
    expect(r.code).toBe(0);
    expect(documentViews(await snapshotIn())[0].path).toBe('<stdin>');
  });

  it.each([
    ['an empty file', 'empty.txt', /empty\.txt/u],
    ['a blank markdown file', 'blank.md', /blank\.md/u],
    ['a binary file', 'binary.txt', /binary\.txt/u],
    ['invalid UTF-8', 'latin1.txt', /latin1\.txt.*(UTF-8|utf-8).*byte offset \d+/u],
    ['an unsupported extension', 'report.pdf', /report\.pdf/u],
  ])('reports %s with its file name and still builds the other documents', async (_what, file, message) => {
    await copyFile(join(FIXTURES, 'bad', file), join(dir, 'in', file));
    const r = await runKg(['build', join('in', 'good.txt'), join('in', file)], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning \[/mu);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toMatch(/problems\s+1 input/u);
    await expectGoodDocumentKept();
  });

  it('reports a file over --max-size and still builds the others', async () => {
    await writeFile(join(dir, 'in', 'big.txt'), 'Meta '.repeat(300_000));
    const r = await runKg(['build', 'in', '--max-size', '1'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/big\.txt/u);
    expect(r.stderr).toMatch(/too-large|larger|limit/iu);
    await expectGoodDocumentKept();
  });

  it('reports each bad JSONL line with file and line number and keeps the good lines', async () => {
    await copyFile(join(FIXTURES, 'corpus', 'nested', 'articles.jsonl'), join(dir, 'in', 'articles.jsonl'));
    const r = await runKg(['build', 'in'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/articles\.jsonl:2\b.*text/u);
    expect(r.stderr).toMatch(/articles\.jsonl:4\b/u);
    const docs = documentViews(await snapshotIn());
    expect(docs.map((d) => d.path).sort()).toEqual([join('in', 'articles.jsonl#L1'), join('in', 'articles.jsonl#L5'), join('in', 'good.txt')].sort());
  });

  it('fails with a clear message and a non-zero exit when nothing could be read', async () => {
    await copyFile(join(FIXTURES, 'bad', 'empty.txt'), join(dir, 'empty.txt'));
    const r = await runKg(['build', 'empty.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error \[E_NO_INPUT\]: no document could be read/u);
    expect(r.stderr).toMatch(/empty\.txt/u);
  });

  it('a path named on the command line that does not exist is an error before any work, naming it', async () => {
    await writeFile(join(dir, 'good.txt'), GOOD);
    const r = await runKg(['build', 'good.txt', 'missing.txt', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error \[E_MISSING_INPUT\]: no such file or folder: missing\.txt/u);
    expect(r.stdout).toBe('');
    await expect(readFile(join(dir, 'o', 'graph.json'))).rejects.toThrow();
  });

  it('a file that vanished inside a folder (a broken link) is only a warning', async () => {
    await mkdir(join(dir, 'f'));
    await writeFile(join(dir, 'f', 'good.txt'), GOOD);
    await symlink(join(dir, 'f', 'gone.txt'), join(dir, 'f', 'link.txt'));
    const r = await runKg(['build', 'f', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning \[missing\]: f\/link\.txt: symbolic link/mu);
  });

  it('warns once per language kg has no pack for, and says which pack read them', async () => {
    const lines = ['{"text": "Meta investiert in Scale AI.", "lang": "xx"}', '{"text": "Apple kauft Felsis.", "lang": "xx"}', '{"text": "Meta invests in Scale AI.", "lang": "en"}'];
    await writeFile(join(dir, 'a.jsonl'), `${lines.join('\n')}\n`);
    const r = await runKg(['build', 'a.jsonl', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('no language pack'));
    expect(warnings).toEqual(['warning [no-pack]: kg has no language pack for "xx" (2 documents: a.jsonl#L1 and 1 more); they were read with the en pack (packs: ar, de, en, es, fr, nl, tr)']);
    await writeFile(join(dir, 'good.txt'), GOOD);
    const withFlag = await runKg(['build', 'good.txt', '--lang', 'qq', '--out', 'o'], { cwd: dir });
    expect(withFlag.stderr.split('\n').filter((l) => l.includes('no language pack'))).toEqual([
      'warning [no-pack]: kg has no language pack for --lang qq; every document is read with the en pack (packs: ar, de, en, es, fr, nl, tr)',
    ]);
  });

  it('the summary says what its words mean, which facts sources disagree on and why a file was skipped', async () => {
    await mkdir(join(dir, 'in2'));
    await writeFile(join(dir, 'in2', 'a.txt'), 'Meta investiert 14,3 Milliarden US-Dollar in Scale AI.\n');
    await writeFile(join(dir, 'in2', 'b.txt'), 'Meta investiert 14 Milliarden US-Dollar in Scale AI.\n');
    await writeFile(join(dir, 'in2', 'notes.json'), '{}');
    const r = await runKg(['build', 'in2', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('a claim is one sentence stating a fact');
    expect(r.stdout).toContain('mentions: how often any name of the entity occurs');
    expect(r.stdout).toContain('sources: documents that state the fact');
    expect(r.stdout).toMatch(/sources disagree on 1 fact .*\n {2}Meta INVESTED_IN Scale AI \(amount\)/u);
    expect(r.stdout).toContain('skipped 1 file (.json): kg reads .txt, .md and .jsonl (in2/notes.json)');
    expect(r.stdout).toMatch(/wrote o\/graph\.json: 2 documents, \d+ entit(y|ies), \d+ topics?, 1 fact in/u);
  });

  it('rejects a malformed --lang with a usage error', async () => {
    const r = await runKg(['build', 'in', '--lang', 'German'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang expects an ISO 639-1 code/u);
  });

  it('recognises entities from a user lexicon given with --lexicon, in any script', async () => {
    await writeFile(join(dir, 'lex.json'), JSON.stringify({ entities: [{ name: 'Zephyr Dynamics', type: 'Organization', aliases: ['زفير داينامكس'] }] }));
    await writeFile(join(dir, 'in', 'ar.txt'), 'أعلنت شركة زفير داينامكس عن نتائجها.\n');
    const r = await runKg(['build', 'in', '--lexicon', 'lex.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const zephyr = entityViews(await snapshotIn()).find((e) => e.name === 'Zephyr Dynamics');
    expect(zephyr?.aliases).toContain('زفير داينامكس');
  });

  it('stops with E_LEXICON naming the file when a lexicon is malformed', async () => {
    await writeFile(join(dir, 'lex.json'), '{"entities": [{"name": "X"}]}');
    const r = await runKg(['build', 'in', '--lexicon', 'lex.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error \[E_LEXICON\]: .*lex\.json: entities\.0\.type/u);
  });

  it('explains every option in --help', async () => {
    const r = await runKg(['build', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--out', '--lang', '--lexicon', '--max-size']) expect(r.stdout).toContain(opt);
  });
});

describe('kg build on a terminal', () => {
  it('draws an extraction progress bar on stderr and clears it', async () => {
    const dir2 = await mkdtemp(join(tmpdir(), 'kg-tty-'));
    await writeFile(join(dir2, 'a.txt'), GOOD);
    let err = '';
    const { main } = await import('../../src/cli/main.js');
    const { Readable } = await import('node:stream');
    const code = await main(['build', 'a.txt'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (err += s), isTTY: true },
      stdin: Readable.from([]),
      env: { KG_CACHE_DIR: join(dir2, 'cache') },
      cwd: dir2,
      exitCode: 0,
    });
    await rm(dir2, { recursive: true, force: true });
    expect(code).toBe(0);
    // Builds stream their input, so progress counts bytes read and extracted, in a unit a person reads.
    expect(err).toMatch(/\[#+\]\s+100% reading and extracting \d+ B of \d+ B/u);
    expect(err.endsWith('\r\u001b[K')).toBe(true);
  });
});
