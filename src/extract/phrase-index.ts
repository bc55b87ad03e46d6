/**
 * One compiled index per language pack over the phrases of every PhraseSet of that pack.
 *
 * Rules ask "does a phrase of list L start at word i?" about 14 times per word, over 55–71
 * lists per language (issue #13's profile). Whether a phrase can start at a word depends on
 * that word alone (its folded bases and lemma keys), so the index answers it once per word
 * form for all lists together: a form's entry holds, per list, the phrases whose first word
 * the form matches, in the order the list would have tried them. A list's `match` then reads
 * one array slot; only those candidates are checked against the following words.
 *
 * Results are identical to trying each list on its own: candidates keep each list's order
 * (prefix phrases by base, short prefixes, exact phrases by base, lemma phrases by key), and
 * the longest match wins with the first one found on ties, as before. The test
 * test/extract/phrase-index.test.ts builds the seeds and dev corpora both ways and compares
 * the graphs byte for byte.
 */

/** A compiled phrase: folded words (a trailing '*' = prefix), its value, and lemma keys for inflecting lists. */
export interface CompiledPhrase {
  words: string[];
  value: string;
  lemmas?: string[];
}

/** One way a phrase can start at a word: by its words (exact or prefix), or by lemma keys. */
export interface Route {
  /** The list (PhraseSet) the phrase belongs to. */
  set: number;
  phrase: CompiledPhrase;
  byLemma: boolean;
}

/** What the index needs of a word; `Word` has it. */
export interface IndexedWord {
  kind: 'word' | 'number' | 'punct';
  fold: string;
  bases: string[];
  lemmas: string[];
  /** The word's form entry, set by the index that computed it (see `routesOf`). */
  phraseForm?: FormEntry;
  /** Shared by the occurrences of one text: the entry is kept there too (see toWord). */
  view?: { bases: readonly string[]; lemmas: readonly string[]; phraseForm?: FormEntry };
}

/** Per list id, the routes whose first word matches the form (undefined: none). */
export interface FormEntry {
  readonly index: PhraseIndex;
  readonly generation: number;
  readonly kind: IndexedWord['kind'];
  readonly bases: readonly string[];
  readonly lemmas: readonly string[];
  readonly bySet: ReadonlyArray<Route[] | undefined>;
}

/** Letters by which prefix phrases are indexed. */
export const PREFIX_HEAD = 2;
/** Form entries are kept for at most this many distinct folds, bounding memory on large corpora. */
const FORM_MEMO_LIMIT = 50_000;
const NO_ROUTES: ReadonlyArray<Route[] | undefined> = [];

export class PhraseIndex {
  private readonly prefixByHead = new Map<string, Route[]>();
  private readonly shortPrefix: Route[] = [];
  private readonly byFirst = new Map<string, Route[]>();
  private readonly byFirstLemma = new Map<string, Route[]>();
  private readonly forms = new Map<string, FormEntry>();
  private sets = 0;
  /** Bumped when a list is added: form entries computed before then are stale. */
  private generation = 0;

  /** Registers a list's phrases (in list order) and returns the list's id. */
  addSet(phrases: readonly CompiledPhrase[]): number {
    const set = this.sets++;
    for (const phrase of phrases) {
      const first = phrase.words[0];
      if (phrase.lemmas !== undefined) push(this.byFirstLemma, phrase.lemmas[0], { set, phrase, byLemma: true });
      if (first.endsWith('*')) {
        const route: Route = { set, phrase, byLemma: false };
        if (first.length - 1 >= PREFIX_HEAD) push(this.prefixByHead, first.substring(0, PREFIX_HEAD), route);
        else this.shortPrefix.push(route);
      } else push(this.byFirst, first, { set, phrase, byLemma: false });
    }
    this.generation++;
    this.forms.clear();
    return set;
  }

