/**
 * Worker thread body: extracts batches of documents with the same packs and lexicon as the
 * main thread. Extraction is a pure function of a document, so results are identical to
 * in-process extraction; only the order of completion differs, and the caller restores it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../extract/index.js';
import { packFor } from '../lang/index.js';
import { loadLexicon } from '../lexicon/load.js';
import type { DocExtraction } from '../model/extraction.js';

export interface WorkerDoc {
  key: string;
  text: string;
  lang: string;
  path: string;
}
export type WorkerReply = { batch: number; results: Array<{ ok: true; value: DocExtraction } | { ok: false; path: string; message: string }> };

const lexicon = await loadLexicon((workerData as { lexiconFiles?: string[] }).lexiconFiles ?? []);

parentPort!.on('message', (msg: { batch: number; docs: WorkerDoc[] }) => {
  const results: WorkerReply['results'] = msg.docs.map((d) => {
    try {
      return { ok: true, value: extractDocument(d, { pack: packFor(d.lang), lexicon }) };
    } catch (err) {
      return { ok: false, path: d.path, message: (err as Error).message };
    }
  });
  parentPort!.postMessage({ batch: msg.batch, results } satisfies WorkerReply);
});
