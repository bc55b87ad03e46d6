/**
 * Sources cut into pieces that another thread can turn into documents: a text file whole,
 * a JSONL source as runs of whole lines of about CHUNK_BYTES. The thread that reads only
 * moves bytes (and finds line ends); decoding, parsing, hashing and everything after happen
 * where the piece goes (`chunkDrafts`), so one thread can keep several others busy and never
 * holds a document's text.
 *
 * A piece carries where it sits in its source (first byte, first line as stored, first line
 * after line-end normalisation), so documents and issues get the same paths and line
 * numbers as when the source is read whole (ingest.ts); `chunkDrafts` over the pieces of a
 * source gives what `sourceDrafts` gives for all of it.
 */
import { open } from 'node:fs/promises';
import { decodeLines, decodeText, isBlank, jsonlSourceProblem, withoutBom, BINARY_SAMPLE_BYTES } from './bytes.js';
import { draftsFromText, jsonlDrafts, type DocumentDraft } from './documents.js';
import type { InputFormat } from './formats.js';
import { issues, problemIssue, type IngestIssue } from './issues.js';
import { looksLikeJsonl } from './jsonl.js';
import { readNamedStream, readStreamBounded, type ReadResult } from './read.js';
import { normaliseNewlines } from './text.js';
import { STDIN_PATH } from './types.js';
import type { WalkItem } from './walk.js';

/** Bytes of JSONL lines per piece: a few hundred short articles; small enough to spread a file over the workers evenly. */
export const CHUNK_BYTES = 128 * 1024;
/** Bytes read from a file at once. */
const READ_BYTES = 1024 * 1024;

/** A piece of one source. */
export interface SourceChunk {
  /** Index of the source in the walk: results are grouped per source. */
  source: number;
  /** The path as given (`<stdin>` for standard input): documents are `path`, or `path#L<line>` for JSONL. */
  path: string;
  /** `whole`: the whole source (a text file, a stream that is not JSONL); `lines`: whole lines of a JSONL source. */
  kind: 'whole' | 'lines';
  /** For `whole`: the format from the name, undefined for streams (JSONL when it opens with `{`). */
  format: InputFormat | undefined;
  bytes: Uint8Array;
  /** For `lines`: offset of the first byte in the source. */
  startByte: number;
  /** For `lines`: 1-based line of the first byte, counting LF as stored. */
  firstLine: number;
  /** For `lines`: the same after CRLF and lone CR became LF (what JSONL line numbers count). */
  firstTextLine: number;
  /** First and last piece of its source. */
  first: boolean;
  last: boolean;
}

/** A source that cannot be read at all: its one issue. */
export interface SourceProblem {
  source: number;
  issue: IngestIssue;
}

function firstNonSpaceByte(bytes: Uint8Array): number | undefined {
  // A UTF-8 BOM (EF BB BF) may come first.
  for (let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return b;
  }
  return undefined;
}

/** Whether a source of this format (undefined: a stream) with these first bytes is read as JSONL. */
export function readsAsJsonl(format: InputFormat | undefined, head: Uint8Array): boolean {
  return format === 'jsonl' || (format === undefined && firstNonSpaceByte(head) === 0x7b);
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (err as Error).message;
}

function countByte(bytes: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}

/** Lines a piece adds after line-end normalisation: its LFs, unless it holds a CR (then counted as the reader counts them). */
function textLines(bytes: Uint8Array, startByte: number, firstLine: number): number {
  if (bytes.indexOf(0x0d) === -1) return countByte(bytes, 0x0a);
  return normaliseNewlines(decodeLines(bytes, startByte, firstLine).lines.join('\n')).split('\n').length - 1;
}

/** Cuts whole JSONL lines of one source into pieces; `feed` the bytes in order, then `end`. */
class LineCutter {
  private pending: Uint8Array = new Uint8Array(0);
  private startByte = 0;
  private firstLine = 1;
  private firstTextLine = 1;
  private count = 0;

  constructor(
    private readonly source: number,
    private readonly path: string,
  ) {}

  /** Pieces of at least CHUNK_BYTES that end with a line end, from what has come so far. */
  feed(bytes: Uint8Array): SourceChunk[] {
    this.pending = this.pending.length === 0 ? bytes : concat(this.pending, bytes);
    const out: SourceChunk[] = [];
    while (this.pending.length >= CHUNK_BYTES) {
      const cut = this.pending.indexOf(0x0a, CHUNK_BYTES - 1);
      if (cut === -1) break;
      out.push(this.piece(this.pending.subarray(0, cut + 1), false));
      this.pending = this.pending.subarray(cut + 1);
    }
    return out;
  }

  /** The rest, as the last piece (possibly empty: the line after the last LF). */
  end(): SourceChunk {
    return this.piece(this.pending, true);
  }

