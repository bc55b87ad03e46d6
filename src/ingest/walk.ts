/**
 * Expands the inputs (files, folders, `-`) into the sources to read, in a deterministic order:
 * inputs as given, folder entries sorted by name (code-unit order, not locale), depth first.
 * Symbolic links are followed, but every file and folder is visited once by its real path,
 * so a link loop ends instead of recursing.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { extensionOf, formatOf, type InputFormat } from './formats.js';
import { issues, type IngestIssue } from './issues.js';
import { findInvalidUtf8 } from './utf8.js';
import { STDIN_INPUT, type SkippedFile } from './types.js';

/** Streams the shell hands over by name: standard input and process substitution. */
const SHELL_STREAM = /^\/(?:dev\/(?:stdin|fd\/\d+)|proc\/self\/fd\/\d+)$/u;

export type WalkItem =
  /** A regular file: its size comes from stat, so the size limit is checked before reading. */
  | { kind: 'file'; path: string; absolutePath: string; format: InputFormat; size: number }
  /** A named pipe or device (`/dev/stdin`, `<(…)`): no size up front, read as a stream. */
  | { kind: 'stream'; path: string; absolutePath: string; format: InputFormat | undefined }
  | { kind: 'stdin' }
  | { kind: 'issue'; issue: IngestIssue }
  | { kind: 'skipped'; skipped: SkippedFile };

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

function describeError(err: unknown): string {
  const code = errorCode(err);
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EISDIR') return 'is a folder';
  return code ?? (err as Error).message;
}

/** One walk: remembers real paths seen (loops, the same folder named twice) and the folders being descended. */
class Walker {
  readonly items: WalkItem[] = [];
  private readonly seen = new Set<string>();
  private readonly ancestors = new Set<string>();
  private stdinTaken = false;

  constructor(private readonly cwd: string) {}

  async input(given: string): Promise<void> {
    if (given === STDIN_INPUT) {
      // stdin can be read only once; a second `-` adds nothing.
      if (!this.stdinTaken) this.items.push({ kind: 'stdin' });
      this.stdinTaken = true;
      return;
    }
    const absolutePath = resolve(this.cwd, given);
    const stats = await this.statOrReport(given, absolutePath, true);
    if (stats === undefined) return;
    if (stats.isDirectory()) {
      const before = this.items.length;
      await this.folder(given, absolutePath);
      const added = this.items.slice(before);
      // Said once for the folder, so `kg build data/` on a folder of .json files does not just end with nothing.
      const foundSomething = added.some((i) => i.kind !== 'skipped');
      const folderItselfSkipped = added.some((i) => i.kind === 'skipped' && i.skipped.path === given);
      if (!foundSomething && !folderItselfSkipped) {
        this.items.push({ kind: 'issue', issue: issues.emptyFolder(given, added.length) });
      }
      return;
    }
    const format = formatOf(given);
    if (stats.isFile()) {
      if (format === undefined) {
        this.items.push({ kind: 'issue', issue: issues.unsupportedExtension(given, extensionOf(given)) });
        return;
      }
      if (await this.firstVisit(given, absolutePath)) this.items.push({ kind: 'file', path: given, absolutePath, format, size: stats.size });
      return;
    }
    // The shell's own pipes (/dev/stdin, <(…) as /dev/fd/N) are read as streams; a named pipe
    // or device elsewhere is refused: opening a FIFO that has no writer blocks forever.
    if (SHELL_STREAM.test(absolutePath)) {
      this.items.push({ kind: 'stream', path: given, absolutePath, format });
      return;
    }
    this.items.push({ kind: 'issue', issue: issues.specialFile(given, stats.isFIFO() ? 'a named pipe (FIFO)' : stats.isSocket() ? 'a socket' : 'a device') });
  }

  private async folder(path: string, absolutePath: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(absolutePath);
    } catch (err) {
      this.items.push({ kind: 'issue', issue: issues.unreadable(path, describeError(err)) });
      return;
    }
    if (this.ancestors.has(real)) {
      this.items.push({ kind: 'skipped', skipped: { path, reason: 'symlink-loop' } });
      return;
    }
    if (this.seen.has(real)) {
      this.items.push({ kind: 'skipped', skipped: { path, reason: 'already-visited' } });
      return;
    }
    this.seen.add(real);
    let names: string[];
    try {
      // Read as bytes: a name that is not UTF-8 would come back with U+FFFD and then "not exist".
      const raw = await readdir(absolutePath, { encoding: 'buffer' });
      names = [];
      for (const name of raw) {
        if (findInvalidUtf8(name) === undefined) names.push(name.toString('utf8'));
        else this.items.push({ kind: 'issue', issue: issues.badName(join(path, name.toString('utf8'))) });
      }
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch (err) {
      this.items.push({ kind: 'issue', issue: issues.unreadable(path, describeError(err)) });
      return;
    }
    this.ancestors.add(real);
    for (const name of names) await this.entry(join(path, name), join(absolutePath, name), name);
    this.ancestors.delete(real);
  }

  private async entry(path: string, absolutePath: string, name: string): Promise<void> {
    // Dot files are editor, VCS and OS clutter (.git, .DS_Store), never articles.
    if (name.startsWith('.')) {
      this.items.push({ kind: 'skipped', skipped: { path, reason: 'hidden' } });
      return;
    }
    const stats = await this.statOrReport(path, absolutePath, false);
    if (stats === undefined) return;
    if (stats.isDirectory()) {
      await this.folder(path, absolutePath);
      return;
    }
    if (!stats.isFile()) {
      this.items.push({ kind: 'skipped', skipped: { path, reason: 'special-file' } });
      return;
    }
    const format = formatOf(name);
    if (format === undefined) {
      this.items.push({ kind: 'skipped', skipped: { path, reason: 'unsupported-extension', extension: extensionOf(name) } });
      return;
    }
    if (await this.firstVisit(path, absolutePath)) this.items.push({ kind: 'file', path, absolutePath, format, size: stats.size });
  }

  /** Files reached twice (named and inside a named folder, or through a link) are read once, silently. */
  private async firstVisit(path: string, absolutePath: string): Promise<boolean> {
    const real = await realpath(absolutePath).catch(() => absolutePath);
    if (this.seen.has(real)) {
      this.items.push({ kind: 'skipped', skipped: { path, reason: 'already-visited' } });
      return false;
    }
    this.seen.add(real);
    return true;
  }

  private async statOrReport(path: string, absolutePath: string, named: boolean): Promise<Stats | undefined> {
    try {
      return await stat(absolutePath);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        const link = await lstat(absolutePath).catch(() => undefined);
        this.items.push({ kind: 'issue', issue: link?.isSymbolicLink() ? issues.brokenLink(path) : issues.missing(path, this.cwd) });
      } else if (code === 'ELOOP' && !named) {
        this.items.push({ kind: 'skipped', skipped: { path, reason: 'symlink-loop' } });
      } else {
        this.items.push({ kind: 'issue', issue: issues.unreadable(path, describeError(err)) });
      }
      return undefined;
    }
  }
}

export async function walkInputs(inputs: readonly string[], cwd: string): Promise<WalkItem[]> {
  const walker = new Walker(cwd);
  for (const given of inputs) await walker.input(given);
  return walker.items;
}
