/**
 * Checks on the paths kg writes to, before any work: `--out` must be a folder (or a place
 * where one can be made) for `kg build` and the CSV export, and a file path for the other
 * exports. Each failure is an OutputPathError (E_OUTPUT, exit 2) naming the path, instead
 * of the EEXIST/EISDIR/EPERM stack trace fs would give.
 */
import { mkdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname } from 'node:path';
import { OutputPathError, outputError } from './errors.js';

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw outputError(path, err);
  }
}

/**
 * Makes `folder` and its missing parents, one level at a time. Node's own
 * `mkdir({ recursive: true })` spins forever under /proc (it retries ENOENT on a parent that
 * exists); creating each missing level ourselves ends with an error instead.
 */
export async function ensureFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  let at = folder;
  for (;;) {
    const s = await statOrUndefined(at);
    if (s) {
      if (!s.isDirectory()) throw new OutputPathError(at, 'it exists and is not a folder');
      break;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const level of missing.reverse()) {
    try {
      await mkdir(level);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && (await statOrUndefined(level))?.isDirectory()) continue;
      throw outputError(level, err);
    }
  }
}

/** `--out DIR` for `kg build` and the CSV export: an existing folder or a new one; never a file or device. */
export async function prepareOutputFolder(folder: string): Promise<void> {
  const s = await statOrUndefined(folder);
  if (s && !s.isDirectory()) {
    throw new OutputPathError(folder, s.isFile() ? 'it is a file; --out names a folder' : 'it is not a folder (a device or pipe)', 'Pass a folder with --out, e.g. --out out.');
  }
  await ensureFolder(folder);
}

/** `--out FILE` for a single-file export: a regular file or a new name; never a folder or device. */
export async function prepareOutputFile(path: string): Promise<void> {
  const s = await statOrUndefined(path);
  if (s?.isDirectory()) throw new OutputPathError(path, 'it is a folder; this format writes one file', 'Name a file, e.g. --out out/graph.html.');
  if (s && !s.isFile()) throw new OutputPathError(path, 'it is not a regular file (a device or pipe)', 'Name a regular file, or leave out --out to write to standard output.');
  await ensureFolder(dirname(path));
}
