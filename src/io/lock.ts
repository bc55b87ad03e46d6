/**
 * One writer per output folder. Two `kg build --out X` at once would both succeed with the
 * last writer silently winning; instead the second one stops with E_OUTPUT_LOCKED. The lock
 * is a file created with O_EXCL holding the owner's pid; a lock whose process is gone (killed
 * by SIGKILL, so it could not clean up) is taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KgError } from '../errors.js';
import { processAlive } from './atomic-write.js';
import { outputError } from './errors.js';

export const LOCK_NAME = '.kg.lock';

/** Locks this process holds: a pid check cannot tell two builds inside one process apart. */
const held = new Set<string>();

export class OutputLockedError extends KgError {
  constructor(folder: string, pid: number) {
    super('E_OUTPUT_LOCKED', `${folder} is being written by another kg (process ${pid})`, {
      hint: `Wait for it to finish, or write to another folder with --out. If no kg is running, delete ${join(folder, LOCK_NAME)}.`,
    });
  }
}

export interface FolderLock extends AsyncDisposable {
  release(): Promise<void>;
}

/**
 * Takes the folder's lock (the folder must exist). Release it with `release()`, or hold it
 * for a block: `await using lock = await lockFolder(dir);`.
 */
export async function lockFolder(folder: string): Promise<FolderLock> {
  const path = join(folder, LOCK_NAME);
  if (held.has(path)) throw new OutputLockedError(folder, process.pid);
  // Claimed in this process before the first await, so two builds started together cannot both get it.
  held.add(path);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      const release = async () => {
        if (!held.delete(path)) return;
        await rm(path, { force: true }).catch(() => undefined);
      };
      return { release, [Symbol.asyncDispose]: release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        held.delete(path);
        throw outputError(path, err);
      }
      const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (processAlive(pid) && pid !== process.pid) {
        held.delete(path);
        throw new OutputLockedError(folder, pid);
      }
      // Left by a process that is gone: take it over.
      await rm(path, { force: true });
    }
  }
  held.delete(path);
  throw new OutputLockedError(folder, 0);
}
