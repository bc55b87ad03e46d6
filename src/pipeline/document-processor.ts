/**
 * What happens to a document between its bytes and its compact record, in whichever thread
 * holds it (a worker, or the main thread for in-process builds): decode and parse (a piece
 * of a source, src/ingest/chunks.ts), language (given or detected, the detection remembered
 * in the cache), the text's hashes for de-duplication and near-copies, extraction (or the
 * cache's entry), the guard on numbers, and then the text is dropped: the record keeps the
 * mentions and claims, the sentences that claims cite, and a reference to the text in the
 * spool for the one corpus pass that reads texts again.
 *
 * The records of a build are what ingest + extract gave before, so a streamed build makes the
 * same snapshot byte for byte (test/pipeline/stream.test.ts).
 */
import { extractDocument } from '../extract/index.js';
import { chunkDrafts, type SourceChunk } from '../ingest/chunks.js';
import { foldedTextHash } from '../ingest/dedupe.js';
import { loadLanguageDetector, type DetailedLanguageDetector } from '../ingest/detect-language.js';
import type { DocumentDraft } from '../ingest/documents.js';
import { withLanguage } from '../ingest/ingest.js';
import type { IngestIssue } from '../ingest/issues.js';
import { normaliseLangTag } from '../ingest/lang-tag.js';
import { signatureOf } from '../ingest/near-duplicates.js';
import { packFor } from '../lang/index.js';
import type { Lexicon, LexiconEntry } from '../lexicon/schema.js';
import type { Document, DocumentInfo, InputIssue } from '../model/document.js';
import type { DocExtraction, Sentence } from '../model/extraction.js';
import { guardClaimNumbers } from '../model/finite.js';
import { lowerCaseMatcher } from '../resolve/lowercase-names.js';
import type { ExtractionCache } from './cache.js';
import { SpoolReader, type SpoolRef, type SpoolWriter } from './spool.js';

/** One document after processing: no text (unless kept), its extraction, what ingest needs to group it. */
export interface DocRecord {
  doc: DocumentInfo;
  /** sha256 of the white-space-folded text (src/ingest/dedupe.ts). */
  folded: string;
  /** MinHash signature (src/ingest/near-duplicates.ts), undefined for short texts. */
  signature?: Uint32Array;
  /** UTF-8 bytes of the text. */
  textBytes: number;
  spool?: SpoolRef;
  extraction?: DocExtraction;
  /** Why extraction failed (the document is kept without facts). */
  failure?: string;
  cache?: 'hit' | 'miss' | 'corrupt';
  /** `<entry path>: <error>` when the cache entry could not be written. */
  cacheError?: string;
  /** Numbers the guard dropped or warned about (src/model/finite.ts). */
  guard: InputIssue[];
}

/** A piece of a source, processed. */
export interface ChunkResult {
  source: number;
  path: string;
  kind: SourceChunk['kind'];
  last: boolean;
  /** Bytes of the piece (progress). */
  bytes: number;
  records: DocRecord[];
  byteIssues: IngestIssue[];
  lineIssues: IngestIssue[];
  blank: boolean;
}

/** A document whose text the corpus pass for lower-case names reads again. */
export interface LowerCaseDoc {
  /** Position in the build's list of documents. */
  index: number;
  doc: Pick<Document, 'key' | 'lang' | 'path'>;
  spool?: SpoolRef;
  /** When the build keeps texts (no spool). */
  text?: string;
}

/** A document extracted again with the lower-case names it writes. */
export interface LowerCaseResult {
  index: number;
  extraction?: DocExtraction;
  failure?: string;
  guard: InputIssue[];
}

export interface ProcessorOptions {
  lexicon: Lexicon;
  /** `--lang`: the language of every document without its own. */
  lang?: string;
  /** A detector given by the caller; else eld is loaded on first need (and remembered in the cache). */
  detector?: DetailedLanguageDetector;
  cache?: ExtractionCache;
  /** Where texts go; undefined when texts are kept in the records. */
  spool?: SpoolWriter;
  spoolDir?: string;
}

/**
 * Only the sentences that claims cite, at their indexes (the others are holes): evidence
 * needs them, nothing after extraction reads the rest.
 */
export function citedSentences(x: DocExtraction): DocExtraction {
  const sentences: Sentence[] = new Array<Sentence>(x.sentences.length);
  for (const c of x.claims) if (x.sentences[c.sentence]) sentences[c.sentence] = x.sentences[c.sentence];
  return { ...x, sentences };
}

export class DocumentProcessor {
  private readonly given: string | undefined;
  private detector: Promise<DetailedLanguageDetector> | undefined;
  private candidates: ((text: string) => LexiconEntry[]) | undefined;
  private reader: SpoolReader | undefined;

