/** A document after ingest: text plus where it came from. */
import { z } from 'zod';

export const DocumentSchema = z.object({
  /** Content hash key: `doc:` + the first 16 hex digits of sha256(text). */
  key: z.string(),
  sha256: z.string(),
  /** Where it came from: a file path, `file.jsonl#L3`, or `<stdin>`. */
  path: z.string(),
  text: z.string(),
  /** ISO 639-1 code, given or detected. */
  lang: z.string(),
  langSource: z.enum(['given', 'detected', 'default']),
  /** How a detected language was chosen: the n-gram detector, or pack evidence where it was unsure (short texts). */
  langMethod: z.enum(['detector', 'pack-evidence']).optional(),
  /** Confidence of a detected language: the winner's relative margin over the runner-up (0–1). */
  langConfidence: z.number().min(0).max(1).optional(),
  title: z.string(),
  id: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  /** Key of the document this one is a near-copy of (one wire story with small edits): both are read, they count as one source. */
  copyOf: z.string().optional(),
});
export type Document = z.infer<typeof DocumentSchema>;

/**
 * A document as a build keeps it once extracted: everything but the text, which a streamed
 * build does not hold (the graph needs titles, paths and dates; evidence keeps its
 * sentences). `text` is there when the caller asked to keep texts or passed documents in.
 */
export type DocumentInfo = Omit<Document, 'text'> & { text?: string };

/** A problem with one input (file or JSONL line): reported, skipped, never fatal to the rest. */
export interface InputIssue {
  code: string;
  /** The file, with `:line` for JSONL lines. */
  where: string;
  message: string;
}
