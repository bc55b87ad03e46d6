/**
 * Finding entities by name, shared by both backends so they resolve names identically.
 * Tiers, strongest first: exact canonical name, exact alias, normalised name or alias,
 * then a typo within a distance that grows with the length of the name.
 */
import { editDistance, normaliseName } from './normalise.js';
import type { EntityMatch, EntityRecord, MatchTier } from './types.js';

/** Names this short must match without typos: "xAI" vs "AI" is not a typo. */
export const FUZZY_MIN_LENGTH = 4;
/** Typos tolerated in a normalised name of FUZZY_MIN_LENGTH.. characters. */
export const MAX_TYPOS_SHORT = 1;
/** From this many characters on, two typos are tolerated. */
export const FUZZY_LONG_LENGTH = 9;
export const MAX_TYPOS_LONG = 2;
/** "Did you mean": names within this share of the query's length in edits. */
export const SUGGESTION_DISTANCE_RATIO = 0.5;
export const MAX_SUGGESTIONS = 5;

export function maxTypos(normalisedLength: number): number {
  if (normalisedLength < FUZZY_MIN_LENGTH) return 0;
  return normalisedLength >= FUZZY_LONG_LENGTH ? MAX_TYPOS_LONG : MAX_TYPOS_SHORT;
}

interface IndexedName {
  entity: EntityRecord;
  form: string;
  normalised: string;
  canonical: boolean;
}

/** A lookup table over entity names and aliases; build once per command. */
export class NameIndex {
  private readonly names: IndexedName[] = [];

  constructor(readonly entities: readonly EntityRecord[]) {
    for (const entity of entities) {
      const forms = new Set([entity.name, ...entity.aliases]);
      for (const form of forms) {
        this.names.push({ entity, form, normalised: normaliseName(form), canonical: form === entity.name });
      }
    }
  }

  /** The matches of the best tier that has any, one per entity, closest first. */
  find(query: string): EntityMatch[] {
    const q = query.trim();
    const nq = normaliseName(q);
    if (nq === '') return [];
    const byTier: Record<MatchTier, Map<string, EntityMatch>> = {
      exact: new Map(),
      alias: new Map(),
      normalised: new Map(),
      fuzzy: new Map(),
    };
    const limit = maxTypos([...nq].length);
    for (const n of this.names) {
      let tier: MatchTier | undefined;
      let distance = 0;
      if (n.form === q) tier = n.canonical ? 'exact' : 'alias';
      else if (n.normalised === nq) tier = 'normalised';
      else if (limit > 0) {
        distance = editDistance(n.normalised, nq);
        if (distance <= limit) tier = 'fuzzy';
      }
      if (tier === undefined) continue;
      const seen = byTier[tier].get(n.entity.key);
      if (!seen || distance < seen.distance) byTier[tier].set(n.entity.key, { entity: n.entity, tier, matched: n.form, distance });
    }
    for (const tier of ['exact', 'alias', 'normalised', 'fuzzy'] as const) {
      const found = [...byTier[tier].values()];
      if (found.length === 0) continue;
      const best = Math.min(...found.map((m) => m.distance));
      return found.filter((m) => m.distance === best).sort(compareMatches);
    }
    return [];
  }

  /** Canonical names of entities whose name or an alias is close to the query. */
  suggest(query: string): string[] {
    const nq = normaliseName(query);
    if (nq === '') return [];
    const budget = Math.max(1, Math.floor([...nq].length * SUGGESTION_DISTANCE_RATIO));
    const best = new Map<string, { name: string; score: number; mentions: number }>();
    for (const n of this.names) {
      const contains = nq.length >= 3 && (n.normalised.includes(nq) || nq.includes(n.normalised));
      const distance = contains ? 0 : editDistance(n.normalised, nq);
      if (distance > budget) continue;
      const prior = best.get(n.entity.key);
      if (!prior || distance < prior.score) best.set(n.entity.key, { name: n.entity.name, score: distance, mentions: n.entity.mentions });
    }
    return [...best.values()]
      .sort((a, b) => a.score - b.score || b.mentions - a.mentions || a.name.localeCompare(b.name))
      .slice(0, MAX_SUGGESTIONS)
      .map((s) => s.name);
  }
}

function compareMatches(a: EntityMatch, b: EntityMatch): number {
  return b.entity.mentions - a.entity.mentions || a.entity.key.localeCompare(b.entity.key);
}
