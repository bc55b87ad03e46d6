import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { walkInputs } from '../../src/ingest/walk.js';

const ARTICLE = 'Meta investiert 14,3 Milliarden US-Dollar in Scale AI und holt dessen Gründer.\n';
const isRoot = process.getuid?.() === 0;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const paths = (items: Awaited<ReturnType<typeof walkInputs>>) =>
  items.map((i) => (i.kind === 'file' ? `file ${i.path}` : i.kind === 'skipped' ? `skipped ${i.skipped.path} ${i.skipped.reason}` : i.kind));

describe('walkInputs', () => {
  it('orders folder entries by code unit, not by locale or creation order', async () => {
    for (const name of ['b.txt', 'B.txt', 'a.txt', '10.txt', '9.txt', 'ä.txt']) await writeFile(join(dir, name), ARTICLE);
    expect(paths(await walkInputs(['.'], dir))).toEqual(['10.txt', '9.txt', 'B.txt', 'a.txt', 'b.txt', 'ä.txt'].map((n) => `file ${n}`));
  });

  it('follows a symbolic link loop only once', async () => {
    await mkdir(join(dir, 'articles/sub'), { recursive: true });
    await writeFile(join(dir, 'articles/sub/one.txt'), ARTICLE);
    await symlink('..', join(dir, 'articles/sub/up'));
    const { documents, skipped } = await ingest(['articles'], { cwd: dir, lang: 'de' });
    expect(documents.map((d) => d.path)).toEqual(['articles/sub/one.txt']);
    expect(skipped).toEqual([{ path: 'articles/sub/up', reason: 'symlink-loop' }]);
  });

  it('reads a folder reached through two links once', async () => {
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real/one.txt'), ARTICLE);
    await symlink('real', join(dir, 'alias'));
    const { documents, issues, skipped } = await ingest(['alias', 'real'], { cwd: dir, lang: 'de' });
    expect(documents.map((d) => d.path)).toEqual(['alias/one.txt']);
    expect(issues).toEqual([]);
    expect(skipped).toEqual([{ path: 'real', reason: 'already-visited' }]);
  });

  it('skips hidden entries inside folders, and reports a broken link as missing', async () => {
    await mkdir(join(dir, 'a/.git'), { recursive: true });
    await writeFile(join(dir, 'a/.git/HEAD.txt'), ARTICLE);
    await writeFile(join(dir, 'a/one.txt'), ARTICLE);
    await symlink('gone.txt', join(dir, 'a/two.txt'));
    const { documents, issues, skipped } = await ingest(['a'], { cwd: dir, lang: 'de' });
    expect(documents.map((d) => d.path)).toEqual(['a/one.txt']);
    expect(skipped).toEqual([{ path: 'a/.git', reason: 'hidden' }]);
    expect(issues.map((i) => [i.code, i.where])).toEqual([['missing', 'a/two.txt']]);
    expect(issues[0].message).toContain('symbolic link');
  });

  it('keeps absolute inputs absolute and relative ones relative', async () => {
    await writeFile(join(dir, 'one.txt'), ARTICLE);
    const { documents } = await ingest([join(dir, 'one.txt')], { lang: 'de' });
    expect(documents[0].path).toBe(join(dir, 'one.txt'));
    await mkdir(join(dir, 'x'));
    await writeFile(join(dir, 'x/two.txt'), `${ARTICLE}2`);
    expect((await ingest(['./x/'], { cwd: dir, lang: 'de' })).documents[0].path).toBe('x/two.txt');
  });

  it('refuses a named device or pipe (here /dev/null): a FIFO without a writer would block forever', async () => {
    const { issues } = await ingest(['/dev/null'], { lang: 'de' });
    expect(issues.map((i) => [i.code, i.where])).toEqual([['special-file', '/dev/null']]);
    expect(issues[0].message).toContain('kg build -');
  });

  it('refuses a file over the default 20 MB from its size alone, without reading it', async () => {
    // A sparse file: 21 MB of NUL bytes that take no disk. Had it been read, it would be reported as binary.
    await writeFile(join(dir, 'huge.txt'), '');
    await truncate(join(dir, 'huge.txt'), 21 * 1024 * 1024);
    const { issues } = await ingest(['huge.txt'], { cwd: dir, lang: 'de' });
    expect(issues.map((i) => [i.code, i.where])).toEqual([['too-large', 'huge.txt']]);
    expect(issues[0].message).toContain('21.0 MB, over the 20.0 MB limit');
  });

  it.skipIf(isRoot)('reports a file it may not read, and goes on', async () => {
    await writeFile(join(dir, 'locked.txt'), ARTICLE);
    await writeFile(join(dir, 'open.txt'), `${ARTICLE} open`);
    await chmod(join(dir, 'locked.txt'), 0o000);
    const { documents, issues } = await ingest(['locked.txt', 'open.txt'], { cwd: dir, lang: 'de' });
    expect(documents.map((d) => d.path)).toEqual(['open.txt']);
    expect(issues.map((i) => [i.code, i.where])).toEqual([['unreadable', 'locked.txt']]);
    expect(issues[0].message).toContain('permission denied');
  });
});
