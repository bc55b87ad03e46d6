/**
 * Long documents are sent in chunks of whole sentences, so that each request fits a small
 * model's context and its reply is not cut off. Sentences keep their document numbers.
 */
import type { Sentence } from '../model/extraction.js';

/** Sentence characters per request: about 1,500 tokens of article, plus the prompt and reply. */
export const MAX_CHUNK_CHARS = 6_000;

export function chunkSentences(sentences: readonly Sentence[], maxChars = MAX_CHUNK_CHARS): Sentence[][] {
  const chunks: Sentence[][] = [];
  let current: Sentence[] = [];
  let size = 0;
  for (const s of sentences) {
    // A sentence longer than the limit goes alone rather than being split mid-sentence.
    if (current.length > 0 && size + s.text.length > maxChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.text.length + 1;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
