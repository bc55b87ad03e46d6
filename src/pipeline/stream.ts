/**
 * ingest + extract of a build from paths, streamed: the main thread walks the inputs, reads
 * bytes and cuts them into pieces (src/ingest/chunks.ts); the workers (or this thread, for
 * in-process builds) turn each piece into compact document records
 * (src/pipeline/document-processor.ts); the main thread keeps only the records — document
 * attributes, mentions, claims and the sentences claims cite — never the texts. Then what
 * needs every document is decided on the records exactly as ingest decided it on texts:
 * later versions replace earlier ones, duplicates are read once, near-copies are grouped,
 * and the corpus pass for lower-case names reads only the texts it needs back from the spool.
 *
 * The result is the one ingest + extract gave (documents, extractions, issues in the same
 * order), so the snapshot is the same byte for byte.
 */
import { availableParallelism } from 'node:os';
import { sourceChunks, CHUNK_BYTES } from '../ingest/chunks.js';
import { dedupeByContent, latestVersions } from '../ingest/dedupe.js';
import { issues as ingestIssues } from '../ingest/issues.js';
import { nearDuplicateOriginals } from '../ingest/near-duplicates.js';
import { DEFAULT_MAX_BYTES, type IngestOptions, type SkippedFile } from '../ingest/types.js';
import { walkInputs } from '../ingest/walk.js';
import type { Lexicon } from '../lexicon/schema.js';
import type { DocumentInfo, InputIssue } from '../model/document.js';
import type { DocExtraction } from '../model/extraction.js';
import { lowerCaseCandidates } from '../resolve/lowercase-names.js';
import { ExtractionCache, type CacheStats } from './cache.js';
import { DocumentProcessor, type ChunkResult, type DocRecord, type LowerCaseDoc, type LowerCaseResult } from './document-processor.js';
import { runTask, type WorkerTaskResult } from './extract-worker.js';
import { internExtraction, Interner } from './intern.js';
import { checkMemoryBudget } from './memory.js';
import { cacheWriteIssue, extractFailedIssue, inProcessPool, PARALLEL_MIN_CHARS, workerPool, workersAvailable, type TaskPool } from './parallel.js';
import { createSpoolFolder, SpoolWriter } from './spool.js';

/** Documents per task of the lower-case pass. */
const LOWERCASE_BATCH = 256;

export interface StreamOptions extends IngestOptions {
  lexicon: Lexicon;
  lexiconFiles?: readonly string[];
  /** 0: automatic (one per core when the input is over PARALLEL_MIN_CHARS bytes), 1: in this thread. */
  workers?: number;
  cacheDir?: string;
  ignoreMemoryLimit?: boolean;
  /** Keep each document's text (and every sentence) in the result: tests, callers that show texts. */
  keepTexts?: boolean;
  /** Bytes of input read and processed so far, of the total known from the walk (0 when only streams). */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
}

export interface StreamResult {
  documents: DocumentInfo[];
  extractions: DocExtraction[];
  skipped: SkippedFile[];
  issues: InputIssue[];
  cache?: CacheStats;
  /** UTF-8 bytes of the documents' texts. */
  textBytes: number;
  /** Threads that extracted (1: this one). */
  workers: number;
}

/** Per source, what its pieces gave so far (a source that fails part way gives nothing but its issue). */
interface OpenSource {
  source: number;
  records: DocRecord[];
  byteIssues: InputIssue[];
  lineIssues: InputIssue[];
  blank: boolean;
  lines: boolean;
  path: string;
}

/** Consumes task results in input order. */
class Collector {
  readonly records: DocRecord[] = [];
  readonly found: InputIssue[] = [];
  readonly lowerCase = new Map<number, LowerCaseResult>();
  private open: OpenSource | undefined;
  private readonly interner = new Interner();
  doneBytes = 0;

  constructor(private readonly progress: (doneBytes: number) => void) {}

  accept(r: WorkerTaskResult): void {
    switch (r.kind) {
      case 'problem':
        // A source that failed part way loses what it gave, as a source read whole would.
        if (this.open?.source === r.source) this.open = undefined;
        this.found.push(r.issue);
        return;
      case 'chunk':
        this.chunk(r.result);
        return;
      case 'lowercase':
        for (const x of r.results) this.lowerCase.set(x.index, { ...x, ...(x.extraction ? { extraction: internExtraction(x.extraction, this.interner) } : {}) });
        return;
      default:
        return;
    }
  }

