/**
 * Finding an entity by any of its names, in any script. Pure; unit-tested in Node.
 *
 * Whole names go through the matcher of `kg entity` and `kg ask` (src/query/match.ts), with
 * the name rules the export embeds (legal forms, Turkish endings, Arabic proclitics), so the
 * viewer finds what the command line finds ("Zuckerburg", "Isiklar Holding", "Meta'ya",
 * "سكيل إيه آي"). While a name is being typed, names that begin with it, then names that
 * contain it, follow.
 */
import { NameIndex } from '../src/query/match.js';
import { foldName, NO_NAME_RULES, type NameRules } from '../src/resolve/names.js';

export interface SearchEntry {
  key: string;
  name: string;
  type: string;
  mentions: number;
  aliases: readonly string[];
}

export interface SearchHit {
  key: string;
  name: string;
  type: string;
  /** The name or alias that matched. */
  matched: string;
  /** 0 the matcher's match (exact, alias, normalised, transliterated, typo), 1 word prefix, 2 substring. */
  rank: number;
}

export const MAX_SEARCH_HITS = 12;

/**
 * Folds case, accents, Turkish ı/İ, punctuation and Arabic spelling variants (hamza-carrying
 * alefs, tatweel, harakat) so "ميتا", "Méta" and "META" find what a reader means; the match
 * key of src/resolve/names.ts without stripping legal forms.
 */
export function normalizeForSearch(text: string): string {
  return foldName(text);
}

function rankOf(form: string, query: string): number | undefined {
  if (form.startsWith(query) || form.split(' ').some((word) => word.startsWith(query))) return 1;
  if (form.includes(query)) return 2;
  return undefined;
}

const indexes = new WeakMap<readonly SearchEntry[], Map<NameRules, NameIndex<SearchEntry>>>();

function indexFor(entries: readonly SearchEntry[], rules: NameRules): NameIndex<SearchEntry> {
  let byRules = indexes.get(entries);
  if (!byRules) {
    byRules = new Map();
    indexes.set(entries, byRules);
  }
  let index = byRules.get(rules);
  if (!index) {
    index = new NameIndex(entries, rules);
    byRules.set(rules, index);
  }
  return index;
}

export function searchEntities(entries: readonly SearchEntry[], query: string, limit = MAX_SEARCH_HITS, rules: NameRules = NO_NAME_RULES): SearchHit[] {
  const q = normalizeForSearch(query);
  if (!q) return [];
  const hits = new Map<string, SearchHit & { mentions: number }>();
  for (const m of indexFor(entries, rules).find(query)) {
    hits.set(m.entity.key, { key: m.entity.key, name: m.entity.name, type: m.entity.type, mentions: m.entity.mentions, matched: m.matched, rank: 0 });
  }
  for (const entry of entries) {
    if (hits.has(entry.key)) continue;
    let best: { rank: number; matched: string } | undefined;
    for (const form of [entry.name, ...entry.aliases]) {
      const rank = rankOf(normalizeForSearch(form), q);
      if (rank !== undefined && (!best || rank < best.rank)) best = { rank, matched: form };
    }
    if (best) hits.set(entry.key, { key: entry.key, name: entry.name, type: entry.type, mentions: entry.mentions, ...best });
  }
  return [...hits.values()]
    .sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ mentions: _mentions, ...hit }) => hit);
}
