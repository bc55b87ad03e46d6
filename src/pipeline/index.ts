/**
 * The rules pipeline, as named stages: ingest → extract (segment, recognise, relate) per
 * document → resolve → build graph. `buildFromPaths` is what `kg build` runs; each stage
 * is also exported for callers that want to run or replace one (an LLM extractor replaces
 * `extract` and must return the same DocExtraction type).
 */
import { extractDocument } from '../extract/index.js';
import { buildGraph } from '../graph/build.js';
import { ingest, type IngestOptions, type SkippedFile } from '../ingest/index.js';
import { packFor } from '../lang/index.js';
import { Gazetteer } from '../lexicon/matcher.js';
import { loadLexicon } from '../lexicon/load.js';
import { extractAllWithLlm, type LlmSettings } from '../llm/index.js';
import type { Lexicon } from '../lexicon/schema.js';
import type { Document, InputIssue } from '../model/document.js';
import type { DocExtraction } from '../model/extraction.js';
import { resolveEntities } from '../resolve/resolve.js';
import { extractInWorkers, workerCount } from './parallel.js';
import { graphToSnapshot, type KgGraph } from '../snapshot/io.js';
import type { Snapshot } from '../snapshot/schema.js';

export interface BuildOptions extends IngestOptions {
  /** Worker threads for extraction: 0 = automatic (one per core for large inputs), 1 = in-process. */
  workers?: number;
  /** User lexicons (gazetteer files) added to the built-in one. */
  lexiconFiles?: readonly string[];
  /** A lexicon already loaded (tests, long-running callers). */
  lexicon?: Lexicon;
  /** Which extract stage runs: the offline rules (default) or an OpenAI-compatible LLM (see docs/llm.md). */
  extractor?: 'rules' | 'llm';
  /** Endpoint and model for `extractor: 'llm'`. */
  llm?: LlmSettings;
}

export interface BuildResult {
  snapshot: Snapshot;
  graph: KgGraph;
  documents: Document[];
  extractions: DocExtraction[];
  issues: InputIssue[];
  skipped: SkippedFile[];
  timings: { ingestMs: number; extractMs: number; resolveMs: number; buildMs: number };
}

/** extract: every document with its language's pack; one bad document does not stop the others. */
export function extractAll(documents: readonly Document[], lexicon: Lexicon, issues: InputIssue[] = []): DocExtraction[] {
  const gazetteer = new Gazetteer(lexicon);
  const out: DocExtraction[] = [];
  for (const d of documents) {
    try {
      out.push(extractDocument(d, { pack: packFor(d.lang), lexicon, gazetteer }));
    } catch (err) {
      issues.push({ code: 'extract-failed', where: d.path, message: `${d.path}: extraction failed (${(err as Error).message}); the document is kept without facts — please report this` });
    }
  }
  return out;
}

export async function buildFromDocuments(documents: Document[], options: Pick<BuildOptions, 'lexicon' | 'lexiconFiles' | 'workers' | 'extractor' | 'llm'> = {}): Promise<Omit<BuildResult, 'skipped' | 'timings'> & { timings: Omit<BuildResult['timings'], 'ingestMs'> }> {
  const lexicon = options.lexicon ?? (await loadLexicon(options.lexiconFiles));
  const issues: InputIssue[] = [];
  let t = performance.now();
  const workers = workerCount(documents, options.workers);
  const extractor = options.extractor ?? 'rules';
  const extractions = extractor === 'llm' ? await extractAllWithLlm(documents, options.llm, issues) : workers > 1 ? await extractInWorkers(documents, workers, options.lexiconFiles, issues) : extractAll(documents, lexicon, issues);
  const extractMs = performance.now() - t;
  t = performance.now();
  const resolution = resolveEntities(extractions);
  const resolveMs = performance.now() - t;
  t = performance.now();
  const graph = buildGraph(documents, extractions, resolution, extractor);
  const snapshot = graphToSnapshot(graph);
  const buildMs = performance.now() - t;
  return { snapshot, graph, documents, extractions, issues, timings: { extractMs, resolveMs, buildMs } };
}

export async function buildFromPaths(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const lexicon = options.lexicon ?? (await loadLexicon(options.lexiconFiles));
  const t = performance.now();
  const ingested = await ingest(paths, options);
  const ingestMs = performance.now() - t;
  const built = await buildFromDocuments(ingested.documents, { lexicon, lexiconFiles: options.lexiconFiles, workers: options.workers, extractor: options.extractor, llm: options.llm });
  return { ...built, issues: [...ingested.issues, ...built.issues], skipped: ingested.skipped, timings: { ingestMs, ...built.timings } };
}
