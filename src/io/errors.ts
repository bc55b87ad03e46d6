/** Errors about the paths kg writes to. */
import { KgError } from '../errors.js';

/** A path kg was told to write to cannot be written; the message names it and the reason. */
export class OutputPathError extends KgError {
  constructor(path: string, reason: string, hint = 'Pass another path with --out (a folder you can write to).', cause?: unknown) {
    super('E_OUTPUT', `cannot write ${path}: ${reason}`, { hint, exitCode: 2, cause });
  }
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'it exists and is not a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'the folder cannot be created there',
  EXDEV: 'the temporary file landed on another file system',
  EINVAL: 'the file system does not allow it',
  ENAMETOOLONG: 'the name is too long',
};

export function outputError(path: string, err: unknown): KgError {
  if (err instanceof KgError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return new OutputPathError(path, (code && REASONS[code]) ?? (code ? `${code}` : String((err as Error)?.message ?? err)), undefined, err);
}
