/**
 * The pipelines, as lists of named stages over one state (GraphRAG-style): the rules
 * pipeline and the LLM pipeline differ only in their extract stage, and both end in the
 * same resolve and build stages. `buildFromPaths` is what `kg build` runs; each stage is
 * exported for callers that want to run or replace one.
 */
import { extractDocument } from '../extract/index.js';
import { buildGraphParts, graphFromParts, type GraphParts } from '../graph/build.js';
import { ingest, type IngestOptions, type SkippedFile } from '../ingest/index.js';
import { packFor } from '../lang/index.js';
import { loadLexicon } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/schema.js';
import type { LlmSettings } from '../llm/index.js';
import type { Document, DocumentInfo, InputIssue } from '../model/document.js';
import { guardClaimNumbers } from '../model/finite.js';
import type { DocExtraction } from '../model/extraction.js';
import { documentsWithLowerCase, lowerCaseCandidates } from '../resolve/lowercase-names.js';
import { nameRules } from '../resolve/name-rules.js';
import { resolveEntities, type PreviousEntity, type Resolution, type ResolutionTie } from '../resolve/resolve.js';
import { graphToSnapshot, type KgGraph } from '../snapshot/io.js';
import type { Snapshot } from '../snapshot/schema.js';
import { checkMemoryBudget } from './memory.js';
import { ExtractionCache, type CacheStats } from './cache.js';
import { cacheWriteIssue, extractFailedIssue, extractInWorkers, workerCount } from './parallel.js';
import { append, streamIngestExtract } from './stream.js';

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
  /**
   * Called as documents are extracted (for a progress bar): in bytes of input read and
   * extracted for builds from paths (the total comes from the files' sizes), in documents for
   * builds from documents.
   */
  onProgress?: (done: number, total: number) => void;
  /**
   * Keep every document's text, and every sentence of its extraction, in the result. Off by
   * default for builds from paths: they keep only what the graph needs, so memory grows with
   * the graph, not with the input (docs/scale.md).
   */
  keepTexts?: boolean;
}

export type Extractor = 'rules' | 'llm';

/** What the stages read and write. Each stage fills its part; nothing else is shared. */
export interface PipelineState {
  inputs: readonly string[];
  options: BuildOptions;
  lexicon: Lexicon;
  /** With their texts for builds from documents; without (unless `keepTexts`) for streamed builds. */
  documents: DocumentInfo[];
  skipped: SkippedFile[];
  issues: InputIssue[];
  extractions: DocExtraction[];
  /** The extractions' numbers were already checked (src/model/finite.ts) where the texts were. */
  guarded?: boolean;
  resolution?: Resolution;
  parts?: GraphParts;
  cache?: CacheStats;
  cacheHandle?: Promise<ExtractionCache>;
  /** UTF-8 bytes of the documents' texts. */
  textBytes?: number;
}

export interface Stage {
  name: 'ingest' | 'extract' | 'resolve' | 'build';
  run(state: PipelineState): Promise<void> | void;
}

export interface BuildResult {
  /** The graph as sorted lists: what `writeSnapshotParts` streams to disk (src/snapshot/write.ts). */
  parts: GraphParts;
  /** The validated snapshot, made on first read (a second copy of the graph: large builds write `parts` instead). */
  readonly snapshot: Snapshot;
  /** The graphology graph, made on first read. */
  readonly graph: KgGraph;
  /** Without texts unless `keepTexts` (or built from documents). */
  documents: DocumentInfo[];
  extractions: DocExtraction[];
  issues: InputIssue[];
  skipped: SkippedFile[];
  /** Names resolution left apart because several entities fitted them equally well. */
  ties: ResolutionTie[];
  /** What the extraction cache gave, when one was used. */
  cache?: CacheStats;
  /** UTF-8 bytes of the documents' texts. */
  textBytes: number;
  /** Milliseconds per stage. */
  timings: { ingestMs: number; extractMs: number; resolveMs: number; buildMs: number };
}

/** The documents of a build from documents, which keep their texts. */
function withTexts(documents: readonly DocumentInfo[]): Document[] {
  for (const d of documents) if (d.text === undefined) throw new Error(`document ${d.key} has no text to extract`);
  return documents as Document[];
}

