/**
 * The snapshot contract: graphology's own `graph.export()` JSON with typed node and edge
 * attributes. `kg build` writes it; `kg eval`, exports, the viewer, `kg load` and `kg ask`
 * read it through `parseSnapshot`, so every reader sees the same validated shape.
 * Documented for users in docs/snapshot.md.
 */
import { z } from 'zod';
import { ClaimStatusSchema, GroupSchema } from '../model/extraction.js';
import { QualifiersSchema } from '../model/qualifiers.js';
import { EntityTypeSchema, RelationSchema } from '../model/type-schemas.js';
import { MENTIONS } from '../model/types.js';

export const SCHEMA_VERSION = 1;

const Currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD');

/** One statement in one sentence of one document. Only the fields that apply are present. */
export const ClaimSchema = QualifiersSchema.extend({
  doc: z.string(), // document node key
  sentence: z.string(), // the evidence sentence, white space folded
  start: z.number().int().nonnegative(), // character offsets of the sentence in the document text
  end: z.number().int().nonnegative(),
  lang: z.string(),
  ruleId: z.string(),
  confidence: z.number().min(0).max(1),
  subjectText: z.string().optional(), // surface forms as written in the sentence
  objectText: z.string().optional(),
  currency: Currency.optional(),
  stake: z.number().min(0).max(1).optional(),
  /** Absent: asserted. Only asserted claims (and planned PLANS_SPENDING) make or corroborate the fact. */
  status: ClaimStatusSchema.optional(),
  /** The sentence states the role as past ("former CEO"). */
  former: z.boolean().optional(),
  /** A deal made by a group: every member's name and the group's figure (no member's own amount). */
  group: GroupSchema.optional(),
  /** The document's date (`publishedAt`, YYYY-MM-DD) when it has one. */
  date: z.string().optional(),
});
export type SnapshotClaim = z.infer<typeof ClaimSchema>;

export const EntityAttributesSchema = z.object({
  kind: z.literal('entity'),
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  languages: z.array(z.string()),
  /** Surface forms grouped by the language of the document they were seen in. */
  aliasesByLang: z.record(z.string(), z.array(z.string())).default({}),
  /** Number of mentions over all documents (sizes nodes in viewers). */
  mentions: z.number().int().nonnegative().default(0),
  /** Why several names became this one entity (src/resolve/resolve.ts MERGE_TIERS); absent for one name. */
  mergedBy: z.array(z.string()).optional(),
  /** An id in another knowledge base, from a lexicon ("wikidata:Q380"). */
  externalId: z.string().optional(),
});
export type EntityAttributes = z.infer<typeof EntityAttributesSchema>;

export const DocumentAttributesSchema = z.object({
  kind: z.literal('document'),
  path: z.string(),
  lang: z.string(),
  /** For detected languages: how (`detector`, `pack-evidence`) and with what confidence (0–1). */
  langMethod: z.enum(['detector', 'pack-evidence']).optional(),
  langConfidence: z.number().min(0).max(1).optional(),
  title: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  id: z.string().optional(), // the id given in JSONL input, when any
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  /** Key of the document this one nearly copies (one wire story): the two count as one source. */
  copyOf: z.string().optional(),
});
export type DocumentAttributes = z.infer<typeof DocumentAttributesSchema>;

export const NodeAttributesSchema = z.discriminatedUnion('kind', [EntityAttributesSchema, DocumentAttributesSchema]);
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;

export const MentionEdgeAttributesSchema = z.object({
  kind: z.literal('mention'),
  type: z.literal(MENTIONS),
  count: z.number().int().positive(),
});
export type MentionEdgeAttributes = z.infer<typeof MentionEdgeAttributesSchema>;

/** Consolidated qualifiers: the value most claims agree on; `conflict` when claims disagree. */
export const FactEdgeAttributesSchema = QualifiersSchema.extend({
  kind: z.literal('fact'),
  type: RelationSchema,
  symmetric: z.boolean().default(false),
  currency: Currency.optional(),
  conflict: z.boolean().default(false),
  /** Distinct documents among the claims that make the fact (asserted; planned for PLANS_SPENDING). */
  sources: z.number().int().nonnegative(),
  /**
   * Absent (asserted) when at least one claim makes the fact; otherwise what the claims say instead
   * (negated, possible, reported_talks, planned): an edge kept to show a denial or rumour, never a done fact.
   */
  status: ClaimStatusSchema.optional(),
  /** Earliest and latest document dates among the claims (YYYY-MM-DD), when documents have dates. */
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
  /** Roles (CEO_OF): false once a later LEFT, a "former" mention or a successor ends it (graph/roles.ts). */
  current: z.boolean().optional(),
  endedBy: z.enum(['left', 'former', 'successor']).optional(),
  /** Date of the evidence that ended the role, when known. */
  endedAt: z.string().optional(),
  confidence: z.number().min(0).max(1),
  claims: z.array(ClaimSchema).min(1),
});
export type FactEdgeAttributes = z.infer<typeof FactEdgeAttributesSchema>;

export const EdgeAttributesSchema = z.discriminatedUnion('kind', [MentionEdgeAttributesSchema, FactEdgeAttributesSchema]);
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;

export const GraphAttributesSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.string(),
  extractor: z.string(),
});
export type GraphAttributes = z.infer<typeof GraphAttributesSchema>;

export const SnapshotSchema = z.object({
  attributes: GraphAttributesSchema,
  options: z.object({
    type: z.enum(['directed', 'mixed', 'undirected']),
    multi: z.boolean(),
    allowSelfLoops: z.boolean(),
  }),
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: EdgeAttributesSchema,
      undirected: z.boolean().optional(),
    }),
  ),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type SnapshotNode = Snapshot['nodes'][number];
export type SnapshotEdge = Snapshot['edges'][number];
