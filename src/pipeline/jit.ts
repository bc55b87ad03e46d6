/**
 * How much work V8's optimising compiler (TurboFan) does for kg. The rules of extract/ are a
 * few large functions (recogniseEntities, extractDocument, titleRule, allTriggers …) that
 * call many small helpers; TurboFan inlines those helpers into every optimised copy, and
 * compiles a large function again after each deoptimisation. On a 3,000-article build
 * (1 worker) the compiler threads took 5.0–6.0 CPU-s of 11.6–14 s, 1–1.5 s more than at
 * e007c42, because the rules grew; without inlining they took 3.5–4.1 s, while the main
 * thread's time stayed the same (extraction passes after warm-up: 1.7–1.9 s either way).
 * Source of the knob: V8's `--turbo-inlining` flag. docs/scale.md has the figures.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flag set by `limitInlining`. */
export const INLINING_FLAG = '--no-turbo-inlining';

/**
 * Sets INLINING_FLAG for every isolate of this process (the main thread and workers started
 * after the call). Process-wide, like boundHeapGrowth (./memory.ts), so kg's CLI calls it at
 * start; a library caller decides for its own process. Output is unchanged: inlining only
 * changes how fast the same code runs.
 */
export function limitInlining(): void {
  setFlagsFromString(INLINING_FLAG);
}
