/**
 * A trie of consonant skeletons (src/resolve/transliteration.ts) that answers "which stored
 * skeletons are within edit distance k of this one?" without comparing against every entry:
 * the query walks the trie carrying one row of the Levenshtein table per trie level and
 * leaves a branch as soon as every cell of its row exceeds k (Schulz & Mihov's observation,
 * in the common form of a trie walk; see S. Hanov, "Fast and Easy Levenshtein distance using
 * a Trie", 2011). It finds exactly the entries `levenshtein(query, entry) <= k` finds, so a
 * resolution tier that checks each hit with its own similarity gives the same merges as
 * comparing against all entries, at a cost that grows with the trie's branching near the
 * query, not with the number of entries.
 *
 * Shape: `add(skeleton, value)` stores a value (a cluster root) under a skeleton string;
 * `within(query, k, visit)` calls `visit(skeleton, values)` once per stored skeleton at
 * distance ≤ k, values in the order added, each value once per skeleton.
 */

interface TrieNode {
  children: Map<string, TrieNode> | undefined;
  /** The skeleton ending here, and its values (set: added once). */
  skeleton: string | undefined;
  values: Set<number> | undefined;
}

const node = (): TrieNode => ({ children: undefined, skeleton: undefined, values: undefined });

export class SkeletonIndex {
  private readonly root = node();
  private count = 0;

  /** Number of distinct skeletons stored. */
  get size(): number {
    return this.count;
  }

  add(skeleton: string, value: number): void {
    let n = this.root;
    for (const ch of skeleton) {
      n.children ??= new Map();
      let next = n.children.get(ch);
      if (!next) n.children.set(ch, (next = node()));
      n = next;
    }
    if (n.skeleton === undefined) {
      n.skeleton = skeleton;
      n.values = new Set();
      this.count++;
    }
    n.values!.add(value);
  }

  /** Calls `visit` for every stored skeleton within Levenshtein distance `k` of `query`. */
  within(query: string, k: number, visit: (skeleton: string, values: ReadonlySet<number>) => void): void {
    const q = [...query];
    const first = Array.from({ length: q.length + 1 }, (_, i) => i);
    if (this.root.skeleton !== undefined && first[q.length] <= k) visit(this.root.skeleton, this.root.values!);
    if (!this.root.children) return;
    for (const [ch, child] of this.root.children) walk(child, ch, q, first, k, visit);
  }
}

function walk(n: TrieNode, ch: string, q: readonly string[], prev: readonly number[], k: number, visit: (skeleton: string, values: ReadonlySet<number>) => void): void {
  const row = new Array<number>(q.length + 1);
  row[0] = prev[0] + 1;
  let best = row[0];
  for (let j = 1; j <= q.length; j++) {
    row[j] = Math.min(row[j - 1] + 1, prev[j] + 1, prev[j - 1] + (q[j - 1] === ch ? 0 : 1));
    if (row[j] < best) best = row[j];
  }
  if (n.skeleton !== undefined && row[q.length] <= k) visit(n.skeleton, n.values!);
  // No cell of the row within k: no longer word under this node can come back within k.
  if (best > k || !n.children) return;
  for (const [c, child] of n.children) walk(child, c, q, row, k, visit);
}
