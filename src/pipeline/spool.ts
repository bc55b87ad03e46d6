/**
 * Document texts parked on disk during a build. Extraction keeps no text in memory, but one
 * corpus pass needs texts again after every document is extracted (names written in lower
 * case, src/resolve/lowercase-names.ts); reading them back from a spool of our own is
 * cheaper than decoding the inputs again and safe when an input changed or was standard
 * input. Each thread appends to its own file (UTF-8, no framing: a reference holds the
 * offset and length), and any thread can read any file. The build deletes the folder.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where one text is: file number in the spool folder, byte offset, byte length. */
export interface SpoolRef {
  file: number;
  offset: number;
  length: number;
}

export const spoolFileName = (file: number) => `texts-${file}`;

/** A spool folder in the system's temporary folder; `remove()` deletes it and everything in it. */
export function createSpoolFolder(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-spool-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One thread's spool file, append-only. */
export class SpoolWriter {
  private fd: number | undefined;
  private offset = 0;

  constructor(
    private readonly dir: string,
    readonly file: number,
  ) {}

  append(text: string): SpoolRef {
    this.fd ??= openSync(join(this.dir, spoolFileName(this.file)), 'a');
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
    const ref = { file: this.file, offset: this.offset, length: bytes.length };
    this.offset += bytes.length;
    return ref;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Reads texts back from any file of a spool folder (files stay open until `close`). */
export class SpoolReader {
  private readonly fds = new Map<number, number>();

  constructor(private readonly dir: string) {}

  read(ref: SpoolRef): string {
    let fd = this.fds.get(ref.file);
    if (fd === undefined) this.fds.set(ref.file, (fd = openSync(join(this.dir, spoolFileName(ref.file)), 'r')));
    const bytes = Buffer.allocUnsafe(ref.length);
    let read = 0;
    while (read < ref.length) {
      const n = readSync(fd, bytes, read, ref.length - read, ref.offset + read);
      if (n === 0) throw new Error(`spool file ${spoolFileName(ref.file)} ends before byte ${ref.offset + ref.length}`);
      read += n;
    }
    return bytes.toString('utf8');
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}
