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
import { SkeletonIndex } from './skeleton-index.js';
import { arabicSkeleton, latinSkeleton, levenshtein, SCRIPT_MATCH_THRESHOLD, SHORT_SKELETON, similarity } from './transliterate.js';

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

export { SCRIPT_MATCH_THRESHOLD, SHORT_SKELETON };
/** Arabic spellings of one short name may differ by this many letters. */
const ARABIC_VARIANT_DISTANCE = 1;

/**
 * The largest edit distance at which a skeleton of `length` letters can still reach
 * SCRIPT_MATCH_THRESHOLD with any other: similarity = 1 − d / max(la, lb) ≥ T needs
 * d ≤ (1 − T)·max, and d ≥ lb − la bounds lb ≤ la / T, so d ≤ la·(1 − T)/T (a quarter of
 * the letters at T = 0.8). The small epsilon keeps an exact quarter on the inside.
 */
export function maxSkeletonDistance(length: number): number {
  return Math.floor((length * (1 - SCRIPT_MATCH_THRESHOLD)) / SCRIPT_MATCH_THRESHOLD + 1e-6);
}

export interface ResolvedEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  aliasesByLang: Record<string, string[]>;
  languages: string[];
  mentions: number;
  /** Documents (keys) that mention the entity, with counts. */
  docs: Map<string, number>;
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

