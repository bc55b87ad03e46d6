/**
 * Worker thread body. Tasks (src/pipeline/parallel.ts):
 * - `chunk`: a piece of a source → documents: decode, parse, detect, hash, extract (or read
 *   the cache), write the cache entry, park the text in this worker's spool file, and reply
 *   with compact records (src/pipeline/document-processor.ts);
 * - `candidates` then `lowercase`: the corpus pass for names written in lower case;
 * - `batch`: documents already in memory → extractions (builds from documents).
 * Extraction is a pure function of a document, so results are identical to in-process
 * extraction; only the order of completion differs, and the pool restores it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../extract/index.js';
import type { SourceChunk } from '../ingest/chunks.js';
import { packFor } from '../lang/index.js';
import { loadLexicon } from '../lexicon/load.js';
import type { LexiconEntry } from '../lexicon/schema.js';
import type { DocExtraction } from '../model/extraction.js';
import { ExtractionCache } from './cache.js';
import { DocumentProcessor, type ChunkResult, type LowerCaseDoc, type LowerCaseResult } from './document-processor.js';
import { SpoolWriter } from './spool.js';

export interface WorkerDoc {
  key: string;
  sha256: string;
  text: string;
  lang: string;
  path: string;
}
export type WorkerResult = { ok: true; value: DocExtraction; cacheError?: string } | { ok: false; path: string; message: string };

export type WorkerTask =
  | { kind: 'chunk'; chunk: SourceChunk }
  | { kind: 'candidates'; candidates: LexiconEntry[] }
  | { kind: 'lowercase'; docs: LowerCaseDoc[] }
  | { kind: 'batch'; docs: WorkerDoc[] };

export type WorkerTaskResult =
  | { kind: 'chunk'; result: ChunkResult }
  /** A source that could not be read: its issue, in its place in the order. */
  | { kind: 'problem'; source: number; issue: import('../model/document.js').InputIssue }
  | { kind: 'candidates' }
  | { kind: 'lowercase'; results: LowerCaseResult[] }
  | { kind: 'batch'; results: WorkerResult[] };

export type WorkerReply = { seq: number; result: WorkerTaskResult } | { seq: number; error: string };

export interface WorkerSettings {
  role?: typeof WORKER_ROLE;
  lexiconFiles?: string[];
  /** The cache folder of the extractor's fingerprint (ExtractionCache.dir), or undefined. */
  cacheDir?: string;
  /** `--lang`. */
  lang?: string;
  /** Spool folder and this worker's file number; undefined when texts are kept. */
  spoolDir?: string;
  spoolFile?: number;
}

/** Runs one task with a processor (shared by workers and in-process builds). */
export async function runTask(processor: DocumentProcessor, task: WorkerTask, extract: (d: WorkerDoc) => WorkerResult): Promise<WorkerTaskResult> {
  switch (task.kind) {
    case 'chunk':
      return { kind: 'chunk', result: await processor.chunk(task.chunk) };
    case 'candidates':
      processor.setCandidates(task.candidates);
      return { kind: 'candidates' };
    case 'lowercase':
      return { kind: 'lowercase', results: processor.lowerCase(task.docs) };
    case 'batch':
      return { kind: 'batch', results: task.docs.map(extract) };
  }
}

/** Set in workerData by the pool: this module is also imported by the main thread (runTask), and test runners run in worker threads of their own. */
export const WORKER_ROLE = 'kg-extract';

if (parentPort && (workerData as WorkerSettings | undefined)?.role === WORKER_ROLE) {
  const port = parentPort;
  const settings = workerData as WorkerSettings;
  const lexicon = await loadLexicon(settings.lexiconFiles ?? []);
  const cache = settings.cacheDir === undefined ? undefined : new ExtractionCache(settings.cacheDir);
  const spool = settings.spoolDir === undefined ? undefined : new SpoolWriter(settings.spoolDir, settings.spoolFile ?? 0);
  const processor = new DocumentProcessor({ lexicon, lang: settings.lang, cache, spool, spoolDir: settings.spoolDir });
  const extract = (d: WorkerDoc): WorkerResult => {
    let value: DocExtraction;
    try {
      value = extractDocument(d, { pack: packFor(d.lang), lexicon });
    } catch (err) {
      return { ok: false, path: d.path, message: (err as Error).message };
    }
    try {
      cache?.putSync(d, value);
    } catch (err) {
      return { ok: true, value, cacheError: `${cache!.pathOf(d)}: ${(err as Error).message}` };
    }
    return { ok: true, value };
  };
  // Tasks run one after another in arrival order (the pool keeps at most two here).
  let queue = Promise.resolve();
  port.on('message', (msg: { seq: number; task: WorkerTask }) => {
    queue = queue.then(async () => {
      let reply: WorkerReply;
      try {
        reply = { seq: msg.seq, result: await runTask(processor, msg.task, extract) };
      } catch (err) {
        reply = { seq: msg.seq, error: (err as Error).stack ?? String(err) };
      }
      port.postMessage(reply);
    });
  });
  process.on('exit', () => processor.close());
}
