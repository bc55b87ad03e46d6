/**
 * zod schemas of the closed lists in ./types.ts, for the schemas that validate input at the
 * edges (snapshots, extractions, gold files, gazetteers). Apart from ./types.ts, which most of
 * kg imports, so that a command that validates nothing does not load zod.
 */
import { z } from 'zod';
import { ENTITY_TYPES, RELATIONS } from './types.js';

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const RelationSchema = z.enum(RELATIONS);
