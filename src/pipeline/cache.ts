/**
 * The extraction cache: each document's extraction on disk, keyed by the document's content
 * hash, its language and a fingerprint of the extractor (kg's version, the code of the
 * extract, language-pack and lexicon modules, and the lexicon's entries). A rebuild extracts
 * only new or changed documents; resolution and the graph are always rebuilt.
 *
 * Layout (docs/scale.md): `<dir>/<fingerprint>/<sha[0..2]>/<sha256>.<lang>.json`, each file a
 * line with the sha256 of the body, then the body (the extraction as JSON, without its
 * document key). A file whose checksum or shape does not match is a miss and is rewritten.
 * Writes go to a temporary file in the same folder and are renamed into place, so a reader
 * (another build sharing the folder) sees a whole entry or none; two builds writing the
 * same entry write the same bytes.
 *
 * These files are also the per-document records that a build on another machine can
 * produce and a merging build can read (docs/scale.md).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from '../lexicon/schema.js';
import type { Document } from '../model/document.js';
import type { DocExtraction } from '../model/extraction.js';
import type { DetailedLanguageDetector, LanguageChoice } from '../ingest/detect-language.js';
import { VERSION } from '../version.js';

/** Bumped when the entry format changes. */
export const CACHE_FORMAT = 1;
/** Module folders whose code decides what extraction produces (relative to this file's parent). */
const EXTRACTOR_MODULES = ['extract', 'ingest', 'lang', 'lexicon', 'model'];
/** Entries read or written at once: enough to hide disk latency, few enough to keep file handles low. */
const IO_CONCURRENCY = 32;

