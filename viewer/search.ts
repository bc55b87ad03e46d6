/** Finding an entity by any of its names, in any script. Pure; unit-tested in Node. */

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
  /** 0 exact, 1 word prefix, 2 substring. */
  rank: number;
}

export const MAX_SEARCH_HITS = 12;

/**
 * Folds case, accents and Arabic spelling variants (hamza-carrying alefs, tatweel, harakat)
 * so "ميتا", "Méta" and "META" find what a reader means.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function rankOf(form: string, query: string): number | undefined {
  if (form === query) return 0;
  if (form.startsWith(query) || form.split(/[\s\-'’.]+/).some((word) => word.startsWith(query))) return 1;
  if (form.includes(query)) return 2;
  return undefined;
}

export function searchEntities(entries: readonly SearchEntry[], query: string, limit = MAX_SEARCH_HITS): SearchHit[] {
  const q = normalizeForSearch(query);
  if (!q) return [];
  const hits: Array<SearchHit & { mentions: number }> = [];
  for (const entry of entries) {
    let best: { rank: number; matched: string } | undefined;
    for (const form of [entry.name, ...entry.aliases]) {
      const rank = rankOf(normalizeForSearch(form), q);
      if (rank !== undefined && (!best || rank < best.rank)) best = { rank, matched: form };
    }
    if (best) hits.push({ key: entry.key, name: entry.name, type: entry.type, mentions: entry.mentions, ...best });
  }
  hits.sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || a.name.localeCompare(b.name));
  return hits.slice(0, limit).map(({ mentions: _mentions, ...hit }) => hit);
}
