/**
 * resolve: mentions across documents → entities, in tiers (Graphiti-style), giving up
 * rather than guessing:
 *   1. exact: the gazetteer's canonical name, else the normalised name, per entity type;
 *   2. short names within a document: "Zuckerberg" → "Mark Zuckerberg", "Scale" → "Scale AI"
 *      (Arabic spelling variants one letter apart count as the same short name);
 *   3. short names across documents: a one-word name that begins (organisations) or ends
 *      (people) exactly one longer name of the corpus;
 *   4. transliteration and fuzzy match between Arabic and Latin script ("زوكربيرج" →
 *      Zuckerberg), above SCRIPT_MATCH_THRESHOLD and only with a single best candidate.
 * Names are compared by `matchKey` (src/resolve/names.ts): case, all-caps, diacritics,
 * Turkish ı/İ and legal forms do not make two names. A name that fits several candidates
 * equally well stays apart and is reported in `ties`. Every merge is recorded on the
 * entity (`mergedBy`, one of MERGE_TIERS) so a user can see why two names became one.
 */
import { createHash } from 'node:crypto';
import { foldArabic, isArabicScript } from '../extract/normalize.js';
import type { LexiconEntry } from '../lexicon/schema.js';
import type { DocExtraction, EntityMention } from '../model/extraction.js';
import type { EntityType } from '../model/types.js';
import { matchKey, NO_NAME_RULES, type NameRules } from './names.js';
import { maxPairDistance, maxSkeletonDistance, SkeletonIndex } from './skeleton-index.js';
import { arabicSkeleton, latinSkeleton, levenshtein, levenshteinWithin, SCRIPT_MATCH_THRESHOLD, SHORT_SKELETON } from './transliterate.js';

/**
 * Why two names became one entity:
 * - `gazetteer`: the gazetteer (or a user lexicon) gives both one canonical name;
 * - `lexicon`: a user lexicon entry pins the entity (key, type, aliases);
 * - `spelling`: the same name in another case, with other diacritics or with a legal form;
 * - `short-name`: a surname or first word of a longer name in the same document;
 * - `short-name-corpus`: the same, across documents, with a single candidate in the corpus;
 * - `transliteration`: the same name in Arabic and Latin script.
 * Keys: a lexicon's pinned key first, else the key of the entity in the previous snapshot
 * (`previous`) when exactly one has one of its names, else one made from the display name.
 */
export const MERGE_TIERS = ['gazetteer', 'lexicon', 'spelling', 'short-name', 'short-name-corpus', 'transliteration'] as const;
export type MergeTier = (typeof MERGE_TIERS)[number];

export { maxSkeletonDistance, SCRIPT_MATCH_THRESHOLD, SHORT_SKELETON };
/** Arabic spellings of one short name may differ by this many letters. */
const ARABIC_VARIANT_DISTANCE = 1;

export interface ResolvedEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  aliasesByLang: Record<string, string[]>;
  languages: string[];
  mentions: number;
  /** The tiers that merged names into this entity, in MERGE_TIERS order; empty for one name. */
  mergedBy: MergeTier[];
  /** An id in another knowledge base, from the lexicon ("wikidata:Q380"). */
  externalId?: string;
}

/** A name that fitted several entities equally well and was left apart. */
export interface ResolutionTie {
  name: string;
  type: EntityType;
  tier: MergeTier;
  /** Keys of the entities it could have joined. */
  candidates: string[];
}

/** An entity of a previous snapshot, whose key a rebuild keeps. */
export interface PreviousEntity {
  key: string;
  type: EntityType;
  names: readonly string[];
}

export interface ResolveOptions {
  /** How names are folded and which legal forms are stripped (default: none). */
  rules?: NameRules;
  /** Gazetteer and user lexicon entries: canonical names bring their key, aliases and external id. */
  lexicon?: readonly LexiconEntry[];
  /** Entities of the snapshot being replaced: their keys survive the rebuild. */
  previous?: readonly PreviousEntity[];
}

