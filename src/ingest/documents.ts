/** Decoded text of one source → document drafts (before language and de-duplication). Pure. */
import type { InputFormat } from './formats.js';
import { issues, type IngestIssue } from './issues.js';
import { parseJsonl } from './jsonl.js';
import { documentKey, normaliseNewlines, sha256Hex, titleOf, truncateTitle } from './text.js';

/** A document still missing its language; `lang` is set when the source itself names one (a JSONL line). */
export interface DocumentDraft {
  key: string;
  sha256: string;
  path: string;
  text: string;
  title: string;
  lang?: string;
  id?: string;
  url?: string;
  publishedAt?: string;
}

function draft(path: string, text: string, title: string, extra: Partial<DocumentDraft> = {}): DocumentDraft {
  const sha256 = sha256Hex(text);
  // A text whose every line is markup (e.g. only `#`) has no title line; its path still labels it.
  return { key: documentKey(sha256), sha256, path, text, title: title === '' ? path : title, ...extra };
}

/** Lines at the top of a text file where a date line may stand (after a title, a byline). */
const DATE_LINE_WINDOW = 5;
/** A line that is an ISO date, alone or after a short label: "2024-11-03", "Date: 2024-11-03", "Veröffentlicht: 2024-11-03T08:00Z". */
const DATE_LINE = /^[\p{L} ]{0,24}[:：]?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/u;

/** The date of a text file: the first ISO date line among its first lines, if any (DESIGN: "a date line in text files"). */
export function dateLine(text: string): string | undefined {
  for (const line of text.split('\n').slice(0, DATE_LINE_WINDOW)) {
    const m = DATE_LINE.exec(line.trim());
    if (m) return m[1];
  }
  return undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** `source` is the path as given (or `<stdin>`); JSONL documents are `source#L<line>`, their issues `source:<line>`. */
export function draftsFromText(source: string, text: string, format: InputFormat): { drafts: DocumentDraft[]; issues: IngestIssue[] } {
  const normalised = normaliseNewlines(text);
  if (format !== 'jsonl') {
    const publishedAt = dateLine(normalised);
    return { drafts: [draft(source, normalised, titleOf(normalised, format), publishedAt ? { publishedAt } : {})], issues: [] };
  }
  return jsonlDrafts(source, normalised);
}

/**
 * JSONL lines (line ends already normalised) → drafts and line issues. `firstLine` numbers
 * the first line of `normalised` when it is a piece of a larger source (streamed builds).
 */
export function jsonlDrafts(source: string, normalised: string, firstLine = 1): { drafts: DocumentDraft[]; issues: IngestIssue[] } {
  const { entries, failures } = parseJsonl(normalised, firstLine);
  const drafts = entries.map(({ line, article }) => {
    const articleText = normaliseNewlines(article.text);
    return draft(
      `${source}#L${line}`,
      articleText,
      // A given title gets the same folding and length cap as a derived one: listings treat them alike.
      article.title !== undefined ? truncateTitle(article.title.replace(/\s+/g, ' ')) : titleOf(articleText, 'text'),
      withoutUndefined({ lang: article.lang, id: article.id, url: article.url, publishedAt: article.publishedAt }),
    );
  });
  const lineIssues = failures.map((f) =>
    f.kind === 'not-json' ? issues.jsonlNotJson(`${source}:${f.line}`, f.reason) : issues.jsonlSchema(`${source}:${f.line}`, f.reason),
  );
  return { drafts, issues: lineIssues };
}