/** extract (rules, in-process): every document with its language's pack; one failure does not stop the others. */
export function extractAll(documents: readonly Document[], lexicon: Lexicon, issues: InputIssue[] = [], onProgress?: BuildOptions['onProgress']): DocExtraction[] {
  const out: DocExtraction[] = [];
  documents.forEach((d, i) => {
    try {
      out.push(extractDocument(d, { pack: packFor(d.lang), lexicon }));
    } catch (err) {
      issues.push(extractFailedIssue(d.path, (err as Error).message));
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
  // With --lang no document is detected, and on a warm cache every language is remembered:
  // eld (tens of MB) is loaded only for a text that needs detecting.
  if (!cache || s.options.detector || s.options.lang?.trim()) return s.options;
  return { ...s.options, languageMemory: cache };
}

export const ingestStage: Stage = {
  name: 'ingest',
  async run(s) {
    const r = await ingest(s.inputs, await ingestOptions(s));
    s.documents = r.documents;
    s.skipped = r.skipped;
    append(s.issues, r.issues);
    if (!s.options.ignoreMemoryLimit) checkMemoryBudget(r.documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0));
  },
};

export const rulesExtractStage: Stage = {
  name: 'extract',
  async run(s) {
    const documents = withTexts(s.documents);
    const cache = await cacheOf(s);
    const cached = cache ? await cache.getMany(documents) : [];
    const todo = cache ? documents.filter((_, i) => cached[i] === undefined) : documents;
    const reused = documents.length - todo.length;
    const onProgress = s.options.onProgress && ((done: number) => s.options.onProgress!(reused + done, documents.length));
    if (reused > 0) s.options.onProgress?.(reused, documents.length);
    const workers = workerCount(todo, s.options.workers);
    // Workers write the cache entries of what they extract; in-process extraction writes them here.
    const fresh =
      workers > 1
        ? await extractInWorkers(todo, workers, s.options.lexiconFiles, s.issues, onProgress, cache?.dir)
        : extractAll(todo, s.lexicon, s.issues, onProgress);
    if (!cache) s.extractions = fresh;
    else {
      s.extractions = inDocumentOrder(documents, cached, fresh);
      if (workers <= 1) {
        const byKey = new Map(fresh.map((e) => [e.docKey, e]));
        const toStore = documents.flatMap((d, i) => {
          const e = cached[i] === undefined ? byKey.get(d.key) : undefined;
          return e ? [[d, e] as const] : [];
        });
        for (const message of await cache.putMany(toStore)) s.issues.push(cacheWriteIssue(message));
      }
      s.cache = cache.stats;
    }
    // The corpus pass depends on every document, so it runs on every build, after the cache (which keeps each document's own extraction).
    s.extractions = extractLowerCaseNames(documents, s.extractions, s.lexicon, s.issues);
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
 * ingest and extract together, streamed (src/pipeline/stream.ts): the main thread reads
 * bytes, the workers (or this thread) decode, detect, extract and keep only records; what
 * needs every document (versions, duplicates, near-copies, lower-case names) is decided on
 * the records. Timed as `extract`.
 */
export const streamedIngestExtractStage: Stage = {
  name: 'extract',
  async run(s) {
    const r = await streamIngestExtract(s.inputs, { ...s.options, lexicon: s.lexicon });
    s.documents = r.documents;
    s.extractions = r.extractions;
    s.skipped = r.skipped;
    append(s.issues, r.issues);
    s.guarded = true;
    s.textBytes = r.textBytes;
    if (r.cache) s.cache = r.cache;
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

export const llmExtractStage: Stage = {
  name: 'extract',
  async run(s) {
    // Loaded for an LLM build only: its client and reply schema are no part of a rules build.
    const { extractAllWithLlm } = await import('../llm/index.js');
    s.extractions = await extractAllWithLlm(withTexts(s.documents), s.options.llm, s.issues);
  },
};

export const resolveStage: Stage = {
  name: 'resolve',
  run(s) {
    // Whatever extractor ran, no Infinity or NaN reaches the graph (src/model/finite.ts).
    if (!s.guarded) s.extractions = guardClaimNumbers(s.extractions, withTexts(s.documents), s.issues);
    s.resolution = resolveEntities(s.extractions, { rules: nameRules(), lexicon: s.lexicon.entries, previous: s.options.previous });
  },
};

export const buildStage: Stage = {
  name: 'build',
  run(s) {
    s.parts = buildGraphParts(s.documents, s.extractions, s.resolution!, s.options.extractor ?? 'rules');
  },
};

export const PIPELINES: Readonly<Record<Extractor | 'streamed', readonly Stage[]>> = {
  rules: [ingestStage, rulesExtractStage, resolveStage, buildStage],
  llm: [ingestStage, llmExtractStage, resolveStage, buildStage],
  /** The rules pipeline streamed from paths: ingest and extraction in the workers, records only (stream.ts). */
  streamed: [streamedIngestExtractStage, resolveStage, buildStage],
};

/** Runs stages in order over a state, timing each. */
export async function runPipeline(stages: readonly Stage[], state: PipelineState): Promise<BuildResult> {
  const timings = { ingestMs: 0, extractMs: 0, resolveMs: 0, buildMs: 0 };
  for (const stage of stages) {
    const t = performance.now();
    await stage.run(state);
    timings[`${stage.name}Ms`] += performance.now() - t;
  }
  const parts = state.parts!;
  let graph: KgGraph | undefined;
  let snapshot: Snapshot | undefined;
  return {
    parts,
    get graph() {
      graph ??= graphFromParts(parts);
      return graph;
    },
    get snapshot() {
      graph ??= graphFromParts(parts);
      snapshot ??= graphToSnapshot(graph);
      return snapshot;
    },
    documents: state.documents,
    extractions: state.extractions,
    issues: state.issues,
    skipped: state.skipped,
    ties: state.resolution?.ties ?? [],
    ...(state.cache ? { cache: state.cache } : {}),
    textBytes: state.textBytes ?? state.documents.reduce((n, d) => n + Buffer.byteLength(d.text ?? ''), 0),
    timings,
  };
}

async function initialState(inputs: readonly string[], documents: DocumentInfo[], options: BuildOptions): Promise<PipelineState> {
  const lexicon = options.lexicon ?? (await loadLexicon(options.lexiconFiles));
  return { inputs, options, lexicon, documents, skipped: [], issues: [], extractions: [] };
}

/** Files, folders and `-` → snapshot: what `kg build` runs. */
export async function buildFromPaths(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const extractor = options.extractor ?? 'rules';
  return runPipeline(PIPELINES[extractor === 'rules' ? 'streamed' : extractor], await initialState(paths, [], options));
}

/** Documents already in memory → snapshot (the pipeline without its ingest stage). */
export async function buildFromDocuments(documents: Document[], options: BuildOptions = {}): Promise<BuildResult> {
  const stages = PIPELINES[options.extractor ?? 'rules'].filter((s) => s.name !== 'ingest');
  return runPipeline(stages, await initialState([], documents, options));
}
