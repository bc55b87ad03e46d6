/**
 * Work spread over worker threads, results in submission order.
 *
 * `TaskPool` sends tasks (pieces of sources, batches of documents) to whichever worker has
 * the fewest waiting, keeping each worker one task ahead so it never idles between replies,
 * and hands results back in the order the tasks were submitted, whatever order the workers
 * finish in. `submit` waits while MAX_PENDING_PER_WORKER tasks per worker are unanswered or
 * unreported, so the reading thread never runs far ahead of extraction (memory stays
 * bounded). A pool with no workers runs each task in this thread (`inProcess`), with the same
 * interface: tests under a TypeScript runner, `--workers 1`, small inputs.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document, InputIssue } from '../model/document.js';
import type { DocExtraction } from '../model/extraction.js';
import { WORKER_ROLE, type WorkerDoc, type WorkerReply, type WorkerResult, type WorkerSettings, type WorkerTask, type WorkerTaskResult } from './extract-worker.js';

/** Below this much text, workers are not worth their start-up (about 0.3 s each). */
export const PARALLEL_MIN_CHARS = 2_000_000;
/** Documents per message of `extractInWorkers`: large enough to amortise messaging, small enough to balance load. */
const BATCH_DOCS = 64;
/** Tasks in flight per worker (sent and not yet reported in order): enough to keep it busy, few enough to bound memory. */
export const MAX_PENDING_PER_WORKER = 4;
/** Tasks a worker holds at once: the one it runs and the next, so it does not wait for the main thread between them. */
const QUEUED_PER_WORKER = 2;

const WORKER_FILE = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

/** Workers run compiled JavaScript; under a TypeScript runner (tests) the file is absent. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/** How many workers to use: `requested` (0 = one per core) when the input is large enough. */
export function workerCount(documents: readonly Document[], requested = 0): number {
  return workersFor(documents.reduce((n, d) => n + d.text.length, 0), documents.length, requested);
}

/** `workerCount` from the size of the input (characters or bytes) and, when known, its number of documents. */
export function workersFor(size: number, documents: number | undefined, requested = 0): number {
  if (requested === 1 || !workersAvailable()) return 1;
  if (requested === 0 && size < PARALLEL_MIN_CHARS) return 1;
  const cores = requested || availableParallelism();
  return Math.max(1, documents === undefined ? cores : Math.min(cores, Math.ceil(documents / BATCH_DOCS)));
}

/** Runs tasks somewhere and reports results in submission order. */
export interface TaskPool {
  /** Queues a task; resolves once there is room for another (back-pressure). Results reach `onResult` in order. */
  submit(task: WorkerTask): Promise<void>;
  /** Takes a place in the order for a result already known (an input that could not be read). */
  submitResult(result: WorkerTaskResult): Promise<void>;
  /** Sends a task to every worker (settings for what follows), outside the order. */
  broadcast(task: WorkerTask): Promise<void>;
  /** Resolves when every submitted task's result has been reported. */
  drain(): Promise<void>;
  /** Stops the workers. */
  close(): Promise<void>;
}

type Runner = (task: WorkerTask) => Promise<WorkerTaskResult>;

/** A pool that runs each task here, one at a time, as it is submitted. */
export function inProcessPool(run: Runner, onResult: (result: WorkerTaskResult) => void): TaskPool {
  return {
    async submit(task) {
      onResult(await run(task));
    },
    async submitResult(result) {
      onResult(result);
    },
    async broadcast(task) {
      await run(task);
    },
    async drain() {},
    async close() {},
  };
}

interface Slot {
  worker: Worker;
  /** Tasks sent and not answered. */
  busy: number;
}

/** A pool of `count` worker threads (src/pipeline/extract-worker.ts), each started with `settings(i)`. */
export function workerPool(count: number, settings: (index: number) => WorkerSettings, onResult: (result: WorkerTaskResult) => void): TaskPool {
  return new WorkerTaskPool(count, settings, onResult);
}

class WorkerTaskPool implements TaskPool {
  private readonly slots: Slot[] = [];
  /** Tasks waiting for a worker, with their sequence numbers. */
  private readonly queue: Array<{ seq: number; task: WorkerTask; transfer: ArrayBuffer[] }> = [];
  /** Results waiting for earlier ones. */
  private readonly done = new Map<number, WorkerTaskResult>();
  private nextSeq = 0;
  private reported = 0;
  /** Broadcasts waiting for every worker's answer, by their (negative) sequence numbers. */
  private readonly broadcasts = new Map<number, { left: number; resolve: () => void; reject: (err: Error) => void }>();
  private broadcastCount = 0;
  private failure: Error | undefined;
  private waiters: Array<() => void> = [];

