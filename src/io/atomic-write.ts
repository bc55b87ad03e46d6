/**
 * The one way kg writes a file: into a temporary file in the same folder, flushed to disk
 * (fsync), then renamed over the target, and the folder flushed so the rename itself
 * survives a power cut. rename(2) within one file system is atomic, so a reader (or a build
 * killed by SIGKILL at any instruction) sees either the old file whole or the new file whole,
 * never a truncated one. The temporary file is removed when the write fails.
 *
 * Source of the recipe: the POSIX rename(2) guarantee and the ext4/XFS "replace via rename"
 * advice (write, fsync file, rename, fsync directory).
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { outputError } from './errors.js';
import { ensureFolder } from './output.js';

/** Prefix of temporary files, so a folder listing shows what a killed write left behind. */
export const TEMP_PREFIX = '.kg-tmp-';

/** Name of the temporary sibling of `path`: hidden, unique per write. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `${TEMP_PREFIX}${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}`);
}

export interface AtomicWriteOptions {
  /**
   * Called after the temporary file is written and flushed, just before the rename: the
   * point where the old file is still whole and the new one complete. Tests stop here.
   */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Writes `data` (UTF-8 text or bytes) to `path` atomically. Creates missing parent folders.
 * Throws OutputPathError (E_OUTPUT, exit 2) naming the path when it cannot be written.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await writeAtomically(path, (handle) => handle.writeFile(data), options);
}

/** Carries an error of the text's producer through the write, to be thrown as it is. */
class ContentError extends Error {
  constructor(override readonly cause: unknown) {
    super('content');
  }
}

/** Text gathered before one write call: few system calls, little memory. */
const WRITE_BUFFER_CHARS = 1 << 20;

/**
 * `writeFileAtomic` for text made piece by piece (a snapshot of millions of edges): the
 * pieces are written as they come, so the whole text is never in memory; the temporary
 * file, flush and rename are the same, so an interrupted write still leaves the old file.
 */
export async function writeFileAtomicStream(path: string, pieces: Iterable<string> | AsyncIterable<string>, options: AtomicWriteOptions = {}): Promise<void> {
  await writeAtomically(
    path,
    async (handle) => {
      let buffer: string[] = [];
      let size = 0;
      const iterator = (Symbol.asyncIterator in pieces ? pieces[Symbol.asyncIterator]() : pieces[Symbol.iterator]()) as AsyncIterator<string> | Iterator<string>;
      for (;;) {
        let next: IteratorResult<string>;
        try {
          next = await iterator.next();
        } catch (err) {
          // A failure of what makes the text is not a failure to write the file.
          throw new ContentError(err);
        }
        if (next.done) break;
        buffer.push(next.value);
        size += next.value.length;
        if (size >= WRITE_BUFFER_CHARS) {
          // writeFile on a handle writes all of it, from the current position.
          await handle.writeFile(buffer.join(''));
          buffer = [];
          size = 0;
        }
      }
      if (buffer.length > 0) await handle.writeFile(buffer.join(''));
    },
    options,
  );
}

async function writeAtomically(path: string, write: (handle: Awaited<ReturnType<typeof open>>) => Promise<void>, options: AtomicWriteOptions): Promise<void> {
  const folder = dirname(path);
  await ensureFolder(folder);
  const temp = tempPathFor(path);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temp, 'wx', 0o644);
    await write(handle);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await options.beforeRename?.(temp);
    await rename(temp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw err instanceof ContentError ? err.cause : outputError(path, err);
  }
  await syncFolder(folder);
  await removeStaleTemps(path);
}

/** Temporary files of `path` left by writers that were killed (their process is gone). */
async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `${TEMP_PREFIX}${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (pid === process.pid || processAlive(pid)) continue;
    await rm(join(dirname(path), name), { force: true }).catch(() => undefined);
  }
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Flushes a folder's entries (the rename) to disk; not every file system allows it, which is fine. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}