  /** The routes of list `set` that start at `w`, in the order the list tries them; undefined when none. */
  routesOf(w: IndexedWord, set: number): Route[] | undefined {
    let e = w.phraseForm;
    if (e === undefined || e.index !== this || e.generation !== this.generation) {
      const v = w.view;
      // A copy of a word with other bases (none is made today) must not take the shared entry.
      const shared = v !== undefined && v.bases === w.bases && v.lemmas === w.lemmas;
      e = shared ? v.phraseForm : undefined;
      if (e === undefined || e.index !== this || e.generation !== this.generation) {
        e = this.formOf(w);
        if (shared) v.phraseForm = e;
      }
      w.phraseForm = e;
    }
    return e.bySet[set];
  }

  private formOf(w: IndexedWord): FormEntry {
    const memo = this.forms.get(w.fold);
    // A fold almost always has the same bases and lemma keys; when it does not (a Turkish
    // apostrophe, an elision), the word gets an entry of its own.
    if (memo !== undefined && memo.kind === w.kind && sameStrings(memo.bases, w.bases) && sameStrings(memo.lemmas, w.lemmas)) return memo;
    const entry: FormEntry = { index: this, generation: this.generation, kind: w.kind, bases: w.bases, lemmas: w.lemmas, bySet: this.collect(w) };
    if (memo === undefined) {
      if (this.forms.size >= FORM_MEMO_LIMIT) this.forms.clear();
      this.forms.set(w.fold, entry);
    }
    return entry;
  }

  /**
   * Routes in the order PhraseSet.match tried them before this index existed: prefix phrases
   * by each base's head, short prefixes, exact phrases by each base, lemma phrases by each
   * key; only those whose first word matches `w`. A route met twice is kept once (a repeat
   * can never change the longest-first-found result).
   */
  private collect(w: IndexedWord): ReadonlyArray<Route[] | undefined> {
    let bySet: Array<Route[] | undefined> | undefined;
    const add = (r: Route) => {
      bySet ??= [];
      const list = bySet[r.set];
      if (list === undefined) bySet[r.set] = [r];
      else if (!list.includes(r)) list.push(r);
    };
    for (const b of w.bases) {
      const heads = this.prefixByHead.get(b.substring(0, PREFIX_HEAD));
      if (heads !== undefined) for (const r of heads) if (firstWordMatches(w, r)) add(r);
    }
    for (const r of this.shortPrefix) if (firstWordMatches(w, r)) add(r);
    for (const b of w.bases) {
      const list = this.byFirst.get(b);
      if (list !== undefined) for (const r of list) if (firstWordMatches(w, r)) add(r);
    }
    for (const l of w.lemmas) {
      const list = this.byFirstLemma.get(l);
      if (list !== undefined) for (const r of list) if (firstWordMatches(w, r)) add(r);
    }
    return bySet ?? NO_ROUTES;
  }
}

function firstWordMatches(w: IndexedWord, r: Route): boolean {
  return r.byLemma ? lemmaWordMatches(w, r.phrase.lemmas![0]) : basesMatch(w.bases, r.phrase.words[0]);
}

/** A word against one pattern word: equal to a base, or a base starts with it when it ends in '*'. */
export function basesMatch(bases: readonly string[], pattern: string): boolean {
  if (pattern.charCodeAt(pattern.length - 1) === 42 /* '*' */) {
    const prefix = pattern.slice(0, -1);
    for (let k = 0; k < bases.length; k++) if (bases[k].startsWith(prefix)) return true;
    return false;
  }
  for (let k = 0; k < bases.length; k++) if (bases[k] === pattern) return true;
  return false;
}

/** A word against one lemma-key pattern word: punctuation and digits never inflect and must be equal. */
export function lemmaWordMatches(w: IndexedWord, p: string): boolean {
  if (p.endsWith('*')) return basesMatch(w.bases, p);
  if (w.kind !== 'word') return w.fold === p;
  return w.lemmas.includes(p);
}

function push(m: Map<string, Route[]>, key: string, r: Route): void {
  const list = m.get(key);
  if (list === undefined) m.set(key, [r]);
  else list.push(r);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
