/** Shapes shared by the ingest modules. */
import type { Document, InputIssue } from '../model/document.js';
import type { DetailedLanguageDetector, LanguageChoice, LanguageDetector } from './detect-language.js';

/** Language choices remembered per text (src/pipeline/cache.ts's ExtractionCache is one). */
export interface LanguageMemory {
  /** The remembered choice, null for "undetermined", undefined when none is remembered. */
  recallLanguage(text: string): LanguageChoice | null | undefined;
  rememberingDetector(detect: DetailedLanguageDetector): DetailedLanguageDetector;
}

/** 20 MB: a news article is a few KB; anything this large is almost surely not one, and is read whole into memory. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The path that stands for standard input in `inputs`, and the `path` its document gets. */
export const STDIN_INPUT = '-';
export const STDIN_PATH = '<stdin>';

export interface IngestOptions {
  /** ISO 639-1 code applied to every document (a JSONL line's own `lang` still wins). */
  lang?: string;
  /** Read when `-` is among the inputs. */
  stdin?: NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>;
  /** Files (and stdin) larger than this become a `too-large` issue. Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /** Relative inputs are read from here (default process.cwd()); the document path stays as given. */
  cwd?: string;
  /** Replaces the eld-based detector (tests, or a caller that already holds one). */
  detector?: LanguageDetector;
  /**
   * Without `detector`: languages remembered per text (the extraction cache). A remembered
   * choice is used without loading eld; eld, loaded on the first text not remembered, is
   * wrapped by `rememberingDetector` so its choices are remembered too.
   */
  languageMemory?: LanguageMemory;
  /**
   * Called with each document as soon as its language is known, in document order, before
   * ingest returns: lets a build hand documents to extraction workers while the rest are
   * still being read and detected.
   */
  onDocument?: (doc: Document) => void;
}

/** A file inside a folder that was not read, and is not an error (e.g. a gold `.json` next to the articles). */
export interface SkippedFile {
  path: string;
  reason: 'unsupported-extension' | 'hidden' | 'symlink-loop' | 'already-visited' | 'special-file';
  /** For `unsupported-extension`: the extension with its dot, lower case, or '' when the name has none. */
  extension?: string;
}

export interface IngestResult {
  documents: Document[];
  issues: InputIssue[];
  skipped: SkippedFile[];
}

export type { Document, InputIssue };
