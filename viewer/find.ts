/**
 * The viewer's search: the same matcher as `kg entity` and `kg ask` (src/query/match.ts:
 * exact name, alias, normalised, then typos; src/query/resolve.ts: endings and little words
 * of the seven question languages stripped), so a name finds in the browser what it finds
 * on the command line. Ties of the best tier are all listed; type-ahead (word prefixes and
 * substrings, ./search.ts) follows for a name still being typed. Pure; tested in Node.
 */
import { QUESTION_LANGUAGES } from '../src/query/lang/index.js';
import { NameIndex } from '../src/query/match.js';
import { NO_NAME_RULES, type NameRules } from '../src/resolve/names.js';
import { mentionCandidates } from '../src/query/resolve.js';
import type { EntityMatch, EntityRecord, MatchTier } from '../src/query/types.js';
import { MAX_SEARCH_HITS, searchEntities, type SearchEntry } from './search.js';

export type HitKind = MatchTier | 'prefix' | 'substring';

export interface FindHit {
  key: string;
  name: string;
  type: string;
  /** The name or alias that matched. */
  matched: string;
  kind: HitKind;
}

export interface FindResult {
  hits: FindHit[];
  /** How many hits share the best matcher tier: 1 means Enter can open it, more is a tie. */
  best: number;
}

export class EntityFinder {
  private readonly index: NameIndex;
  private readonly entries: SearchEntry[];

  constructor(entities: readonly EntityRecord[], rules: NameRules = NO_NAME_RULES) {
    this.index = new NameIndex(entities, rules);
    this.entries = entities.map((e) => ({ key: e.key, name: e.name, type: e.type, mentions: e.mentions, aliases: e.aliases }));
  }

  find(query: string, limit = MAX_SEARCH_HITS): FindResult {
    if (query.trim() === '') return { hits: [], best: 0 };
    const matches = this.bestMatches(query);
    const hits: FindHit[] = matches.map((m) => ({ key: m.entity.key, name: m.entity.name, type: m.entity.type, matched: m.matched, kind: m.tier }));
    const seen = new Set(hits.map((h) => h.key));
    for (const h of searchEntities(this.entries, query, limit)) {
      if (seen.has(h.key)) continue;
      seen.add(h.key);
      hits.push({ key: h.key, name: h.name, type: h.type, matched: h.matched, kind: h.rank === 2 ? 'substring' : 'prefix' });
    }
    return { hits: hits.slice(0, limit), best: matches.length };
  }

  /** As resolveMention: every stripped candidate on the strict tiers first, then with typos. */
  private bestMatches(query: string): EntityMatch[] {
    const candidates = [...new Set(QUESTION_LANGUAGES.flatMap((l) => mentionCandidates(query, l)))].sort((a, b) => [...b].length - [...a].length);
    const found = candidates.map((c) => this.index.find(c));
    for (const strict of [true, false]) {
      for (const matches of found) {
        const pool = matches.filter((m) => (m.tier !== 'fuzzy') === strict);
        if (pool.length > 0) return pool;
      }
    }
    return [];
  }
}
