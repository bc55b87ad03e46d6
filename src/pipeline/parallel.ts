/**
 * Extraction spread over worker threads for large inputs. Small inputs stay in-process:
 * starting a worker and loading the lexicon costs more than extracting a few articles.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document, InputIssue } from '../model/document.js';
import type { DocExtraction } from '../model/extraction.js';
import type { WorkerDoc, WorkerReply } from './extract-worker.js';

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

export async function extractInWorkers(
  documents: readonly Document[],
  workers: number,
  lexiconFiles: readonly string[] = [],
  issues: InputIssue[] = [],
  onProgress?: (done: number, total: number) => void,
): Promise<DocExtraction[]> {
  const batches: WorkerDoc[][] = [];
  for (let i = 0; i < documents.length; i += BATCH_DOCS) {
    batches.push(documents.slice(i, i + BATCH_DOCS).map((d) => ({ key: d.key, text: d.text, lang: d.lang, path: d.path })));
  }
  const results: WorkerReply['results'][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: workers }, () => new Worker(WORKER_FILE, { workerData: { lexiconFiles: [...lexiconFiles] } }));
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              w.postMessage({ batch, docs: batches[batch] });
            };
            w.on('message', (reply: WorkerReply) => {
              results[reply.batch] = reply.results;
              done += reply.results.length;
              onProgress?.(done, documents.length);
              send();
            });
            w.on('error', reject);
            w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`extraction worker exited with code ${code}`))));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  const out: DocExtraction[] = [];
  for (const batch of results) {
    for (const r of batch) {
      if (r.ok) out.push(r.value);
      else issues.push({ code: 'extract-failed', where: r.path, message: `${r.path}: extraction failed (${r.message}); the document is kept without facts — please report this` });
    }
  }
  return out;
}
