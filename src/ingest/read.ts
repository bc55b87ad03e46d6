/** Reading bytes, bounded by the size limit; problems come back as issues, never as throws. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { issues, type IngestIssue } from './issues.js';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; issue: IngestIssue };

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (err as Error).message;
}

/** The size was taken from stat by the walker, so an oversize file is refused without reading it. */
export async function readFileBounded(path: string, absolutePath: string, size: number, maxBytes: number): Promise<ReadResult> {
  if (size > maxBytes) return { ok: false, issue: issues.tooLarge(path, size, maxBytes) };
  try {
    return { ok: true, bytes: await readFile(absolutePath) };
  } catch (err) {
    return { ok: false, issue: issues.unreadable(path, reason(err)) };
  }
}

/** Streams have no size up front: read until the limit is passed, then stop (the issue reports the bytes seen). */
export async function readStreamBounded(
  path: string,
  stream: NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>,
  maxBytes: number,
): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string | Uint8Array>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      total += buffer.length;
      if (total > maxBytes) return { ok: false, issue: issues.tooLarge(path, total, maxBytes, true) };
      chunks.push(buffer);
    }
  } catch (err) {
    return { ok: false, issue: issues.unreadable(path, reason(err)) };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

export async function readNamedStream(path: string, absolutePath: string, maxBytes: number): Promise<ReadResult> {
  return readStreamBounded(path, createReadStream(absolutePath), maxBytes);
}