interface Ref {
  doc: string;
  lang: string;
  m: EntityMention;
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
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
  const refs: Ref[] = [];
  const uf = new UnionFind();
  /** Merge tiers per ref; read at the roots when summarising. */
  const tiers: Array<Set<MergeTier>> = [];
  const ties: Array<{ ref: number; tier: MergeTier; roots: number[] }> = [];
  /** Merges the clusters of a and b; `tier` undefined when both are the same name written alike. */
  const join = (a: number, b: number, tier: MergeTier | undefined): void => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (!uf.union(a, b)) return;
    tiers[uf.find(a)] = new Set([...tiers[ra], ...tiers[rb], ...(tier ? [tier] : [])]);
  };
  // Lexicon entries by type + key of each of their names; pinned ones (with a key) fix the type.
  const lexicon = new Map<string, LexiconEntry>();
  const pinned = new Map<string, LexiconEntry>();
  for (const e of options.lexicon ?? []) {
    for (const n of [e.name, ...e.aliases]) {
      const k = key(n);
      if (!k) continue;
      if (!lexicon.has(`${e.type}:${k}`)) lexicon.set(`${e.type}:${k}`, e);
      if (e.key && !pinned.has(k)) pinned.set(k, e);
    }
  }
  const index = new Map<string, number>(); // doc + mention id → ref index
  for (const x of extractions) {
    for (const m of x.mentions) {
      index.set(`${x.docKey}#${m.id}`, refs.length);
      // A pinned lexicon entry fixes the type of every mention of its names.
      const pin = pinned.get(key(m.canonical ?? m.name));
      refs.push({ doc: x.docKey, lang: x.lang, m: pin ? { ...m, type: pin.type, canonical: pin.name } : m });
      uf.add();
      tiers.push(new Set());
    }
  }

  // Tier 1: exact canonical or normalised name, per type.
  const exact = new Map<string, number>();
  // The same name written alike is no merge worth reporting; another spelling of it is.
  const claim = (k: string, i: number, tier: MergeTier): void => {
    const j = exact.get(k);
    if (j === undefined) exact.set(k, i);
    else join(i, j, refs[j].m.name === refs[i].m.name ? undefined : tier);
  };
  refs.forEach((r, i) => {
    if (r.m.canonical) claim(`c:${r.m.type}:${exactKey(r.m.canonical)}`, i, pinned.has(key(r.m.canonical)) ? 'lexicon' : 'gazetteer');
    claim(`n:${r.m.type}:${exactKey(r.m.name)}`, i, r.m.canonical ? 'gazetteer' : 'spelling');
    // A canonical entity also owns its canonical name as a plain name ("Meta" typed without the gazetteer).
    if (r.m.canonical) claim(`n:${r.m.type}:${exactKey(r.m.canonical)}`, i, 'gazetteer');
  });

  const clusterNames = () => {
    const names = new Map<number, Set<string>>();
    refs.forEach((r, i) => {
      const root = uf.find(i);
      let set = names.get(root);
      if (!set) {
        set = new Set<string>();
        names.set(root, set);
      }
      set.add(r.m.canonical ?? r.m.name);
      set.add(r.m.name);
    });
    return names;
  };
  /** Clusters the gazetteer already named: they are resolved, not short names of something else. */
  const canonicalRoots = () => new Set(refs.flatMap((r, i) => (r.m.canonical ? [uf.find(i)] : [])));

  // Tier 2: short names within a document.
  const byDoc = new Map<string, number[]>();
  refs.forEach((r, i) => {
    const list = byDoc.get(r.doc);
    if (list) list.push(i);
    else byDoc.set(r.doc, [i]);
  });
  const nameWords = refs.map((r) => [words(r.m.name), r.m.canonical ? words(r.m.canonical) : []]);
  for (const ids of byDoc.values()) {
    // Last words of people and first words of organisations with longer names, per type.
    const parts = new Map<string, Map<string, Set<number>>>();
    for (const j of ids) {
      const type = refs[j].m.type;
      if (type !== 'Person' && type !== 'Organization') continue;
      for (const ws of nameWords[j]) {
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
      const r = refs[i];
      const byPart = parts.get(r.m.type);
      if (!byPart || r.m.canonical || nameWords[i][0].length !== 1) continue;
      const short = nameWords[i][0][0];
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
      const type = refs[root].m.type;
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
      const type = refs[root].m.type;
      if ((type !== 'Person' && type !== 'Organization') || known.has(root)) continue;
      const all = [...set].map(words);
      if (all.some((w) => w.length !== 1)) continue;
      const hits = new Set([...(byPart.get(`${type}:${all[0][0]}`) ?? [])].filter((r) => r !== root).map((r) => uf.find(r)));
      if (hits.size === 1) join(root, [...hits][0], 'short-name-corpus');
      else if (hits.size > 1) ties.push({ ref: root, tier: 'short-name-corpus', roots: [...hits] });
    }
  }

  // Tier 4: Arabic-script names without a Latin form → Latin clusters by skeleton. Candidates
  // are blocked by type and the skeleton's first letter, and within a block only skeletons
  // close enough in edit distance to pass SCRIPT_MATCH_THRESHOLD are visited (SkeletonIndex),
  // so each Arabic name costs a walk of the trie near it, not a comparison with every name.
  {
    const names = clusterNames();
    const latin = new Map<string, SkeletonIndex>();
    for (const [root, set] of names) {
      const type = refs[root].m.type;
      for (const f of set) {
        if (isArabicScript(f)) continue;
        for (const sk of new Set([latinSkeleton(key(f)), ...words(f).map(latinSkeleton)])) {
          if (!sk) continue;
          const block = `${type}\u0000${sk[0]}`;
          let trie = latin.get(block);
          if (!trie) latin.set(block, (trie = new SkeletonIndex()));
          trie.add(sk, root);
        }
      }
    }
    for (const [root, set] of names) {
      if ([...set].some((n) => !isArabicScript(n))) continue;
      const type = refs[root].m.type;
      let best = 0;
      let bestRoots = new Set<number>();
      for (const a of new Set([...set].map((n) => arabicSkeleton(key(n))))) {
        if (!a) continue;
        latin.get(`${type}\u0000${a[0]}`)?.within(a, maxSkeletonDistance(a.length), (b, roots) => {
          const short = Math.min(a.length, b.length) < SHORT_SKELETON;
          const s = short ? (a === b ? 1 : 0) : similarity(a, b);
          if (s < SCRIPT_MATCH_THRESHOLD) return;
          for (const r of roots) {
            if (s > best) {
              best = s;
              bestRoots = new Set([uf.find(r)]);
            } else if (s === best) bestRoots.add(uf.find(r));
          }
        });
      }
      if (bestRoots.size === 1) join(root, [...bestRoots][0], 'transliteration');
      else if (bestRoots.size > 1) ties.push({ ref: root, tier: 'transliteration', roots: [...bestRoots] });
    }
  }

  return summarise(refs, uf, index, { key, tiers, ties, lexicon, previous: options.previous ?? [] });
}

