/**
 * kg as a library: the pipeline stages, the snapshot contract and the readers built on it.
 * The CLI (src/cli) is a thin layer over these.
 */
export { VERSION } from './version.js';
export { KgError, NoInputError, SnapshotError, UsageError, isKgError } from './errors.js';
export { ENTITY_TYPES, RELATIONS, RELATION_SPECS, type EntityType, type Relation } from './model/types.js';
export type { Document, InputIssue } from './model/document.js';
export type { DocExtraction, EntityMention, ExtractedClaim, Sentence } from './model/extraction.js';

// Pipeline stages.
export { ingest } from './ingest/index.js';
export { segment } from './extract/segment.js';
export { extractDocument } from './extract/index.js';
export { resolveEntities, MERGE_TIERS, type MergeTier, type Resolution, type ResolutionTie, type ResolveOptions, type PreviousEntity } from './resolve/resolve.js';
export { matchKey, foldName, queryForms, type NameRules } from './resolve/names.js';
export { nameRules } from './resolve/name-rules.js';
export { findDuplicates, type DuplicatePair } from './resolve/duplicates.js';
export { buildGraph } from './graph/build.js';
export { buildFromPaths, buildFromDocuments, extractAll, runPipeline, PIPELINES, type BuildOptions, type BuildResult, type Stage, type PipelineState } from './pipeline/index.js';
export { extractWithLlm } from './llm/extract.js';
export { extractAllWithLlm } from './llm/index.js';

// Language packs and lexicons.
export { PACKS, packFor, supportedLanguages, type LanguagePack } from './lang/index.js';
export { loadLexicon, readLexiconFile } from './lexicon/load.js';
export type { Lexicon, LexiconEntry } from './lexicon/schema.js';

// The snapshot contract.
export * from './snapshot/index.js';

// Readers of snapshots.
export { scoreSnapshot, readGold } from './eval/index.js';
export * as exporters from './export/index.js';
export { toCypherScript } from './export/cypher.js';
export { toNeo4jAdminCsv } from './export/csv.js';
export { planLoad, loadSnapshot } from './neo4j/loader.js';
export { parseQuestion } from './query/parse.js';
export { answerQuestion } from './query/answer.js';
export { SnapshotBackend } from './query/snapshot-backend.js';
export { NameIndex } from './query/match.js';
