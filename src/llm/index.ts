/**
 * The LLM extractor: replaces the recognise and relate stages of the rules pipeline and
 * returns the same DocExtraction type. Documents go to the server a few at a time; a reply
 * that breaks the schema costs one document (an input issue), an unreachable server or
 * refused key stops the build.
 */
import { UsageError } from '../errors.js';
import type { Document, InputIssue } from '../model/document.js';
import type { DocExtraction } from '../model/extraction.js';
import type { ClientOptions, LlmSettings } from './client.js';
import { LlmReplyError } from './errors.js';
import { extractWithLlm } from './extract.js';

export { apiKeyFromEnv, DEFAULT_LLM_URL, DEFAULT_TIMEOUT_MS, type LlmSettings } from './client.js';
export { LlmAuthError, LlmReplyError, LlmUnavailableError } from './errors.js';
export { extractWithLlm, type LlmExtractOptions } from './extract.js';
export { LLM_CONFIDENCE } from './map.js';

/** Requests in flight at once: a local server runs one or two models' worth of work at a time. */
export const LLM_CONCURRENCY = 2;

export async function extractAllWithLlm(
  documents: readonly Document[],
  llm: LlmSettings | undefined,
  issues: InputIssue[] = [],
  options: ClientOptions & { concurrency?: number } = {},
): Promise<DocExtraction[]> {
  if (!llm?.baseUrl || !llm.model) {
    throw new UsageError('the llm extractor needs a server URL and a model name', 'Pass --llm-url and --llm-model (or set KG_LLM_URL and KG_LLM_MODEL); see docs/llm.md.');
  }
  const settings = llm;
  const results: Array<DocExtraction | undefined> = new Array(documents.length);
  // Issues in document order, whatever order the replies come back in.
  const problems: Array<InputIssue | undefined> = new Array(documents.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < documents.length) {
      const i = next++;
      const d = documents[i];
      try {
        results[i] = await extractWithLlm(d, { ...options, llm: settings });
      } catch (err) {
        if (err instanceof LlmReplyError) {
          problems[i] = { code: 'llm-reply', where: d.path, message: `${d.path}: ${err.message}; the document is kept without facts` };
          continue;
        }
        failed = true;
        throw err;
      }
    }
  };
  const n = Math.max(1, Math.min(options.concurrency ?? LLM_CONCURRENCY, documents.length));
  await Promise.all(Array.from({ length: n }, worker));
  for (const p of problems) if (p) issues.push(p);
  return results.filter((x): x is DocExtraction => x !== undefined);
}
