/** The gazetteer format (data/gazetteer.json and user files given with --lexicon). */
import { z } from 'zod';
import { EntityTypeSchema } from '../model/type-schemas.js';

export const LexiconEntrySchema = z.object({
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string().min(1)).default([]),
  /** Also a common word or shared name: only recognised with a cue or as part of a longer match. */
  ambiguous: z.boolean().optional(),
  /**
   * Pins the entity: its node key in every snapshot ("organization:veltra"), and for every
   * mention of its names its type and aliases, whatever the extractor typed.
   */
  key: z
    .string()
    .regex(/^[a-z]+:[\p{Ll}\p{N}][\p{Ll}\p{N}._-]*$/u, 'a key such as "organization:veltra-systems" (lower case, no spaces)')
    .optional(),
  /** The entity's id in another knowledge base, kept on the node, in Neo4j and in exports ("wikidata:Q380"). */
  externalId: z.string().min(1).optional(),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

export const LexiconFileSchema = z.object({
  version: z.literal(1).optional(),
  entities: z.array(LexiconEntrySchema),
});
export type LexiconFile = z.infer<typeof LexiconFileSchema>;

export const GivenNamesSchema = z.object({
  version: z.literal(1).optional(),
  latin: z.array(z.string()),
  arabic: z.array(z.string()),
});
export type GivenNames = z.infer<typeof GivenNamesSchema>;

/** What extraction needs to know about the world: the gazetteer and given names. */
export interface Lexicon {
  entries: LexiconEntry[];
  givenNames: { latin: ReadonlySet<string>; arabic: ReadonlySet<string> };
}
