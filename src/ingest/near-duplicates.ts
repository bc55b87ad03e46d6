/**
 * Near-duplicate articles: one wire story published by several outlets with small edits
 * (a headline, a byline, a sentence more or less). They are kept — a copy may add a sentence —
 * but grouped: every copy records the first document of its group in `copyOf`, and the graph
 * counts a group as one source (graph/build.ts).
 *
 * Method: MinHash over word 3-gram shingles of the white-space-folded, case-folded text
 * (Broder 1997), with the MinHash implementation of the maintained `bloom-filters` package;
 * candidate pairs by locality-sensitive hashing over bands of the signature (Leskovec,
 * Rajaraman & Ullman, Mining of Massive Datasets, ch. 3), then the estimated Jaccard
 * similarity must reach NEAR_DUPLICATE_JACCARD. Hash parameters come from a fixed seed, so the
 * same input always gives the same groups.
 */
// The MinHash module alone: the package's index loads every filter it has (and lodash), which
// took ~60 ms of each kg start-up against ~30 ms for this one (bloom-filters 3.0.4, pinned).
import { MinHash } from 'bloom-filters/dist/sketch/min-hash.js';
import { seededRandom } from '../prng.js';
import type { Document } from '../model/document.js';

/** Words per shingle: 3-grams (w-shingling as in Broder 1997) tell one story's sentences from another story on the same subject. */
export const SHINGLE_WORDS = 3;
/** Signature length (hash functions); 64 gives a standard error of about 0.06 on the Jaccard estimate, well inside the gap between copies (≥ 0.75) and other stories (< 0.1). */
export const SIGNATURE_SIZE = 64;
/** LSH bands × rows = SIGNATURE_SIZE; 16 × 4 makes pairs above ~0.5 Jaccard candidates. */
export const LSH_BANDS = 16;
/** Estimated Jaccard similarity of shingle sets from which two articles are one story. */
export const NEAR_DUPLICATE_JACCARD = 0.6;
/** Texts with fewer shingles than this are too short to call copies (briefs share most words by chance of topic). */
export const MIN_SHINGLES = 8;
/** A prime above every shingle hash, small enough that a·x + b stays an exact double (< 2^53). */
const PRIME = 67108879; // the first prime above 2^26
const SHINGLE_MASK = 0x3ffffff; // 26 bits


let hashFunctions: Array<{ a: number; b: number; c: number }> | undefined;

function functions(): Array<{ a: number; b: number; c: number }> {
  if (!hashFunctions) {
    const rand = seededRandom(0x6b67);
    hashFunctions = Array.from({ length: SIGNATURE_SIZE }, () => ({ a: 1 + Math.floor(rand() * (PRIME - 1)), b: Math.floor(rand() * PRIME), c: PRIME }));
  }
  return hashFunctions;
}

const FNV_OFFSET = 0x811c9dc5;
const SPACE = 0x20;

/** FNV-1a over the UTF-16 code units of `s`, continuing from hash `h` (not yet cut). */
function fnvStep(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** FNV-1a of `words[from..from+SHINGLE_WORDS)` joined by one space, cut to 26 bits (no joined string made). */
function shingleHash(words: readonly string[], from: number): number {
  let h = fnvStep(FNV_OFFSET, words[from]);
  for (let k = from + 1; k < from + SHINGLE_WORDS; k++) {
    h = Math.imul(h ^ SPACE, 0x01000193) >>> 0;
    h = fnvStep(h, words[k]);
  }
  return h & SHINGLE_MASK;
}

/** Hashes of the word 3-grams of a text (case and white space folded, punctuation dropped). */
export function shingles(text: string): number[] {
  const words = text.toLocaleLowerCase('und').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(shingleHash(words, i));
  return [...out];
}

function signature(values: number[]): MinHash {
  const m = new MinHash(SIGNATURE_SIZE, functions());
  // add, not bulkLoad: the same minimum per hash function without an array of every value's hash
  // per function (bulkLoad was most of this module's time in a cached rebuild, scripts/bench.mjs).
  for (const v of values) m.add(v);
  return m;
}

/**
 * A text's MinHash signature (SIGNATURE_SIZE values below 2^26), or undefined when the text
 * has fewer than MIN_SHINGLES shingles. Computed where the text is (a worker), so that the
 * grouping (nearDuplicateOriginals) needs no texts.
 */
export function signatureOf(text: string): Uint32Array | undefined {
  const s = shingles(text);
  return s.length < MIN_SHINGLES ? undefined : Uint32Array.from(signature(s)._signature);
}

/** Estimated Jaccard similarity of two signatures: the share of equal positions (as MinHash.compareWith). */
function compare(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** Estimated Jaccard similarity of two texts' shingle sets (0 when either is too short). */
export function similarity(a: string, b: string): number {
  const sa = signatureOf(a);
  const sb = signatureOf(b);
  return sa && sb ? compare(sa, sb) : 0;
}

/**
 * For each of `signatures` (in input order; undefined for texts too short), the index of the
 * earlier one it nearly copies, if any: candidates by LSH over bands, then the estimated
 * Jaccard similarity must reach NEAR_DUPLICATE_JACCARD; the earliest match wins.
 */
export function nearDuplicateOriginals(signatures: ReadonlyArray<Uint32Array | undefined>): Map<number, number> {
  const rows = SIGNATURE_SIZE / LSH_BANDS;
  const buckets = new Map<string, number[]>();
  const original = new Map<number, number>();
  signatures.forEach((sig, i) => {
    if (!sig) return;
    const keys: string[] = [];
    const candidates = new Set<number>();
    for (let band = 0; band < LSH_BANDS; band++) {
      // The band's values joined by hand: a typed array's join was the slowest part of grouping.
      let key = `${band}:${sig[band * rows]}`;
      for (let r = band * rows + 1; r < (band + 1) * rows; r++) key += `,${sig[r]}`;
      keys.push(key);
      for (const j of buckets.get(key) ?? []) candidates.add(j);
    }
    for (const j of [...candidates].sort((x, y) => x - y)) {
      if (compare(sig, signatures[j]!) >= NEAR_DUPLICATE_JACCARD) {
        original.set(i, j);
        break;
      }
    }
    // Only originals are indexed: a copy is found through its original, and buckets stay small
    // however many copies of one story come in.
    if (!original.has(i)) for (const key of keys) (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(i);
  });
  return original;
}

/**
 * Sets `copyOf` on every document that is a near-copy of an earlier one (input order): the
 * earliest document of a group is its original. Returns new document objects; pure.
 */
export function markNearDuplicates(documents: readonly Document[]): Document[] {
  const original = nearDuplicateOriginals(documents.map((d) => signatureOf(d.text)));
  return documents.map((d, i) => {
    const o = original.get(i);
    return o === undefined ? d : { ...d, copyOf: documents[o].key };
  });
}
