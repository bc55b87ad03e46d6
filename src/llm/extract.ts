/**
 * The LLM pipeline's extract stage: segment with the rules' own segmenter (same sentences,
 * same offsets), ask the model about each chunk of sentences, validate its reply and map it
 * to the DocExtraction type the rest of the pipeline consumes.
 */
import { segment } from '../extract/segment.js';
import type { Document } from '../model/document.js';
import type { DocExtraction, EntityMention, ExtractedClaim } from '../model/extraction.js';
import { chatJson, type ClientOptions, type LlmSettings } from './client.js';
import { chunkSentences, MAX_CHUNK_CHARS } from './chunk.js';
import { LlmReplyError } from './errors.js';
import { mapReply } from './map.js';
import { buildMessages } from './prompt.js';
import { LlmReplySchema, type LlmReply } from './schema.js';

export interface LlmExtractOptions extends ClientOptions {
  llm: LlmSettings;
  maxChunkChars?: number;
  /** Told how many entities and claims of the replies failed the checks. */
  onDropped?: (dropped: { entities: number; claims: number }) => void;
}

/** Zod issues quoted in a reply error. */
const ISSUES_SHOWN = 3;

export async function extractWithLlm(doc: Pick<Document, 'key' | 'text' | 'lang'>, options: LlmExtractOptions): Promise<DocExtraction> {
  const sentences = segment(doc.text);
  const mentions: EntityMention[] = [];
  const claims: ExtractedClaim[] = [];
  const dropped = { entities: 0, claims: 0 };
  for (const chunk of chunkSentences(sentences, options.maxChunkChars ?? MAX_CHUNK_CHARS)) {
    const answer = await chatJson(options.llm, buildMessages(chunk, doc.lang), options);
    const reply = parseReply(answer.content, answer.finishReason === 'length');
    const mapped = mapReply(reply, { text: doc.text, lang: doc.lang, sentences: chunk, firstId: mentions.length });
    mentions.push(...mapped.mentions);
    claims.push(...mapped.claims);
    dropped.entities += mapped.dropped.entities;
    dropped.claims += mapped.dropped.claims;
  }
  options.onDropped?.(dropped);
  return { docKey: doc.key, lang: doc.lang, sentences, mentions, claims };
}

/** The model's message → a validated reply, or an E_LLM_REPLY error saying what was wrong. */
export function parseReply(content: string, truncated = false): LlmReply {
  const hint = truncated
    ? 'The reply was cut off at the model\'s output limit; raise the server\'s context or output length (for Ollama: num_ctx).'
    : 'Use a model that follows JSON instructions well (e.g. qwen2.5, llama3.1), or the default rules extractor.';
  // Some servers wrap JSON-mode output in a Markdown fence anyway.
  const body = content.trim().replace(/^```(?:json)?\s*/iu, '').replace(/\s*```$/u, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new LlmReplyError(`the model's reply did not follow the schema: it is not JSON (${(err as Error).message})${truncated ? ', it was cut off' : ''}`, hint, err);
  }
  const parsed = LlmReplySchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, ISSUES_SHOWN).map((i) => `${i.path.length ? i.path.join('.') : 'reply'}: ${i.message}`);
    const more = parsed.error.issues.length - issues.length;
    throw new LlmReplyError(`the model's reply did not follow the schema: ${issues.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`, hint);
  }
  return parsed.data;
}
