/**
 * What extraction of one document produces. Extraction is a pure function
 * `(document, language packs, lexicon) → DocExtraction`, so its output can be cached,
 * computed in worker threads, or written as JSONL claim files on other machines and merged.
 */
import { z } from 'zod';
import { QualifiersSchema } from './qualifiers.js';
import { EntityTypeSchema, RelationSchema } from './type-schemas.js';
import type { Relation } from './types.js';

/** A mention of an entity in the text, before resolution across documents. */
export const EntityMentionSchema = z.object({
  /** Index within the document's mention list; claims refer to mentions by it. */
  id: z.number().int().nonnegative(),
  text: z.string(), // surface form as written (keeps clitics: "Meta'nın")
  start: z.number().int().nonnegative(), // document offsets of the surface form
  end: z.number().int().nonnegative(),
  /** The form used for resolution: clitics and inflection stripped ("Meta"). */
  name: z.string(),
  type: EntityTypeSchema,
  /** Canonical name when the gazetteer knew it ("Meta" for "ميتا"). */
  canonical: z.string().optional(),
  /** Parent organization name, for OrgUnits ("Meta" for the lab). */
  parent: z.string().optional(),
  /** Other names the text gives a described entity ("datacenter in Hollands Kroon" for "Google data center"); kept as aliases. */
  aliases: z.array(z.string()).optional(),
  sentence: z.number().int().nonnegative(),
  ruleId: z.string(),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

export const ClaimQualifiersSchema = QualifiersSchema;
export type ClaimQualifiers = z.infer<typeof ClaimQualifiersSchema>;

/**
 * Polarity and modality of a claim (extract/relate/status.ts): asserted, negated (denied, "did not"),
 * planned ("plans to"), possible ("may", "if … would"), reported_talks ("in talks", "rumoured").
 */
export const CLAIM_STATUSES = ['asserted', 'negated', 'planned', 'possible', 'reported_talks'] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/** Relations whose facts are plans by nature: a spending plan, a facility being built. */
const PLANNED_RELATIONS: ReadonlySet<Relation> = new Set(['PLANS_SPENDING', 'BUILDS']);

/**
 * Whether a claim of this status makes or corroborates a fact: asserted claims do, and for
 * PLANS_SPENDING and BUILDS planned ones too (a plan is what those relations state).
 */
export function makesFact(relation: Relation, status: ClaimStatus | undefined): boolean {
  if (status === undefined || status === 'asserted') return true;
  return status === 'planned' && PLANNED_RELATIONS.has(relation);
}

export const GroupSchema = z.object({
  members: z.array(z.string()).min(2),
  amount: z.number().optional(),
  amountMin: z.number().optional(),
  amountMax: z.number().optional(),
  currency: z.string().optional(),
  amountExact: z.string().optional(),
});

export const ExtractedClaimSchema = ClaimQualifiersSchema.extend({
  relation: RelationSchema,
  subject: z.number().int().nonnegative(), // mention id
  /** Mention id, or a Topic name for PLANS_SPENDING. */
  object: z.union([z.number().int().nonnegative(), z.object({ topic: z.string() })]),
  sentence: z.number().int().nonnegative(),
  ruleId: z.string(),
  confidence: z.number().min(0).max(1),
  /** Absent: asserted. */
  status: ClaimStatusSchema.optional(),
  /** The role is stated as past ("former CEO", "ehemalige", "ancien", "eski", "السابق"). */
  former: z.boolean().optional(),
  /** A deal made by a group ("A and B jointly invested $50m"): every member's name and the group's figure, which is no member's own amount. */
  group: GroupSchema.optional(),
  /** A year stated relative to the document's date ("next year": 1, "vorig jaar": -1); build resolves it with `publishedAt`. */
  yearOffset: z.number().int().optional(),
  /** A quarter stated relative to the document's ("next quarter": 1); build resolves it with `publishedAt` into `year` and `quarter`. */
  quarterOffset: z.number().int().optional(),
  /** A month stated relative to the document's ("last month": -1); build resolves it into `year` and `month`. */
  monthOffset: z.number().int().optional(),
});
export type ExtractedClaim = z.infer<typeof ExtractedClaimSchema>;

export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** White space folded: what evidence shows. */
  text: z.string(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const DocExtractionSchema = z.object({
  docKey: z.string(),
  lang: z.string(),
  sentences: z.array(SentenceSchema),
  mentions: z.array(EntityMentionSchema),
  claims: z.array(ExtractedClaimSchema),
});
export type DocExtraction = z.infer<typeof DocExtractionSchema>;