interface SummaryInput {
  key: (s: string) => string;
  tiers: ReadonlyArray<ReadonlySet<MergeTier>>;
  ties: ReadonlyArray<{ ref: number; tier: MergeTier; roots: number[] }>;
  lexicon: ReadonlyMap<string, LexiconEntry>;
  previous: readonly PreviousEntity[];
}

function summarise(refs: Ref[], uf: UnionFind, index: Map<string, number>, input: SummaryInput): Resolution {
  const { key } = input;
  const groups = new Map<number, Ref[]>();
  refs.forEach((r, i) => {
    const root = uf.find(i);
    const list = groups.get(root);
    if (list) list.push(r);
    else groups.set(root, [r]);
  });
  const ordered = [...groups.entries()].sort((a, b) => a[0] - b[0]);
  const keyOfRoot = new Map<number, string>();
  const used = new Set<string>();
  const slug = (type: EntityType, name: string) => `${type.toLowerCase()}:${key(name).replace(/ /gu, '-') || unnamedKey(name)}`;
  const entryOf = (rs: readonly Ref[]): LexiconEntry | undefined => {
    const canonical = rs.find((r) => r.m.canonical)?.m;
    return canonical ? input.lexicon.get(`${canonical.type}:${key(canonical.canonical!)}`) : undefined;
  };
  // Keys in order of precedence: pinned by the lexicon, kept from the previous snapshot, made from the name.
  for (const [root, rs] of ordered) {
    const pin = entryOf(rs)?.key;
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
  for (const [root, rs] of ordered) {
    if (keyOfRoot.has(root)) continue;
    const hits = new Set<string>();
    for (const r of rs) for (const n of [r.m.name, r.m.canonical]) if (n) for (const k of previousByName.get(`${r.m.type}:${key(n)}`) ?? []) hits.add(k);
    // One previous entity, and its key free: a rebuild with more documents keeps it.
    const free = [...hits].filter((k) => !used.has(k));
    if (hits.size === 1 && free.length === 1) {
      keyOfRoot.set(root, free[0]);
      used.add(free[0]);
    }
  }
  const entities: ResolvedEntity[] = [];
  for (const [root, rs] of ordered) {
    const entry = entryOf(rs);
    const name = displayName(rs, key);
    const type = rs[0].m.type;
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
    const docs = new Map<string, number>();
    for (const r of rs) {
      for (const form of [r.m.text, r.m.name]) {
        aliases.add(form);
        let forms = byLang.get(r.lang);
        if (!forms) byLang.set(r.lang, (forms = new Set()));
        forms.add(form);
      }
      docs.set(r.doc, (docs.get(r.doc) ?? 0) + 1);
    }
    const tiers = input.tiers[root];
    entities.push({
      key: k,
      name,
      type,
      aliases: [...aliases].sort(),
      aliasesByLang: Object.fromEntries([...byLang.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([l, s]) => [l, [...s].sort()])),
      languages: [...byLang.keys()].sort(),
      mentions: rs.length,
      docs,
      mergedBy: MERGE_TIERS.filter((t) => tiers.has(t)),
      ...(entry?.externalId ? { externalId: entry.externalId } : {}),
    });
  }
  const ties: ResolutionTie[] = [];
  for (const t of input.ties) {
    const own = uf.find(t.ref);
    const candidates = [...new Set(t.roots.map((r) => keyOfRoot.get(uf.find(r))!))].filter((c) => c !== keyOfRoot.get(own)).sort();
    // A tie that a later tier settled is no tie any more.
    if (candidates.length < 2 || t.roots.some((r) => uf.find(r) === own)) continue;
    ties.push({ name: refs[t.ref].m.name, type: refs[t.ref].m.type, tier: t.tier, candidates });
  }
  return {
    entities,
    ties,
    entityOf(docKey, mentionId) {
      const i = index.get(`${docKey}#${mentionId}`);
      return i === undefined ? undefined : keyOfRoot.get(uf.find(i));
    },
  };
}

/**
 * The gazetteer's name; else the fullest Latin-script form (legal forms not counted), written
 * as most documents write it (all-caps last), then the most frequent.
 */
function displayName(rs: readonly Ref[], key: (s: string) => string): string {
  const canonical = rs.find((r) => r.m.canonical)?.m.canonical;
  if (canonical) return canonical;
  const counts = new Map<string, number>();
  for (const r of rs) counts.set(r.m.name, (counts.get(r.m.name) ?? 0) + 1);
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
