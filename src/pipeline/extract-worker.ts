/**
 * Worker thread body: extracts batches of documents with the same packs and lexicon as the
 * main thread. Extraction is a pure function of a document, so results are identical to
 * in-process extraction; only the order of completion differs, and the caller restores it.
 * With a cache folder, the worker also writes each extraction's cache entry, so that the
 * checksum and the file write cost the main thread nothing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../extract/index.js';
import { packFor } from '../lang/index.js';
import { loadLexicon } from '../lexicon/load.js';
import type { DocExtraction } from '../model/extraction.js';
import { ExtractionCache } from './cache.js';

export interface WorkerDoc {
  key: string;
  sha256: string;
  text: string;
  lang: string;
  path: string;
}
export type WorkerResult = { ok: true; value: DocExtraction; cacheError?: string } | { ok: false; path: string; message: string };
export type WorkerReply = { batch: number; results: WorkerResult[] };
export interface WorkerSettings {
  lexiconFiles?: string[];
  /** The cache folder of the extractor's fingerprint (ExtractionCache.dir), or undefined. */
  cacheDir?: string;
}

const settings = workerData as WorkerSettings;
const lexicon = await loadLexicon(settings.lexiconFiles ?? []);
const cache = settings.cacheDir === undefined ? undefined : new ExtractionCache(settings.cacheDir);

parentPort!.on('message', (msg: { batch: number; docs: WorkerDoc[] }) => {
  const results: WorkerResult[] = msg.docs.map((d) => {
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
  });
  parentPort!.postMessage({ batch: msg.batch, results } satisfies WorkerReply);
});
