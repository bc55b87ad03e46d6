/**
 * The LLM extract stage's defaults and the key's source, apart from the HTTP client
 * (./client.ts) and its reply schema, so that `kg build` can show them in --help without
 * loading either.
 */
import { DEFAULT_LLM_TIMEOUT_MS } from '../timeout.js';

/** Ollama on this machine. */
export const DEFAULT_LLM_URL = 'http://localhost:11434/v1';
/** The shared policy's LLM bound (src/timeout.ts), in milliseconds. */
export const DEFAULT_TIMEOUT_MS = DEFAULT_LLM_TIMEOUT_MS;

/** The API key from the environment: KG_LLM_API_KEY, else OPENAI_API_KEY. */
export function apiKeyFromEnv(env: Record<string, string | undefined>): string | undefined {
  const key = env.KG_LLM_API_KEY || env.OPENAI_API_KEY;
  return key ? key : undefined;
}
