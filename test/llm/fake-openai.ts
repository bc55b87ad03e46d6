/** A fake OpenAI-compatible server on 127.0.0.1 (random port) for the LLM extractor tests. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: {
    model?: string;
    temperature?: number;
    response_format?: { type: string };
    messages?: Array<{ role: string; content: string }>;
  };
}

/** What the handler returns: a status and a JSON or text body, or `hang` to never answer. */
export type FakeAnswer = { status?: number; json?: unknown; text?: string; headers?: Record<string, string> } | 'hang';

export type Handler = (req: SeenRequest, n: number) => FakeAnswer | Promise<FakeAnswer>;

export interface FakeServer {
  baseUrl: string;
  requests: SeenRequest[];
  setHandler(h: Handler): void;
  close(): Promise<void>;
}

/** A chat completion whose message content is `content` (an object is sent as JSON text). */
export function completion(content: unknown, finishReason = 'stop'): FakeAnswer {
  return {
    json: {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content) }, finish_reason: finishReason }],
    },
  };
}

/** The user message of a request: the numbered sentences. */
export function userText(req: SeenRequest): string {
  return req.body.messages?.find((m) => m.role === 'user')?.content ?? '';
}

export async function startFakeServer(handler: Handler = () => completion({ entities: [], claims: [] })): Promise<FakeServer> {
  let current = handler;
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      let body: SeenRequest['body'] = {};
      try {
        body = JSON.parse(raw) as SeenRequest['body'];
      } catch {
        // Recorded as an empty body; the test asserts on it.
      }
      const seen: SeenRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(seen);
      void Promise.resolve(current(seen, requests.length)).then((a) => {
        if (a === 'hang') return;
        const status = a.status ?? 200;
        if (a.json !== undefined) {
          res.writeHead(status, { 'content-type': 'application/json', ...a.headers });
          res.end(JSON.stringify(a.json));
        } else {
          res.writeHead(status, { 'content-type': 'text/plain', ...a.headers });
          res.end(a.text ?? '');
        }
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    setHandler(h) {
      current = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Starts one fake server for a test file and forgets its requests before each test. */
export function useFakeServer(): () => FakeServer {
  let server: FakeServer | undefined;
  beforeAll(async () => {
    server = await startFakeServer();
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    if (server) server.requests.length = 0;
  });
  return () => server!;
}
