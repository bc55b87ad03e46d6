/**
 * Extraction spread over worker threads for large inputs. Small inputs stay in-process:
 * starting a worker and loading the lexicon costs more than extracting a few articles.
 *
 * `ExtractionPool` takes documents one at a time, as ingest finishes each, and sends them in
 * batches to whichever worker is free: the workers start (and load their lexicon) while the
 * main thread still reads and detects, and extract while it goes on reading. Results come
 * back in submission order whatever order the workers finish in.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document, InputIssue } from '../model/document.js';
import type { DocExtraction } from '../model/extraction.js';
import type { WorkerDoc, WorkerReply, WorkerResult, WorkerSettings } from './extract-worker.js';

/** Below this much text, workers are not worth their start-up (about 0.3 s each). */
export const PARALLEL_MIN_CHARS = 2_000_000;
/** Documents per message: large enough to amortise messaging, small enough to balance load. */
const BATCH_DOCS = 64;

const WORKER_FILE = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

/** Workers run compiled JavaScript; under a TypeScript runner (tests) the file is absent. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/** How many workers to use: `requested` (0 = one per core) when the input is large enough. */
export function workerCount(documents: readonly Document[], requested = 0): number {
  if (requested === 1 || !workersAvailable()) return 1;
  const chars = documents.reduce((n, d) => n + d.text.length, 0);
  if (requested === 0 && chars < PARALLEL_MIN_CHARS) return 1;
  return Math.max(1, Math.min(requested || availableParallelism(), Math.ceil(documents.length / BATCH_DOCS)));
}

/** A pool of extraction workers fed document by document. */
export class ExtractionPool {
  private workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: number[] = [];
  private readonly batches: WorkerDoc[][] = [];
  private readonly results: WorkerResult[][] = [];
  private current: WorkerDoc[] = [];
  private submitted = 0;
  private done = 0;
  private finished = 0;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly count: number,
    private readonly settings: WorkerSettings,
    private readonly onProgress?: (done: number) => void,
  ) {}

  /** Workers start with the first document that needs them: a rebuild served by the cache starts none. */
  private start(): void {
    this.workers = Array.from({ length: this.count }, () => new Worker(WORKER_FILE, { workerData: this.settings }));
    for (const w of this.workers) {
      w.on('message', (reply: WorkerReply) => {
        this.results[reply.batch] = reply.results;
        this.batches[reply.batch] = []; // the texts are no longer needed here
        this.finished++;
        this.done += reply.results.length;
        this.onProgress?.(this.done);
        this.idle.push(w);
        this.dispatch();
        this.wake?.();
      });
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`extraction worker exited with code ${code}`));
      });
      this.idle.push(w);
    }
  }

  /** Queues one document; a full batch goes to a free worker at once. */
  add(d: Pick<Document, 'key' | 'sha256' | 'text' | 'lang' | 'path'>): void {
    if (this.workers.length === 0) this.start();
    this.current.push({ key: d.key, sha256: d.sha256, text: d.text, lang: d.lang, path: d.path });
    if (this.current.length >= BATCH_DOCS) this.flush();
  }

  /** Stops the workers without waiting for their results (the build failed elsewhere). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Every queued document's result, in the order added; failures become issues. Stops the workers. */
  async finish(issues: InputIssue[]): Promise<Array<{ key: string; extraction: DocExtraction }>> {
    this.flush();
    try {
      while (this.finished < this.submitted && this.failure === undefined) await new Promise<void>((r) => (this.wake = r));
      if (this.failure) throw this.failure;
    } finally {
      await Promise.all(this.workers.map((w) => w.terminate()));
    }
    const out: Array<{ key: string; extraction: DocExtraction }> = [];
    for (const batch of this.results) {
      for (const r of batch) {
        if (r.ok) {
          out.push({ key: r.value.docKey, extraction: r.value });
          if (r.cacheError) issues.push({ code: 'cache-write-failed', where: r.cacheError, message: `${r.cacheError}; the build is complete, the next one extracts this document again (check free space and permissions, or pass --no-cache)` });
        } else issues.push({ code: 'extract-failed', where: r.path, message: `${r.path}: extraction failed (${r.message}); the document is kept without facts — please report this` });
      }
    }
    return out;
  }

  private flush(): void {
    if (this.current.length === 0) return;
    this.batches.push(this.current);
    this.queue.push(this.submitted++);
    this.current = [];
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const batch = this.queue.shift()!;
      this.idle.pop()!.postMessage({ batch, docs: this.batches[batch] });
    }
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.wake?.();
  }
}

/** All documents at once through a pool (the non-streaming path): results in document order. */
export async function extractInWorkers(
  documents: readonly Document[],
  workers: number,
  lexiconFiles: readonly string[] = [],
  issues: InputIssue[] = [],
  onProgress?: (done: number, total: number) => void,
  cacheDir?: string,
): Promise<DocExtraction[]> {
  const pool = new ExtractionPool(workers, { lexiconFiles: [...lexiconFiles], cacheDir }, onProgress && ((done) => onProgress(done, documents.length)));
  for (const d of documents) pool.add(d);
  return (await pool.finish(issues)).map((r) => r.extraction);
}
