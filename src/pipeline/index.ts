/**
 * The pipelines, as lists of named stages over one state (GraphRAG-style): the rules
 * pipeline and the LLM pipeline differ only in their extract stage, and both end in the
 * same resolve and build stages. `buildFromPaths` is what `kg build` runs; each stage is
 * exported for callers that want to run or replace one.
 */
import { extractDocument } from '../extract/index.js';
import { buildGraph } from '../graph/build.js';
import { ingest, loadLanguageDetector, type IngestOptions, type SkippedFile } from '../ingest/index.js';
import { packFor } from '../lang/index.js';
import { loadLexicon } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/schema.js';
import { extractAllWithLlm, type LlmSettings } from '../llm/index.js';
import type { Document, InputIssue } from '../model/document.js';
import { guardClaimNumbers } from '../model/finite.js';
import type { DocExtraction } from '../model/extraction.js';
import { documentsWithLowerCase, lowerCaseCandidates } from '../resolve/lowercase-names.js';
import { nameRules } from '../resolve/name-rules.js';
import { resolveEntities, type PreviousEntity, type Resolution, type ResolutionTie } from '../resolve/resolve.js';
import { graphToSnapshot, type KgGraph } from '../snapshot/io.js';
import type { Snapshot } from '../snapshot/schema.js';
import { checkMemoryBudget } from './memory.js';
import { ExtractionCache, type CacheStats } from './cache.js';
import { ExtractionPool, extractInWorkers, workerCount, workersAvailable } from './parallel.js';