export interface Resolution {
  entities: ResolvedEntity[];
  ties: ResolutionTie[];
  /** Entity key of a mention, or undefined if it was dropped. */
  entityOf(docKey: string, mentionId: number): string | undefined;
}

/**
 * The mentions of a resolution, one "ref" each: the mention (a copy when a pinned lexicon
 * entry changed its type) and the extraction it came from. Flat arrays rather than an object
 * per mention: a million articles bring about eight million of them.
 */
class Refs {
  readonly m: EntityMention[] = [];
  /** Index of the extraction of each ref. */
  readonly x: Int32Array;
  constructor(
    readonly xs: readonly DocExtraction[],
    size: number,
  ) {
    this.x = new Int32Array(size);
  }
  get length(): number {
    return this.m.length;
  }
  doc(i: number): string {
    return this.xs[this.x[i]].docKey;
  }
  lang(i: number): string {
    return this.xs[this.x[i]].lang;
  }
}

/** Where the refs of each document are: a run per document in the usual case, a map of mention ids otherwise. */
class RefIndex {
  private readonly runs = new Map<string, { start: number; count: number } | Map<number, number>>();
  add(docKey: string, mentions: readonly EntityMention[], start: number): void {
    const before = this.runs.get(docKey);
    if (before === undefined && mentions.every((m, i) => m.id === i)) {
      this.runs.set(docKey, { start, count: mentions.length });
      return;
    }
    // Ids that are not positions, or a document key seen twice (later mentions win): a map.
    const map = before instanceof Map ? before : new Map<number, number>();
    if (before !== undefined && !(before instanceof Map)) for (let i = 0; i < before.count; i++) map.set(i, before.start + i);
    mentions.forEach((m, i) => map.set(m.id, start + i));
    this.runs.set(docKey, map);
  }
  get(docKey: string, mentionId: number): number | undefined {
    const run = this.runs.get(docKey);
    if (run === undefined) return undefined;
    if (run instanceof Map) return run.get(mentionId);
    return Number.isInteger(mentionId) && mentionId >= 0 && mentionId < run.count ? run.start + mentionId : undefined;
  }
}

/** Bit of each merge tier in a cluster's tier mask. */
const TIER_BIT = Object.fromEntries(MERGE_TIERS.map((t, i) => [t, 1 << i])) as Record<MergeTier, number>;

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  /** Joins the sets of a and b; true when they were apart. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}

interface LexiconIndex {
  /** Entries by `type:match key` of each of their names; the first entry wins. */
  lexicon: ReadonlyMap<string, LexiconEntry>;
  /** Entries with a pinned key, by the match key of each of their names: they fix the type. */
  pinned: ReadonlyMap<string, LexiconEntry>;
}

/**
 * Built once per lexicon (the entries array, as loadLexicon returns it; never changed after)
 * and name rules: folding the ~7,000 names of the built-in gazetteer was two thirds of the
 * time of resolving a small build, and callers that keep a lexicon (tests, long-running
 * processes) resolve many builds with it.
 */
const lexiconIndexes = new WeakMap<readonly LexiconEntry[], { rules: NameRules; index: LexiconIndex }>();

function lexiconIndex(entries: readonly LexiconEntry[], rules: NameRules): LexiconIndex {
  const cached = lexiconIndexes.get(entries);
  if (cached && cached.rules === rules) return cached.index;
  const lexicon = new Map<string, LexiconEntry>();
  const pinned = new Map<string, LexiconEntry>();
  for (const e of entries) {
    for (const n of [e.name, ...e.aliases]) {
      const k = matchKey(n, rules);
      if (!k) continue;
      if (!lexicon.has(`${e.type}:${k}`)) lexicon.set(`${e.type}:${k}`, e);
      if (e.key && !pinned.has(k)) pinned.set(k, e);
    }
  }
  const index = { lexicon, pinned };
  lexiconIndexes.set(entries, { rules, index });
  return index;
}

/** A stable key part for a name with an empty match key: a short hash of the name, the same in every build. */
const unnamedKey = (name: string) => `unnamed-${createHash('sha256').update(name.normalize('NFKC')).digest('hex').slice(0, 8)}`;