/**
 * Where the cache lives unless `--cache-dir` says: `$KG_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/kg/extractions`, else `~/.cache/kg/extractions`.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KG_CACHE_DIR) return env.KG_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kg', 'extractions');
}

let codeHash: Promise<string> | undefined;

/** sha256 over the extractor's module files (names and bytes, in name order): any code change is a new extractor. */
function extractorCodeHash(): Promise<string> {
  codeHash ??= (async () => {
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    const h = createHash('sha256');
    for (const folder of EXTRACTOR_MODULES) {
      const files = (await readdir(join(root, folder), { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && /\.(js|ts|json)$/u.test(e.name) && !e.name.endsWith('.d.ts') && !e.name.endsWith('.map'))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      for (const f of files) {
        h.update(relative(root, f));
        h.update('\0');
        h.update(await readFile(f));
        h.update('\0');
      }
    }
    return h.digest('hex');
  })();
  return codeHash;
}

/** The extractor fingerprint: 16 hex digits of sha256(format, version, code, lexicon). */
export async function extractorFingerprint(lexicon: Lexicon): Promise<string> {
  const h = createHash('sha256');
  h.update(`kg-extraction-cache ${CACHE_FORMAT} ${VERSION}\0`);
  h.update(await extractorCodeHash());
  h.update('\0');
  // Given names are Sets, which JSON.stringify writes as {}: as sorted lists, a changed name list is a new extractor.
  h.update(JSON.stringify(lexicon, (_key, value: unknown) => (value instanceof Set ? [...value].sort() : value)));
  return h.digest('hex').slice(0, 16);
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries found unreadable or damaged (they were extracted again and rewritten). */
  corrupt: number;
}

export class ExtractionCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0 };

  constructor(
    /** The folder of this fingerprint's entries. */
    readonly dir: string,
  ) {}

  static async open(root: string, lexicon: Lexicon): Promise<ExtractionCache> {
    return new ExtractionCache(join(root, await extractorFingerprint(lexicon)));
  }

  pathOf(doc: Pick<Document, 'sha256' | 'lang'>): string {
    return join(this.dir, doc.sha256.slice(0, 2), `${doc.sha256}.${doc.lang}.json`);
  }

  /** The cached extraction of a document, or undefined (absent, damaged, or of another document). */
  async get(doc: Pick<Document, 'key' | 'sha256' | 'lang'>): Promise<DocExtraction | undefined> {
    return this.count(await readFile(this.pathOf(doc), 'utf8').catch(() => undefined), doc);
  }

  /** Decodes a read entry (undefined: none) and counts the hit, miss or damage. */
  private count(raw: string | undefined, doc: Pick<Document, 'key' | 'lang'>): DocExtraction | undefined {
    const value = raw === undefined ? undefined : decode(raw, doc);
    if (value === undefined) {
      this.stats.misses++;
      if (raw !== undefined) this.stats.corrupt++;
    } else this.stats.hits++;
    return value;
  }

  /** Stores an extraction atomically (temporary file + rename); the caller reports failures. */
  async put(doc: Pick<Document, 'sha256' | 'lang'>, extraction: DocExtraction): Promise<void> {
    const path = this.pathOf(doc);
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(tmp, encode(extraction));
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  /** `get` without awaiting: for a thread that hands documents out as they come (streaming builds). */
  getSync(doc: Pick<Document, 'key' | 'sha256' | 'lang'>): DocExtraction | undefined {
    return this.lookup(doc).value;
  }

  /** `getSync` that also says what it found: an entry (`hit`), none (`miss`), or a damaged one (`corrupt`, a miss too). */
  lookup(doc: Pick<Document, 'key' | 'sha256' | 'lang'>): { value: DocExtraction | undefined; outcome: 'hit' | 'miss' | 'corrupt' } {
    let raw: string | undefined;
    try {
      raw = readFileSync(this.pathOf(doc), 'utf8');
    } catch {
      raw = undefined;
    }
    const value = this.count(raw, doc);
    return { value, outcome: value !== undefined ? 'hit' : raw !== undefined ? 'corrupt' : 'miss' };
  }

  /** `put` without awaiting, for worker threads (which write the entries of what they extract). */
  putSync(doc: Pick<Document, 'sha256' | 'lang'>, extraction: DocExtraction): void {
    writeAtomicSync(this.pathOf(doc), encode(extraction));
  }

  /**
   * The language choice remembered for this text (`<sha[0..2]>/<sha256>.lang`): the choice,
   * null for "undetermined", or undefined when none is remembered (or the entry is damaged).
   * Read before the detector is needed, so a warm build never loads eld (~0.5 CPU-s).
   */
  recallLanguage(text: string): LanguageChoice | null | undefined {
    try {
      const saved = JSON.parse(readFileSync(this.languagePath(text), 'utf8')) as { choice: LanguageChoice | null };
      if (saved && (saved.choice === null || (typeof saved.choice?.lang === 'string' && typeof saved.choice.method === 'string' && typeof saved.choice.confidence === 'number'))) return saved.choice;
    } catch {
      // not detected before, or a damaged entry: detect again
    }
    return undefined;
  }

  /**
   * A language detector that remembers its answer per text in the cache (recallLanguage), so
   * a rebuild does not detect again. Detection is in the fingerprint (the `ingest` modules).
   */
  rememberingDetector(detect: DetailedLanguageDetector): DetailedLanguageDetector {
    // The whole choice is remembered (language, method, confidence): a warm build gives the
    // documents the same attributes as a cold one.
    const choose = (text: string): LanguageChoice | undefined => {
      const saved = this.recallLanguage(text);
      if (saved !== undefined) return saved ?? undefined;
      const choice = detect.choose!(text);
      try {
        writeAtomicSync(this.languagePath(text), `${JSON.stringify({ choice: choice ?? null })}\n`);
      } catch {
        // the next build detects again; the entry write reports disk problems
      }
      return choice;
    };
    // A detector that gives only a language (tests) is used as it is.
    if (!detect.choose) return detect;
    return Object.assign((text: string) => choose(text)?.lang, { choose });
  }

  private languagePath(text: string): string {
    const sha = createHash('sha256').update(text).digest('hex');
    return join(this.dir, sha.slice(0, 2), `${sha}.lang`);
  }

  /** Looks up many documents, a few at a time; results in input order. */
  async getMany(docs: readonly Document[]): Promise<Array<DocExtraction | undefined>> {
    const out: Array<DocExtraction | undefined> = new Array(docs.length);
    await forEachLimited(docs.length, (i) => this.get(docs[i]).then((v) => void (out[i] = v)));
    return out;
  }

  /** Stores many extractions; returns the messages of those that could not be written. */
  async putMany(items: ReadonlyArray<readonly [Document, DocExtraction]>): Promise<string[]> {
    const failed: string[] = [];
    await forEachLimited(items.length, (i) => this.put(items[i][0], items[i][1]).catch((err: Error) => void failed.push(`${this.pathOf(items[i][0])}: ${err.message}`)));
    return failed;
  }
}

/** Temporary file in the same folder, then rename: readers see the whole file or none. */
function writeAtomicSync(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** `<sha256 of body>\n<body>`; the body omits the document key (the same text may come from another file). */
export function encode(extraction: DocExtraction): string {
  const { docKey: _docKey, ...rest } = extraction;
  const body = JSON.stringify(rest);
  return `${createHash('sha256').update(body).digest('hex')}\n${body}`;
}

/** The entry's extraction for `doc`, or undefined when the checksum, JSON or shape is wrong. */
export function decode(raw: string, doc: Pick<Document, 'key' | 'lang'>): DocExtraction | undefined {
  const nl = raw.indexOf('\n');
  if (nl !== 64) return undefined;
  const body = raw.slice(nl + 1);
  if (createHash('sha256').update(body).digest('hex') !== raw.slice(0, nl)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  // The checksum proves these are the bytes kg wrote, and the format is in the fingerprint, so
  // the shape is checked only where it is cheap (a full zod parse doubled a warm rebuild's
  // reading time).
  const value = { docKey: doc.key, ...(parsed as object) } as DocExtraction;
  if (value.lang !== doc.lang || !Array.isArray(value.sentences) || !Array.isArray(value.mentions) || !Array.isArray(value.claims)) return undefined;
  return value;
}

async function forEachLimited(n: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < n) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(IO_CONCURRENCY, n) }, run));
}
