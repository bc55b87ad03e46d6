/** JSONL articles: one JSON object per line, validated with zod; a bad line is reported, the others load. */
import { z } from 'zod';
import { isBlank } from './bytes.js';
import { normaliseLangTag } from './lang-tag.js';

/** Reasons quote the offending input; past this many characters they stop helping and start flooding the terminal. */
export const REASON_MAX_CHARS = 160;

const LANG_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

/** Optional string fields also accept null (common in exported datasets) and treat '' as absent. */
const optionalText = (field: string) =>
  z
    .string({ error: (iss) => `"${field}" must be a string, got ${typeName(iss.input)}` })
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? undefined : v.trim()));

export const JsonlArticleSchema = z.object({
  text: z
    .string({ error: (iss) => (iss.input === undefined ? '"text" is missing' : `"text" must be a string, got ${typeName(iss.input)}`) })
    .refine((s) => !isBlank(s), { error: '"text" is empty' }),
  // Dataset ids are often numbers; they are labels here, so both are kept as strings.
  id: z
    .union([z.string(), z.number()], {
      error: (iss) =>
        typeof iss.input === 'number'
          ? `"id" is a number too large for a JSON reader (it reads as ${iss.input}); write it as a string, e.g. "id": "1e999"`
          : `"id" must be a string or number, got ${typeName(iss.input)}`,
    })
    .nullish()
    .transform((v) => (v == null || String(v).trim() === '' ? undefined : String(v).trim())),
  title: optionalText('title'),
  url: optionalText('url'),
  lang: z
    .string({ error: (iss) => `"lang" must be a string, got ${typeName(iss.input)}` })
    .regex(LANG_TAG, { error: (iss) => `"lang" must be a language code such as "de", got ${JSON.stringify(iss.input)}` })
    .nullish()
    .transform((v) => (v == null ? undefined : normaliseLangTag(v))),
  publishedAt: optionalText('publishedAt'),
});
export type JsonlArticle = z.output<typeof JsonlArticleSchema>;

export type JsonlLineResult =
  | { ok: true; article: JsonlArticle }
  | { ok: false; kind: 'not-json' | 'schema'; reason: string };

function clip(s: string): string {
  return s.length > REASON_MAX_CHARS ? `${s.slice(0, REASON_MAX_CHARS - 1)}…` : s;
}

/** Parses and validates one non-blank line. */
export function parseJsonlLine(line: string): JsonlLineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, kind: 'not-json', reason: clip(`invalid JSON: ${(err as Error).message}`) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, kind: 'not-json', reason: `found ${typeName(value)}` };
  }
  const parsed = JsonlArticleSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, kind: 'schema', reason: clip(parsed.error.issues.map((i) => i.message).join('; ')) };
  }
  return { ok: true, article: parsed.data };
}

export interface JsonlEntry {
  /** 1-based line number in the input, blank lines counted. */
  line: number;
  article: JsonlArticle;
}

export interface JsonlFailure {
  line: number;
  kind: 'not-json' | 'schema';
  reason: string;
}

/**
 * Splits on LF (the caller has normalised line ends); blank lines are ignored. `firstLine`
 * numbers the first line of `text` when it is a piece of a larger source.
 */
export function parseJsonl(text: string, firstLine = 1): { entries: JsonlEntry[]; failures: JsonlFailure[] } {
  const entries: JsonlEntry[] = [];
  const failures: JsonlFailure[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const result = parseJsonlLine(raw);
    if (result.ok) entries.push({ line: firstLine + index, article: result.article });
    else failures.push({ line: firstLine + index, kind: result.kind, reason: result.reason });
  });
  return { entries, failures };
}

/** The stdin rule: JSONL when the first non-white-space character opens an object. */
export function looksLikeJsonl(text: string): boolean {
  return /^\s*\{/.test(text);
}