  private chunk(c: ChunkResult): void {
    if (this.open?.source !== c.source) this.open = { source: c.source, records: [], byteIssues: [], lineIssues: [], blank: true, lines: c.kind === 'lines', path: c.path };
    const open = this.open;
    for (const rec of c.records) {
      rec.doc = this.interner.document(rec.doc);
      if (rec.extraction) rec.extraction = internExtraction(rec.extraction, this.interner);
      open.records.push(rec);
    }
    open.byteIssues.push(...c.byteIssues);
    open.lineIssues.push(...c.lineIssues);
    open.blank &&= c.blank;
    this.doneBytes += c.bytes;
    this.progress(this.doneBytes);
    if (!c.last) return;
    this.open = undefined;
    // A JSONL source with nothing visible and no bad bytes is `empty`, as when read whole.
    if (open.lines && open.blank && open.byteIssues.length === 0) this.found.push(ingestIssues.empty(open.path));
    else this.found.push(...open.byteIssues, ...open.lineIssues);
    this.records.push(...open.records);
  }
}

/** Walked file sizes, and pieces they make, for the memory check and the number of workers. */
function inputSize(items: Awaited<ReturnType<typeof walkInputs>>, maxBytes: number): { bytes: number; pieces: number; streams: boolean } {
  let bytes = 0;
  let pieces = 0;
  let streams = false;
  for (const i of items) {
    if (i.kind === 'file' && i.size <= maxBytes) {
      bytes += i.size;
      pieces += i.format === 'jsonl' ? Math.max(1, Math.ceil(i.size / CHUNK_BYTES)) : 1;
    } else if (i.kind === 'stream' || i.kind === 'stdin') streams = true;
  }
  return { bytes, pieces, streams };
}

/** Workers for a build: `requested` (0: one per core for inputs over PARALLEL_MIN_CHARS), never more than pieces to share. */
function workersFor(requested: number, size: ReturnType<typeof inputSize>, customDetector: boolean): number {
  if (requested === 1 || customDetector || !workersAvailable()) return 1;
  if (requested === 0 && (size.bytes < PARALLEL_MIN_CHARS || size.streams)) return 1;
  const wanted = requested || availableParallelism();
  return size.streams ? wanted : Math.max(1, Math.min(wanted, size.pieces));
}

export async function streamIngestExtract(inputs: readonly string[], options: StreamOptions): Promise<StreamResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const items = await walkInputs(inputs, options.cwd ?? process.cwd());
  const size = inputSize(items, maxBytes);
  // Checked before any work: memory grows with the records of the input (memory.ts).
  if (!options.ignoreMemoryLimit) checkMemoryBudget(size.bytes);
  const cache = options.cacheDir === undefined ? undefined : await ExtractionCache.open(options.cacheDir, options.lexicon);
  // A detector given by the caller is a function of this thread: such builds stay here.
  const workers = workersFor(options.workers ?? 0, size, options.detector !== undefined);
  const spool = options.keepTexts ? undefined : createSpoolFolder();
  const collector = new Collector((done) => options.onProgress?.(done, size.bytes));
  let processor: DocumentProcessor | undefined;
  let pool: TaskPool;
  if (workers > 1) {
    const lexiconFiles = [...(options.lexiconFiles ?? [])];
    pool = workerPool(workers, (i) => ({ lexiconFiles, cacheDir: cache?.dir, lang: options.lang, spoolDir: spool?.dir, spoolFile: i + 1 }), (r) => collector.accept(r));
  } else {
    const local = new DocumentProcessor({ lexicon: options.lexicon, lang: options.lang, detector: options.detector, cache, spool: spool && new SpoolWriter(spool.dir, 0), spoolDir: spool?.dir });
    processor = local;
    pool = inProcessPool((task) => runTask(local, task, () => {
      throw new Error('batch tasks run in workers only');
    }), (r) => collector.accept(r));
  }
  const skipped: SkippedFile[] = [];
  try {
    for (const [source, item] of items.entries()) {
      if (item.kind === 'skipped') skipped.push(item.skipped);
      else if (item.kind === 'issue') await pool.submitResult({ kind: 'problem', source, issue: item.issue });
      else {
        for await (const piece of sourceChunks(item, source, maxBytes, options.stdin)) {
          if ('issue' in piece) await pool.submitResult({ kind: 'problem', source, issue: piece.issue });
          else await pool.submit({ kind: 'chunk', chunk: piece });
        }
      }
    }
    await pool.drain();
    const result = finish(collector, cache);
    await lowerCasePass(result, collector, pool, options.keepTexts === true);
    for (const r of result.kept) if (r.extraction) result.issues.push(...r.guard);
    return {
      documents: result.documents,
      extractions: result.kept.flatMap((r) => (r.extraction ? [r.extraction] : [])),
      skipped,
      issues: result.issues,
      ...(result.cache ? { cache: result.cache } : {}),
      textBytes: result.kept.reduce((n, r) => n + r.textBytes, 0),
      workers,
    };
  } finally {
    await pool.close();
    processor?.close();
    spool?.remove();
  }
}

