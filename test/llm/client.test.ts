import { describe, expect, it } from 'vitest';
import { apiKeyFromEnv, chatJson, displayUrl } from '../../src/llm/client.js';
import { LlmAuthError, LlmReplyError, LlmUnavailableError } from '../../src/llm/errors.js';
import { completion, useFakeServer, type FakeServer, startFakeServer } from './fake-openai.js';

const KEY = 'sk-test-5b1c9e0f-secret-key-value';
const messages = [{ role: 'user' as const, content: 'hello' }];

const fake = useFakeServer();

function caught(p: Promise<unknown>): Promise<Error & { code?: string; hint?: string }> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: Error) => e,
  );
}

describe('chatJson', () => {
  it('posts a JSON-mode, temperature 0 request with the key only in the Authorization header', async () => {
    fake().setHandler(() => completion({ ok: true }));
    const reply = await chatJson({ baseUrl: `${fake().baseUrl}/`, model: 'qwen2.5', apiKey: KEY }, messages);
    expect(JSON.parse(reply.content)).toEqual({ ok: true });
    expect(reply.finishReason).toBe('stop');
    const [req] = fake().requests;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.body).toMatchObject({ model: 'qwen2.5', temperature: 0, response_format: { type: 'json_object' }, messages });
  });

  it('sends no Authorization header without a key (Ollama needs none)', async () => {
    fake().setHandler(() => completion({}));
    await chatJson({ baseUrl: fake().baseUrl, model: 'm' }, messages);
    expect(fake().requests[0].headers.authorization).toBeUndefined();
  });

  it('turns 401 into E_LLM_AUTH without the key in the message or hint, even when the server echoes it', async () => {
    fake().setHandler(() => ({ status: 401, json: { error: { message: `Incorrect API key provided: ${KEY}` } } }));
    const err = await caught(chatJson({ baseUrl: fake().baseUrl, model: 'm', apiKey: KEY }, messages));
    expect(err).toBeInstanceOf(LlmAuthError);
    expect(err.code).toBe('E_LLM_AUTH');
    expect(err.message).toContain('401');
    expect(err.hint).toContain('KG_LLM_API_KEY');
    expect(`${err.message} ${err.hint} ${err.stack}`).not.toContain(KEY);
    expect(`${err.message}`).not.toContain('secret-key');
    expect(fake().requests).toHaveLength(1); // not retried
  });

  it('redacts the key from quoted error bodies of other failures', async () => {
    fake().setHandler(() => ({ status: 400, text: `bad request for key ${KEY}` }));
    const err = await caught(chatJson({ baseUrl: fake().baseUrl, model: 'm', apiKey: KEY }, messages));
    expect(err).toBeInstanceOf(LlmUnavailableError);
    expect(err.message).toContain('HTTP 400');
    expect(err.message).toContain('***');
    expect(err.message).not.toContain(KEY);
    expect(fake().requests).toHaveLength(1);
  });

  it('retries after a 500 and returns the next good answer', async () => {
    fake().setHandler((_req, n) => (n === 1 ? { status: 500, text: 'overloaded' } : completion({ second: true })));
    const reply = await chatJson({ baseUrl: fake().baseUrl, model: 'm' }, messages, { backoffMs: 10 });
    expect(JSON.parse(reply.content)).toEqual({ second: true });
    expect(fake().requests).toHaveLength(2);
  });

  it('gives up after the bounded retries with E_LLM_UNAVAILABLE', async () => {
    fake().setHandler(() => ({ status: 503, text: 'down' }));
    const err = await caught(chatJson({ baseUrl: fake().baseUrl, model: 'm' }, messages, { retries: 2, backoffMs: 5 }));
    expect(err.code).toBe('E_LLM_UNAVAILABLE');
    expect(err.message).toContain('HTTP 503');
    expect(fake().requests).toHaveLength(3);
  });

  it('waits as long as a 429 Retry-After asks, when that is short', async () => {
    fake().setHandler((_req, n) => (n === 1 ? { status: 429, text: 'slow down', headers: { 'retry-after': '0.2' } } : completion({})));
    const t = performance.now();
    await chatJson({ baseUrl: fake().baseUrl, model: 'm' }, messages, { backoffMs: 1 });
    expect(performance.now() - t).toBeGreaterThanOrEqual(180);
    expect(fake().requests).toHaveLength(2);
  });

  it('fails a request that takes longer than the timeout with E_LLM_UNAVAILABLE, quickly and without retrying', async () => {
    fake().setHandler(() => 'hang');
    const t = performance.now();
    const err = await caught(chatJson({ baseUrl: fake().baseUrl, model: 'm', timeoutMs: 150 }, messages));
    expect(err.code).toBe('E_LLM_UNAVAILABLE');
    expect(err.message).toContain('did not answer within 0.15 s');
    expect(err.hint).toContain('--llm-timeout');
    expect(performance.now() - t).toBeLessThan(2000);
    expect(fake().requests).toHaveLength(1);
  });

  it('reports a server that is not running as E_LLM_UNAVAILABLE with what to start', async () => {
    const closed = await startFakeServer();
    const url = closed.baseUrl;
    await closed.close();
    const err = await caught(chatJson({ baseUrl: url, model: 'm' }, messages, { retries: 1, backoffMs: 5 }));
    expect(err.code).toBe('E_LLM_UNAVAILABLE');
    expect(err.message).toContain('cannot reach');
    expect(err.hint).toContain('ollama serve');
  });

  it('says which model is missing on a 404', async () => {
    fake().setHandler(() => ({ status: 404, json: { error: { message: "model 'nope' not found" } } }));
    const err = await caught(chatJson({ baseUrl: fake().baseUrl, model: 'nope' }, messages));
    expect(err.code).toBe('E_LLM_UNAVAILABLE');
    expect(err.hint).toContain('ollama pull nope');
  });

  it('rejects an answer that is not a chat completion as E_LLM_REPLY', async () => {
    fake().setHandler(() => ({ text: '<html>hello</html>' }));
    const err = await caught(chatJson({ baseUrl: fake().baseUrl, model: 'm' }, messages));
    expect(err).toBeInstanceOf(LlmReplyError);
    expect(err.code).toBe('E_LLM_REPLY');
  });
});

describe('apiKeyFromEnv and displayUrl', () => {
  it('prefers KG_LLM_API_KEY, then OPENAI_API_KEY, and ignores empty values', () => {
    expect(apiKeyFromEnv({ KG_LLM_API_KEY: 'a', OPENAI_API_KEY: 'b' })).toBe('a');
    expect(apiKeyFromEnv({ KG_LLM_API_KEY: '', OPENAI_API_KEY: 'b' })).toBe('b');
    expect(apiKeyFromEnv({})).toBeUndefined();
  });

  it('never shows credentials written into the URL', () => {
    expect(displayUrl('https://user:pw@example.test/v1/')).toBe('https://example.test/v1');
  });
});
