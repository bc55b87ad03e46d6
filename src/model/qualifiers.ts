/** The qualifiers a fact or one claim may carry; only those that apply are present. */
import { z } from 'zod';

export const QualifiersSchema = z.object({
  amount: z.number().optional(),
  /** The amount as an exact decimal string, only where it is beyond 2^53 and `amount` (a double) rounds it. */
  amountExact: z.string().regex(/^\d+$/u).optional(),
  amountMin: z.number().optional(),
  amountMax: z.number().optional(),
  currency: z.string().optional(),
  stake: z.number().optional(),
  valuation: z.number().optional(),
  interim: z.boolean().optional(),
  title: z.string().optional(),
  year: z.number().int().optional(),
  /** PLANS_SPENDING: the quarter (1–4) of `year` the figure is for ("in the third quarter", "Q3 2025", "im dritten Quartal"). */
  quarter: z.number().int().min(1).max(4).optional(),
  /** PLANS_SPENDING: the month (1–12) of `year` the figure is for ("in March", "im März", "في مارس"). */
  month: z.number().int().min(1).max(12).optional(),
  capacity: z.string().optional(),
  /**
   * PLANS_SPENDING: `planned` (a budget, guidance, a plan) or `actual` (money already spent: "Last year
   * Acme Corp spent $38bn", "والتي بلغت 38.4 مليار دولار"). Absent: planned. Chosen over a separate
   * relation so that a year's plan and its outcome sit side by side on one edge type (extract/time.ts).
   */
  period: z.enum(['actual', 'planned']).optional(),
});
export type Qualifiers = z.infer<typeof QualifiersSchema>;

export const QUALIFIER_KEYS = Object.keys(QualifiersSchema.shape) as ReadonlyArray<keyof Qualifiers>;

/** Copies the qualifiers that are set, in a stable order. */
export function pickQualifiers(from: Qualifiers): Qualifiers {
  const out: Record<string, unknown> = {};
  for (const k of QUALIFIER_KEYS) if (from[k] !== undefined) out[k] = from[k];
  return out as Qualifiers;
}
