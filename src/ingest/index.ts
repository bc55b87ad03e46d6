export { ingest, UNDETERMINED_LANG } from './ingest.js';
export { DEFAULT_MAX_BYTES, STDIN_INPUT, STDIN_PATH } from './types.js';
export type { IngestOptions, IngestResult, SkippedFile } from './types.js';
export { ISSUE_CODES, issues as ingestIssues } from './issues.js';
export type { IssueCode, IngestIssue } from './issues.js';
export { SUPPORTED_EXTENSIONS, extensionOf, formatOf } from './formats.js';
export type { InputFormat } from './formats.js';
export { BINARY_SAMPLE_BYTES, CONTROL_SHARE_LIMIT, binarySign, decodeText, isBlank } from './bytes.js';
export type { ByteProblem, DecodeResult } from './bytes.js';
export { findInvalidUtf8, lineAtByte } from './utf8.js';
export { DOC_KEY_HEX_DIGITS, TITLE_MAX_CHARS, documentKey, normaliseNewlines, sha256Hex, titleOf, truncateTitle } from './text.js';
export { JsonlArticleSchema, REASON_MAX_CHARS, looksLikeJsonl, parseJsonl, parseJsonlLine } from './jsonl.js';
export type { JsonlArticle, JsonlEntry, JsonlFailure, JsonlLineResult } from './jsonl.js';
export { normaliseLangTag } from './lang-tag.js';
export {
  DETECT_CHUNK_CHARS,
  MAX_DETECT_CHUNKS,
  MIN_DETECT_LETTERS,
  MIN_RELATIVE_MARGIN,
  countLetters,
  detectLanguage,
  detectWith,
  loadLanguageDetector,
  sampleChunks,
} from './detect-language.js';
export type { DetectionOutcome, EldDetector, LanguageDetector } from './detect-language.js';
export { draftsFromText } from './documents.js';
export type { DocumentDraft } from './documents.js';
export { dedupeByContent, foldedTextHash, issueLocation, latestVersions } from './dedupe.js';
export { markNearDuplicates, similarity } from './near-duplicates.js';
export { describeSkipped, explainSkipped } from './summary.js';
export { walkInputs } from './walk.js';
export type { WalkItem } from './walk.js';
