/**
 * The shapes at the LLM edge, validated with zod: the chat-completions envelope of an
 * OpenAI-compatible server, and the JSON the prompt asks the model for. Types and
 * relations are plain strings here: an item outside the closed lists is dropped when the
 * reply is mapped, while a reply of the wrong shape fails as a whole.
 */
import { z } from 'zod';

/** Models often write `null` for a field that does not apply; that means "absent". */
const optional = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => v ?? undefined);

export const ChatCompletionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
});
export type ChatCompletion = z.infer<typeof ChatCompletionSchema>;

export const ReplyEntitySchema = z.object({
  /** The entity's full name, as it should appear in the graph ("Meta" for "ميتا"). */
  name: z.string().min(1),
  type: z.string().min(1),
  /** Index of the sentence, as numbered in the prompt. */
  sentence: z.number().int().nonnegative(),
  /** The surface form exactly as written in that sentence. */
  text: z.string().min(1),
});
export type ReplyEntity = z.infer<typeof ReplyEntitySchema>;

export const ReplyClaimSchema = z.object({
  relation: z.string().min(1),
  /** Entity names (or surface forms) from the entity list; a topic phrase for PLANS_SPENDING. */
  subject: z.string().min(1),
  object: z.string().min(1),
  sentence: z.number().int().nonnegative(),
  amount: optional(z.number()),
  amountMin: optional(z.number()),
  amountMax: optional(z.number()),
  currency: optional(z.string()),
  stake: optional(z.number()),
  valuation: optional(z.number()),
  interim: optional(z.boolean()),
  title: optional(z.string()),
  year: optional(z.number().int()),
  capacity: optional(z.string()),
});
export type ReplyClaim = z.infer<typeof ReplyClaimSchema>;

export const LlmReplySchema = z.object({
  entities: z.array(ReplyEntitySchema),
  claims: z.array(ReplyClaimSchema).default([]),
});
export type LlmReply = z.infer<typeof LlmReplySchema>;
