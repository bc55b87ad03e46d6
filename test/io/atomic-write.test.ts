import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_PREFIX, writeFileAtomic } from '../../src/io/atomic-write.js';
import { lockFolder } from '../../src/io/lock.js';
import { prepareOutputFile, prepareOutputFolder } from '../../src/io/output.js';
import { tempDir } from '../reliability/support/helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('io')));
afterAll(async () => cleanup());

describe('writeFileAtomic', () => {
  it('replaces a file whole, creates missing folders, and leaves no temporary file', async () => {
    const path = join(dir, 'a', 'b', 'f.json');
    await writeFileAtomic(path, 'one');
    await writeFileAtomic(path, 'two');
    expect(await readFile(path, 'utf8')).toBe('two');
    expect((await readdir(join(dir, 'a', 'b'))).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
  });

  it('a failed write keeps the old file and removes its temporary file', async () => {
    const path = join(dir, 'keep.json');
    await writeFile(path, 'old');
    await expect(writeFileAtomic(path, 'new', { beforeRename: () => Promise.reject(new Error('disk gone')) })).rejects.toMatchObject({ code: 'E_OUTPUT' });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect((await readdir(dir)).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
  });

  it('a read-only folder is E_OUTPUT naming the path (root ignores permissions, so only checked as another user)', async () => {
    const ro = join(dir, 'ro');
    await mkdir(ro);
    await chmod(ro, 0o500);
    const attempt = writeFileAtomic(join(ro, 'f'), 'x');
    if (process.getuid?.() === 0) await attempt;
    else await expect(attempt).rejects.toThrow(/cannot write .*ro\/f: permission denied/u);
  });
});

describe('output paths and the folder lock', () => {
  it('a file where a folder is wanted, and a folder where a file is wanted, are refused by name', async () => {
    const file = join(dir, 'plain');
    await writeFile(file, 'x');
    await expect(prepareOutputFolder(file)).rejects.toThrow(`cannot write ${file}: it is a file; --out names a folder`);
    await expect(prepareOutputFile(dir)).rejects.toThrow(`cannot write ${dir}: it is a folder`);
    await expect(prepareOutputFolder(join(file, 'sub'))).rejects.toThrow(/a part of the path is a file, not a folder/u);
  });

  it('a second lock on one folder is refused until the first is released', async () => {
    const lock = await lockFolder(dir);
    await expect(lockFolder(dir)).rejects.toMatchObject({ code: 'E_OUTPUT_LOCKED' });
    await lock.release();
    await (await lockFolder(dir)).release();
  });
});
