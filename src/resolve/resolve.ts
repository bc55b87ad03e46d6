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
 */
import { createHash } from 'node:crypto';
import { foldArabic, isArabicScript, nameKey } from '../extract/normalize.js';
import type { DocExtraction, EntityMention } from '../model/extraction.js';
import type { EntityType } from '../model/types.js';
import { arabicSkeleton, latinSkeleton, levenshtein, similarity } from './transliterate.js';

/** Minimum skeleton similarity for a cross-script match. */
export const SCRIPT_MATCH_THRESHOLD = 0.8;
/** Skeletons shorter than this must match exactly ("mt" for ميتا / Meta). */
export const SHORT_SKELETON = 4;
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
  /** Documents (keys) that mention the entity, with counts. */
  docs: Map<string, number>;
}

export interface Resolution {
  entities: ResolvedEntity[];
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
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const words = (s: string) => nameKey(s).split(' ').filter(Boolean);

/**
 * The exact-match key of a name: its name key, or for a name of punctuation and symbols only
 * ("C++", "C#", "***"), whose name key is empty, the name itself: such names must not all
 * meet under "" and become one entity.
 */
const exactKey = (s: string) => nameKey(s) || `raw:${s.normalize('NFKC').toLowerCase()}`;

/** A stable key part for a name with an empty name key: a short hash of the name, the same in every build. */
const unnamedKey = (name: string) => `unnamed-${createHash('sha256').update(name.normalize('NFKC')).digest('hex').slice(0, 8)}`;

export function resolveEntities(extractions: readonly DocExtraction[]): Resolution {
  const refs: Ref[] = [];
  const uf = new UnionFind();
  const index = new Map<string, number>(); // doc + mention id → ref index
  for (const x of extractions) {
    for (const m of x.mentions) {
      index.set(`${x.docKey}#${m.id}`, refs.length);
      refs.push({ doc: x.docKey, lang: x.lang, m });
      uf.add();
    }
  }

  // Tier 1: exact canonical or normalised name, per type.
  const exact = new Map<string, number>();
  refs.forEach((r, i) => {
    for (const k of [r.m.canonical ? `c:${r.m.type}:${exactKey(r.m.canonical)}` : undefined, `n:${r.m.type}:${exactKey(r.m.name)}`]) {
      if (!k) continue;
      const j = exact.get(k);
      if (j === undefined) exact.set(k, i);
      else uf.union(i, j);
    }
    // A canonical entity also owns its canonical name as a plain name ("Meta" typed without the gazetteer).
    if (r.m.canonical) {
      const k = `n:${r.m.type}:${exactKey(r.m.canonical)}`;
      const j = exact.get(k);
      if (j === undefined) exact.set(k, i);
      else uf.union(i, j);
    }
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
      if (candidates.size === 1) uf.union(i, [...candidates][0]);
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
      if (hits.size === 1) uf.union(root, [...hits][0]);
    }
  }

  // Tier 4: Arabic-script names without a Latin form → Latin clusters by skeleton. Candidates
  // are blocked by the skeleton's first letter, so the comparison stays near-linear.
  {
    const names = clusterNames();
    const latin = new Map<string, Array<{ root: number; type: EntityType; skeleton: string }>>();
    for (const [root, set] of names) {
      for (const f of set) {
        if (isArabicScript(f)) continue;
        for (const sk of new Set([latinSkeleton(f), ...words(f).map(latinSkeleton)])) {
          if (!sk) continue;
          const list = latin.get(sk[0]) ?? [];
          list.push({ root, type: refs[root].m.type, skeleton: sk });
          latin.set(sk[0], list);
        }
      }
    }
    for (const [root, set] of names) {
      if ([...set].some((n) => !isArabicScript(n))) continue;
      const type = refs[root].m.type;
      let best = 0;
      let bestRoots = new Set<number>();
      for (const a of new Set([...set].map(arabicSkeleton))) {
        if (!a) continue;
        for (const c of latin.get(a[0]) ?? []) {
          if (c.type !== type) continue;
          const b = c.skeleton;
          const short = Math.min(a.length, b.length) < SHORT_SKELETON;
          const s = short ? (a === b ? 1 : 0) : similarity(a, b);
          if (s < SCRIPT_MATCH_THRESHOLD) continue;
          if (s > best) {
            best = s;
            bestRoots = new Set([uf.find(c.root)]);
          } else if (s === best) bestRoots.add(uf.find(c.root));
        }
      }
      if (bestRoots.size === 1) uf.union(root, [...bestRoots][0]);
    }
  }

  return summarise(refs, uf, index);
}

function summarise(refs: Ref[], uf: UnionFind, index: Map<string, number>): Resolution {
  const groups = new Map<number, Ref[]>();
  refs.forEach((r, i) => {
    const root = uf.find(i);
    const list = groups.get(root);
    if (list) list.push(r);
    else groups.set(root, [r]);
  });
  const keyOfRoot = new Map<number, string>();
  const used = new Set<string>();
  const entities: ResolvedEntity[] = [];
  for (const [root, rs] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
    const name = displayName(rs);
    const type = rs[0].m.type;
    let key = `${type.toLowerCase()}:${nameKey(name).replace(/ /gu, '-') || unnamedKey(name)}`;
    for (let n = 2; used.has(key); n++) key = `${key.replace(/-\d+$/u, '')}-${n}`;
    used.add(key);
    keyOfRoot.set(root, key);
    const aliases = new Set<string>([name]);
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
    entities.push({
      key,
      name,
      type,
      aliases: [...aliases].sort(),
      aliasesByLang: Object.fromEntries([...byLang.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([l, s]) => [l, [...s].sort()])),
      languages: [...byLang.keys()].sort(),
      mentions: rs.length,
      docs,
    });
  }
  return {
    entities,
    entityOf(docKey, mentionId) {
      const i = index.get(`${docKey}#${mentionId}`);
      return i === undefined ? undefined : keyOfRoot.get(uf.find(i));
    },
  };
}

/** The gazetteer's name; else the fullest Latin-script form, then the most frequent. */
function displayName(rs: readonly Ref[]): string {
  const canonical = rs.find((r) => r.m.canonical)?.m.canonical;
  if (canonical) return canonical;
  const counts = new Map<string, number>();
  for (const r of rs) counts.set(r.m.name, (counts.get(r.m.name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => {
    const la = isArabicScript(a[0]) ? 1 : 0;
    const lb = isArabicScript(b[0]) ? 1 : 0;
    return la - lb || words(b[0]).length - words(a[0]).length || b[1] - a[1] || a[0].localeCompare(b[0]);
  })[0][0];
}
