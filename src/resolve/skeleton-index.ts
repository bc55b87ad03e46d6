/**
 * Candidate pairs of consonant skeletons (src/resolve/transliterate.ts) for the
 * transliteration tier, found without comparing every pair: only pairs whose edit distance
 * is small enough to pass SCRIPT_MATCH_THRESHOLD can match, and such pairs always share a
 * piece of text. Each indexed skeleton of length l is cut into `maxSkeletonDistance(l) + 1`
 * pieces; a pair within distance d ≤ that bound leaves at least one piece untouched, and
 * that piece appears in the other skeleton at most d positions from where it was (the
 * pigeonhole filter of Pass-Join: G. Li, D. Deng, J. Wang, J. Feng, "Pass-Join: A
 * Partition-based Method for Similarity Joins", VLDB 2012). A probe looks those pieces up
 * by exact key, so its cost does not grow with the number of skeletons indexed.
 *
 * It finds every indexed skeleton within `maxPairDistance` of the probe (and some further
 * off, which the caller's own similarity check drops), so a tier that checks each candidate
 * makes the same merges as comparing against all (test/resolve/skeleton-index.test.ts).
 */

/** Minimum skeleton similarity for a cross-script match. */
export const SCRIPT_MATCH_THRESHOLD = 0.8;
/** Keeps an exact bound on the inside despite floating point (0.2 × 5 is 0.9999999999999998). */
const EPSILON = 1e-6;

/**
 * The largest edit distance at which a skeleton of `length` letters can still reach
 * SCRIPT_MATCH_THRESHOLD with any other: similarity = 1 − d / max(la, lb) ≥ T needs
 * d ≤ (1 − T)·max, and d ≥ lb − la bounds lb ≤ la / T, so d ≤ la·(1 − T)/T (a quarter of
 * the letters at T = 0.8).
 */
export function maxSkeletonDistance(length: number): number {
  return Math.floor((length * (1 - SCRIPT_MATCH_THRESHOLD)) / SCRIPT_MATCH_THRESHOLD + EPSILON);
}

/** The largest edit distance at which skeletons of these lengths can reach SCRIPT_MATCH_THRESHOLD. */
export function maxPairDistance(la: number, lb: number): number {
  return Math.floor((1 - SCRIPT_MATCH_THRESHOLD) * Math.max(la, lb) + EPSILON);
}

/** Start and length of each of `count` pieces of `length` letters: as even as can be, longer pieces last. */
function pieces(length: number, count: number): Array<[start: number, size: number]> {
  const short = Math.floor(length / count);
  const longer = length % count;
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const size = i < count - longer ? short : short + 1;
    out.push([start, size]);
    start += size;
  }
  return out;
}

/**
 * Skeletons indexed by pieces, probed for those close to a skeleton. Blocks (the caller's
 * partition: type and first letter) must fix the first letter of their skeletons: equal
 * first letters leave the edit distance of the rest unchanged (lev(cu, cv) = lev(u, v)), so
 * only the rest is cut into pieces, which makes every piece tell skeletons apart. Skeletons
 * shorter than `exactBelow` match only their twin (the tier's rule for short skeletons) and
 * are looked up whole.
 */
export class SkeletonIndex {
  /** `block \0 length \0 piece number \0 piece` → ids of the skeletons with that piece there. */
  private readonly index = new Map<string, number[]>();
  /** `block \0 skeleton` → ids, for skeletons shorter than exactBelow. */
  private readonly exact = new Map<string, number[]>();
  /** Lengths indexed by pieces, per block. */
  private readonly lengths = new Map<string, Set<number>>();
  private readonly skeletons: string[] = [];
  /** Probe number that last reached each id: one visit per id and probe. */
  private seen = new Int32Array(16);
  private probes = 0;

  constructor(private readonly exactBelow = 0) {}

  /** Number of skeletons indexed. */
  get size(): number {
    return this.skeletons.length;
  }

  /** The skeleton of an id. */
  skeleton(id: number): string {
    return this.skeletons[id];
  }

  /** Indexes a skeleton (non-empty, starting with its block's letter); returns its id. */
  add(block: string, skeleton: string): number {
    const id = this.skeletons.length;
    this.skeletons.push(skeleton);
    if (id >= this.seen.length) {
      const grown = new Int32Array(this.seen.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    const l = skeleton.length;
    if (l < this.exactBelow) {
      push(this.exact, `${block}\u0000${skeleton}`, id);
      return id;
    }
    for (const [i, [start, size]] of pieces(l - 1, maxSkeletonDistance(l) + 1).entries()) push(this.index, `${block}\u0000${l}\u0000${i}\u0000${skeleton.substr(1 + start, size)}`, id);
    let ls = this.lengths.get(block);
    if (!ls) this.lengths.set(block, (ls = new Set()));
    ls.add(l);
    return id;
  }

  /**
   * Calls `visit(id)` once for every skeleton indexed under `block` that could reach the
   * threshold with `probe`: its twin when either is shorter than exactBelow, else those within
   * maxPairDistance of their lengths (and possibly others: the caller checks).
   *
   * Pieces are looked up only where an untouched piece can be: of τ + 1 pieces (τ = the
   * indexed length's maxSkeletonDistance) and a pair within τ edits, some piece i (from 0)
   * has at most i edits before it and at most τ − i after it, so it starts in the probe
   * between i letters before and after its own start, and within τ − i of where the length
   * difference Δ puts it (Pass-Join's multi-match-aware selection; the argument does not
   * depend on the sign of Δ).
   */
  probe(block: string, probe: string, visit: (id: number) => void): void {
    const stamp = ++this.probes;
    const lb = probe.length;
    const reach = (ids: readonly number[] | undefined) => {
      if (!ids) return;
      for (const id of ids) {
        if (this.seen[id] === stamp) continue;
        this.seen[id] = stamp;
        visit(id);
      }
    };
    reach(this.exact.get(`${block}\u0000${probe}`));
    // A probe shorter than exactBelow matches only its twin, indexed whole above if short, else never.
    if (lb < this.exactBelow) return;
    const lengths = this.lengths.get(block);
    if (!lengths) return;
    for (const la of lengths) {
      const d = maxPairDistance(la, lb);
      if (Math.abs(la - lb) > d) continue;
      const tau = maxSkeletonDistance(la);
      const delta = lb - la;
      for (const [i, [start, size]] of pieces(la - 1, tau + 1).entries()) {
        const from = 1 + start + Math.max(-i, delta - (tau - i));
        const to = 1 + start + Math.min(i, delta + (tau - i));
        for (let at = Math.max(1, from); at <= to && at + size <= lb; at++) reach(this.index.get(`${block}\u0000${la}\u0000${i}\u0000${probe.substr(at, size)}`));
      }
    }
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
