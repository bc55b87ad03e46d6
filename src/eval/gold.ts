/**
 * The gold format of shared/eval/README.md, validated at the edge so the scorer works on
 * typed data only. Types come from the schemas (z.infer), never written twice.
 */
import { z } from 'zod';
import { EntityTypeSchema, RelationSchema } from '../model/type-schemas.js';
import { GoldError } from './errors.js';

const Currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD');

const GoldValueSchema = z.strictObject({ value: z.number(), currency: Currency.optional() });
const GoldRangeSchema = z
  .strictObject({ min: z.number(), max: z.number(), currency: Currency.optional() })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });
/** A sum of money: one value, or a range such as "60 to 65 billion". */
export const GoldMoneySchema = z.union([GoldValueSchema, GoldRangeSchema]);
export type GoldMoney = z.infer<typeof GoldMoneySchema>;

export const GoldEntitySchema = z.object({
  name: z.string().min(1),
  // Topic is allowed: a snapshot may add it for spending purposes.
  type: EntityTypeSchema,
  aliases: z.array(z.string().min(1)).default([]),
});
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

export const GoldFactSchema = z
  .object({
    subject: z.string().min(1),
    relation: RelationSchema,
    // PLANS_SPENDING ignores the object (null in the seeds gold); every other relation needs one.
    object: z.string().min(1).nullable().optional(),
    amount: GoldMoneySchema.optional(),
    stake: z.number().min(0).max(1).optional(),
    valuation: GoldMoneySchema.optional(),
    interim: z.boolean().optional(),
    year: z.number().int().optional(),
    title: z.string().optional(),
    evidence: z.string().default(''),
    optional: z.boolean().default(false),
  })
  .superRefine((fact, ctx) => {
    if (fact.relation !== 'PLANS_SPENDING' && (fact.object === undefined || fact.object === null)) {
      ctx.addIssue({ code: 'custom', path: ['object'], message: `${fact.relation} needs an object` });
    }
  });
export type GoldFact = z.infer<typeof GoldFactSchema>;

export const GoldDocSchema = z.object({
  doc: z.string().min(1),
  lang: z.string().min(1),
  entities: z.array(GoldEntitySchema).default([]),
  facts: z.array(GoldFactSchema).default([]),
});
export type GoldDoc = z.infer<typeof GoldDocSchema>;

export const GoldFileSchema = z.array(GoldDocSchema);

/** `[2].facts[3].relation` → `$[2].facts[3].relation`, the path a user can find in the file. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
  return out;
}

/** Validates parsed JSON as a gold file; `source` names the file in errors. */
export function parseGold(data: unknown, source = 'gold'): GoldDoc[] {
  const result = GoldFileSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 3).map((i) => `${jsonPath(i.path)}: ${i.message}`);
    throw new GoldError(
      `${source} is not a gold file: ${issues.join('; ')}`,
      'A gold file is a JSON array of {doc, lang, entities, facts}; see docs/eval.md.',
    );
  }
  return result.data;
}

/** Concatenates gold files, refusing a document annotated twice (its score would be ambiguous). */
export function mergeGold(files: ReadonlyArray<{ source: string; docs: GoldDoc[] }>): GoldDoc[] {
  const seen = new Map<string, string>();
  const out: GoldDoc[] = [];
  for (const { source, docs } of files) {
    for (const doc of docs) {
      const first = seen.get(doc.doc);
      if (first !== undefined) {
        throw new GoldError(
          `gold document ${doc.doc} appears twice (${first} and ${source})`,
          'Keep one annotation per document across the gold files.',
        );
      }
      seen.set(doc.doc, source);
      out.push(doc);
    }
  }
  return out;
}
