/**
 * `kg build` options → LLM settings. The key is read from the environment only, so it never
 * sits in shell history or a process listing.
 */
import { UsageError } from '../errors.js';
import { parseTimeoutSeconds } from '../timeout.js';
import type { LlmSettings } from './client.js';
import { apiKeyFromEnv, DEFAULT_LLM_URL, DEFAULT_TIMEOUT_MS } from './defaults.js';

export const EXTRACTORS = ['rules', 'llm'] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

export interface LlmCliOptions {
  extractor: ExtractorName;
  llmUrl?: string;
  llmModel?: string;
  /** Seconds. */
  llmTimeout?: number;
}

/** Defaults shown in `kg build --help`: the environment, else Ollama on this machine. */
export function defaultLlmUrl(env: Record<string, string | undefined>): string {
  return env.KG_LLM_URL || DEFAULT_LLM_URL;
}

export const DEFAULT_TIMEOUT_SECONDS = DEFAULT_TIMEOUT_MS / 1000;

export function llmSettingsFrom(opts: LlmCliOptions, env: Record<string, string | undefined>): LlmSettings | undefined {
  if (opts.extractor !== 'llm') return undefined;
  const baseUrl = opts.llmUrl || defaultLlmUrl(env);
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (!/^https?:\/\//u.test(baseUrl) || url === undefined) {
    throw new UsageError('--llm-url expects an http(s) URL such as http://localhost:11434/v1', 'Give the base URL of an OpenAI-compatible API, ending in /v1.');
  }
  // Refused without echoing the URL: its user part may be a key (as --uri does for Neo4j).
  if (url.username !== '' || url.password !== '') {
    throw new UsageError('the LLM URL must not contain a user name or key', 'Give the key in KG_LLM_API_KEY (or OPENAI_API_KEY), and the URL as http://host:port/v1.');
  }
  const model = opts.llmModel || env.KG_LLM_MODEL;
  if (!model) {
    throw new UsageError('--extractor llm needs a model name', 'Pass --llm-model (e.g. --llm-model qwen2.5:7b) or set KG_LLM_MODEL.');
  }
  const timeoutMs = parseTimeoutSeconds(opts.llmTimeout, '--llm-timeout', DEFAULT_TIMEOUT_MS);
  const apiKey = apiKeyFromEnv(env);
  return { baseUrl, model, timeoutMs, ...(apiKey ? { apiKey } : {}) };
}
