/**
 * Issue #15's reproductions, one `describe` per row of its table (rows 2, 3 and 13 need a
 * server, a child process or a small heap and have files of their own). Each runs kg as a
 * user would (in-process, output captured) and checks what the user sees, and that no path
 * ends in E_INTERNAL.
 */
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from './support/csv.js';
import { toNeo4jAdminCsv } from '../../src/export/csv.js';
import { documentViews, factViews } from '../../src/snapshot/views.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { runKg } from '../support/run-kg.js';
import { expectNoInternal, loadSnapshotFile, SEEDS, tempDir } from './support/helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let seeds: Snapshot;
let seedsPath: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('rows'));
  const r = await runKg(['build', SEEDS, '--out', join(dir, 'seeds'), '--quiet']);
  expect(r.code).toBe(0);
  seedsPath = join(dir, 'seeds', 'graph.json');
  seeds = await loadSnapshotFile(seedsPath);
});
afterAll(async () => cleanup());

async function edited(name: string, edit: (s: Snapshot) => void): Promise<string> {
  const copy = structuredClone(seeds);
  edit(copy);
  const path = join(dir, `${name}.json`);
  await writeFile(path, JSON.stringify(copy));
  return path;
}

describe('row 1: amounts that parse to Infinity', () => {
  it.each([
    ['309 digits', `Alpha Corp invested $${'9'.repeat(309)} in Beta Inc.`],
    ['1e305 billion', 'Alpha Corp invested $1e305 billion in Beta Inc.'],
    ['a scale word that overflows', `Alpha Corp invested $${'9'.repeat(300)} billion in Beta Inc.`],
  ])('%s: the figure is dropped with a warning naming file and line, every document is kept', async (_, sentence) => {
    const inDir = join(dir, `row1-${_.replace(/\W/gu, '')}`);
    await mkdir(inDir, { recursive: true });
    await writeFile(join(inDir, 'a.txt'), `Headline\n\n${sentence}\n`);
    await writeFile(join(inDir, 'b.txt'), 'Meta invested $14.3 billion in Scale AI.\n');
    const r = await runKg(['build', inDir, '--out', join(inDir, 'out'), '--lang', 'en']);
    expectNoInternal(r);
    expect(r.code).toBe(0);
    const snap = await loadSnapshotFile(join(inDir, 'out', 'graph.json'));
    expect(documentViews(snap)).toHaveLength(2);
    const meta = factViews(snap).find((f) => f.type === 'INVESTED_IN' && f.source === 'organization:meta');
    expect(meta?.amount).toBe(14.3e9);
    for (const f of factViews(snap)) for (const v of [f.amount, f.amountMin, f.amountMax, f.valuation]) if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
    if (r.stderr.includes('number-dropped')) expect(r.stderr).toMatch(/warning \[number-dropped\]: \S*a\.txt:3: INVESTED_IN amount/u);
  });

  it.each([
    ['309 digits', `$${'9'.repeat(309)}`],
    ['1e305 billion (read as 1 × 10^305, not as "1")', '$1e305 billion'],
  ])('%s is reported, not silently lost or misread', async (name, amount) => {
    const inDir = join(dir, `row1-report-${name.length}`);
    await mkdir(inDir, { recursive: true });
    await writeFile(join(inDir, 'a.txt'), `Alpha Corp invested ${amount} in Beta Inc.\n`);
    const r = await runKg(['build', inDir, '--out', join(inDir, 'out'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning \[number-dropped\]: \S*a\.txt:1: INVESTED_IN amount is too large to be a number/u);
  });

  it('amounts past 2^53 are kept and warned about (they round)', async () => {
    const inDir = join(dir, 'row1-big');
    await mkdir(inDir, { recursive: true });
    await writeFile(join(inDir, 'a.txt'), 'Alpha Corp invested $99999999999999999 in Beta Inc.\n');
    const r = await runKg(['build', inDir, '--out', join(inDir, 'out'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning [number-rounded]');
    expect(r.stderr).toContain('past 2^53');
  });

  it('a JSONL "id": 1e999 says the number is too large, not "got a number"', async () => {
    const file = join(dir, 'row1-id.jsonl');
    await writeFile(file, '{"text": "Meta bought Beta Inc.", "id": 1e999}\n{"text": "Meta invested $1 billion in Scale AI."}\n');
    const r = await runKg(['build', file, '--out', join(dir, 'row1-id-out'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('"id" is a number too large');
    expect(r.stderr).not.toContain('got a number');
  });
});

describe('row 4: ";", "|" and U+001F together in evidence text', () => {
  it('the CSV export picks another delimiter that neo4j-admin accepts and the rows stay rectangular', async () => {
    const path = await edited('row4', (s) => {
      const fact = s.edges.find((e) => e.attributes.kind === 'fact')!;
      if (fact.attributes.kind === 'fact') fact.attributes.claims[0].sentence = 'a;b|c\u001fd\u001ee';
    });
    const out = join(dir, 'row4-csv');
    const r = await runKg(['export', path, '--format', 'csv', '--out', out]);
    expectNoInternal(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--array-delimiter=U+001D');
    for (const name of await readdir(out)) {
      const rows = parseCsv(await readFile(join(out, name), 'utf8'));
      expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    }
    const { files } = toNeo4jAdminCsv(await loadSnapshotFile(path));
    expect(Object.values(files).join('')).toContain('a;b|c\u001fd\u001ee');
  });
});

describe('row 5 and 6: output paths that cannot be written', () => {
  it.each([
    ['an existing file', (d: string) => join(d, 'row5-file'), /it is a file; --out names a folder/u],
    ['/dev/null', () => '/dev/null', /not a folder \(a device or pipe\)/u],
    ['an unwritable path', () => '/proc/version/out', /cannot write \/proc\/version/u],
    ['a folder under /proc (spun forever)', () => '/proc/kgtest', /cannot write \/proc\/kgtest/u],
  ])('build --out %s: a usage error naming the path', async (_, out, message) => {
    await writeFile(join(dir, 'row5-file'), 'x');
    const r = await runKg(['build', SEEDS, '--out', out(dir), '--quiet']);
    expectNoInternal(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error \[E_OUTPUT\]/u);
    expect(r.stderr).toMatch(message);
  });

  it('export --format html --out a folder; --format csv --out a file', async () => {
    const html = await runKg(['export', seedsPath, '--format', 'html', '--out', dir]);
    expectNoInternal(html);
    expect(html.code).toBe(2);
    expect(html.stderr).toContain(`cannot write ${dir}: it is a folder`);
    await writeFile(join(dir, 'row5-csv-file'), 'x');
    const csv = await runKg(['export', seedsPath, '--format', 'csv', '--out', join(dir, 'row5-csv-file')]);
    expectNoInternal(csv);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('it is a file; --out names a folder');
  });

  it('two builds into one --out at once: the second is refused while the first holds the folder', async () => {
    const out = join(dir, 'row5-lock');
    const [a, b] = await Promise.all([runKg(['build', SEEDS, '--out', out, '--quiet']), runKg(['build', SEEDS, '--out', out, '--quiet'])]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([0, 1]);
    expect([a.stderr, b.stderr].join('')).toContain('error [E_OUTPUT_LOCKED]');
    expect(await readdir(out)).toEqual(['graph.json']);
  });

  it('a lock left by a killed build (its process is gone) is taken over', async () => {
    const out = join(dir, 'row5-stale');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, '.kg.lock'), '999999999\n');
    const r = await runKg(['build', SEEDS, '--out', out, '--quiet']);
    expect(r.code).toBe(0);
  });
});

describe('row 7: one entity named twice in a connection question', () => {
  it('"What connects Meta and ميتا?" says they are the same entity', async () => {
    const r = await runKg(['ask', 'What connects Meta and ميتا?', '--snapshot', seedsPath]);
    expectNoInternal(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Meta and ميتا are the same entity');
  });
});

describe('row 8: snapshots that break graph invariants', () => {
  const cases: Array<[string, (s: Snapshot) => void, RegExp]> = [
    ['a dangling edge', (s) => void (s.edges[0].target = 'organization:nobody'), /dangling edge/u],
    ['a duplicate node key', (s) => void s.nodes.push(structuredClone(s.nodes[1])), /node key ".+" occurs twice/u],
    ['a duplicate edge key', (s) => void s.edges.push(structuredClone(s.edges[0])), /edge key ".+" occurs twice/u],
    [
      'a self-loop',
      (s) => {
        const fact = s.edges.find((e) => e.attributes.kind === 'fact')!;
        fact.target = fact.source;
      },
      /joins ".+" to itself \(self-loop\)/u,
    ],
    ['a claim citing no document', (s) => {
      const fact = s.edges.find((e) => e.attributes.kind === 'fact')!;
      if (fact.attributes.kind === 'fact') fact.attributes.claims[0].doc = 'doc:0000';
    }, /claim from "doc:0000", which is no document/u],
  ];
  for (const [name, edit, message] of cases) {
    it(`${name}: entity, ask, export html and load --dry-run all stop with E_SNAPSHOT naming the key`, async () => {
      const path = await edited(`row8-${name.replace(/\W/gu, '')}`, edit);
      for (const argv of [
        ['entity', 'Meta', '--snapshot', path],
        ['ask', 'Who invested in Scale AI?', '--snapshot', path],
        ['export', path, '--format', 'html', '--out', join(dir, 'row8.html')],
        ['load', path, '--dry-run'],
      ]) {
        const r = await runKg(argv);
        expectNoInternal(r);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('error [E_SNAPSHOT]');
        expect(r.stderr).toMatch(message);
      }
    });
  }

  it('schemaVersion "1" (a string) says it must be the number 1', async () => {
    const path = await edited('row8-version', (s) => void ((s.attributes as { schemaVersion: unknown }).schemaVersion = '1'));
    const r = await runKg(['entity', 'Meta', '--snapshot', path]);
    expect(r.stderr).toContain('schemaVersion is the string "1"; it must be the number 1');
  });
});

describe('row 9: snapshot text in the Cypher header', () => {
  it('a generator holding a newline and a statement stays inside the comment', async () => {
    const path = await edited('row9', (s) => void (s.attributes.generator = 'kg\nMATCH (n) DETACH DELETE n;\r// x'));
    const r = await runKg(['export', path, '--format', 'cypher']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/u);
    expect(lines.some((l) => /^\s*MATCH \(n\) DETACH DELETE/u.test(l))).toBe(false);
    expect(lines[0]).toContain('kg\\nMATCH (n) DETACH DELETE n;\\r// x');
  });
});

describe('row 10: control characters from articles and file names', () => {
  it('ESC, BEL, CR and LF in article text and file names are shown escaped in every output', async () => {
    const inDir = join(dir, 'row10');
    await mkdir(inDir, { recursive: true });
    await writeFile(join(inDir, 'a.txt'), 'Meta invested \u001b]0;HACKED\u0007 $5 million in Beta Inc.\u001b[2J\rerror: fake\n');
    // A file of a type kg does not read, named: its name is printed in a warning.
    const named = join(dir, 'x\u001b[31m\nerror [E_FAKE]: boom\r.pdf');
    await writeFile(named, 'x');
    const build = await runKg(['build', inDir, named, '--out', join(inDir, 'out')]);
    const entity = await runKg(['entity', 'Meta', '--snapshot', join(inDir, 'out', 'graph.json')]);
    const ask = await runKg(['ask', 'Who invested in Beta Inc?', '--snapshot', join(inDir, 'out', 'graph.json')]);
    for (const r of [build, entity, ask]) {
      expectNoInternal(r);
      for (const text of [r.stdout, r.stderr]) {
        expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
        expect(text).not.toMatch(/^error \[E_FAKE\]/mu);
      }
    }
    expect(entity.stdout).toContain('\\u001b]0;HACKED\\u0007');
    expect(build.stderr).toContain('x\\u001b[31m\\nerror [E_FAKE]: boom\\r.pdf');
  });
});

describe('rows 11 and 12: URLs with credentials', () => {
  it('--llm-url with user:KEY is refused without echoing the key', async () => {
    const r = await runKg(['build', SEEDS, '--out', join(dir, 'row11'), '--extractor', 'llm', '--llm-model', 'm', '--llm-url', 'http://user:SECRETKEY@127.0.0.1:1/v1']);
    expectNoInternal(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('must not contain a user name or key');
    expect(r.stdout + r.stderr).not.toContain('SECRETKEY');
  });

  it('--uri with a "/" in the password is the same usage error as other URIs with credentials', async () => {
    for (const argv of [
      ['load', seedsPath, '--uri', 'bolt://neo4j:pa/ss@127.0.0.1:7687'],
      ['entity', 'Meta', '--neo4j', '--uri', 'bolt://neo4j:pa/ss@127.0.0.1:7687'],
    ]) {
      const r = await runKg(argv);
      expectNoInternal(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('must not contain a user name or password');
      expect(r.stdout + r.stderr).not.toContain('pa/ss');
    }
  });

  it('an unparsable --uri is a usage error, not "Invalid URL"', async () => {
    const r = await runKg(['load', seedsPath, '--uri', 'bolt://[::1']);
    expectNoInternal(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a Neo4j Bolt URI');
  });
});

describe('row 14: one bad line in a JSONL file', () => {
  it.each([
    ['an invalid UTF-8 byte', Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])],
    ['a NUL byte', Buffer.from('{"text":"a\u0000b"}')],
  ])('%s on line 3 of 4 skips that line only', async (_, bad) => {
    const file = join(dir, `row14-${_.replace(/\W/gu, '')}.jsonl`);
    const good = (n: number) => Buffer.from(`{"text": "Meta invested $${n} billion in Scale AI number ${n}."}\n`);
    await writeFile(file, Buffer.concat([good(1), good(2), bad, Buffer.from('\n'), good(4)]));
    const out = join(dir, `row14-out-${_.replace(/\W/gu, '')}`);
    const r = await runKg(['build', file, '--out', out, '--lang', 'en']);
    expectNoInternal(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\.jsonl:3: /u);
    const docs = documentViews(await loadSnapshotFile(join(out, 'graph.json')));
    expect(docs.map((d) => d.path.replace(/.*#/u, '#')).sort()).toEqual(['#L1', '#L2', '#L4']);
  });
});

describe('row 15: a file name that is not UTF-8', () => {
  it('is reported by name as not UTF-8, and the other files load', async () => {
    const inDir = join(dir, 'row15');
    await mkdir(inDir, { recursive: true });
    await writeFile(join(inDir, 'good.txt'), 'Meta invested $14 billion in Scale AI.\n');
    await writeFile(Buffer.from(`${inDir}/caf\xe9.txt`, 'latin1'), 'Meta bought Beta Inc.\n');
    const r = await runKg(['build', inDir, '--out', join(inDir, 'out'), '--lang', 'en']);
    expectNoInternal(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning [bad-name]');
    expect(r.stderr).toContain('the file name is not valid UTF-8');
    expect(r.stderr).not.toContain('no such file');
  });
});

describe('row 16: a named FIFO with no writer', () => {
  it('is refused at once (no blocking), with a hint to pipe it in', async () => {
    const fifo = join(dir, 'row16.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await runKg(['build', fifo, SEEDS, '--out', join(dir, 'row16-out'), '--quiet']);
    expectNoInternal(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning [special-file]');
    expect(r.stderr).toContain('a named pipe (FIFO)');
  });

  it('a FIFO reached through a folder link is skipped as before', async () => {
    const inDir = join(dir, 'row16-dir');
    await mkdir(inDir, { recursive: true });
    execFileSync('mkfifo', [join(inDir, 'p.txt')]);
    await symlink(join(SEEDS), join(inDir, 'seeds'));
    const r = await runKg(['build', inDir, '--out', join(dir, 'row16-dir-out'), '--quiet']);
    expect(r.code).toBe(0);
  });
});

describe('smaller: UTF-16 without a BOM and invisible-only text', () => {
  it('UTF-16LE without a BOM is reported as "maybe UTF-16LE", not just binary', async () => {
    const file = join(dir, 'utf16.txt');
    await writeFile(file, Buffer.from('Meta invested $14 billion in Scale AI.\n', 'utf16le'));
    const r = await runKg(['build', file, SEEDS, '--out', join(dir, 'utf16-out'), '--quiet']);
    expect(r.stderr).toContain('maybe UTF-16LE without a byte-order mark');
  });

  it('a text of zero-width spaces only is empty, not a document', async () => {
    const file = join(dir, 'zw.txt');
    await writeFile(file, '\u200b\u200b\u200d\ufeff\u2060\n');
    const jsonl = join(dir, 'zw.jsonl');
    await writeFile(jsonl, '{"text": "\u200b\u200c"}\n');
    const r = await runKg(['build', file, jsonl, SEEDS, '--out', join(dir, 'zw-out'), '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning [empty]');
    expect(r.stderr).toContain('zw.jsonl:1: "text" is empty');
    const docs = documentViews(await loadSnapshotFile(join(dir, 'zw-out', 'graph.json')));
    expect(docs.some((d) => d.path.includes('zw'))).toBe(false);
  });
});