  private piece(bytes: Uint8Array, last: boolean): SourceChunk {
    // A copy with its own memory (Buffer#slice would share it): the piece is transferred to another thread, the read block is not.
    const own = new Uint8Array(bytes);
    const chunk: SourceChunk = { source: this.source, path: this.path, kind: 'lines', format: 'jsonl', bytes: own, startByte: this.startByte, firstLine: this.firstLine, firstTextLine: this.firstTextLine, first: this.count === 0, last };
    this.count++;
    if (!last) {
      this.firstTextLine += textLines(own, this.startByte, this.firstLine);
      this.firstLine += countByte(own, 0x0a);
      this.startByte += own.length;
    }
    return chunk;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** A whole source in memory → its pieces (one `whole`, or JSONL lines). */
function piecesOf(source: number, path: string, bytes: Uint8Array, format: InputFormat | undefined): Array<SourceChunk | SourceProblem> {
  // A copy with its own memory: the piece may be transferred to another thread, and a small Buffer shares Node's pool.
  if (!readsAsJsonl(format, bytes)) return [{ source, path, kind: 'whole', format, bytes: new Uint8Array(bytes), startByte: 0, firstLine: 1, firstTextLine: 1, first: true, last: true }];
  const problem = jsonlSourceProblem(bytes.subarray(0, BINARY_SAMPLE_BYTES));
  if (problem) return [{ source, issue: problemIssue(path, problem) }];
  const cutter = new LineCutter(source, path);
  return [...cutter.feed(bytes), cutter.end()];
}

/**
 * The pieces of one walked source, read lazily (a large JSONL file is read a block at a
 * time, so the reading thread holds about READ_BYTES of it). A source that cannot be read
 * gives one SourceProblem; one that fails part way gives its pieces so far, then the problem.
 */
export async function* sourceChunks(
  item: Extract<WalkItem, { kind: 'file' | 'stream' | 'stdin' }>,
  source: number,
  maxBytes: number,
  stdin?: NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>,
): AsyncGenerator<SourceChunk | SourceProblem> {
  if (item.kind !== 'file') {
    const path = item.kind === 'stdin' ? STDIN_PATH : item.path;
    if (item.kind === 'stdin' && stdin === undefined) {
      yield { source, issue: issues.noStdin() };
      return;
    }
    const read: ReadResult = item.kind === 'stdin' ? await readStreamBounded(STDIN_PATH, stdin!, maxBytes) : await readNamedStream(item.path, item.absolutePath, maxBytes);
    if (!read.ok) yield { source, issue: read.issue };
    else yield* piecesOf(source, path, read.bytes, item.kind === 'stdin' ? undefined : item.format);
    return;
  }
  if (item.size > maxBytes) {
    yield { source, issue: issues.tooLarge(item.path, item.size, maxBytes) };
    return;
  }
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(item.absolutePath, 'r');
    if (item.format !== 'jsonl') {
      yield* piecesOf(source, item.path, await handle.readFile(), item.format);
      return;
    }
    const cutter = new LineCutter(source, item.path);
    let first = true;
    for (;;) {
      const block = Buffer.allocUnsafe(READ_BYTES);
      const { bytesRead } = await handle.read(block, 0, READ_BYTES, null);
      if (first) {
        first = false;
        // The checks of a whole JSONL source look at its first bytes (ingest reads it whole).
        const head = block.subarray(0, Math.min(bytesRead, BINARY_SAMPLE_BYTES));
        const problem = jsonlSourceProblem(head);
        if (problem) {
          yield { source, issue: problemIssue(item.path, problem) };
          return;
        }
      }
      if (bytesRead === 0) break;
      yield* cutter.feed(block.subarray(0, bytesRead));
    }
    yield cutter.end();
  } catch (err) {
    yield { source, issue: issues.unreadable(item.path, reason(err)) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** What a piece gives: drafts, and its issues as ingest orders them (bad bytes of lines first, then lines that are not articles). */
export interface ChunkDrafts {
  drafts: DocumentDraft[];
  /** Lines that are not UTF-8 or hold a NUL (JSONL), or the problem of a whole source. */
  byteIssues: IngestIssue[];
  /** JSONL lines that are not JSON or not an article. */
  lineIssues: IngestIssue[];
  /** The piece holds nothing visible (a source all of whose pieces are blank and clean is `empty`). */
  blank: boolean;
}

/** Bytes of one piece → drafts: decoding, JSONL parsing, hashes, titles. Pure. */
export function chunkDrafts(chunk: SourceChunk): ChunkDrafts {
  if (chunk.kind === 'whole') {
    // Not JSONL by its first byte (those are cut into lines); a stream may still turn out JSONL after a Unicode space.
    const decoded = decodeText(chunk.bytes);
    if (!decoded.ok) return { drafts: [], byteIssues: [problemIssue(chunk.path, decoded.problem)], lineIssues: [], blank: false };
    const result = draftsFromText(chunk.path, decoded.text, chunk.format ?? (looksLikeJsonl(decoded.text) ? 'jsonl' : 'text'));
    return { drafts: result.drafts, byteIssues: [], lineIssues: result.issues, blank: false };
  }
  const { lines, badLines } = decodeLines(chunk.bytes, chunk.startByte, chunk.firstLine);
  let text = lines.join('\n');
  if (chunk.first) text = withoutBom(text);
  const blank = isBlank(text);
  const byteIssues = badLines.map(({ line, problem }) => problemIssue(`${chunk.path}:${line}`, problem));
  const result = jsonlDrafts(chunk.path, normaliseNewlines(text), chunk.firstTextLine);
  return { drafts: result.drafts, byteIssues, lineIssues: result.issues, blank };
}
