/** The gazetteer format (data/gazetteer.json and user files given with --lexicon). */
import { z } from 'zod';
import { EntityTypeSchema } from '../model/types.js';

export const LexiconEntrySchema = z.object({
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string().min(1)).default([]),
  /** Also a common word or shared name: only recognised with a cue or as part of a longer match. */
  ambiguous: z.boolean().optional(),
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
