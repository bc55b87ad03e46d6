/**
 * Finding entities by name: the one matcher of `kg entity`, `kg ask`, the Neo4j backend and
 * the HTML viewer's search (viewer/search.ts), so all of them resolve a name alike. Pure and
 * free of Node APIs (the viewer bundles it).
 *
 * A typed name is tried as written and in the forms `queryForms` makes of it (a Turkish case
 * or possessive ending after an apostrophe removed by rule, Arabic proclitics removed), each
 * through the tiers, strongest first: exact canonical name, exact alias, the same match key
 * (src/resolve/names.ts: case, accents, ı/İ, punctuation and legal forms folded), the same
 * consonants in the other script, then a typo within a distance that grows with the length
 * of the name. The first tier with any match wins.
 */
import { isArabicScript } from '../extract/normalize.js';
import { matchKey, NO_NAME_RULES, queryForms, type NameRules } from '../resolve/names.js';
import { arabicSkeleton, latinSkeleton, SCRIPT_MATCH_THRESHOLD, SHORT_SKELETON, similarity } from '../resolve/transliterate.js';
import { editDistance } from './normalise.js';
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

/** What the matcher needs of an entity: its names and how often it is mentioned (to order ties). */
export interface NamedEntity {
  key: string;
  name: string;
  type: string;
  aliases: readonly string[];
  mentions: number;
}

export interface NameMatch<E extends NamedEntity = EntityRecord> extends Omit<EntityMatch, 'entity'> {
  entity: E;
}

interface IndexedName<E> {
  entity: E;
  form: string;
  normalised: string;
  canonical: boolean;
  arabic: boolean;
  /** Consonant skeleton in Latin letters (either script), for the transliterated tier. */
  skeleton: string;
}

const skeletonOf = (normalised: string, arabic: boolean) => (arabic ? arabicSkeleton(normalised) : latinSkeleton(normalised));

/** A lookup table over entity names and aliases; build once per command (or page). */
export class NameIndex<E extends NamedEntity = EntityRecord> {
  private readonly names: IndexedName<E>[] = [];

  constructor(
    readonly entities: readonly E[],
    readonly rules: NameRules = NO_NAME_RULES,
  ) {
    for (const entity of entities) {
      const forms = new Set([entity.name, ...entity.aliases]);
      for (const form of forms) {
        const normalised = matchKey(form, rules);
        const arabic = isArabicScript(form);
        this.names.push({ entity, form, normalised, canonical: form === entity.name, arabic, skeleton: skeletonOf(normalised, arabic) });
        (arabic ? this.arabicNamed : this.latinNamed).add(entity.key);
      }
    }
  }

  private readonly arabicNamed = new Set<string>();
  private readonly latinNamed = new Set<string>();

  private writtenIn(entity: E, arabic: boolean): boolean {
    return (arabic ? this.arabicNamed : this.latinNamed).has(entity.key);
  }

  /** The normalised form of a name, as the index compares it. */
  normalise(name: string): string {
    return matchKey(name, this.rules);
  }

  /** The matches of the best tier that has any, one per entity, closest first. */
  find(query: string): Array<NameMatch<E>> {
    const forms = queryForms(query, this.rules).filter((f) => matchKey(f, this.rules) !== '');
    if (forms.length === 0) return [];
    for (const tiers of [['exact', 'alias', 'normalised'], ['transliterated'], ['fuzzy']] as const) {
      for (const form of forms) {
        const found = this.findIn(form, tiers);
        if (found.length > 0) return found;
      }
    }
    return [];
  }

  private findIn(q: string, tiers: readonly MatchTier[]): Array<NameMatch<E>> {
    const nq = matchKey(q, this.rules);
    const byTier = new Map<MatchTier, Map<string, NameMatch<E>>>(tiers.map((t) => [t, new Map()]));
    const limit = maxTypos([...nq].length);
    const qArabic = isArabicScript(q);
    const qSkeleton = tiers.includes('transliterated') ? skeletonOf(nq, qArabic) : '';
    for (const n of this.names) {
      let tier: MatchTier | undefined;
      let distance = 0;
      if (n.form === q.trim()) tier = n.canonical ? 'exact' : 'alias';
      else if (n.normalised === nq) tier = 'normalised';
      if (tier && !tiers.includes(tier)) tier = undefined;
      // Only entities never written in the query's script: the others were compared in it already.
      if (!tier && tiers.includes('transliterated') && n.arabic !== qArabic && qSkeleton && n.skeleton && !this.writtenIn(n.entity, qArabic)) {
        const short = Math.min(qSkeleton.length, n.skeleton.length) < SHORT_SKELETON;
        const s = short ? (qSkeleton === n.skeleton ? 1 : 0) : similarity(qSkeleton, n.skeleton);
        if (s >= SCRIPT_MATCH_THRESHOLD) {
          tier = 'transliterated';
          // Distance orders transliterations: the share of skeleton letters that differ, in edits.
          distance = Math.round((1 - s) * Math.max(qSkeleton.length, n.skeleton.length));
        }
      }
      if (!tier && tiers.includes('fuzzy') && limit > 0) {
        distance = editDistance(n.normalised, nq);
        if (distance <= limit) tier = 'fuzzy';
      }
      if (tier === undefined) continue;
      const map = byTier.get(tier)!;
      const seen = map.get(n.entity.key);
      if (!seen || distance < seen.distance) map.set(n.entity.key, { entity: n.entity, tier, matched: n.form, distance });
    }
    for (const tier of tiers) {
      const found = [...byTier.get(tier)!.values()];
      if (found.length === 0) continue;
      const best = Math.min(...found.map((m) => m.distance));
      return found.filter((m) => m.distance === best).sort(compareMatches);
    }
    return [];
  }

  /** Canonical names of entities whose name or an alias is close to the query. */
  suggest(query: string): string[] {
    const nq = matchKey(query, this.rules);
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

function compareMatches(a: NameMatch<NamedEntity>, b: NameMatch<NamedEntity>): number {
  return b.entity.mentions - a.entity.mentions || a.entity.key.localeCompare(b.entity.key);
}