  constructor(
    count: number,
    settings: (index: number) => WorkerSettings,
    private readonly onResult: (result: WorkerTaskResult) => void,
  ) {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER_FILE, { workerData: { ...settings(i), role: WORKER_ROLE } });
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (reply: WorkerReply) => this.reply(slot, reply));
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`extraction worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  async submit(task: WorkerTask): Promise<void> {
    await this.room();
    const transfer = task.kind === 'chunk' ? [task.chunk.bytes.buffer as ArrayBuffer] : [];
    this.queue.push({ seq: this.nextSeq++, task, transfer });
    this.dispatch();
  }

  async submitResult(result: WorkerTaskResult): Promise<void> {
    await this.room();
    this.done.set(this.nextSeq++, result);
    this.report();
  }

  async broadcast(task: WorkerTask): Promise<void> {
    this.throwIfFailed();
    const seq = -1 - this.broadcastCount++;
    await new Promise<void>((resolve, reject) => {
      this.broadcasts.set(seq, { left: this.slots.length, resolve, reject });
      for (const s of this.slots) s.worker.postMessage({ seq, task });
    });
  }

  async drain(): Promise<void> {
    while (this.reported < this.nextSeq) await this.wait();
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private async room(): Promise<void> {
    while (this.nextSeq - this.reported >= this.slots.length * MAX_PENDING_PER_WORKER) await this.wait();
    this.throwIfFailed();
  }

  private wait(): Promise<void> {
    this.throwIfFailed();
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (slot.busy >= QUEUED_PER_WORKER) return;
      const { seq, task, transfer } = this.queue.shift()!;
      slot.busy++;
      try {
        slot.worker.postMessage({ seq, task }, transfer);
      } catch (err) {
        this.fail(err as Error);
        return;
      }
    }
  }

  private reply(slot: Slot, reply: WorkerReply): void {
    if (reply.seq < 0) {
      const b = this.broadcasts.get(reply.seq);
      if ('error' in reply) this.fail(new Error(reply.error));
      else if (b && --b.left === 0) {
        this.broadcasts.delete(reply.seq);
        b.resolve();
      }
      return;
    }
    slot.busy--;
    if ('error' in reply) {
      this.fail(new Error(reply.error));
      return;
    }
    this.done.set(reply.seq, reply.result);
    this.dispatch();
    this.report();
  }

  /** Hands over every result whose predecessors have all been handed over. */
  private report(): void {
    while (this.done.has(this.reported)) {
      const result = this.done.get(this.reported)!;
      this.done.delete(this.reported++);
      try {
        this.onResult(result);
      } catch (err) {
        this.fail(err as Error);
        return;
      }
    }
    this.wake();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const b of this.broadcasts.values()) b.reject(this.failure);
    this.broadcasts.clear();
    this.wake();
  }
}

/** All documents at once through worker threads (the in-memory path): results in document order; failures become issues. */
export async function extractInWorkers(
  documents: readonly Document[],
  workers: number,
  lexiconFiles: readonly string[] = [],
  issues: InputIssue[] = [],
  onProgress?: (done: number, total: number) => void,
  cacheDir?: string,
): Promise<DocExtraction[]> {
  const out: DocExtraction[] = [];
  let done = 0;
  const pool = workerPool(workers, () => ({ lexiconFiles: [...lexiconFiles], cacheDir }), (result) => {
    if (result.kind !== 'batch') return;
    for (const r of result.results) collect(r, out, issues);
    done += result.results.length;
    onProgress?.(done, documents.length);
  });
  try {
    for (let i = 0; i < documents.length; i += BATCH_DOCS) {
      const docs: WorkerDoc[] = documents.slice(i, i + BATCH_DOCS).map((d) => ({ key: d.key, sha256: d.sha256, text: d.text, lang: d.lang, path: d.path }));
      await pool.submit({ kind: 'batch', docs });
    }
    await pool.drain();
  } finally {
    await pool.close();
  }
  return out;
}

function collect(r: WorkerResult, out: DocExtraction[], issues: InputIssue[]): void {
  if (r.ok) {
    out.push(r.value);
    if (r.cacheError) issues.push(cacheWriteIssue(r.cacheError));
  } else issues.push(extractFailedIssue(r.path, r.message));
}

export function cacheWriteIssue(where: string): InputIssue {
  return { code: 'cache-write-failed', where, message: `${where}; the build is complete, the next one extracts this document again (check free space and permissions, or pass --no-cache)` };
}

export function extractFailedIssue(path: string, message: string): InputIssue {
  return { code: 'extract-failed', where: path, message: `${path}: extraction failed (${message}); the document is kept without facts — please report this` };
}
