/**
 * The answer types of the query layer. Both backends (snapshot in memory, Neo4j) map their
 * data into these, so `kg entity`, `kg ask` and their renderers never know which one ran.
 */
import type { ClaimStatus } from '../model/extraction.js';
import type { EntityType, Relation } from '../model/types.js';

export interface EntityRef {
  key: string;
  name: string;
  type: EntityType;
}

export interface EntityRecord extends EntityRef {
  aliases: string[];
  languages: string[];
  aliasesByLang: Record<string, string[]>;
  mentions: number;
  /** How resolution merged the entity's names (src/resolve/resolve.ts MERGE_TIERS), if it merged any. */
  mergedBy?: string[];
  /** An id the user's lexicon pinned on the entity (e.g. a Wikidata QID). */
  externalId?: string;
}

export { QUALIFIER_KEYS, type Qualifiers } from '../model/qualifiers.js';
import type { Qualifiers } from '../model/qualifiers.js';

/** One claim of a fact: the sentence that states it, in its document. */
export interface Evidence extends Qualifiers {
  doc: string;
  /** Path and title of the document the claim comes from. */
  path: string;
  docTitle: string;
  lang: string;
  sentence: string;
  start: number;
  end: number;
  ruleId: string;
  confidence: number;
  /** Absent: asserted. */
  status?: ClaimStatus;
  /** The sentence calls the role former. */
  former?: boolean;
  /** The document's date, when it has one. */
  date?: string;
  /** A deal made by a group: every member and the group's figure. */
  group?: { members: string[]; amount?: number; amountMin?: number; amountMax?: number; currency?: string };
}

/** A fact edge: subject and object as stored (symmetric relations in canonical key order). */
export interface Fact {
  key: string;
  relation: Relation;
  symmetric: boolean;
  source: EntityRef;
  target: EntityRef;
  qualifiers: Qualifiers;
  conflict: boolean;
  /** Distinct documents among the claims. */
  sources: number;
  confidence: number;
  claims: Evidence[];
  /** Absent: asserted. Otherwise no claim asserts it: it is denied, possible, in talks or planned, never done. */
  status?: ClaimStatus;
  /** Roles: false once a later LEFT, a "former" mention or a successor ended it. */
  current?: boolean;
  endedAt?: string;
  firstSeen?: string;
  lastSeen?: string;
}

/**
 * How a name matched an entity, strongest first: the canonical name as typed, an alias as
 * typed, either after normalisation (case, accents, Turkish ı/İ, punctuation, legal forms),
 * the same consonants in the other script (Arabic ↔ Latin), or within a typo distance.
 */
export const MATCH_TIERS = ['exact', 'alias', 'normalised', 'transliterated', 'fuzzy'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export interface EntityMatch {
  entity: EntityRecord;
  tier: MatchTier;
  /** The name or alias that matched. */
  matched: string;
  /** Edit distance between the normalised forms (0 unless fuzzy). */
  distance: number;
}

/** One of the shortest chains of facts between two entities: entity keys, end to end. */
export type EntityPath = string[];

export interface QueryBackend {
  /** Every entity the name could denote, best tier first (only the best tier is returned). */
  findEntities(name: string): Promise<EntityMatch[]>;
  /** Names close to `name` for "did you mean" when nothing matched. */
  suggest(name: string): Promise<string[]>;
  entity(key: string): Promise<EntityRecord | undefined>;
  /** Every fact in and out of the entity, claims included. */
  factsOf(key: string): Promise<Fact[]>;
  /** All shortest fact paths between two entities (direction ignored), or [] if unconnected. */
  shortestPaths(from: string, to: string): Promise<EntityPath[]>;
  close(): Promise<void>;
}