export function resolveEntities(extractions: readonly DocExtraction[], options: ResolveOptions = {}): Resolution {
  const rules = options.rules ?? NO_NAME_RULES;
  // Names recur across documents: each distinct name is folded once.
  const keys = new Map<string, string>();
  const key = (s: string): string => {
    let k = keys.get(s);
    if (k === undefined) keys.set(s, (k = matchKey(s, rules)));
    return k;
  };
  const words = (s: string) => key(s).split(' ').filter(Boolean);
  /**
   * The exact-match key of a name: its match key, or for a name of punctuation and symbols only
   * ("C++", "C#", "***"), whose match key is empty, the name itself: such names must not all
   * meet under "" and become one entity.
   */
  const exactKey = (s: string) => key(s) || `raw:${s.normalize('NFKC').toLowerCase()}`;
  const total = extractions.reduce((n, x) => n + x.mentions.length, 0);
  const refs = new Refs(extractions, total);
  const uf = new UnionFind(total);
  /** Merge tiers per ref as a bit mask (TIER_BIT); read at the roots when summarising. */
  const tiers = new Uint8Array(total);
  const ties: Array<{ ref: number; tier: MergeTier; roots: number[] }> = [];
  /** Merges the clusters of a and b; `tier` undefined when both are the same name written alike. */
  const join = (a: number, b: number, tier: MergeTier | undefined): void => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (!uf.union(a, b)) return;
    tiers[uf.find(a)] = tiers[ra] | tiers[rb] | (tier ? TIER_BIT[tier] : 0);
  };
  const { lexicon, pinned } = lexiconIndex(options.lexicon ?? [], rules);
  const index = new RefIndex(); // doc + mention id → ref index
  /** Each document's refs, in order of first appearance of its key (a key seen twice gathers both runs). */
  const byDoc = new Map<string, Array<[start: number, end: number]>>();
  extractions.forEach((x, xi) => {
    const start = refs.length;
    index.add(x.docKey, x.mentions, start);
    for (const m of x.mentions) {
      // A pinned lexicon entry fixes the type of every mention of its names.
      const pin = pinned.size > 0 ? pinned.get(key(m.canonical ?? m.name)) : undefined;
      refs.x[refs.length] = xi;
      refs.m.push(pin ? { ...m, type: pin.type, canonical: pin.name } : m);
    }
    if (x.mentions.length > 0) byDoc.set(x.docKey, [...(byDoc.get(x.docKey) ?? []), [start, refs.length]]);
  });

  // Tier 1: exact canonical or normalised name, per type.
  const exact = new Map<string, number>();
  // The same name written alike is no merge worth reporting; another spelling of it is.
  const claim = (k: string, i: number, tier: MergeTier): void => {
    const j = exact.get(k);
    if (j === undefined) exact.set(k, i);
    else join(i, j, refs.m[j].name === refs.m[i].name ? undefined : tier);
  };
  refs.m.forEach((m, i) => {
    if (m.canonical) claim(`c:${m.type}:${exactKey(m.canonical)}`, i, pinned.has(key(m.canonical)) ? 'lexicon' : 'gazetteer');
    claim(`n:${m.type}:${exactKey(m.name)}`, i, m.canonical ? 'gazetteer' : 'spelling');
    // A canonical entity also owns its canonical name as a plain name ("Meta" typed without the gazetteer).
    if (m.canonical) claim(`n:${m.type}:${exactKey(m.canonical)}`, i, 'gazetteer');
  });

  const clusterNames = () => {
    const names = new Map<number, Set<string>>();
    refs.m.forEach((m, i) => {
      const root = uf.find(i);
      let set = names.get(root);
      if (!set) {
        set = new Set<string>();
        names.set(root, set);
      }
      set.add(m.canonical ?? m.name);
      set.add(m.name);
    });
    return names;
  };
  /** Clusters the gazetteer already named: they are resolved, not short names of something else. */
  const canonicalRoots = () => {
    const roots = new Set<number>();
    refs.m.forEach((m, i) => {
      if (m.canonical) roots.add(uf.find(i));
    });
    return roots;
  };

  // Tier 2: short names within a document.
  const nameWords = (i: number): string[][] => {
    const m = refs.m[i];
    return [words(m.name), m.canonical ? words(m.canonical) : []];
  };
  for (const runs of byDoc.values()) {
    const ids: number[] = [];
    for (const [start, end] of runs) for (let i = start; i < end; i++) ids.push(i);
    // Last words of people and first words of organisations with longer names, per type.
    const parts = new Map<string, Map<string, Set<number>>>();
    for (const j of ids) {
      const type = refs.m[j].type;
      if (type !== 'Person' && type !== 'Organization') continue;
      for (const ws of nameWords(j)) {
        if (ws.length < 2) continue;
        const part = type === 'Person' ? ws[ws.length - 1] : ws[0];
        const byPart = parts.get(type) ?? new Map<string, Set<number>>();
        parts.set(type, byPart);
        const set = byPart.get(part) ?? new Set<number>();
        set.add(j);
        byPart.set(part, set);
      }
    }
    for (const i of ids) {
      const m = refs.m[i];
      const byPart = parts.get(m.type);
      if (!byPart || m.canonical) continue;
      const own = words(m.name);
      if (own.length !== 1) continue;
      const short = own[0];
      const candidates = new Set<number>();
      for (const [part, js] of byPart) {
        const same = part === short || (isArabicScript(short) && isArabicScript(part) && part.length === short.length && levenshtein(foldArabic(part), foldArabic(short)) <= ARABIC_VARIANT_DISTANCE);
        if (same) for (const j of js) candidates.add(uf.find(j));
      }
      if (candidates.size === 1) join(i, [...candidates][0], 'short-name');
      else if (candidates.size > 1) ties.push({ ref: i, tier: 'short-name', roots: [...candidates] });
    }
  }

  // Tier 3: one-word names across documents.
  {
    const names = clusterNames();
    const byPart = new Map<string, Set<number>>(); // type + first/last word → roots of longer names
    for (const [root, set] of names) {
      const type = refs.m[root].type;
      if (type !== 'Person' && type !== 'Organization') continue;
      for (const n of set) {
        const ws = words(n);
        if (ws.length < 2) continue;
        const k = `${type}:${type === 'Person' ? ws[ws.length - 1] : ws[0]}`;
        const roots = byPart.get(k) ?? new Set<number>();
        roots.add(root);
        byPart.set(k, roots);
      }
    }
    const known = canonicalRoots();
    for (const [root, set] of names) {
      const type = refs.m[root].type;
      if ((type !== 'Person' && type !== 'Organization') || known.has(root)) continue;
      const all = [...set].map(words);
      if (all.some((w) => w.length !== 1)) continue;
      const hits = new Set([...(byPart.get(`${type}:${all[0][0]}`) ?? [])].filter((r) => r !== root).map((r) => uf.find(r)));
      if (hits.size === 1) join(root, [...hits][0], 'short-name-corpus');
      else if (hits.size > 1) ties.push({ ref: root, tier: 'short-name-corpus', roots: [...hits] });
    }
  }

  // Tier 4: Arabic-script names without a Latin form → Latin clusters by skeleton, blocked by
  // type and the skeleton's first letter. The Arabic skeletons are indexed (SkeletonIndex) and
  // every Latin skeleton looks up only those close enough in edit distance to pass
  // SCRIPT_MATCH_THRESHOLD, so the cost grows with the names, not with their pairs. Latin
  // clusters never merge with each other here, so finding all candidates first and joining
  // after, in cluster order, makes the joins comparing every pair made.
  {
    const names = clusterNames();
    const index = new SkeletonIndex(SHORT_SKELETON);
    const queries: Array<{ root: number; best: number; roots: Set<number> }> = [];
    const queryOf: number[] = [];
    for (const [root, set] of names) {
      if ([...set].some((n) => !isArabicScript(n))) continue;
      const type = refs.m[root].type;
      const q = queries.length;
      queries.push({ root, best: 0, roots: new Set() });
      for (const a of new Set([...set].map((n) => arabicSkeleton(key(n))))) if (a) queryOf[index.add(`${type}\u0000${a[0]}`, a)] = q;
    }
    if (queries.length > 0) {
      for (const [root, set] of names) {
        const type = refs.m[root].type;
        for (const f of set) {
          if (isArabicScript(f)) continue;
          for (const b of new Set([latinSkeleton(key(f)), ...words(f).map(latinSkeleton)])) {
            if (!b) continue;
            index.probe(`${type}\u0000${b[0]}`, b, (id) => {
              const a = index.skeleton(id);
              let s: number;
              if (Math.min(a.length, b.length) < SHORT_SKELETON) s = a === b ? 1 : 0;
              else {
                // similarity(a, b), computed only for pairs that can pass (farther ones cannot: skeleton-index.ts).
                const max = maxPairDistance(a.length, b.length);
                const d = levenshteinWithin(a, b, max);
                s = d > max ? 0 : 1 - d / Math.max(a.length, b.length);
              }
              if (s < SCRIPT_MATCH_THRESHOLD) return;
              const q = queries[queryOf[id]];
              if (s > q.best) {
                q.best = s;
                q.roots = new Set([root]);
              } else if (s === q.best) q.roots.add(root);
            });
          }
        }
      }
    }
    for (const q of queries) {
      const bestRoots = new Set([...q.roots].map((r) => uf.find(r)));
      if (bestRoots.size === 1) join(q.root, [...bestRoots][0], 'transliteration');
      else if (bestRoots.size > 1) ties.push({ ref: q.root, tier: 'transliteration', roots: [...bestRoots] });
    }
  }

  return summarise(refs, uf, index, { key, tiers, ties, lexicon, previous: options.previous ?? [] });
}