interface Finished {
  kept: DocRecord[];
  documents: DocumentInfo[];
  issues: InputIssue[];
  cache?: CacheStats;
}

/** Versions, duplicates and near-copies decided over all records, as ingest decides them over all drafts. */
function finish(collector: Collector, cache: ExtractionCache | undefined): Finished {
  const recordOf = new Map<DocumentInfo, DocRecord>(collector.records.map((r) => [r.doc, r]));
  const hashOf = (d: DocumentInfo) => recordOf.get(d)!.folded;
  const versions = latestVersions(collector.records.map((r) => r.doc), hashOf);
  const unique = dedupeByContent(versions.kept, hashOf);
  const kept = unique.kept.map((d) => recordOf.get(d)!);
  const originals = nearDuplicateOriginals(kept.map((r) => r.signature));
  const documents = kept.map((r, i) => {
    const o = originals.get(i);
    if (o !== undefined) r.doc = { ...r.doc, copyOf: kept[o].doc.key };
    // Hashes and signatures did their work: the records keep only what the graph needs.
    r.signature = undefined;
    return r.doc;
  });
  const issues: InputIssue[] = [...collector.found, ...versions.issues, ...unique.issues];
  for (const r of kept) {
    if (r.failure !== undefined) issues.push(extractFailedIssue(r.doc.path, r.failure));
    else if (r.cacheError !== undefined) issues.push(cacheWriteIssue(r.cacheError));
  }
  const stats = cache && { hits: kept.filter((r) => r.cache === 'hit').length, misses: kept.filter((r) => r.cache !== 'hit').length, corrupt: kept.filter((r) => r.cache === 'corrupt').length };
  return { kept, documents, issues, ...(stats ? { cache: stats } : {}) };
}

/**
 * src/resolve/lowercase-names.ts over the records: the candidates come from every extraction,
 * then the threads read the documents' texts back (spool) and extract again those that write
 * a candidate in lower case. A failure keeps the first extraction, as before.
 */
async function lowerCasePass(result: Finished, collector: Collector, pool: TaskPool, keepTexts: boolean): Promise<void> {
  const candidates = lowerCaseCandidates(result.kept.flatMap((r) => (r.extraction ? [r.extraction] : [])));
  if (candidates.length === 0) return;
  await pool.broadcast({ kind: 'candidates', candidates });
  for (let i = 0; i < result.kept.length; i += LOWERCASE_BATCH) {
    const docs: LowerCaseDoc[] = result.kept.slice(i, i + LOWERCASE_BATCH).map((r, j) => ({
      index: i + j,
      doc: { key: r.doc.key, lang: r.doc.lang, path: r.doc.path },
      ...(keepTexts ? { text: r.doc.text } : { spool: r.spool }),
    }));
    await pool.submit({ kind: 'lowercase', docs });
  }
  await pool.drain();
  result.kept.forEach((r, i) => {
    const again = collector.lowerCase.get(i);
    if (!again) return;
    if (again.failure !== undefined) result.issues.push(extractFailedIssue(r.doc.path, again.failure));
    else if (r.extraction) {
      r.extraction = again.extraction;
      r.guard = again.guard;
    }
  });
}
