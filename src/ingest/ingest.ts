/** The ingest stage: inputs (files, folders, `-`) → documents, plus issues and skipped files. Never throws on bad input. */
import type { Document } from '../model/document.js';
import { decodeJsonlLines, decodeText } from './bytes.js';
import { dedupeByContent, latestVersions } from './dedupe.js';
import { markNearDuplicates } from './near-duplicates.js';
import { loadLanguageDetector, type DetailedLanguageDetector, type LanguageChoice } from './detect-language.js';
import { draftsFromText, type DocumentDraft } from './documents.js';
import type { InputFormat } from './formats.js';
import { issues, problemIssue, type IngestIssue } from './issues.js';
import { looksLikeJsonl } from './jsonl.js';
import { normaliseLangTag } from './lang-tag.js';
import { readFileBounded, readNamedStream, readStreamBounded, type ReadResult } from './read.js';
import { DEFAULT_MAX_BYTES, STDIN_PATH, type IngestOptions, type IngestResult, type SkippedFile } from './types.js';
import { walkInputs } from './walk.js';

/** Language code for "undetermined" (ISO 639-2), used when nothing is given and detection abstains. */
export const UNDETERMINED_LANG = 'und';

/** Bytes of one source → drafts; a source without a known format (stdin, a pipe) is JSONL when it opens with `{`. */
function sourceDrafts(path: string, read: ReadResult, format: InputFormat | undefined): { drafts: DocumentDraft[]; issues: IngestIssue[] } {
  if (!read.ok) return { drafts: [], issues: [read.issue] };
  // JSONL is read line by line: one bad byte costs its line, not the file.
  if (format === 'jsonl' || (format === undefined && firstNonSpaceByte(read.bytes) === 0x7b)) {
    const lines = decodeJsonlLines(read.bytes);
    if ('problem' in lines) return { drafts: [], issues: [problemIssue(path, lines.problem)] };
    const result = draftsFromText(path, lines.text, 'jsonl');
    const bad = lines.badLines.map(({ line, problem }) => problemIssue(`${path}:${line}`, problem));
    return { drafts: result.drafts, issues: [...bad, ...result.issues] };
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { drafts: [], issues: [problemIssue(path, decoded.problem)] };
  return draftsFromText(path, decoded.text, format ?? (looksLikeJsonl(decoded.text) ? 'jsonl' : 'text'));
}

function firstNonSpaceByte(bytes: Uint8Array): number | undefined {
  // A UTF-8 BOM (EF BB BF) may come first.
  for (let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return b;
  }
  return undefined;
}

/**
 * A draft with its language: its own tag, else the one given for the run, else what the
 * detector says; where the detector is unsure on a short text, pack evidence decides
 * (detect-language.ts), and where it abstains the language is `und`. The detector is loaded
 * only when a draft needs it: `recall` gives a choice remembered for the text (the extraction
 * cache's, null for "undetermined", undefined for none), which needs no detector.
 */
export async function withLanguage(
  draft: DocumentDraft,
  given: string | undefined,
  detect: () => Promise<DetailedLanguageDetector>,
  recall?: (text: string) => LanguageChoice | null | undefined,
): Promise<Document> {
  const { lang: ownLang, ...rest } = draft;
  const fixed = ownLang ?? given;
  if (fixed !== undefined) return { ...rest, lang: fixed, langSource: 'given' };
  const remembered = recall?.(rest.text);
  let choice: LanguageChoice | undefined;
  let detected: string | undefined;
  if (remembered !== undefined) {
    choice = remembered ?? undefined;
    detected = choice?.lang;
  } else {
    const detector = await detect();
    choice = detector.choose ? detector.choose(rest.text) : undefined;
    detected = choice?.lang ?? detector(rest.text);
  }
  return detected === undefined
    ? { ...rest, lang: UNDETERMINED_LANG, langSource: 'default' }
    : { ...rest, lang: detected, langSource: 'detected', ...(choice ? { langMethod: choice.method, langConfidence: choice.confidence } : {}) };
}

async function assignLanguages(drafts: readonly DocumentDraft[], options: IngestOptions): Promise<Document[]> {
  const given = options.lang?.trim() ? normaliseLangTag(options.lang) : undefined;
  let detector: DetailedLanguageDetector | undefined = options.detector;
  const memory = options.detector ? undefined : options.languageMemory;
  const load = async () => (memory ? memory.rememberingDetector(await loadLanguageDetector()) : loadLanguageDetector());
  const recall = memory && ((text: string) => memory.recallLanguage(text));
  const documents: Document[] = [];
  for (const draft of drafts) {
    const doc = await withLanguage(draft, given, async () => (detector ??= await load()), recall);
    documents.push(doc);
    options.onDocument?.(doc);
  }
  return documents;
}

/**
 * Reads every input in order. Each bad file or JSONL line becomes an issue and the rest still
 * load; files of other types inside folders are listed in `skipped`. Identical texts are one
 * document (the first); later copies are `duplicate` issues.
 */
export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const drafts: DocumentDraft[] = [];
  const found: IngestIssue[] = [];
  const skipped: SkippedFile[] = [];

  const add = (result: { drafts: DocumentDraft[]; issues: IngestIssue[] }): void => {
    // One at a time: a spread of a large JSONL file's drafts overflows the stack.
    for (const d of result.drafts) drafts.push(d);
    for (const i of result.issues) found.push(i);
  };

  for (const item of await walkInputs(inputs, cwd)) {
    switch (item.kind) {
      case 'issue':
        found.push(item.issue);
        break;
      case 'skipped':
        skipped.push(item.skipped);
        break;
      case 'file':
        add(sourceDrafts(item.path, await readFileBounded(item.path, item.absolutePath, item.size, maxBytes), item.format));
        break;
      case 'stream':
        add(sourceDrafts(item.path, await readNamedStream(item.path, item.absolutePath, maxBytes), item.format));
        break;
      case 'stdin':
        if (options.stdin === undefined) found.push(issues.noStdin());
        else add(sourceDrafts(STDIN_PATH, await readStreamBounded(STDIN_PATH, options.stdin, maxBytes), undefined));
        break;
    }
  }

  const versions = latestVersions(drafts);
  const { kept, issues: duplicates } = dedupeByContent(versions.kept);
  const documents = markNearDuplicates(await assignLanguages(kept, options));
  return { documents, issues: [...found, ...versions.issues, ...duplicates], skipped };
}