interface SummaryInput {
  key: (s: string) => string;
  /** Tier bit masks (TIER_BIT) by ref, read at roots. */
  tiers: Uint8Array;
  ties: ReadonlyArray<{ ref: number; tier: MergeTier; roots: number[] }>;
  lexicon: ReadonlyMap<string, LexiconEntry>;
  previous: readonly PreviousEntity[];
}

function summarise(refs: Refs, uf: UnionFind, index: RefIndex, input: SummaryInput): Resolution {
  const { key } = input;
  // Roots are the smallest ref of their cluster, so clusters come in order of their first mention.
  const groups = new Map<number, EntityMention[]>();
  const langs = new Map<number, string[]>();
  refs.m.forEach((m, i) => {
    const root = uf.find(i);
    const list = groups.get(root);
    if (list) {
      list.push(m);
      langs.get(root)!.push(refs.lang(i));
    } else {
      groups.set(root, [m]);
      langs.set(root, [refs.lang(i)]);
    }
  });
  const ordered = [...groups.entries()].sort((a, b) => a[0] - b[0]);
  const keyOfRoot = new Map<number, string>();
  const used = new Set<string>();
  const slug = (type: EntityType, name: string) => `${type.toLowerCase()}:${key(name).replace(/ /gu, '-') || unnamedKey(name)}`;
  const entryOf = (ms: readonly EntityMention[]): LexiconEntry | undefined => {
    const canonical = ms.find((m) => m.canonical);
    return canonical ? input.lexicon.get(`${canonical.type}:${key(canonical.canonical!)}`) : undefined;
  };
  // Keys in order of precedence: pinned by the lexicon, kept from the previous snapshot, made from the name.
  for (const [root, ms] of ordered) {
    const pin = entryOf(ms)?.key;
    if (pin && !used.has(pin)) {
      keyOfRoot.set(root, pin);
      used.add(pin);
    }
  }
  const previousByName = new Map<string, Set<string>>();
  for (const p of input.previous) {
    for (const n of p.names) {
      const k = `${p.type}:${key(n)}`;
      const set = previousByName.get(k) ?? new Set<string>();
      set.add(p.key);
      previousByName.set(k, set);
    }
  }
  if (previousByName.size > 0) {
    for (const [root, ms] of ordered) {
      if (keyOfRoot.has(root)) continue;
      const hits = new Set<string>();
      for (const m of ms) for (const n of [m.name, m.canonical]) if (n) for (const k of previousByName.get(`${m.type}:${key(n)}`) ?? []) hits.add(k);
      // One previous entity, and its key free: a rebuild with more documents keeps it.
      const free = [...hits].filter((k) => !used.has(k));
      if (hits.size === 1 && free.length === 1) {
        keyOfRoot.set(root, free[0]);
        used.add(free[0]);
      }
    }
  }
  const entities: ResolvedEntity[] = [];
  for (const [root, ms] of ordered) {
    const entry = entryOf(ms);
    const name = displayName(ms, key);
    const type = ms[0].type;
    let k = keyOfRoot.get(root);
    if (!k) {
      const base = slug(type, name);
      k = base;
      for (let n = 2; used.has(k); n++) k = `${base}-${n}`;
      used.add(k);
      keyOfRoot.set(root, k);
    }
    const aliases = new Set<string>([name, ...(entry?.key ? [entry.name, ...entry.aliases] : [])]);
    const byLang = new Map<string, Set<string>>();
    const mentionLangs = langs.get(root)!;
    ms.forEach((m, i) => {
      const lang = mentionLangs[i];
      for (const form of [m.text, m.name, ...(m.aliases ?? [])]) {
        aliases.add(form);
        let forms = byLang.get(lang);
        if (!forms) byLang.set(lang, (forms = new Set()));
        forms.add(form);
      }
    });
    const mask = input.tiers[root];
    entities.push({
      key: k,
      name,
      type,
      aliases: [...aliases].sort(),
      aliasesByLang: Object.fromEntries([...byLang.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([l, s]) => [l, [...s].sort()])),
      languages: [...byLang.keys()].sort(),
      mentions: ms.length,
      mergedBy: MERGE_TIERS.filter((t) => (mask & TIER_BIT[t]) !== 0),
      ...(entry?.externalId ? { externalId: entry.externalId } : {}),
    });
  }
  const ties: ResolutionTie[] = [];
  for (const t of input.ties) {
    const own = uf.find(t.ref);
    const candidates = [...new Set(t.roots.map((r) => keyOfRoot.get(uf.find(r))!))].filter((c) => c !== keyOfRoot.get(own)).sort();
    // A tie that a later tier settled is no tie any more.
    if (candidates.length < 2 || t.roots.some((r) => uf.find(r) === own)) continue;
    ties.push({ name: refs.m[t.ref].name, type: refs.m[t.ref].type, tier: t.tier, candidates });
  }
  return {
    entities,
    ties,
    entityOf(docKey, mentionId) {
      const i = index.get(docKey, mentionId);
      return i === undefined ? undefined : keyOfRoot.get(uf.find(i));
    },
  };
}

/**
 * The gazetteer's name; else the fullest Latin-script form (legal forms not counted), written
 * as most documents write it (all-caps last), then the most frequent.
 */
function displayName(ms: readonly EntityMention[], key: (s: string) => string): string {
  const canonical = ms.find((m) => m.canonical)?.canonical;
  if (canonical) return canonical;
  const counts = new Map<string, number>();
  for (const m of ms) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const shouting = (n: string) => (/\p{Ll}/u.test(n) || !/\p{Lu}{2}/u.test(n) ? 0 : 1);
  const size = (n: string) => key(n).split(' ').filter(Boolean).length;
  // On a tie the spelling with its diacritics wins: "Sofía Márquez" keeps what "Sofia Marquez" dropped.
  const marks = (n: string) => [...n].filter((ch) => /[^\x00-\x7f]/u.test(ch)).length;
  return [...counts.entries()].sort((a, b) => {
    const la = isArabicScript(a[0]) ? 1 : 0;
    const lb = isArabicScript(b[0]) ? 1 : 0;
    return la - lb || shouting(a[0]) - shouting(b[0]) || size(b[0]) - size(a[0]) || b[1] - a[1] || marks(b[0]) - marks(a[0]) || a[0].localeCompare(b[0]);
  })[0][0];
}