export interface BuildOptions extends IngestOptions {
  /** Worker threads for extraction: 0 = automatic (one per core for large inputs), 1 = in-process. */
  workers?: number;
  /** User lexicons (gazetteer files) added to the built-in one. */
  lexiconFiles?: readonly string[];
  /** A lexicon already loaded (tests, long-running callers). */
  lexicon?: Lexicon;
  /** Which extract stage runs: the offline rules (default) or an OpenAI-compatible LLM (see docs/llm.md). */
  extractor?: Extractor;
  /** Endpoint and model for `extractor: 'llm'`. */
  llm?: LlmSettings;
  /** Entities of the snapshot this build replaces: their keys are kept (see previousEntities). */
  previous?: readonly PreviousEntity[];
  /** Skip the check of input size against the heap (./memory.ts) and risk running out of memory. */
  ignoreMemoryLimit?: boolean;
  /**
   * Folder of the extraction cache (see cache.ts and docs/scale.md); undefined: no cache.
   * `kg build` passes `defaultCacheDir()` unless `--no-cache`.
   */
  cacheDir?: string;
  /** Called as documents are extracted (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export type Extractor = 'rules' | 'llm';

/** What the stages read and write. Each stage fills its part; nothing else is shared. */
export interface PipelineState {
  inputs: readonly string[];
  options: BuildOptions;
  lexicon: Lexicon;
  documents: Document[];
  skipped: SkippedFile[];
  issues: InputIssue[];
  extractions: DocExtraction[];
  resolution?: Resolution;
  graph?: KgGraph;
  snapshot?: Snapshot;
  cache?: CacheStats;
  cacheHandle?: Promise<ExtractionCache>;
}

export interface Stage {
  name: 'ingest' | 'extract' | 'resolve' | 'build';
  run(state: PipelineState): Promise<void> | void;
}

export interface BuildResult {
  snapshot: Snapshot;
  graph: KgGraph;
  documents: Document[];
  extractions: DocExtraction[];
  issues: InputIssue[];
  skipped: SkippedFile[];
  /** Names resolution left apart because several entities fitted them equally well. */
  ties: ResolutionTie[];
  /** What the extraction cache gave, when one was used. */
  cache?: CacheStats;
  /** Milliseconds per stage. */
  timings: { ingestMs: number; extractMs: number; resolveMs: number; buildMs: number };
}

/** extract (rules, in-process): every document with its language's pack; one failure does not stop the others. */
export function extractAll(documents: readonly Document[], lexicon: Lexicon, issues: InputIssue[] = [], onProgress?: BuildOptions['onProgress']): DocExtraction[] {
  const out: DocExtraction[] = [];
  documents.forEach((d, i) => {
    try {
      out.push(extractDocument(d, { pack: packFor(d.lang), lexicon }));
    } catch (err) {
      issues.push({ code: 'extract-failed', where: d.path, message: `${d.path}: extraction failed (${(err as Error).message}); the document is kept without facts — please report this` });
    }
    onProgress?.(i + 1, documents.length);
  });
  return out;
}

/** The extraction cache of a build, opened once (its fingerprint reads the extractor's code). */
async function cacheOf(s: PipelineState): Promise<ExtractionCache | undefined> {
  if (s.options.cacheDir === undefined) return undefined;
  s.cacheHandle ??= ExtractionCache.open(s.options.cacheDir, s.lexicon);
  return s.cacheHandle;
}

/** Ingest options of a build: with a cache, detected languages are remembered there too. */
async function ingestOptions(s: PipelineState): Promise<IngestOptions> {
  const cache = await cacheOf(s);
  // With --lang no document is detected: eld (tens of MB) is not loaded at all.
  if (!cache || s.options.detector || s.options.lang?.trim()) return s.options;
  return { ...s.options, detector: cache.rememberingDetector(await loadLanguageDetector()) };
}

export const ingestStage: Stage = {
  name: 'ingest',
  async run(s) {
    const r = await ingest(s.inputs, await ingestOptions(s));
    s.documents = r.documents;
    s.skipped = r.skipped;
    s.issues.push(...r.issues);
    if (!s.options.ignoreMemoryLimit) checkMemoryBudget(r.documents.reduce((n, d) => n + d.text.length, 0));
  },
};

export const rulesExtractStage: Stage = {
  name: 'extract',
  async run(s) {
    const cache = await cacheOf(s);
    const cached = cache ? await cache.getMany(s.documents) : [];
    const todo = cache ? s.documents.filter((_, i) => cached[i] === undefined) : s.documents;
    const reused = s.documents.length - todo.length;
    const onProgress = s.options.onProgress && ((done: number) => s.options.onProgress!(reused + done, s.documents.length));
    if (reused > 0) s.options.onProgress?.(reused, s.documents.length);
    const workers = workerCount(todo, s.options.workers);
    // Workers write the cache entries of what they extract; in-process extraction writes them here.
    const fresh =
      workers > 1
        ? await extractInWorkers(todo, workers, s.options.lexiconFiles, s.issues, onProgress, cache?.dir)
        : extractAll(todo, s.lexicon, s.issues, onProgress);
    if (!cache) s.extractions = fresh;
    else {
      s.extractions = inDocumentOrder(s.documents, cached, fresh);
      if (workers <= 1) {
        const byKey = new Map(fresh.map((e) => [e.docKey, e]));
        const toStore = s.documents.flatMap((d, i) => {
          const e = cached[i] === undefined ? byKey.get(d.key) : undefined;
          return e ? [[d, e] as const] : [];
        });
        for (const message of await cache.putMany(toStore)) s.issues.push(cacheWriteIssue(cache.dir, message));
      }
      s.cache = cache.stats;
    }
    // The corpus pass depends on every document, so it runs on every build, after the cache (which keeps each document's own extraction).
    s.extractions = extractLowerCaseNames(s.documents, s.extractions, s.lexicon, s.issues);
  },
};

/**
 * The corpus pass of src/resolve/lowercase-names.ts: documents that write a name of the
 * corpus in lower case are extracted again with it in their lexicon (in-process: they are few).
 */
export function extractLowerCaseNames(documents: readonly Document[], extractions: DocExtraction[], lexicon: Lexicon, issues: InputIssue[] = []): DocExtraction[] {
  const needs = documentsWithLowerCase(documents, lowerCaseCandidates(extractions));
  if (needs.size === 0) return extractions;
  const again = new Map<string, DocExtraction>();
  for (const d of documents) {
    const extra = needs.get(d.key);
    if (!extra) continue;
    for (const x of extractAll([d], { ...lexicon, entries: [...lexicon.entries, ...extra] }, issues)) again.set(x.docKey, x);
  }
  return extractions.map((x) => again.get(x.docKey) ?? x);
}

/**
 * ingest and extract together, for builds with two or more workers: each document goes to
 * the workers (or comes from the cache) as soon as ingest has read it and known its
 * language, so the workers extract while the main thread still reads and detects.
 */
export const streamingIngestExtractStage: Stage = {
  name: 'extract',
  async run(s) {
    const cache = await cacheOf(s);
    let total: number | undefined;
    const hits = new Map<string, DocExtraction>();
    // Progress needs the total, known once ingest is done.
    const pool = new ExtractionPool(s.options.workers!, { lexiconFiles: [...(s.options.lexiconFiles ?? [])], cacheDir: cache?.dir }, (done) => {
      if (total !== undefined) s.options.onProgress?.(hits.size + done, total);
    });
    try {
      const r = await ingest(s.inputs, {
        ...(await ingestOptions(s)),
        onDocument: (d) => {
          const hit = cache?.getSync(d);
          if (hit) hits.set(d.key, hit);
          else pool.add(d);
        },
      });
      s.documents = r.documents;
      s.skipped = r.skipped;
      s.issues.push(...r.issues);
      total = r.documents.length;
      if (!s.options.ignoreMemoryLimit) checkMemoryBudget(r.documents.reduce((n, d) => n + d.text.length, 0));
    } catch (err) {
      await pool.close();
      throw err;
    }
    const fresh = (await pool.finish(s.issues)).map((r) => r.extraction);
    s.extractions = extractLowerCaseNames(s.documents, inDocumentOrder(s.documents, s.documents.map((d) => hits.get(d.key)), fresh), s.lexicon, s.issues);
    if (cache) s.cache = cache.stats;
  },
};

/** Cached and fresh extractions in document order, as one in-process pass gives them; a failed extraction has no entry either way. */
function inDocumentOrder(documents: readonly Document[], cached: ReadonlyArray<DocExtraction | undefined>, fresh: readonly DocExtraction[]): DocExtraction[] {
  const byKey = new Map(fresh.map((e) => [e.docKey, e]));
  const out: DocExtraction[] = [];
  documents.forEach((d, i) => {
    const e = cached[i] ?? byKey.get(d.key);
    if (e !== undefined) out.push(e);
  });
  return out;
}

function cacheWriteIssue(where: string, message: string): InputIssue {
  return { code: 'cache-write-failed', where, message: `${message}; the build is complete, the next one extracts this document again (check free space and permissions, or pass --no-cache)` };
}

export const llmExtractStage: Stage = {
  name: 'extract',
  async run(s) {
    s.extractions = await extractAllWithLlm(s.documents, s.options.llm, s.issues);
  },
};

export const resolveStage: Stage = {
  name: 'resolve',
  run(s) {
    // Whatever extractor ran, no Infinity or NaN reaches the graph (src/model/finite.ts).
    s.extractions = guardClaimNumbers(s.extractions, s.documents, s.issues);
    s.resolution = resolveEntities(s.extractions, { rules: nameRules(), lexicon: s.lexicon.entries, previous: s.options.previous });
  },
};

export const buildStage: Stage = {
  name: 'build',
  run(s) {
    s.graph = buildGraph(s.documents, s.extractions, s.resolution!, s.options.extractor ?? 'rules');
    s.snapshot = graphToSnapshot(s.graph);
  },
};

export const PIPELINES: Readonly<Record<Extractor | 'streaming', readonly Stage[]>> = {
  rules: [ingestStage, rulesExtractStage, resolveStage, buildStage],
  llm: [ingestStage, llmExtractStage, resolveStage, buildStage],
  /** The rules pipeline with ingest and extraction overlapped in workers (`workers` ≥ 2). */
  streaming: [streamingIngestExtractStage, resolveStage, buildStage],
};

/** Runs stages in order over a state, timing each. */
export async function runPipeline(stages: readonly Stage[], state: PipelineState): Promise<BuildResult> {
  const timings = { ingestMs: 0, extractMs: 0, resolveMs: 0, buildMs: 0 };
  for (const stage of stages) {
    const t = performance.now();
    await stage.run(state);
    timings[`${stage.name}Ms`] += performance.now() - t;
  }
  return {
    snapshot: state.snapshot!,
    graph: state.graph!,
    documents: state.documents,
    extractions: state.extractions,
    issues: state.issues,
    skipped: state.skipped,
    ties: state.resolution?.ties ?? [],
    ...(state.cache ? { cache: state.cache } : {}),
    timings,
  };
}

async function initialState(inputs: readonly string[], documents: Document[], options: BuildOptions): Promise<PipelineState> {
  const lexicon = options.lexicon ?? (await loadLexicon(options.lexiconFiles));
  return { inputs, options, lexicon, documents, skipped: [], issues: [], extractions: [] };
}

/** Files, folders and `-` → snapshot: what `kg build` runs. */
export async function buildFromPaths(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const extractor = options.extractor ?? 'rules';
  const streaming = extractor === 'rules' && (options.workers ?? 0) > 1 && workersAvailable();
  return runPipeline(PIPELINES[streaming ? 'streaming' : extractor], await initialState(paths, [], options));
}

/** Documents already in memory → snapshot (the pipeline without its ingest stage). */
export async function buildFromDocuments(documents: Document[], options: BuildOptions = {}): Promise<BuildResult> {
  const stages = PIPELINES[options.extractor ?? 'rules'].filter((s) => s.name !== 'ingest');
  return runPipeline(stages, await initialState([], documents, options));
}
