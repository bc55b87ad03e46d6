/**
 * Every problem ingest reports, with its stable code and a message that names the input and
 * says what to do. Issues are never fatal: the other inputs still load.
 */
import type { InputIssue } from '../model/document.js';
import type { ByteProblem } from './bytes.js';
import { SUPPORTED_EXTENSIONS } from './formats.js';

export const ISSUE_CODES = [
  'missing',
  'unreadable',
  'too-large',
  'empty',
  'binary',
  'invalid-utf8',
  'unsupported-extension',
  'empty-folder',
  'jsonl-not-json',
  'jsonl-schema',
  'duplicate',
  'special-file',
  'bad-name',
  'superseded',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface IngestIssue extends InputIssue {
  code: IssueCode;
}

function issue(code: IssueCode, where: string, message: string): IngestIssue {
  return { code, where, message };
}

const supportedList = (): string => SUPPORTED_EXTENSIONS.join(', ');

/** What to do with a file of a type ingest does not read: the usual converter for that type. */
function conversionHint(extension: string): string {
  switch (extension) {
    case '.pdf':
      return 'extract its text first, e.g. pdftotext file.pdf file.txt';
    case '.doc':
    case '.docx':
    case '.odt':
    case '.rtf':
    case '.html':
    case '.htm':
      return 'convert it to text first, e.g. pandoc -t plain -o file.txt';
    case '.json':
      return 'if it holds articles, write one JSON object per line ({"text": ...}) to a .jsonl file';
    default:
      return 'convert it to UTF-8 text, or rename it to .txt if it already is plain text';
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export const issues = {
  missing: (path: string, cwd: string): IngestIssue =>
    issue('missing', path, `${path}: no such file or folder (relative paths are read from ${cwd}); check the path.`),

  brokenLink: (path: string): IngestIssue =>
    issue('missing', path, `${path}: symbolic link to a file that does not exist; fix or remove the link.`),

  noStdin: (): IngestIssue =>
    issue('missing', '<stdin>', `<stdin>: "-" was given but no standard input is available; pipe the text in or name a file instead.`),

  unreadable: (path: string, reason: string): IngestIssue =>
    issue('unreadable', path, `${path}: cannot be read (${reason}); check its permissions, or leave it out.`),

  /** `streamed`: the size is what was read before stopping, not the whole input. */
  tooLarge: (path: string, size: number, maxBytes: number, streamed = false): IngestIssue =>
    issue(
      'too-large',
      path,
      `${path}: ${streamed ? `more than ${formatBytes(maxBytes)} (stopped reading at ${formatBytes(size)})` : formatBytes(size)}, over the ${formatBytes(maxBytes)} limit; split it into smaller files (JSONL: fewer lines per file) or raise the limit.`,
    ),

  empty: (path: string): IngestIssue =>
    issue('empty', path, `${path}: empty (no text, or only white space); add the article text or leave the file out.`),

  binary: (path: string, detail: string): IngestIssue =>
    issue('binary', path, `${path}: looks binary, not text (${detail}); give the article as a UTF-8 .txt, .md or .jsonl file.`),

  utf16: (path: string): IngestIssue =>
    issue(
      'invalid-utf8',
      path,
      `${path}: is UTF-16, not UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8 "${path}" > converted.txt.`,
    ),

  invalidUtf8: (path: string, offset: number, line: number): IngestIssue =>
    issue(
      'invalid-utf8',
      path,
      `${path}: not valid UTF-8 (byte offset ${offset}, line ${line}); re-save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 "${path}" > converted.txt.`,
    ),

  unsupportedExtension: (path: string, extension: string): IngestIssue =>
    issue(
      'unsupported-extension',
      path,
      `${path}: ${extension === '' ? 'files without an extension are' : `${extension} files are`} not read (supported: ${supportedList()}); ${conversionHint(extension)}.`,
    ),

  emptyFolder: (path: string, skippedCount: number): IngestIssue =>
    issue(
      'empty-folder',
      path,
      `${path}: folder holds no ${supportedList()} file${skippedCount > 0 ? ` (${skippedCount} other file${skippedCount === 1 ? '' : 's'} skipped)` : ''}; check the folder or name the files.`,
    ),

  jsonlNotJson: (where: string, reason: string): IngestIssue =>
    issue('jsonl-not-json', where, `${where}: not a JSON object (${reason}); each line must be one JSON object such as {"text": "..."}. Fix or remove the line.`),

  jsonlSchema: (where: string, reason: string): IngestIssue =>
    issue('jsonl-schema', where, `${where}: ${reason}; each line needs a non-empty string "text" (optional: id, title, url, lang, publishedAt). Fix or remove the line.`),

  specialFile: (path: string, what: string): IngestIssue =>
    issue('special-file', path, `${path}: is ${what}, not a regular file, and is not read (a pipe with no writer would wait forever); pipe it in instead: cat "${path}" | kg build -`),

  badName: (path: string): IngestIssue =>
    issue('bad-name', path, `${path}: the file name is not valid UTF-8, so it is not read; rename it to UTF-8 (e.g. convmv -f latin1 -t utf8 --notest FILE).`),

  duplicate: (path: string, firstPath: string, key: string): IngestIssue =>
    issue('duplicate', path, `${path}: same text as ${firstPath} (${key}), white space aside; read once, under ${firstPath}. Remove one copy to silence this.`),

  superseded: (path: string, laterPath: string, same: string): IngestIssue =>
    issue('superseded', path, `${path}: an earlier version of ${laterPath} (same ${same}); only the later version is read. Remove the old line or give the articles different ids to keep both.`),
};

/** The issue for a source (or a line of one, "file.jsonl:12") whose bytes cannot be read as text. */
export function problemIssue(path: string, problem: ByteProblem): IngestIssue {
  switch (problem.kind) {
    case 'empty':
      return issues.empty(path);
    case 'binary':
      return issues.binary(path, problem.detail);
    case 'utf16':
      return issues.utf16(path);
    case 'invalid-utf8':
      return issues.invalidUtf8(path, problem.offset, problem.line);
  }
}
