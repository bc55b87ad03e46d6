/**
 * Transport to an OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp,
 * OpenAI…): one JSON-mode request with a timeout, bounded retries with backoff on 429,
 * 5xx and dropped connections, and typed errors. The API key goes only into the
 * Authorization header: no message, error or log of this module contains it.
 */
import { DEFAULT_TIMEOUT_MS } from './defaults.js';
import { LlmAuthError, LlmReplyError, LlmUnavailableError } from './errors.js';
import { ChatCompletionSchema } from './schema.js';

export interface LlmSettings {
  /** Base URL of the API, e.g. http://localhost:11434/v1 (Ollama). */
  baseUrl: string;
  model: string;
  /** Per request; local models on a CPU are slow, so the default is generous. */
  timeoutMs?: number;
  /** From KG_LLM_API_KEY or OPENAI_API_KEY; never from a command-line flag. */
  apiKey?: string;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface ClientOptions {
  /** Retries after the first attempt. */
  retries?: number;
  /** First backoff; doubles on each retry. */
  backoffMs?: number;
}

// Defaults and the key's source live in ./defaults.ts, which `kg build --help` reads without this module.
export { apiKeyFromEnv, DEFAULT_LLM_URL, DEFAULT_TIMEOUT_MS } from './defaults.js';
export const MAX_RETRIES = 2;
export const BACKOFF_MS = 500;
/** A server's Retry-After is honoured up to this long; longer waits fail instead. */
export const MAX_RETRY_AFTER_MS = 10_000;
/** Characters of an error body quoted in a message. */
const BODY_EXCERPT = 200;

/** The URL as shown in messages: without user info, which could hold a secret. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/u, '');
  } catch {
    return '(invalid URL)';
  }
}

export interface ChatReply {
  content: string;
  finishReason?: string;
}

/** Sends one chat-completions request in JSON mode and returns the message content. */
export async function chatJson(settings: LlmSettings, messages: readonly ChatMessage[], options: ClientOptions = {}): Promise<ChatReply> {
  const url = `${settings.baseUrl.replace(/\/+$/u, '')}/chat/completions`;
  const shown = displayUrl(url);
  const redact = (s: string) => (settings.apiKey ? s.split(settings.apiKey).join('***') : s);
  const retries = options.retries ?? MAX_RETRIES;
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const body = JSON.stringify({ model: settings.model, messages, temperature: 0, response_format: { type: 'json_object' }, stream: false });
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;

  for (let attempt = 0; ; attempt++) {
    let delay = (options.backoffMs ?? BACKOFF_MS) * 2 ** attempt;
    let failure: LlmUnavailableError;
    try {
      const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      const text = await res.text();
      if (res.ok) return parseEnvelope(text);
      if (res.status === 401 || res.status === 403) {
        // The body of an auth error may echo part of the key: it is not quoted.
        throw new LlmAuthError(`the model server at ${shown} refused the credentials (HTTP ${res.status})`, 'Set KG_LLM_API_KEY (or OPENAI_API_KEY) in the environment to a valid key for this server; kg never takes keys as flags.');
      }
      const excerpt = redact(text.replace(/\s+/gu, ' ').trim().slice(0, BODY_EXCERPT));
      const detail = `HTTP ${res.status}${excerpt ? `: ${excerpt}` : ''}`;
      if (res.status !== 429 && res.status < 500) {
        throw new LlmUnavailableError(
          `the model server at ${shown} rejected the request (${detail})`,
          res.status === 404 ? `Check --llm-url (it should end in /v1) and that the model "${settings.model}" exists on the server (ollama pull ${settings.model}).` : 'Check --llm-url and --llm-model, and that the server supports JSON mode (response_format json_object).',
        );
      }
      failure = new LlmUnavailableError(`the model server at ${shown} kept failing (${detail})`, 'The server is overloaded or failing; try again later, or lower the load on it.');
      const after = retryAfterMs(res.headers.get('retry-after'));
      if (after !== undefined) {
        if (after > MAX_RETRY_AFTER_MS) throw failure;
        delay = Math.max(delay, after);
      }
    } catch (err) {
      if (err instanceof LlmAuthError || err instanceof LlmReplyError) throw err;
      if (err instanceof LlmUnavailableError) throw err;
      const e = err as Error & { cause?: { code?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') {
        // Retrying the same request would only wait as long again.
        throw new LlmUnavailableError(`the model server at ${shown} did not answer within ${timeoutMs / 1000} s`, 'Raise --llm-timeout, use a smaller or faster model, or check that the server is not stuck.', err);
      }
      failure = new LlmUnavailableError(
        `cannot reach the model server at ${shown} (${redact(e.cause?.code ?? e.message)})`,
        'Start the server (for Ollama: ollama serve), or point --llm-url or KG_LLM_URL at a running OpenAI-compatible endpoint.',
        err,
      );
    }
    if (attempt >= retries) throw failure;
    await new Promise((r) => setTimeout(r, delay));
  }
}

function parseEnvelope(text: string): ChatReply {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LlmReplyError('the server\'s answer is not JSON, so it is not an OpenAI-compatible chat completion', 'Point --llm-url at the /v1 base of an OpenAI-compatible server.');
  }
  const parsed = ChatCompletionSchema.safeParse(json);
  if (!parsed.success) {
    throw new LlmReplyError('the server\'s answer is not an OpenAI-compatible chat completion (no choices[0].message)', 'Point --llm-url at the /v1 base of an OpenAI-compatible server.');
  }
  const choice = parsed.data.choices[0];
  return { content: choice.message.content ?? '', ...(choice.finish_reason ? { finishReason: choice.finish_reason } : {}) };
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