  constructor(private readonly options: ProcessorOptions) {
    this.given = options.lang?.trim() ? normaliseLangTag(options.lang) : undefined;
    if (options.detector) this.detector = Promise.resolve(options.detector);
  }

  private detect(): Promise<DetailedLanguageDetector> {
    const cache = this.options.cache;
    this.detector ??= loadLanguageDetector().then((d) => (cache ? cache.rememberingDetector(d) : d));
    return this.detector;
  }

  async chunk(chunk: SourceChunk): Promise<ChunkResult> {
    const { drafts, byteIssues, lineIssues, blank } = chunkDrafts(chunk);
    // Every language of the piece first, then every extraction: interleaved, detection cost
    // about 1.5× as much CPU (bench3k profiles: 30% of extraction's time instead of 20%; eld's
    // n-gram tables likely left the CPU caches). Detection is per text: the records are the same.
    const documents: Document[] = [];
    for (const d of drafts) documents.push(await this.language(d));
    const records: DocRecord[] = [];
    for (const document of documents) records.push(this.record(document));
    return { source: chunk.source, path: chunk.path, kind: chunk.kind, last: chunk.last, bytes: chunk.bytes.length, records, byteIssues, lineIssues, blank };
  }

  /** Language as ingest assigns it (src/ingest/ingest.ts). */
  private language(draft: DocumentDraft): Promise<Document> {
    // A language the cache remembers needs no detector: a warm build does not load eld.
    const cache = this.options.detector ? undefined : this.options.cache;
    return withLanguage(draft, this.given, () => this.detect(), cache && ((text) => cache.recallLanguage(text)));
  }

  /** A document with its language: hashes, extraction, then the text goes. */
  private record(document: Document): DocRecord {
    const record: DocRecord = { doc: document, folded: foldedTextHash(document.text), signature: signatureOf(document.text), textBytes: Buffer.byteLength(document.text), guard: [] };
    this.extract(document, record);
    if (this.options.spool) {
      record.spool = this.options.spool.append(document.text);
      const { text: _text, ...info } = document;
      record.doc = info;
    }
    return record;
  }

  private extract(document: Document, record: DocRecord): void {
    const { cache, lexicon } = this.options;
    let extraction: DocExtraction | undefined;
    if (cache) {
      const found = cache.lookup(document);
      record.cache = found.outcome;
      extraction = found.value;
    }
    if (!extraction) {
      try {
        extraction = extractDocument(document, { pack: packFor(document.lang), lexicon });
      } catch (err) {
        record.failure = (err as Error).message;
        return;
      }
      try {
        cache?.putSync(document, extraction);
      } catch (err) {
        record.cacheError = `${cache!.pathOf(document)}: ${(err as Error).message}`;
      }
    }
    record.extraction = this.finish(document, extraction, record.guard);
  }

  /** The guard on numbers (its issues need the text for line numbers), then only cited sentences unless texts are kept. */
  private finish(document: Document, extraction: DocExtraction, guard: InputIssue[]): DocExtraction {
    const [guarded] = guardClaimNumbers([extraction], [document], guard);
    return this.options.spool ? citedSentences(guarded) : guarded;
  }

  /** The lower-case names of the corpus (src/resolve/lowercase-names.ts), for `lowerCase`. */
  setCandidates(candidates: readonly LexiconEntry[]): void {
    this.candidates = lowerCaseMatcher(candidates);
  }

  /** Documents that write a candidate in lower case, extracted again with those names in the lexicon. */
  lowerCase(docs: readonly LowerCaseDoc[]): LowerCaseResult[] {
    const find = this.candidates;
    if (!find) throw new Error('lowerCase before setCandidates');
    const out: LowerCaseResult[] = [];
    for (const d of docs) {
      const text = d.text ?? this.read(d.spool!);
      const extra = find(text);
      if (extra.length === 0) continue;
      const document: Document = { ...(d.doc as Document), text };
      const lexicon = { ...this.options.lexicon, entries: [...this.options.lexicon.entries, ...extra] };
      try {
        const guard: InputIssue[] = [];
        const extraction = this.finish(document, extractDocument(document, { pack: packFor(document.lang), lexicon }), guard);
        out.push({ index: d.index, extraction, guard });
      } catch (err) {
        out.push({ index: d.index, failure: (err as Error).message, guard: [] });
      }
    }
    return out;
  }

  private read(ref: SpoolRef): string {
    this.reader ??= new SpoolReader(this.options.spoolDir!);
    return this.reader.read(ref);
  }

  close(): void {
    this.options.spool?.close();
    this.reader?.close();
  }
}
