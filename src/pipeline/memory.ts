/**
 * A clear limit before an out-of-memory crash. The build holds every document, its words,
 * mentions and claims, and the graph in memory at once; a 361 MB corpus ran for ten minutes
 * and then died with V8's "heap out of memory" (exit 134), writing nothing. Until the build
 * streams (bounded memory, issue #11), the input size is checked against the heap before
 * extraction: too large is refused at once with what to do.
 *
 * BYTES_PER_INPUT_CHAR is measured: 200 MB of news text needed 4.2 GB (about 21 bytes per
 * input byte); the figure is rounded up so the estimate errs on the safe side. It holds for
 * corpora of ordinary articles; one document of several MB needs far more per byte, which
 * the per-file --max-size limit (20 MB) bounds.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { KgError } from '../errors.js';

export const BYTES_PER_INPUT_CHAR = 24;
/** Heap kg needs before any document: packs, gazetteer, language detector (seeds build in a 96 MB heap). */
export const BASE_HEAP_BYTES = 64 * 1024 * 1024;

export class InputTooLargeError extends KgError {
  constructor(inputMb: number, neededMb: number, heapMb: number) {
    super(
      'E_INPUT_TOO_LARGE',
      `the input holds ${inputMb.toFixed(0)} MB of text; building it in one go needs about ${neededMb.toFixed(0)} MB of memory, more than this Node.js may use (${heapMb.toFixed(0)} MB heap limit)`,
      {
        hint:
          'Split the input and build the parts into separate --out folders, or give Node.js more heap (NODE_OPTIONS=--max-old-space-size=MB, about 24 MB per MB of text), or pass --ignore-memory-limit to try anyway.',
      },
    );
  }
}

const MB = 1024 * 1024;

/** Memory (bytes) the build is estimated to need for `chars` characters of document text. */
export function estimatedBuildBytes(chars: number): number {
  return BASE_HEAP_BYTES + chars * BYTES_PER_INPUT_CHAR;
}

/**
 * Throws InputTooLargeError when the estimate for `chars` characters passes `heapLimitBytes`
 * (default: V8's heap_size_limit of this process, which --max-old-space-size sets).
 */
export function checkMemoryBudget(chars: number, heapLimitBytes: number = getHeapStatistics().heap_size_limit): void {
  const needed = estimatedBuildBytes(chars);
  if (needed > heapLimitBytes) throw new InputTooLargeError(chars / MB, needed / MB, heapLimitBytes / MB);
}

/**
 * How far V8 lets a heap grow past its live size before the next full collection, in
 * percent. V8 picks a factor of its own (up to 4× for programs that allocate fast), so a
 * build whose records and graph are 300 MB could hold a gigabyte of garbage at its peak; at
 * 20% it collects sooner. Measured on 40 MB of articles in one thread: peak RSS 462 MB
 * instead of 1,037 MB at the same CPU time (docs/scale.md). Source of the knob: V8's
 * `--heap-growing-percent` (heap growing factor = 1 + percent / 100).
 */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Sets HEAP_GROWING_PERCENT for every heap of this process (the main thread and its
 * workers). Process-wide, so kg's CLI calls it at start; a library caller decides for its
 * own process.
 */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
